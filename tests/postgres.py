"""A real PostgreSQL server for the tests: the one ``PUSHBACK_MONITOR_TEST_POSTGRES``
names (any libpq connection string), else one started for the test session in a
scratch folder by ``pgserver`` (PostgreSQL 16, no system package needed). Each test
that asks for ``postgres_url`` gets a database of its own on it, dropped afterwards."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

SERVER_ENV = "PUSHBACK_MONITOR_TEST_POSTGRES"
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The server's connection string (to its maintenance database)."""
    given = os.environ.get(SERVER_ENV)
    if given:
        yield given
        return
    import pgserver

    folder: Path = tmp_path_factory.mktemp("postgres")
    server = pgserver.get_server(folder, cleanup_mode="stop")
    try:
        yield server.get_uri()
    finally:
        server.cleanup()


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A new, empty database on the test server, for one test."""
    name = f"pushback_test_{os.getpid()}_{next(_numbers)}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    info = psycopg.conninfo.conninfo_to_dict(postgres_server)
    yield psycopg.conninfo.make_conninfo(**{**info, "dbname": name})
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
