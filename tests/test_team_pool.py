"""A program's connections to a team database are kept for reuse: a store opened after
another closed borrows its connection; one the server ended is never handed out; more
stores at once than the pool holds still open; a server that refuses is said at once in
its own words."""

from __future__ import annotations

import socket

import psycopg
import pytest

from monitor.errors import StoreUnavailable
from monitor.store import Store
from monitor.store.postgres import pool


def _pid(store: Store) -> int:
    (pid,) = store._conn.execute("SELECT pg_backend_pid()").fetchone()
    return int(pid)


def test_a_store_borrows_the_connection_another_gave_back(postgres_url: str) -> None:
    first = Store.open(postgres_url)
    first_pid = _pid(first)  # the program's first: made directly, closed when done
    first.close()
    seen = set()
    for n in range(8):  # one store after another, as a dialog's short reads come
        store = Store.open(postgres_url, migrate_schema=n % 2 == 0)
        seen.add(_pid(store))
        store.close()
    # the pool's connections, again and again: its own first one and the one made when
    # the second store asked (a new connection each time would be eight)
    assert len(seen) <= 2 and first_pid not in seen


def test_a_connection_the_server_ended_is_not_handed_out(postgres_url: str) -> None:
    Store.open(postgres_url).close()  # the pool is made
    store = Store.open(postgres_url)
    pid = _pid(store)
    store.close()
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    again = Store.open(postgres_url)
    try:
        assert _pid(again) != pid
        assert again.count_flagged() == 0
    finally:
        again.close()


def test_more_stores_at_once_than_the_pool_keeps_still_open(postgres_url: str) -> None:
    stores = [Store.open(postgres_url) for _ in range(pool.MAX_SIZE + 2)]
    try:
        assert len({_pid(s) for s in stores}) == len(stores)
        assert all(s.count_flagged() == 0 for s in stores)
    finally:
        for store in stores:
            store.close()


def test_a_server_that_refuses_is_said_in_its_own_words() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(StoreUnavailable) as caught:
        Store.open(f"postgresql://sanne:geheim@127.0.0.1:{port}/team")
    assert caught.value.reason == "unreachable"
    assert str(caught.value).startswith(f"postgresql://sanne@127.0.0.1:{port}/team:")
    assert "geheim" not in str(caught.value)


def test_a_connection_given_back_twice_is_counted_once(postgres_url: str) -> None:
    Store.open(postgres_url).close()
    store = Store.open(postgres_url)
    borrowed = store._backend._borrowed  # type: ignore[attr-defined]
    borrowed.give_back()
    borrowed.give_back()  # as a reconnect that failed, and then close(), would
    store.close()
    (found,) = pool._pools.values()
    assert found.get_stats()["pool_size"] <= 2
    again = Store.open(postgres_url)
    try:
        assert again.count_flagged() == 0
    finally:
        again.close()
