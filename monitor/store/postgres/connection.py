"""The PostgreSQL connection: borrowing it from the program's pool (UTC, the loaders,
the migrations), write transactions, giving it back, and its faults in the engine's
terms."""

from __future__ import annotations

import contextlib
import getpass
import os
from collections.abc import Iterator
from typing import Any

import psycopg
from psycopg import errors
from psycopg.conninfo import conninfo_to_dict
from psycopg.types.datetime import TimestamptzLoader
from psycopg.types.string import TextLoader

from monitor.config.proxy import keyring_password
from monitor.errors import StoreError
from monitor.i18n import _
from monitor.store.database import describe
from monitor.store.faults import failed, unavailable
from monitor.store.postgres import pool
from monitor.store.postgres.schema import migrate
from monitor.store.sql import PgSql
from monitor.store.times import iso

# A keyring service holding the team database's password (`keyring set SERVICE USER`), for
# those who keep it there rather than in libpq's ~/.pgpass or a service file.
KEYRING_ENV = "PUSHBACK_MONITOR_DATABASE_KEYRING"

# How long a statement may wait for another program's lock before it gives up: as
# long as SQLite's busy timeout (monitor/store/connection.py), for the same reason.
LOCK_TIMEOUT_MS = 60_000
CONNECT_TIMEOUT_S = 10


class _IsoTimestamptz(TimestamptzLoader):
    """``timestamptz`` as the store's times are everywhere: UTC ISO 8601 text."""

    def load(self, data: Any) -> Any:
        return iso(super().load(data))


def keyring_password_for(conninfo: str) -> str | None:
    """The password from the system keyring, when ``PUSHBACK_MONITOR_DATABASE_KEYRING``
    names a service and the connection string has none (None: libpq's own ways, a
    password file or a service file, need nothing here)."""
    service = os.environ.get(KEYRING_ENV)
    if not service:
        return None
    info = conninfo_to_dict(conninfo)
    if info.get("password"):
        return None
    user = str(info.get("user") or getpass.getuser())
    try:
        return keyring_password(service, user)
    except LookupError as exc:
        raise StoreError(f"{describe(conninfo)}: {exc}") from None


# A program whose machine or network went away is noticed within about half a minute on
# both sides (not after the operating system's two hours): the server then ends its
# session, and its locks (the poller's, a worker's claimed items) go with it.
SERVER_KEEPALIVE = (
    "-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3"
)
CLIENT_KEEPALIVE: dict[str, Any] = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}


def readable(conninfo: str) -> None:
    """A connection string libpq cannot read is said so, never repeated: its fault would
    quote the part at fault, which may be a password."""
    try:
        conninfo_to_dict(conninfo)
    except psycopg.ProgrammingError:
        raise StoreError(
            f"{describe(conninfo)}: the connection string cannot be read; check its"
            " quoting (in a URL, a % in a password is written %25)"
        ) from None


def _options(conninfo: str) -> dict[str, Any]:
    """How every connection of the store is made: in autocommit (a write is one
    :func:`transaction`), in UTC, waiting for locks as long as SQLite does, noticing a
    lost peer within half a minute."""
    return {
        "password": keyring_password_for(conninfo),
        "autocommit": True,
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "pushback-monitor",
        "options": f"-c TimeZone=UTC -c lock_timeout={LOCK_TIMEOUT_MS} {SERVER_KEEPALIVE}",
        **CLIENT_KEEPALIVE,
    }


def _configure(conn: psycopg.Connection[Any]) -> None:
    """Times and JSON handed back as text, as the store reads them everywhere."""
    conn.adapters.register_loader("timestamptz", _IsoTimestamptz)
    conn.adapters.register_loader("jsonb", TextLoader)
    conn.adapters.register_loader("json", TextLoader)


def connect(conninfo: str, *, migrate_schema: bool) -> psycopg.Connection[Any]:
    """A connection of its own (not the pool's), made as :func:`_options` says; with
    ``migrate_schema``, the schema brought up to date first."""
    readable(conninfo)
    conn = psycopg.connect(conninfo, **_options(conninfo))
    _configure(conn)
    if migrate_schema:
        migrate(conn)
    return conn


def _borrow(conninfo: str, *, migrate_schema: bool) -> pool.Borrowed:
    """A connection from the program's pool for ``conninfo`` (:mod:`.pool`); the schema
    brought up to date first with ``migrate_schema`` (one read when it is)."""
    readable(conninfo)
    borrowed = pool.borrow(
        conninfo,
        lambda: connect(conninfo, migrate_schema=migrate_schema),
        _options(conninfo),
        _configure,
    )
    if migrate_schema:
        try:
            migrate(borrowed.conn)
        except BaseException:
            borrowed.give_back()
            raise
    return borrowed


# SQLSTATE classes of a connection lost or refused (08) and of a server shutting down
# (57), and "too many connections" (53300): they pass, or an administrator clears them
_GONE_CLASSES = ("08", "57")
_TOO_MANY = "53300"


def _reason(exc: psycopg.Error) -> str | None:
    """What a fault that passes (or that the user can clear) is, as the store says it."""
    state = exc.sqlstate or ""
    if isinstance(exc, errors.DiskFull):
        return "full"
    if isinstance(exc, errors.LockNotAvailable | errors.DeadlockDetected):
        return "busy"
    if isinstance(exc, errors.ReadOnlySqlTransaction):
        return "read-only"
    if isinstance(exc, psycopg.OperationalError) and (
        not state or state[:2] in _GONE_CLASSES or state == _TOO_MANY
    ):
        return "unreachable"
    return None


@contextlib.contextmanager
def translate_errors(where: str, doing: str, *, writing: bool = False) -> Iterator[None]:
    """psycopg's errors become :class:`StoreError` naming the server and database; a
    server that cannot be reached, a full disk, a lock not granted in time or a
    read-only server become :class:`StoreUnavailable`, which the app waits out."""
    try:
        yield
    except psycopg.Error as exc:
        reason = _reason(exc)
        if reason is None:
            raise failed(where, doing, _first_line(exc)) from exc
        raise unavailable(where, reason, doing, writing=writing) from exc


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


class PostgresBackend:
    """What :class:`~monitor.store.Store` needs of PostgreSQL."""

    path = None  # no file: backups are the server's (pg_dump)

    def __init__(self, conninfo: str, where: str, *, migrate_schema: bool) -> None:
        self.where = where
        self._conninfo = conninfo
        with translate_errors(where, _("opening the database")):
            self._borrowed = _borrow(conninfo, migrate_schema=migrate_schema)
        self.conn = self._borrowed.conn
        self.sql = PgSql(self.conn)

    @contextlib.contextmanager
    def faults(self, doing: str, *, writing: bool = False) -> Iterator[None]:
        """Faults as :func:`translate_errors` says them. A connection the server or the
        network ended is opened again first, so that once the server is back the next
        read or write (a decision tried again) simply works."""
        with translate_errors(self.where, doing, writing=writing):
            if self.conn.closed or self.conn.broken:
                self._borrowed.give_back()  # the pool drops a broken one
                self._borrowed = _borrow(self._conninfo, migrate_schema=False)
                self.conn = self._borrowed.conn
                self.sql.reconnected(self.conn)
            yield

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (a savepoint inside another)."""
        with self.conn.transaction():
            yield

    def close(self) -> None:
        """Give the connection back to the pool (a broken one is dropped there)."""
        with contextlib.suppress(psycopg.Error):
            self._borrowed.give_back()

    def integrity_ok(self) -> bool:
        """Whether the server answers with this store's schema (PostgreSQL keeps its own
        files whole; there is no file of ours to check)."""
        try:
            self.conn.execute("SELECT count(*) FROM schema_migrations").fetchone()
        except psycopg.Error:
            return False
        return True
