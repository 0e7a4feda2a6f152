"""Versioned schema changes, applied in order, each in one transaction with its record.

Before the first pending migration touches an existing database, the file is copied
(``pushback.db.backup-<time>-before-<name>``) with SQLite's online backup; the three
newest backups are kept. The migrations themselves are in
:mod:`monitor.store.sqlite_schema`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from monitor.errors import StoreError
from monitor.store import cipher
from monitor.store.sqlite_schema import MIGRATIONS, Migration

__all__ = ["KEEP_BACKUPS", "MIGRATIONS", "Migration", "migrate"]

KEEP_BACKUPS = 3


def _backup(conn: sqlite3.Connection, path: Path, before: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.backup-{stamp}-before-{before}")
    target.touch(mode=0o600)  # as private as the database
    # an encrypted database's copy is encrypted with its passphrase
    with cipher.connect(target, cipher.key_for(path)) as copy:
        conn.backup(copy)
    copy.close()
    backups = sorted(path.parent.glob(f"{path.name}.backup-*"))
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    return target


def migrate(
    db: sqlite_utils.Database,
    path: Path | None,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> list[str]:
    """Apply pending migrations; return their names."""
    if not db.table("_migrations").exists():
        db.table("_migrations").create({"name": str, "applied": str}, pk="name")
    applied = {row["name"] for row in db.table("_migrations").rows}
    known = {m.name for m in migrations}
    unknown = sorted(applied - known)
    if unknown:
        raise StoreError(
            f"{path}: written by a newer Pushback Monitor (schema {unknown[-1]}); "
            "update the program before opening it"
        )
    pending = [m for m in migrations if m.name not in applied]
    if pending and applied and path is not None:
        _backup(db.conn, path, pending[0].name)
    for migration in pending:
        with db.atomic():
            migration.apply(db)
            db.conn.execute(
                "INSERT INTO _migrations (name, applied) VALUES (?, ?)",
                (migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
    return [m.name for m in pending]
