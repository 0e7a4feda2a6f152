"""Backups of the database, and restoring one.

A backup is made with SQLite's online backup API: it copies a consistent snapshot while
polling goes on (a write in between makes it start again from the top), into a
temporary file that is checked (``PRAGMA integrity_check``) and only then given its
name, so a backup file is always whole. Automatic backups go to ``backups/`` in the
data folder, one a day, the newest ``keep`` kept.

Restoring replaces the database with a checked backup, after a last backup of what it
replaces. It is refused while the desktop app or ``pushback-monitor run`` has the data
folder open: they hold :func:`in_use`, a lock file in the data folder.

A backup of an encrypted database is encrypted with the same passphrase (the online
backup copies between two SQLCipher connections with one key). A backup restored is put
back as it is: an encrypted one leaves the database encrypted, a plain one plain.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from filelock import FileLock, Timeout

from monitor.errors import StoreError
from monitor.progress import Progress, Task
from monitor.store import cipher
from monitor.store.sqlite_schema import MIGRATIONS

log = logging.getLogger(__name__)
BACKUP_FOLDER = "backups"
IN_USE_FOLDER = ".in-use"
RESTORING = "restore.lock"
PAGES_PER_STEP = 4096  # copied between chances for others to write (16 MB of 4 kB pages)
STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    items: int
    schema: str  # the newest migration it has


def backup(database: Path, target: Path, progress: Progress | None = None) -> BackupInfo:
    """Copy ``database`` to ``target`` (replaced if it exists) and check the copy;
    ``progress`` counts the pages copied."""
    with progress if progress is not None else Progress(Task.BACKUP) as counted:
        return _backup(database, target, counted)


def _backup(database: Path, target: Path, progress: Progress) -> BackupInfo:
    def copied(_: int, remaining: int, total: int) -> None:
        progress.update(done=total - remaining, total=total)

    if not database.is_file():
        raise StoreError(f"{database}: no database to back up")
    if target.resolve() == database.resolve():
        raise StoreError(f"{target}: that is the database itself; choose another file")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    partial.unlink(missing_ok=True)
    try:
        passphrase = cipher.key_for(database)
        source = _read_only(database, passphrase)
        try:
            partial.touch(mode=0o600)  # the owner's only, before SQLite writes into it
            with contextlib.closing(cipher.connect(partial, passphrase)) as copy:
                source.backup(copy, pages=PAGES_PER_STEP, progress=copied)
                copy.execute("PRAGMA journal_mode = DELETE")  # one file, nothing beside it
        finally:
            source.close()
        progress.describe("checking the copy")
        info = check(partial, database)
        partial.replace(target)
    except cipher.driver_errors("Error") as exc:
        raise StoreError(f"backing up {database} to {target} failed: {exc}") from exc
    except OSError as exc:
        raise StoreError(f"{target}: cannot write the backup: {exc.strerror or exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return BackupInfo(target, info.items, info.schema)


def check(path: Path, database: Path | None = None) -> BackupInfo:
    """That ``path`` is a whole Pushback Monitor database this version can open (a
    backup of ``database``: encrypted, it has that database's passphrase)."""
    if not path.is_file():
        raise StoreError(f"{path}: no such file")
    passphrase = cipher.key_for(path, database)
    try:
        with contextlib.closing(_read_only(path, passphrase)) as conn:
            (result,) = conn.execute("PRAGMA integrity_check").fetchone()
            if result != "ok":
                raise StoreError(f"{path}: damaged ({result}); not used")
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if not {"_migrations", "items", "sources"} <= tables:
                raise StoreError(f"{path}: not a Pushback Monitor database")
            applied = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
            (items,) = conn.execute("SELECT count(*) FROM items").fetchone()
    except cipher.driver_errors("DatabaseError") as exc:
        raise StoreError(f"{path}: not a database that can be read ({exc})") from exc
    newer = sorted(applied - {m.name for m in MIGRATIONS})
    if newer:
        raise StoreError(
            f"{path}: written by a newer Pushback Monitor (schema {newer[-1]}); "
            "update the program first"
        )
    schema = max(applied) if applied else "none"
    return BackupInfo(path, int(items), schema)


def due(database: Path, *, keep: int, now: datetime | None = None) -> bool:
    """Whether today's automatic backup is still to be made (none in the last day)."""
    if keep <= 0 or not database.is_file():
        return False
    made = backups(database.parent / BACKUP_FOLDER)
    return not made or (now or datetime.now(UTC)) - _made_at(made[-1]) >= timedelta(days=1)


def automatic(
    database: Path, *, keep: int, now: datetime | None = None, progress: Progress | None = None
) -> Path | None:
    """Make today's backup in ``backups/`` unless one was made in the last day; keep the
    newest ``keep``. Returns the new backup, if one was made."""
    now = now or datetime.now(UTC)
    if not due(database, keep=keep, now=now):
        if progress is not None:
            progress.close()
        return None
    folder = database.parent / BACKUP_FOLDER
    target = backup(database, dated(database, now), progress).path
    for old in backups(folder)[:-keep]:
        old.unlink(missing_ok=True)
    return target


def dated(database: Path, when: datetime) -> Path:
    """Where a backup of ``database`` made at ``when`` goes: ``backups/NAME-TIME.db``."""
    return database.parent / BACKUP_FOLDER / f"{database.stem}-{when.strftime(STAMP)}.db"


def backups(folder: Path) -> list[Path]:
    """The automatic backups in ``folder``, oldest first."""
    found = [p for p in folder.glob("*.db") if _stamp_of(p) is not None]
    return sorted(found, key=_made_at)


def restore(source: Path, database: Path) -> tuple[BackupInfo, Path | None]:
    """Replace ``database`` by the backup ``source``; returns what was restored and the
    backup made of the database it replaced."""
    info = check(source, database)
    if database.exists() and source.resolve() == database.resolve():
        raise StoreError(f"{source}: that is the database itself")
    theirs = cipher.key_for(source, database)
    with exclusive(database, then="restore"):
        before = None
        if database.is_file():
            ours = cipher.key_for(database)
            stamp = datetime.now(UTC).strftime(STAMP)
            before = backup(database, database.with_name(f"{database.name}.before-restore-{stamp}"))
        try:
            if before is not None and ours != theirs:
                _replace(database, source, theirs)  # encrypted otherwise than the database
            else:
                with (
                    contextlib.closing(_read_only(source, theirs)) as src,
                    contextlib.closing(cipher.connect(database, theirs, timeout=60)) as dst,
                ):
                    src.backup(dst)
        except cipher.driver_errors("Error", OSError) as exc:
            raise StoreError(
                f"restoring {source} into {database} failed ({exc}); the database before "
                f"is kept in {before.path if before else 'place'}"
            ) from exc
    if theirs is None:
        cipher.forget_key(database)
    else:
        cipher.use_key(database, theirs)
    return info, before.path if before else None


def _replace(database: Path, source: Path, passphrase: str | None) -> None:
    """Put a copy of ``source`` in the place of ``database``: a whole new file, for a
    backup encrypted otherwise than the database (pages cannot be copied between them)."""
    partial = database.with_name(f".{database.name}.restoring-{os.getpid()}")
    partial.unlink(missing_ok=True)
    try:
        partial.touch(mode=0o600)
        with (
            contextlib.closing(_read_only(source, passphrase)) as src,
            contextlib.closing(cipher.connect(partial, passphrase)) as copy,
        ):
            src.backup(copy)
        # the old database's write-ahead log must never be applied to the new file
        for suffix in ("-wal", "-shm"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        partial.replace(database)
    finally:
        partial.unlink(missing_ok=True)


@contextlib.contextmanager
def in_use(database: Path) -> Iterator[None]:
    """Mark the data folder as in use while the block runs (the desktop app and ``run``
    do): a lock file of this process's own in ``.in-use/``, which :func:`restore` finds
    held. Waits while a restore is under way. Where no lock file can be made (a
    read-only folder), the block runs unmarked: there is nothing to restore into then."""
    folder = database.parent / IN_USE_FOLDER
    path = folder / f"{os.getpid()}.lock"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with FileLock(folder / RESTORING):
            pass  # no restore is under way now
        lock = FileLock(path)
        lock.acquire()
    except OSError as exc:
        log.warning("%s: cannot mark the data folder in use (%s)", folder, exc)
        yield
        return
    try:
        yield
    finally:
        lock.release()
        path.unlink(missing_ok=True)


@contextlib.contextmanager
def exclusive(database: Path, *, then: str) -> Iterator[None]:
    """Refuse when another program has the data folder in use; keep new ones out while
    the block runs (a restore, an encryption). ``then``: what to do once it is closed."""
    folder = database.parent / IN_USE_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    refusal = StoreError(
        f"{database.parent} is in use by the desktop app or `pushback-monitor run`; "
        f"close it, then {then}"
    )
    try:
        with FileLock(folder / RESTORING, timeout=0):
            for held in folder.glob("*.lock"):
                if held.name == RESTORING:
                    continue
                with FileLock(held, timeout=0):  # acquired: its program has ended
                    pass
                held.unlink(missing_ok=True)
            yield
    except Timeout as exc:
        raise refusal from exc


def _read_only(path: Path, passphrase: str | None) -> sqlite3.Connection:
    return cipher.connect(path, passphrase, read_only=True, timeout=60)


def _stamp_of(path: Path) -> datetime | None:
    try:
        stamp = "-".join(path.stem.rsplit("-", 2)[-2:])
        return datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def _made_at(path: Path) -> datetime:
    stamp = _stamp_of(path)
    assert stamp is not None
    return stamp
