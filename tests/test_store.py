from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlite_utils
from storedata import new_item, save

from monitor.errors import StoreError, StoreUnavailable
from monitor.i18n import use_language
from monitor.models import ITEM_STATUSES, ItemStatus, Outcome, SourceReport
from monitor.store import QUEUES, Action, Queue, Store, bulk_decisions, fts_query
from monitor.store.faults import translate_errors
from monitor.store.migrations import MIGRATIONS, Migration, migrate


def test_new_database_uses_wal_and_records_its_schema(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "p.db")
    assert store._db.journal_mode == "wal"
    assert [row["name"] for row in store._db.table("_migrations").rows] == [
        m.name for m in MIGRATIONS
    ]
    assert store.integrity_ok()
    store.close()
    assert not list(tmp_path.glob("p.db.backup-*"))  # nothing to back up on creation


def broken(db: sqlite_utils.Database) -> None:
    db.table("items").add_column("half_done", int)
    raise sqlite3.OperationalError("simulated failure in the middle of a migration")


def test_existing_database_is_backed_up_before_a_migration(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    old = sqlite_utils.Database(path)
    migrate(old, path, MIGRATIONS[:1])  # a database from before decisions existed
    old.table("items").insert(
        {
            "source": "s",
            "external_id": "1",
            "title": "t",
            "text": "",
            "html": "",
            "published": "2026-01-01T00:00:00+00:00",
            "fetched": "2026-01-01T00:00:00+00:00",
            "content_hash": "h",
        }
    )
    old.close()
    store = Store.open(path)
    assert "labels" in store._db.table("items").columns_dict
    assert store._db.table("items").count == 1
    store.close()
    (backup,) = tmp_path.glob("p.db.backup-*-before-0002_review_and_models")
    if os.name == "posix":
        assert backup.stat().st_mode & 0o077 == 0  # as private as the database
    copy = sqlite_utils.Database(backup)
    assert "labels" not in copy.table("items").columns_dict
    assert [r["name"] for r in copy.table("_migrations").rows] == ["0001_initial"]
    assert copy.table("items").count == 1


def test_items_stored_before_the_language_source_keep_what_is_known(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    old = sqlite_utils.Database(path)
    migrate(old, path, MIGRATIONS[:5])
    row = {"source": "s", "title": "t", "text": "", "html": "", "content_hash": "h"}
    row |= {"published": "2026-01-01T00:00:00+00:00", "fetched": "2026-01-01T00:00:00+00:00"}
    old.table("items").insert_all(
        [
            {**row, "external_id": "1", "language_detected": 1},
            {**row, "external_id": "2", "language_detected": 0},
        ]
    )
    old.close()
    store = Store.open(path)
    found = store._db.execute("SELECT language_source FROM items ORDER BY external_id")
    assert found.fetchall() == [("detected",), (None,)]
    store.close()


def test_passwords_stored_by_earlier_versions_are_redacted(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    old = sqlite_utils.Database(path)
    migrate(old, path, MIGRATIONS[:6])
    leaked = "https://e.org/feed: cannot connect: http://alice:s3cretPW@10.0.0.1:3128 refused"
    old.table("sources").insert({"id": "s", "last_error": leaked})
    old.table("fetch_log").insert(
        {
            "source": "s",
            "started": "2026-01-01",
            "finished": "2026-01-01",
            "outcome": "error",
            "message": leaked,
        }
    )
    old.close()
    store = Store.open(path)
    for table, column in (("sources", "last_error"), ("fetch_log", "message")):
        (text,) = store._db.execute(f"SELECT {column} FROM {table}").fetchone()
        assert "s3cretPW" not in text and "http://alice:***@10.0.0.1:3128" in text
    store.close()


def test_a_failing_migration_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    Store.open(path).close()
    db = sqlite_utils.Database(path)
    with pytest.raises(sqlite3.OperationalError, match="simulated failure"):
        migrate(db, path, [*MIGRATIONS, Migration("0099_broken", broken)])
    assert "half_done" not in db.table("items").columns_dict
    assert [r["name"] for r in db.table("_migrations").rows] == [m.name for m in MIGRATIONS]


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


HOLD_THE_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE sources SET last_error = 'busy elsewhere'")
print("holding", flush=True)
time.sleep(5)
conn.execute("COMMIT")
"""


def test_a_decision_waits_while_another_program_holds_the_write_lock(tmp_path: Path) -> None:
    """The other program writes and commits after 5 s; the decision, begun meanwhile,
    waits for it instead of failing (a deferred transaction could not)."""
    from test_classifier import stored_items

    db = tmp_path / "p.db"
    (item,) = stored_items(db, [("Titel", "Tekst")])
    store = Store.open(db)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, str(db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        store.record_decision(item, "note", note="x", analyst="sanne")
    finally:
        assert holder.wait(timeout=30) == 0
    assert [d.note for d in store.decisions(item)] == ["x"]
    assert store._conn.execute("SELECT last_error FROM sources").fetchone() == ("busy elsewhere",)
    store.close()


@pytest.mark.parametrize(
    ("code", "reason", "said"),
    [
        (errno.ENOSPC, "full", "the disk is full"),
        (errno.EROFS, "read-only", "the database or its folder is read-only"),
    ],
)
def test_file_system_faults_of_this_computer_are_store_unavailable(
    tmp_path: Path, code: int, reason: str, said: str
) -> None:
    db = tmp_path / "p.db"
    with (
        pytest.raises(StoreUnavailable) as caught,
        translate_errors(db, "the batch of nos", writing=True),
    ):
        raise OSError(code, os.strerror(code))
    assert caught.value.reason == reason
    assert str(caught.value) == f"{db}: {said}; the batch of nos was not saved"
    with pytest.raises(StoreUnavailable) as caught, translate_errors(db, "reading the queue"):
        raise OSError(code, os.strerror(code))
    assert str(caught.value) == f"{db}: {said}; reading the queue failed"  # nothing to save
    with pytest.raises(FileNotFoundError), translate_errors(db, "the batch of nos"):
        raise FileNotFoundError(errno.ENOENT, "gone")


def _one_item(store: Store) -> int:
    when = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    title = "Foreign agent law passed"
    item = new_item("nos", "1", title, when, url="https://e.org/1", text=title, html=title)
    (item_id,) = save(store, [item], when)
    return item_id


def test_a_busy_database_is_said_in_the_engines_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(tmp_path / "d.db")
    item_id = _one_item(store)

    def locked(*_: object, **__: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(bulk_decisions, "record_many", locked)
    try:
        use_language("nl")
        with pytest.raises(StoreUnavailable) as caught:
            store.record_decisions([item_id, item_id], Action.CONFIRM)
        dutch = str(caught.value)
        use_language("en")
        with pytest.raises(StoreUnavailable) as caught:
            store.record_decisions([item_id], Action.CONFIRM)
    finally:
        use_language("en")
    db = tmp_path / "d.db"
    assert dutch == (
        f"{db}: de database is bezet door een ander programma; "
        "niet opgeslagen: de beslissingen over 2 berichten"
    )
    assert str(caught.value) == (
        f"{db}: the database is busy in another program; the decision on 1 item was not saved"
    )


def test_decisions_are_members_and_stored_as_their_text(database: Path | str) -> None:
    store = Store.open(database)
    item_id = _one_item(store)
    confirmed = store.record_decision(item_id, Action.CONFIRM, labels=["civic_space"])
    assert confirmed.action is Action.CONFIRM and confirmed.status is ItemStatus.CONFIRMED
    store.record_decision(item_id, "escalate")  # the value is accepted too
    undone = store.record_decision(item_id, Action.UNDO)
    assert undone.status is ItemStatus.CONFIRMED
    history = store.decisions(item_id)
    assert [(d.action, d.status) for d in history] == [
        (Action.CONFIRM, ItemStatus.CONFIRMED),
        (Action.ESCALATE, ItemStatus.ESCALATED),
        (Action.UNDO, ItemStatus.CONFIRMED),
    ]
    assert all(type(d.action) is Action and type(d.status) is ItemStatus for d in history)
    rows = store._conn.execute("SELECT action, status FROM decisions ORDER BY id").fetchall()
    assert rows == [("confirm", "confirmed"), ("escalate", "escalated"), ("undo", "confirmed")]
    assert all(type(value) is str for row in rows for value in row)
    with pytest.raises(StoreError, match="unknown decision 'maybe'; expected one of confirm, "):
        store.record_decision(item_id, "maybe")
    store.close()


def test_statuses_queues_and_outcomes_keep_their_values() -> None:
    assert ITEM_STATUSES == ("pending", "confirmed", "rejected", "escalated", "partner")
    assert QUEUES == ("review", "escalated", "confirmed", "rejected", "partner", "all")
    assert all(type(queue) is Queue for queue in QUEUES)
    report = SourceReport(source="nos", outcome="error")  # as the value: made a member
    assert report.outcome is Outcome.ERROR
    assert json.dumps({"outcome": report.outcome}) == '{"outcome": "error"}'
