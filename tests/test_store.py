from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from monitor.errors import StoreError
from monitor.store import Store, fts_query
from monitor.store.migrations import MIGRATIONS, Migration, migrate


def test_new_database_uses_wal_and_records_its_schema(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "p.db")
    assert store.db.journal_mode == "wal"
    assert [row["name"] for row in store.db.table("_migrations").rows] == ["0001_initial"]
    assert store.integrity_ok()
    store.close()
    assert not list(tmp_path.glob("p.db.backup-*"))  # nothing to back up on creation


def add_column(db: sqlite_utils.Database) -> None:
    db.table("items").add_column("severity", int)


def broken(db: sqlite_utils.Database) -> None:
    db.table("items").add_column("half_done", int)
    raise sqlite3.OperationalError("simulated failure in the middle of a migration")


def test_existing_database_is_backed_up_before_a_migration(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    Store.open(path).close()
    db = sqlite_utils.Database(path)
    applied = migrate(db, path, [*MIGRATIONS, Migration("0002_severity", add_column)])
    assert applied == ["0002_severity"]
    assert "severity" in db.table("items").columns_dict
    (backup,) = tmp_path.glob("p.db.backup-*-before-0002_severity")
    old = sqlite_utils.Database(backup)
    assert "severity" not in old.table("items").columns_dict
    assert [r["name"] for r in old.table("_migrations").rows] == ["0001_initial"]


def test_a_failing_migration_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    Store.open(path).close()
    db = sqlite_utils.Database(path)
    with pytest.raises(sqlite3.OperationalError, match="simulated failure"):
        migrate(db, path, [*MIGRATIONS, Migration("0002_broken", broken)])
    assert "half_done" not in db.table("items").columns_dict
    assert [r["name"] for r in db.table("_migrations").rows] == ["0001_initial"]


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    Store.open(path).close()
    db = sqlite_utils.Database(path)
    db.table("_migrations").insert({"name": "0099_future", "applied": "2027-01-01"})
    db.close()
    with pytest.raises(
        StoreError,
        match=r"written by a newer Pushback Monitor \(schema "
        r"0099_future\); update the program",
    ):
        Store.open(path)


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("foreign agents", '"foreign" "agents"'),
        ('"eigen volk" eerst', '"eigen volk" "eerst"'),
        ("ngo's AND (haat", '"ngo\'s" "AND" "(haat"'),
        ("rechter*", '"rechter"*'),
        ('"', ""),
    ],
)
def test_search_words_become_safe_fts_queries(text: str, query: str) -> None:
    assert fts_query(text) == query
