"""One poller per team database: a session advisory lock on a connection of its own.

The program that holds the lock polls the sources; any other ``run`` (a second worker, an
analyst's app) waits as a standby and tries again every few seconds. PostgreSQL lets go
of a session's lock when its connection ends, so when the poller's process dies, or its
machine or network does, a standby takes over without anyone clearing a lock by hand.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

import psycopg

from monitor.store.postgres.connection import (
    CLIENT_KEEPALIVE,
    SERVER_KEEPALIVE,
    keyring_password_for,
)
from monitor.store.postgres.schema import LOCK_KEY

log = logging.getLogger(__name__)

POLLER_KEY = LOCK_KEY + 1  # the migrations hold LOCK_KEY, inside their transaction


class PollerLock:
    def __init__(self, conninfo: str, where: str) -> None:
        self._conninfo = conninfo
        self._where = where
        self._conn: psycopg.Connection[Any] | None = None

    def acquire(self) -> bool:
        """Take the lock if no other program holds it and this role may store items;
        False when one does, the role may not (an analyst's app stands by for good), or
        the server cannot be reached now (said in the log)."""
        try:
            if self._conn is None or self._conn.closed:
                self._conn = psycopg.connect(
                    self._conninfo,
                    password=keyring_password_for(self._conninfo),
                    autocommit=True,
                    connect_timeout=10,
                    application_name="pushback-monitor poller",
                    options=SERVER_KEEPALIVE,
                    **CLIENT_KEEPALIVE,
                )
            # a role that may not store items (an analyst's) never takes the lock: it would
            # hold the sources without being able to poll them
            row = self._conn.execute(
                "SELECT CASE WHEN has_table_privilege('items', 'INSERT')"
                " THEN pg_try_advisory_lock(%s) ELSE false END",
                (POLLER_KEY,),
            ).fetchone()
        except psycopg.Error as exc:
            log.warning("%s: cannot take the poller's lock now: %s", self._where, exc)
            self.release()
            return False
        return bool(row and row[0])

    def held(self) -> bool:
        """Whether the lock is still ours: its connection answers."""
        if self._conn is None or self._conn.closed:
            return False
        try:
            self._conn.execute("SELECT 1").fetchone()
        except psycopg.Error:
            self.release()
            return False
        return True

    def release(self) -> None:
        """Let go at once, then close the connection (which would let go too, once the
        server has ended the session)."""
        if self._conn is not None:
            with contextlib.suppress(psycopg.Error):
                self._conn.execute("SELECT pg_advisory_unlock_all()")
            with contextlib.suppress(psycopg.Error):
                self._conn.close()
            self._conn = None
