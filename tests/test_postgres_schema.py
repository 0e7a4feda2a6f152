"""The PostgreSQL store's schema on a real server: created on first connect, once even
when two programs connect at once, searchable in the item's own language."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import psycopg
import pytest

from monitor.store.postgres.schema import MIGRATIONS, migrate

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
TABLES = {
    "sources",
    "items",
    "item_edits",
    "classifications",
    "fetch_log",
    "decisions",
    "rule_hits",
    "evidence_items",
    "evidence",
    "provenance",
    "embeddings",
    "models",
    "item_flags",
    "actors",
    "item_actors",
    "leases",
    "feeds",
    "schema_migrations",
}


def tables(conn: psycopg.Connection) -> set[str]:
    rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    return {row[0] for row in rows}


def test_a_new_database_gets_the_schema_once(postgres_url: str) -> None:
    with psycopg.connect(postgres_url) as conn:
        assert tables(conn) == set()
        assert migrate(conn) == [name for name, _ in MIGRATIONS]
        assert tables(conn) == TABLES
        assert migrate(conn) == []  # already up to date


def test_two_programs_connecting_at_once_create_it_once(postgres_url: str) -> None:
    applied: list[list[str]] = []
    failed: list[BaseException] = []

    def connect() -> None:
        try:
            with psycopg.connect(postgres_url) as conn:
                applied.append(migrate(conn))
        except BaseException as exc:
            failed.append(exc)

    threads = [threading.Thread(target=connect) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failed == []
    assert sorted(applied) == [[], [], [], [name for name, _ in MIGRATIONS]]


def test_a_failing_migration_leaves_the_database_as_it_was(postgres_url: str) -> None:
    broken = (*MIGRATIONS, ("0002_broken", "ALTER TABLE items ADD COLUMN x int; SELECT 1/0"))
    with psycopg.connect(postgres_url) as conn:
        with pytest.raises(psycopg.errors.DivisionByZero):
            migrate(conn, broken)
        assert tables(conn) == set()


def _add(conn: psycopg.Connection, external_id: str, title: str, language: str | None) -> None:
    conn.execute(
        "INSERT INTO items (source, external_id, title, text, html, published, fetched,"
        " language, content_hash) VALUES ('s', %s, %s, '', '', %s, %s, %s, %s)",
        (external_id, title, NOW, NOW, language, f"h{external_id}"),
    )


def found(conn: psycopg.Connection, language: str, words: str) -> list[str]:
    rows = conn.execute(
        "SELECT external_id FROM items WHERE search @@ plainto_tsquery(%s::regconfig, %s)"
        " ORDER BY external_id",
        ({"nl": "dutch", "en": "english"}.get(language, "simple"), words),
    )
    return [row[0] for row in rows]


def test_items_are_searched_in_their_own_language(postgres_url: str) -> None:
    with psycopg.connect(postgres_url) as conn:
        migrate(conn)
        _add(conn, "1", "Kabinet wil buitenlandse agenten registreren in nieuwe wetten", "nl")
        _add(conn, "2", "Parliament passes two foreign agent laws", "en")
        _add(conn, "3", "Ustawa o agentach zagranicznych", "pl")
        assert found(conn, "nl", "agent wet") == ["1"]  # Dutch stems
        assert found(conn, "en", "foreign agent law") == ["2"]  # English stems
        assert found(conn, "pl", "agentach") == ["3"]  # other languages: whole words
        assert found(conn, "simple", "agents") == []  # an English word is not Polish
