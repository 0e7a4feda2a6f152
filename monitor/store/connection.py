"""The SQLite connection: opening it (WAL, its pragmas, the migrations), write
transactions that wait for other programs, closing it, and the file's integrity;
:class:`SqliteBackend`, what the store needs of it."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from monitor.i18n import _
from monitor.store import cipher
from monitor.store.faults import translate_errors
from monitor.store.migrations import migrate
from monitor.store.sql import Sql

# How long a write waits for another program's write to finish: longer than storing the
# largest batch takes, so that an analyst's decision waits for a poll instead of failing.
BUSY_SECONDS = 60


def connect(path: Path, *, migrate_schema: bool) -> sqlite_utils.Database:
    """Open (and create) the database at ``path``; with ``migrate_schema``, in WAL mode
    and migrated, else only checked to be a database. An encrypted file is opened with
    its passphrase (:func:`~monitor.store.cipher.key_for`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    passphrase = cipher.key_for(path)
    conn = cipher.connect(path, passphrase, timeout=BUSY_SECONDS, check_same_thread=False)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
    conn.execute("PRAGMA foreign_keys = ON")
    if migrate_schema:
        if db.journal_mode != "wal":
            db.enable_wal()
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(db, path)
    else:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return db


def close(db: sqlite_utils.Database, *, checkpoint: bool) -> None:
    """Close, after handing the write-ahead log back to the file where we can."""
    with contextlib.suppress(*cipher.driver_errors("Error")):
        if checkpoint:
            db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    db.close()


@contextlib.contextmanager
def writing(db: sqlite_utils.Database) -> Iterator[None]:
    """One write transaction. It takes the write lock at its start (``BEGIN
    IMMEDIATE``), so that while another program writes it waits (the busy timeout):
    a deferred transaction that reads first could not wait when it came to write."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():  # a savepoint inside the outer transaction
            yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def integrity_ok(conn: sqlite3.Connection) -> bool:
    try:
        row = conn.execute("PRAGMA integrity_check").fetchone()
    except cipher.driver_errors("DatabaseError"):
        return False
    return bool(row and row[0] == "ok")


class SqliteBackend:
    """What :class:`~monitor.store.Store` needs of SQLite."""

    def __init__(self, path: Path, *, migrate_schema: bool) -> None:
        self.path = path
        self.where = str(path)
        with translate_errors(path, _("opening the database")):
            self.db = connect(path, migrate_schema=migrate_schema)
        self.sql = Sql(self.db.conn)

    def faults(
        self, doing: str, *, writing: bool = False
    ) -> contextlib.AbstractContextManager[None]:
        return translate_errors(self.path, doing, writing=writing)

    def transaction(self) -> contextlib.AbstractContextManager[None]:
        return writing(self.db)

    def close(self) -> None:
        close(self.db, checkpoint=True)

    def integrity_ok(self) -> bool:
        return integrity_ok(self.db.conn)
