"""The PostgreSQL server of the tests and benchmarks: the one ``PUSHBACK_MONITOR_TEST_POSTGRES``
names (any libpq connection string), else one started by ``pgserver`` (PostgreSQL 16, no
system package needed)."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg

SERVER_ENV = "PUSHBACK_MONITOR_TEST_POSTGRES"


@contextlib.contextmanager
def server(folder: Path | None = None) -> Iterator[str]:
    """The server's connection string (to its maintenance database). One started here
    keeps its files in ``folder``, for the next run; without one, in a scratch folder
    removed afterwards."""
    given = os.environ.get(SERVER_ENV)
    if given:
        yield given
        return
    import pgserver

    # Not under pytest's own temporary folders: pytest removes all but the newest few,
    # and a second test session started meanwhile would remove this server's files.
    scratch = folder is None
    where = Path(tempfile.mkdtemp(prefix="pushback-postgres-")) if folder is None else folder
    where.mkdir(parents=True, exist_ok=True)
    started = pgserver.get_server(where, cleanup_mode="stop")
    try:
        yield started.get_uri()
    finally:
        started.cleanup()
        if scratch:
            shutil.rmtree(where, ignore_errors=True)


def database_url(server_url: str, name: str) -> str:
    """The connection string of the database ``name`` on the server of ``server_url``."""
    info = psycopg.conninfo.conninfo_to_dict(server_url)
    return psycopg.conninfo.make_conninfo(**{**info, "dbname": name})
