"""On a team database only one `run` polls: a second waits as a standby, and takes over
when the first stops or its connection to the server dies."""

from __future__ import annotations

import asyncio
from pathlib import Path

import psycopg
import pytest
from conftest import FEEDS
from feedserver import FeedServer

from monitor import engine as engine_module
from monitor.config.validate import validate
from monitor.engine import Engine
from monitor.store import Store
from monitor.store.postgres.lock import POLLER_KEY, PollerLock


async def _until(condition: object, seconds: float = 15.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if condition():  # type: ignore[operator]
            return
        await asyncio.sleep(0.05)
    raise AssertionError("not reached in time")


def _holder(url: str) -> list[int]:
    """The server processes holding the poller's lock."""
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted"
            " AND ((classid::bigint << 32) | objid::bigint) = %s",
            (POLLER_KEY,),
        ).fetchall()
    return [row[0] for row in rows]


def test_one_program_holds_the_lock_and_it_goes_with_its_connection(postgres_url: str) -> None:
    Store.open(postgres_url).close()  # the schema, as the engine opens it before polling
    first, second = PollerLock(postgres_url, "team"), PollerLock(postgres_url, "team")
    assert first.acquire() and first.held()
    assert not second.acquire()
    first.release()
    assert not first.held()
    assert second.acquire()
    second.release()


def test_a_standby_takes_over_when_the_poller_dies(
    postgres_url: str, server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "STANDBY_SECONDS", 0.2)
    monkeypatch.setattr(engine_module, "LOCK_CHECK_SECONDS", 0.2)
    feed = server.file("/nos.xml", FEEDS / "nos.xml")
    config = validate(
        {"version": 1, "sources": [{"id": "blog", "kind": "rss", "url": feed}]},
        Path("feeds.yaml"),
    )

    async def main() -> None:
        stops = asyncio.Event(), asyncio.Event()
        async with Engine(postgres_url, config) as first, Engine(postgres_url, config) as second:
            running = [
                asyncio.create_task(e.run(s)) for e, s in zip((first, second), stops, strict=True)
            ]
            await _until(lambda: first.scheduler is not None or second.scheduler is not None)
            poller, standby = (first, second) if first.scheduler else (second, first)
            await asyncio.sleep(0.6)  # a few of the standby's tries
            assert standby.scheduler is None and len(_holder(postgres_url)) == 1
            # the poller's connection to the server dies (its process, machine or network)
            (pid,) = _holder(postgres_url)
            with psycopg.connect(postgres_url, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            await _until(lambda: standby.scheduler is not None)
            await _until(lambda: poller.scheduler is None)  # the old one stands by now
            assert len(_holder(postgres_url)) == 1
            for stop in stops:
                stop.set()
            await asyncio.gather(*running)
        assert _holder(postgres_url) == []

    asyncio.run(main())
