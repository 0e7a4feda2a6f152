"""backup and restore: consistent copies while writing, checked before use, refused
while the app or `run` has the data folder open, daily backups rotated."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import FEEDS, write_feeds
from feedserver import FeedServer

from monitor.errors import StoreError
from monitor.store import Store
from monitor.store import backup as backups
from monitor.store.backup import automatic, check, in_use, restore


@pytest.fixture(autouse=True)
def polling_only(isolated_home: Path) -> None:
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "settings.yaml").write_text("classifier:\n  enabled: false\n")


def count(database: Path) -> int:
    with sqlite3.connect(database) as conn:
        return int(conn.execute("SELECT count(*) FROM items").fetchone()[0])


def polled(run_cli: Any, server: FeedServer, feeds_path: Path, *names: str) -> Path:
    sources = [
        {"id": n.split(".")[0], "kind": "rss", "url": server.file(f"/{n}", FEEDS / n)}
        for n in names
    ]
    write_feeds(feeds_path, sources)
    result = run_cli("poll")
    assert result.exit_code == 0, result.output
    return feeds_path.parent / "pushback.db"


def test_backup_is_a_checked_private_copy(
    run_cli: Any, server: FeedServer, feeds_path: Path, tmp_path: Path
) -> None:
    database = polled(run_cli, server, feeds_path, "nos.xml", "hrw.atom")
    target = tmp_path / "elsewhere" / "copy.db"
    result = run_cli("backup", "-o", str(target))
    assert result.exit_code == 0, result.output
    items = count(database)
    assert f"backed up {items} items to {target}" in result.output
    assert check(target).items == items
    if os.name == "posix":
        assert target.stat().st_mode & 0o077 == 0
    default = run_cli("backup")
    assert default.exit_code == 0
    (made,) = (database.parent / "backups").glob("pushback-*.db")
    assert str(made) in default.output


def test_backup_while_another_connection_writes_is_consistent(tmp_path: Path) -> None:
    """A writer commits rows all the while; the backup is whole and holds a prefix."""
    database = tmp_path / "p.db"
    Store.open(database).close()
    with sqlite3.connect(database) as conn:
        conn.execute("CREATE TABLE counter (n INTEGER)")
    stop = threading.Event()

    def write() -> None:
        conn = sqlite3.connect(database, isolation_level=None, timeout=30)
        n = 0
        while not stop.is_set():
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO counter VALUES (?)", [(n + i,) for i in range(200)])
            conn.execute("COMMIT")
            n += 200
        conn.close()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        copies = [backups.backup(database, tmp_path / f"b{i}.db") for i in range(3)]
    finally:
        stop.set()
        writer.join()
    for copy in copies:
        with sqlite3.connect(copy.path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            rows, top = conn.execute("SELECT count(*), max(n) FROM counter").fetchone()
            assert rows % 200 == 0  # whole transactions only
            assert top is None or top == rows - 1


def test_restore_puts_the_backup_back_and_keeps_what_it_replaced(
    run_cli: Any, server: FeedServer, feeds_path: Path, tmp_path: Path
) -> None:
    database = polled(run_cli, server, feeds_path, "nos.xml")
    saved = tmp_path / "saved.db"
    assert run_cli("backup", "-o", str(saved)).exit_code == 0
    before = count(database)
    polled(run_cli, server, feeds_path, "nos.xml", "hrw.atom")
    after = count(database)
    assert after > before
    result = run_cli("restore", str(saved), "--yes")
    assert result.exit_code == 0, result.output
    assert count(database) == before
    (kept,) = database.parent.glob("pushback.db.before-restore-*")
    assert count(kept) == after
    assert run_cli("items").exit_code == 0  # the restored database works


@pytest.mark.parametrize("kind", ["damaged", "not a database", "other database", "newer"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(
    run_cli: Any, server: FeedServer, feeds_path: Path, tmp_path: Path, kind: str
) -> None:
    database = polled(run_cli, server, feeds_path, "nos.xml")
    bad = tmp_path / "bad.db"
    assert run_cli("backup", "-o", str(bad)).exit_code == 0
    if kind == "damaged":
        data = bytearray(bad.read_bytes())
        data[4096 * 2 : 4096 * 3] = b"\xff" * 4096
        bad.write_bytes(bytes(data))
    elif kind == "not a database":
        bad.write_text("sources:\n  - id: nos\n")
    elif kind == "other database":
        bad.unlink()
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE notes (text TEXT)")
    else:
        with sqlite3.connect(bad) as conn:
            conn.execute("INSERT INTO _migrations VALUES ('9999_future', '2030-01-01')")
    before = database.read_bytes()
    items = count(database)
    result = run_cli("restore", str(bad), "--yes")
    assert result.exit_code == 1
    assert str(bad) in result.output
    assert count(database) == items and database.read_bytes() == before
    assert not list(database.parent.glob("pushback.db.before-restore-*"))


def test_restore_is_refused_while_run_uses_the_data_folder(
    run_cli: Any, server: FeedServer, feeds_path: Path, tmp_path: Path, isolated_home: Path
) -> None:
    polled(run_cli, server, feeds_path, "nos.xml")
    saved = tmp_path / "saved.db"
    assert run_cli("backup", "-o", str(saved)).exit_code == 0
    running = subprocess.Popen(
        [sys.executable, "-m", "monitor", "run"],
        env={**os.environ, "PUSHBACK_MONITOR_HOME": str(isolated_home)},
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        held = isolated_home / ".in-use" / f"{running.pid}.lock"
        deadline = datetime.now(UTC) + timedelta(seconds=60)
        while not held.exists():
            assert running.poll() is None and datetime.now(UTC) < deadline
            threading.Event().wait(0.05)
        result = run_cli("restore", str(saved), "--yes")
        assert result.exit_code == 1
        assert "in use by the desktop app or `pushback-monitor run`" in result.output
    finally:
        running.terminate()
        running.wait(timeout=30)
    assert run_cli("restore", str(saved), "--yes").exit_code == 0  # once it has stopped


def test_a_lock_left_by_a_killed_program_does_not_block_restore(tmp_path: Path) -> None:
    database = tmp_path / "p.db"
    Store.open(database).close()
    saved = backups.backup(database, tmp_path / "saved.db").path
    stale = tmp_path / ".in-use" / "12345.lock"
    stale.parent.mkdir()
    stale.touch()  # nobody holds it
    restore(saved, database)
    assert not stale.exists()
    with in_use(database), pytest.raises(StoreError, match="in use"):
        restore(saved, database)


def test_daily_backups_are_rotated(tmp_path: Path) -> None:
    database = tmp_path / "pushback.db"
    Store.open(database).close()
    start = datetime(2026, 12, 1, 9, tzinfo=UTC)
    assert automatic(database, keep=2, now=start) is not None
    assert automatic(database, keep=2, now=start + timedelta(hours=5)) is None  # not due
    for day in (1, 2, 3):
        assert automatic(database, keep=2, now=start + timedelta(days=day)) is not None
    kept = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert kept == ["pushback-20261203-090000.db", "pushback-20261204-090000.db"]
    assert automatic(database, keep=0, now=start + timedelta(days=9)) is None


def test_a_folder_where_no_lock_can_be_made_still_runs(tmp_path: Path) -> None:
    database = tmp_path / "p.db"
    (tmp_path / ".in-use").write_text("not a folder")  # mkdir fails as on a read-only disk
    ran = []
    with in_use(database):
        ran.append(True)
    assert ran == [True]
