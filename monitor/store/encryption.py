"""Encrypting the database file in place, and decrypting it again.

:func:`encrypt` writes an encrypted copy beside the file with SQLCipher's own
``sqlcipher_export`` (every table, index, trigger and the full-text index, in one pass),
checks that every table of the copy holds as many rows as the original's, and only then
puts the copy in the file's place with one rename; :func:`decrypt` does the same the
other way round. A conversion stopped half-way leaves the file as it was, and a stray
copy (``.NAME.converting-PID``) that the next conversion replaces.

Nobody may have the file open meanwhile. The desktop app and ``run`` mark the data
folder in use, and are refused as a restore refuses them (:func:`.backup.exclusive`);
any other connection, of another program or of this one, is found by switching the file
out of write-ahead logging, which SQLite grants only to a connection that has the file
alone. That switch is asked of the library this program's own connections use for the
file (``sqlite3`` for a plain one), so that it sees them too: each library knows only
its own connections within a process. The conversion's own SQLCipher connection then
holds the file exclusively until the copy has taken its place.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from monitor.errors import PassphraseError, StoreError
from monitor.i18n import _
from monitor.store import cipher
from monitor.store.backup import exclusive

MIN_PASSPHRASE = 8  # characters; a short one is guessed, whatever the key derivation costs
WAIT_SECONDS = 10  # for a connection of this program that is still closing


@dataclass(frozen=True)
class Converted:
    """A database file converted: its tables' row counts, equal before and after."""

    path: Path
    encrypted: bool
    rows: dict[str, int]


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect anything (an empty one would leave the
    file unencrypted)."""
    if len(passphrase) < MIN_PASSPHRASE:
        message = _("a passphrase needs at least {count} characters")
        raise PassphraseError(message.format(count=MIN_PASSPHRASE))
    cipher.quoted(passphrase)  # no NUL


def encrypt(database: Path, passphrase: str) -> Converted:
    """Encrypt the plain database file ``database`` with ``passphrase``."""
    check_new_passphrase(passphrase)
    _must_exist(database)
    if cipher.encrypted(database):
        raise StoreError(_("{file} is encrypted already").format(file=database))
    cipher.sqlcipher()  # said before anything is touched, where it is not installed
    with exclusive(database, then="encrypt it"), _alone(database, None) as conn:
        converted = _convert(database, conn, passphrase, encrypt=True)
    cipher.use_key(database, passphrase)
    return converted


def decrypt(database: Path, passphrase: str) -> Converted:
    """Decrypt the encrypted database file ``database``, which ``passphrase`` opens."""
    _must_exist(database)
    if not cipher.encrypted(database):
        raise StoreError(_("{file} is not encrypted").format(file=database))
    if not cipher.opens(database, passphrase):
        raise PassphraseError(cipher.wrong_passphrase(database))
    with exclusive(database, then="decrypt it"), _alone(database, passphrase) as conn:
        converted = _convert(database, conn, None, encrypt=False)
    cipher.forget_key(database)
    return converted


def _must_exist(database: Path) -> None:
    if not database.is_file():
        raise StoreError(_("{file}: no database there").format(file=database))


@contextlib.contextmanager
def _alone(database: Path, passphrase: str | None) -> Iterator[sqlite3.Connection]:
    """A SQLCipher connection (unlocked with ``passphrase``; None: a plain file) that
    has ``database`` to itself until the block ends; a refusal naming the file when
    another connection has it open. The file is left out of write-ahead logging when
    the block raises nothing (the copy in its place has its own mode)."""
    with _faults(database):
        mode = _leave_wal(database, passphrase)
        conn = cipher.sqlcipher().connect(str(database), timeout=WAIT_SECONDS)
    try:
        with _faults(database):
            if passphrase is not None:
                for pragma in cipher.key_pragmas(database, passphrase):
                    conn.execute(pragma)
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")  # and kept after the commit, in this mode
            conn.commit()
        try:
            yield conn
        except BaseException:
            with contextlib.suppress(*cipher.driver_errors("Error")):
                conn.execute(f"PRAGMA journal_mode = {mode}")  # as it was
            raise
    finally:
        conn.close()


def _leave_wal(database: Path, passphrase: str | None) -> str:
    """Switch ``database`` to a rollback journal, through the library of this program's
    own connections; the mode it had."""
    with contextlib.closing(cipher.connect(database, passphrase, timeout=WAIT_SECONDS)) as conn:
        (mode,) = conn.execute("PRAGMA journal_mode").fetchone()
        if conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] != "delete":
            raise _open_elsewhere(database)
    return str(mode)


@contextlib.contextmanager
def _faults(database: Path) -> Iterator[None]:
    try:
        yield
    except cipher.driver_errors("OperationalError") as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise _open_elsewhere(database) from exc
        message = _("{file}: the database cannot be read ({error})")
        raise StoreError(message.format(file=database, error=exc)) from exc
    except cipher.driver_errors("DatabaseError") as exc:
        if cipher.NOT_A_DATABASE in str(exc) and cipher.encrypted(database):
            raise PassphraseError(cipher.wrong_passphrase(database)) from exc
        message = _("{file}: the database cannot be read ({error})")
        raise StoreError(message.format(file=database, error=exc)) from exc


def _open_elsewhere(database: Path) -> StoreError:
    message = _(
        "{file} is open in another program (or in this one, still closing); close it, "
        "then try again"
    )
    return StoreError(message.format(file=database))


def _convert(
    database: Path, conn: sqlite3.Connection, passphrase: str | None, *, encrypt: bool
) -> Converted:
    """``conn``'s database exported to a copy with ``passphrase`` (None: plain),
    checked table by table, and put in its place."""
    copy = database.with_name(f".{database.name}.converting-{os.getpid()}")
    copy.unlink(missing_ok=True)
    try:
        copy.touch(mode=0o600)  # as private as the database, before SQLite writes into it
        with _faults(database):
            before = _rows(conn)
            # an empty key makes the copy a plain file
            conn.execute("ATTACH DATABASE ? AS converted KEY ?", (str(copy), passphrase or ""))
            conn.execute("SELECT sqlcipher_export('converted')")
            conn.execute("DETACH DATABASE converted")
        with _faults(copy):
            after = _rows_of_copy(copy, passphrase)
        if after != before:
            lost = sorted(t for t in before.keys() | after.keys() if before.get(t) != after.get(t))
            message = _("{file}: the converted copy differs in {tables}; the database is unchanged")
            raise StoreError(message.format(file=database, tables=", ".join(lost)))
        _flush(copy)
        copy.replace(database)
        for suffix in ("-wal", "-shm"):  # none after the switch; an old one must never stay
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        _flush(database.parent)
    except OSError as exc:
        message = _("{file}: cannot write the converted copy: {error}")
        raise StoreError(message.format(file=copy, error=exc.strerror or exc)) from exc
    finally:
        copy.unlink(missing_ok=True)
    return Converted(database, encrypt, before)


def _rows(conn: sqlite3.Connection) -> dict[str, int]:
    """Every table's row count (the full-text index's and the planner's own too)."""
    names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {
        name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]  # noqa: S608 - the schema's own names
        for name in sorted(names)
    }


def _rows_of_copy(copy: Path, passphrase: str | None) -> dict[str, int]:
    """The copy's row counts, read afresh; left in write-ahead logging, as the store
    keeps it."""
    with contextlib.closing(cipher.connect(copy, passphrase)) as conn:
        rows = _rows(conn)
        conn.execute("PRAGMA journal_mode = WAL")
    return rows


def _flush(path: Path) -> None:
    """Make ``path`` (a file, or a folder's entries) durable before it is relied on."""
    with contextlib.suppress(OSError):  # a folder cannot be opened so on every system
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
