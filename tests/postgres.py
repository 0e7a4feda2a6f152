"""A real PostgreSQL server for the tests (postgresserver.py, which the benchmarks use
too): the one ``PUSHBACK_MONITOR_TEST_POSTGRES`` names (any libpq connection string),
else one started for the test session in a scratch folder by ``pgserver`` (PostgreSQL
16, no system package needed). Each test that asks for ``postgres_url`` gets a database
of its own on it, dropped afterwards.

``database`` runs a store test on both backends: a SQLite file, and a PostgreSQL
database already migrated (copied from a template migrated once per session)."""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import postgresserver
import psycopg
import pytest
from psycopg import sql

from monitor.store.postgres import pool
from monitor.store.postgres.schema import migrate

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The server's connection string (to its maintenance database)."""
    with postgresserver.server() as url:
        yield url


@contextlib.contextmanager
def _new_database(server: str, template: str | None = None) -> Iterator[str]:
    name = f"pushback_test_{os.getpid()}_{next(_numbers)}"
    create = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
    if template:
        create += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(create)
    try:
        yield postgresserver.database_url(server, name)
    finally:
        pool.close_all()  # the test's programs' connections, kept for reuse
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A new, empty database on the test server, for one test."""
    with _new_database(postgres_server) as url:
        yield url


@pytest.fixture(scope="session")
def _migrated_template(postgres_server: str) -> Iterator[str]:
    """A database with the store's schema, copied for each test (faster than migrating)."""
    with _new_database(postgres_server) as url:
        with psycopg.connect(url, autocommit=True) as conn:
            migrate(conn)
        yield psycopg.conninfo.conninfo_to_dict(url)["dbname"]  # type: ignore[misc]


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path | str]:
    """Where a store test's store is: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        yield tmp_path / "store.db"
        return
    server = request.getfixturevalue("postgres_server")
    template = request.getfixturevalue("_migrated_template")
    with _new_database(server, template) as url:
        yield url
