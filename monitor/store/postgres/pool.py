"""The connections of one program to a team's database, kept open for reuse.

Every :class:`~monitor.store.Store` on a server borrows a connection from the pool of
its connection string and gives it back when it closes: the app's read threads, the
writer, a dialog's short read and each of a worker's steps do not each pay for a new
connection (and its TLS handshake), and the schema is checked once per program. The
pool (``psycopg_pool``) checks a connection before lending it, so one the server or the
network ended is replaced, never handed out.

The first connection of a program is opened directly, and so is one wanted while the
pool cannot make one: a server that refuses or cannot be reached is then said at once,
in PostgreSQL's own words, rather than after the pool's wait.
"""

from __future__ import annotations

import atexit
import logging
import threading
from collections.abc import Callable
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

MAX_SIZE = 8  # connections a program keeps at most (the app: its readers and its writer)
WAIT_S = 2.0  # how long a Store waits for the pool before connecting on its own
IDLE_S = 300.0  # an idle connection is closed after this long (the pool keeps one)

_pools: dict[str, ConnectionPool[Any]] = {}
_lock = threading.Lock()
# the pool's own reports of a server it cannot reach repeat what the store says once
logging.getLogger("psycopg.pool").setLevel(logging.ERROR)


class Borrowed:
    """A connection from the pool (given back on :meth:`give_back`), or one of its own
    (closed then) when the pool could not lend one."""

    def __init__(self, conn: psycopg.Connection[Any], pool: ConnectionPool[Any] | None) -> None:
        self.conn = conn
        self._pool = pool
        self._given = False

    def give_back(self) -> None:
        """Once only: a store whose connection broke gives it back, and then, while a new
        one cannot be had, may be asked to again (the pool would count it twice)."""
        if self._given:
            return
        self._given = True
        if self._pool is not None and not self._pool.closed:
            self._pool.putconn(self.conn)
        else:
            self.conn.close()


def borrow(
    conninfo: str,
    open_one: Callable[[], psycopg.Connection[Any]],
    kwargs: dict[str, Any],
    configure: Callable[[psycopg.Connection[Any]], None],
) -> Borrowed:
    """A connection to ``conninfo``: from its pool, made the first time after
    ``open_one()`` (a direct connection, whose faults are raised as they are) has shown
    that the server answers; ``kwargs`` and ``configure`` make the pool's connections
    like the direct one."""
    with _lock:
        pool = _pools.get(conninfo)
    if pool is None:
        conn = open_one()
        with _lock:
            if conninfo not in _pools:
                _pools[conninfo] = ConnectionPool(
                    conninfo,
                    kwargs=kwargs,
                    configure=configure,
                    check=ConnectionPool.check_connection,
                    min_size=1,
                    max_size=MAX_SIZE,
                    max_idle=IDLE_S,
                    name="pushback-monitor",
                    open=True,
                )
            pool = _pools[conninfo]
        return Borrowed(conn, None)  # not the pool's: closed when given back
    try:
        return Borrowed(pool.getconn(timeout=WAIT_S), pool)
    except PoolTimeout:
        return Borrowed(open_one(), None)  # raises what keeps the pool from connecting


def close_all() -> None:
    """Close every pool (at exit; and in tests, between servers)."""
    with _lock:
        pools = list(_pools.values())
        _pools.clear()
    for pool in pools:
        pool.close(timeout=1.0)


atexit.register(close_all)
