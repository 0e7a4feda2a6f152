from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from conftest import FEEDS
from feedserver import FeedServer, Reply

from monitor.config.schema import FeedsConfig
from monitor.config.validate import validate
from monitor.engine import Engine
from monitor.models import SourceState
from monitor.scheduler import STARTUP_SPREAD, PollScheduler, ScheduleEvent, first_run
from monitor.store import Store

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def config_for(sources: list[dict[str, Any]]) -> FeedsConfig:
    return validate({"version": 1, "sources": sources}, Path("feeds.yaml"))


def with_scheduler(
    db: Path,
    config: FeedsConfig,
    work: Callable[[PollScheduler, list[ScheduleEvent]], Awaitable[None]],
    states: dict[str, SourceState] | None = None,
    **options: Any,
) -> None:
    async def main() -> None:
        async with Engine(db, config) as engine:
            assert engine.poller is not None
            events: list[ScheduleEvent] = []
            scheduler = PollScheduler(engine.poller, listener=events.append, **options)
            scheduler.start(states or {})
            try:
                await work(scheduler, events)
            finally:
                await scheduler.shutdown()

    asyncio.run(main())


async def until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.01)


def test_first_run_is_when_due_or_soon_when_overdue() -> None:
    source = config_for(
        [{"id": "a", "kind": "rss", "url": "https://e.org/", "interval": "1h"}]
    ).sources[0]
    assert first_run(None, source, NOW, 0.5) == NOW + STARTUP_SPREAD / 2
    recent = SourceState(source="a", last_success=NOW - timedelta(minutes=20))
    assert first_run(recent, source, NOW, 0) == NOW + timedelta(minutes=40)
    backing_off = SourceState(source="a", next_poll=NOW + timedelta(hours=3))
    assert first_run(backing_off, source, NOW, 0) == NOW + timedelta(hours=3)
    overdue = SourceState(source="a", next_poll=NOW - timedelta(days=2))
    assert first_run(overdue, source, NOW, 0) == NOW  # missed runs: caught up once


def test_jobs_follow_the_configuration(tmp_path: Path) -> None:
    later = {
        "b": SourceState(source="b", next_poll=datetime.now(UTC) + timedelta(hours=2)),
        "a": SourceState(source="a", next_poll=datetime.now(UTC) + timedelta(hours=2)),
    }
    config = config_for(
        [
            {"id": "a", "kind": "rss", "url": "https://e.org/a", "interval": "15m"},
            {"id": "b", "kind": "rss", "url": "https://e.org/b"},
            {"id": "off", "kind": "rss", "url": "https://e.org/c", "enabled": False},
        ]
    )

    async def work(scheduler: PollScheduler, _: list[ScheduleEvent]) -> None:
        assert set(scheduler.next_runs()) == {"a", "b"}
        scheduler.sync(
            config_for(
                [
                    {"id": "a", "kind": "rss", "url": "https://e.org/a", "interval": "2h"},
                    {"id": "new", "kind": "rss", "url": "https://e.org/n"},
                ]
            )
        )
        assert set(scheduler.next_runs()) == {"a", "new"}
        job = scheduler._scheduler.get_job("a")
        assert job.trigger.interval == timedelta(hours=2)

    with_scheduler(tmp_path / "p.db", config, work, later)


def test_a_failed_run_moves_the_next_run_to_the_backoff_time(
    server: FeedServer, tmp_path: Path
) -> None:
    url = server.add("/down.xml", Reply(503, b""))
    config = config_for([{"id": "down", "kind": "rss", "url": url}])

    async def work(scheduler: PollScheduler, events: list[ScheduleEvent]) -> None:
        await until(lambda: any(e.kind == "finished" for e in events))
        (finished,) = [e for e in events if e.kind == "finished"]
        assert finished.report is not None and finished.report.outcome == "error"
        assert scheduler.next_runs()["down"] == finished.report.next_poll
        assert finished.report.next_poll > datetime.now(UTC) + timedelta(minutes=25)

    with_scheduler(tmp_path / "p.db", config, work)


def test_a_source_never_runs_twice_at_once(server: FeedServer, tmp_path: Path) -> None:
    url = server.add("/slow.xml", Reply(200, (FEEDS / "nos.xml").read_bytes(), delay=0.5))
    config = config_for([{"id": "slow", "kind": "rss", "url": url}])
    later = {"slow": SourceState(source="slow", next_poll=datetime.now(UTC) + timedelta(hours=1))}

    async def work(scheduler: PollScheduler, events: list[ScheduleEvent]) -> None:
        reports = await asyncio.gather(scheduler.poll_now(["slow"]), scheduler.poll_now(["slow"]))
        assert sorted(len(r) for r in reports) == [0, 1]
        assert [e.message for e in events if e.kind == "skipped"] == [
            "the previous poll of this source is still running"
        ]
        await until(lambda: skipped_rows(tmp_path / "p.db") == 1)

    with_scheduler(tmp_path / "p.db", config, work, later)
    assert len(server.seen("/slow.xml")) == 1


def skipped_rows(db: Path) -> int:
    store = Store.open(db, migrate_schema=False)
    try:
        return int(
            store._conn.execute(
                "SELECT count(*) FROM fetch_log WHERE outcome = 'skipped'"
            ).fetchone()[0]
        )
    finally:
        store.close()


def test_poll_now_works_while_paused(server: FeedServer, tmp_path: Path) -> None:
    url = server.file("/nos.xml", FEEDS / "nos.xml")
    config = config_for([{"id": "nos", "kind": "rss", "url": url}])

    async def work(scheduler: PollScheduler, _: list[ScheduleEvent]) -> None:
        scheduler.pause()
        assert scheduler.paused
        (report,) = await scheduler.poll_now()
        assert report.new == 4
        scheduler.resume()
        assert not scheduler.paused

    later = {"nos": SourceState(source="nos", next_poll=datetime.now(UTC) + timedelta(hours=1))}
    with_scheduler(tmp_path / "p.db", config, work, later)


def test_waking_from_sleep_is_noticed(tmp_path: Path) -> None:
    clocks = {"wall": 1000.0, "mono": 50.0}
    config = config_for([{"id": "a", "kind": "rss", "url": "https://e.org/a"}])
    later = {"a": SourceState(source="a", next_poll=datetime.now(UTC) + timedelta(hours=1))}

    async def work(scheduler: PollScheduler, events: list[ScheduleEvent]) -> None:
        clocks["wall"] += 30
        clocks["mono"] += 30
        assert scheduler.check_clock() is False
        clocks["wall"] += 3 * 3600 + 30  # the laptop slept for three hours
        clocks["mono"] += 30
        assert scheduler.check_clock() is True
        assert [e.message for e in events if e.kind == "woke"] == [
            "resumed after about 180 minutes asleep; catching up"
        ]

    with_scheduler(
        tmp_path / "p.db",
        config,
        work,
        later,
        wall=lambda: clocks["wall"],
        monotonic=lambda: clocks["mono"],
    )


def test_shutdown_cancels_running_polls_and_leaves_the_database_sound(
    server: FeedServer, tmp_path: Path
) -> None:
    fast = server.file("/nos.xml", FEEDS / "nos.xml")
    slow = server.add("/slow.xml", Reply(200, b"<rss/>", delay=30))
    config = config_for(
        [{"id": "nos", "kind": "rss", "url": fast}, {"id": "slow", "kind": "rss", "url": slow}]
    )
    later = {
        s: SourceState(source=s, next_poll=datetime.now(UTC) + timedelta(hours=1))
        for s in ("nos", "slow")
    }
    polls: list[asyncio.Task[Any]] = []

    async def work(scheduler: PollScheduler, events: list[ScheduleEvent]) -> None:
        polls.append(asyncio.create_task(scheduler.poll_now()))
        await until(lambda: any(e.kind == "finished" and e.source == "nos" for e in events))
        await until(lambda: bool(server.seen("/slow.xml")))

    started = time.monotonic()
    with_scheduler(tmp_path / "p.db", config, work, later)
    assert polls[0].cancelled()
    assert time.monotonic() - started < 20  # far below the 30 s the slow server takes
    store = Store.open(tmp_path / "p.db")
    assert store.integrity_ok()
    assert store.source_state("nos").last_success is not None
    assert store.source_state("slow").last_attempt is None
    store.close()


def test_a_round_through_the_schedule_counts_skipped_sources_as_done(
    server: FeedServer, tmp_path: Path
) -> None:
    from monitor.progress import Progress, Task

    url = server.add("/slow.xml", Reply(200, (FEEDS / "nos.xml").read_bytes(), delay=0.5))
    config = config_for([{"id": "slow", "kind": "rss", "url": url}])
    later = {"slow": SourceState(source="slow", next_poll=datetime.now(UTC) + timedelta(hours=1))}
    first, second = Progress(Task.POLL), Progress(Task.POLL)

    async def work(scheduler: PollScheduler, _: list[ScheduleEvent]) -> None:
        await asyncio.gather(scheduler.poll_now(["slow"], first), scheduler.poll_now(None, second))

    with_scheduler(tmp_path / "p.db", config, work, later)
    for progress in (first, second):  # one polled, the other skipped: both rounds end
        assert progress.finished and progress.done == progress.total == 1
