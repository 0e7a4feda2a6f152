"""An encrypted database file (SQLCipher), and the passphrases this program knows.

A plain SQLite file starts with the 16 bytes ``SQLite format 3\\0``; an encrypted one
starts with its random salt, so :func:`encrypted` tells them apart without a
passphrase. Plain files are opened with the standard library's ``sqlite3``, encrypted
ones with ``sqlcipher3`` (SQLCipher 4: every page AES-256 encrypted and authenticated
with HMAC-SHA512, the key derived from the passphrase with PBKDF2-HMAC-SHA512), whose
connections have the same DB-API. One process never opens one file with both libraries
at once: each keeps its own table of POSIX locks, and closing the file in one would drop
the other's locks.

Deriving the key costs some 80 ms on purpose, which every read connection would pay.
So the key is derived once per file and passphrase — the same PBKDF2 SQLCipher runs,
over the salt at the start of the file, with its version 4 settings pinned
(``cipher_compatibility``) — and each connection is handed the key itself, which opens
in a millisecond. A new file (a backup being made) gets the passphrase, and SQLCipher
draws its salt.

Where a passphrase comes from is the program's choice (:func:`set_finder`): the command
line asks the environment, the system keyring, then the terminal
(:mod:`monitor.passphrase`); the app asks before it opens the store. A program that sets
none reads ``PUSHBACK_MONITOR_PASSPHRASE`` only. A passphrase that opened a file is kept
for the rest of the process (:func:`use_key`), so it is asked for once.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from monitor.errors import PassphraseError, StoreError
from monitor.i18n import _

HEADER = b"SQLite format 3\x00"
PASSPHRASE_ENV = "PUSHBACK_MONITOR_PASSPHRASE"  # noqa: S105 - a name, not a secret
_COMPATIBILITY = 4  # SQLCipher 4's format, whatever a later SQLCipher's defaults are
_KDF_ITERATIONS = 256_000  # SQLCipher 4: PBKDF2-HMAC-SHA512 over the file's salt
_SALT_BYTES = 16
_SMALLEST_PAGE = 512
_KEY_BYTES = 32
# SQLCipher's own page cache, per connection (it grows only as pages are read): the
# system's file cache holds encrypted pages, so every page not kept here is decrypted
# again; 64 MB keeps the indexes a search reads (its queries on a million items: 71 → 50 ms).
_CACHE_KIB = 65_536
NOT_A_DATABASE = "file is not a database"  # SQLite's words for a wrong key

# (file, the database whose passphrase it has) → the passphrase, checked; None: none given
Finder = Callable[[Path, Path], str | None]

_lock = threading.RLock()  # one search at a time: a second thread waits, then finds it known
_known: dict[Path, str] = {}
_derived: dict[tuple[bytes, str], str] = {}
_finder: Finder | None = None
_quiet = False  # SQLCipher's own log silenced


def encrypted(path: Path) -> bool:
    """Whether the file at ``path`` is encrypted: it has content, not SQLite's header, and
    whole pages (a database is pages of 512 bytes or a power of two more, encrypted or
    not), so that a file that is merely damaged, or no database at all, is not taken for
    one that waits for a passphrase."""
    try:
        with path.open("rb") as handle:
            start = handle.read(len(HEADER))
            size = os.fstat(handle.fileno()).st_size
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False
    return bool(start) and start != HEADER and size % _SMALLEST_PAGE == 0


def driver_errors(name: str, *others: type[Exception]) -> tuple[type[Exception], ...]:
    """The DB-API error class ``name`` (``Error``, ``DatabaseError``,
    ``OperationalError``…) of ``sqlite3`` and, once it is loaded, of ``sqlcipher3``: its
    classes are its own, so ``except sqlite3.Error`` alone lets them through. Before it
    is loaded, no connection of it can have raised. ``others``: caught with them."""
    classes: list[type[Exception]] = [*others, getattr(sqlite3, name)]
    loaded = sys.modules.get("sqlcipher3.dbapi2")
    if loaded is not None:
        classes.append(getattr(loaded, name))
    return tuple(classes)


def sqlcipher() -> Any:
    """The ``sqlcipher3`` DB-API module, loaded on first use (its errors kept quiet: a
    wrong key is said once, as a :class:`PassphraseError`, not logged to the terminal)."""
    global _quiet  # noqa: PLW0603 - said once for the process
    try:
        import sqlcipher3.dbapi2 as dbapi  # noqa: PLC0415 - only for an encrypted file
    except ImportError as exc:
        message = _(
            "an encrypted database needs SQLCipher (the Python package sqlcipher3-binary), "
            "which is not installed here ({error})"
        )
        raise StoreError(message.format(error=exc)) from exc

    if not _quiet:
        with contextlib.closing(dbapi.connect(":memory:")) as conn:
            conn.execute("PRAGMA cipher_log_level = NONE")  # for the whole process
        _quiet = True
    return dbapi


def quoted(text: str) -> str:
    """``text`` as an SQL string literal (a pragma takes no parameters)."""
    if "\x00" in text:
        raise PassphraseError(_("a passphrase cannot hold a NUL character"))
    return "'" + text.replace("'", "''") + "'"


def key_pragmas(path: Path, passphrase: str) -> list[str]:
    """The statements that unlock ``path`` with ``passphrase``, the first thing a new
    connection runs: the derived key itself for a file that has its salt, else the
    passphrase; then SQLCipher 4's settings, and a page cache of its own."""
    key = quoted(passphrase)
    salt = _salt(path)
    if salt is not None:
        with _lock:
            derived = _derived.get((salt, passphrase))
            if derived is None:
                raw = hashlib.pbkdf2_hmac(
                    "sha512", passphrase.encode("utf-8"), salt, _KDF_ITERATIONS, _KEY_BYTES
                )
                derived = _derived[(salt, passphrase)] = raw.hex()
        key = f"\"x'{derived}'\""
    return [
        f"PRAGMA key = {key}",
        f"PRAGMA cipher_compatibility = {_COMPATIBILITY}",
        f"PRAGMA cache_size = -{_CACHE_KIB}",
    ]


def _salt(path: Path) -> bytes | None:
    if not encrypted(path):
        return None
    with path.open("rb") as handle:
        salt = handle.read(_SALT_BYTES)
    return salt if len(salt) == _SALT_BYTES else None


def connect(
    path: Path,
    passphrase: str | None,
    *,
    read_only: bool = False,
    timeout: float = 5.0,
    check_same_thread: bool = True,
) -> sqlite3.Connection:
    """A connection to the database file ``path``: with ``sqlite3`` when ``passphrase``
    is None, else with SQLCipher, unlocked (not checked: the first read fails with
    "file is not a database" for a wrong one). ``read_only``: opened so."""
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    if passphrase is None:
        return sqlite3.connect(
            target, timeout=timeout, check_same_thread=check_same_thread, uri=read_only
        )
    conn = sqlcipher().connect(
        target, timeout=timeout, check_same_thread=check_same_thread, uri=read_only
    )
    for pragma in key_pragmas(path, passphrase):
        conn.execute(pragma)
    return cast(sqlite3.Connection, conn)  # the same DB-API, another library


def opens(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the encrypted file ``path``."""
    try:
        with contextlib.closing(connect(path, passphrase)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver_errors("DatabaseError") as exc:
        if NOT_A_DATABASE in str(exc):
            return False
        raise
    return True


def key_for(path: Path, database: Path | None = None) -> str | None:
    """The passphrase that opens ``path``; None for a plain or a new file. ``database``:
    the database whose passphrase it should have (for one of its backups; by default
    ``path`` itself). A passphrase known to this process, else found (:func:`set_finder`)
    and then known. Raises :class:`PassphraseError` when none is given, or when the one
    given does not open it."""
    if not encrypted(path):
        return None
    own = database or path
    with _lock:
        known = _known.get(path.resolve())
        if known is not None:
            return known
        theirs = _known.get(own.resolve())
        if theirs is not None and opens(path, theirs):
            found: str | None = theirs
        else:
            found = (_finder or from_environment)(path, own)
        if found is None:
            raise PassphraseError(no_passphrase(path))
        _known[path.resolve()] = found
        return found


def from_environment(path: Path, database: Path) -> str | None:
    """``PUSHBACK_MONITOR_PASSPHRASE`` when it is set; an error when it does not open
    ``path``."""
    given = os.environ.get(PASSPHRASE_ENV)
    if not given:
        return None
    if not opens(path, given):
        message = _("{file}: the passphrase in {variable} does not open it")
        raise PassphraseError(message.format(file=path, variable=PASSPHRASE_ENV))
    return given


def no_passphrase(path: Path) -> str:
    message = _(
        "{file} is encrypted, and no passphrase was given. Give it in one of three ways: "
        "the environment variable {variable}; the system keyring (pushback-monitor encrypt "
        "--remember keeps it there); or typed when asked, running the command in a terminal"
    )
    return message.format(file=path, variable=PASSPHRASE_ENV)


def wrong_passphrase(path: Path) -> str:
    return _("{file}: the passphrase does not open this database").format(file=path)


def use_key(path: Path, passphrase: str) -> None:
    """Open ``path`` with ``passphrase`` from now on in this process."""
    with _lock:
        _known[path.resolve()] = passphrase


def known_key(path: Path) -> str | None:
    """The passphrase this process opens ``path`` with, if it has one."""
    with _lock:
        return _known.get(path.resolve())


def forget_key(path: Path) -> None:
    with _lock:
        _known.pop(path.resolve(), None)


def set_finder(finder: Finder | None) -> None:
    """How this program finds the passphrase of an encrypted file it is not known for
    yet (None: ``PUSHBACK_MONITOR_PASSPHRASE`` only)."""
    global _finder  # noqa: PLW0603 - one program, one way of asking
    with _lock:
        _finder = finder
