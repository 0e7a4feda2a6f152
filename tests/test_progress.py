"""The one progress type: updated by work on any thread, read by views; polls report
through it."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from conftest import FEEDS
from feedserver import FeedServer, Reply
from test_pipeline import Clock, config_for, rss

from monitor.engine import Engine
from monitor.progress import Progress, Snapshot, Task


def test_done_total_and_description() -> None:
    progress = Progress(Task.CLASSIFY, "reading")
    assert progress.snapshot() == Snapshot(Task.CLASSIFY, "reading", 0, None, False)
    assert progress.snapshot().fraction is None
    progress.update(total=4, description="classifying")
    progress.advance()
    progress.advance(2)
    assert (progress.done, progress.total, progress.description) == (3, 4, "classifying")
    assert progress.snapshot().fraction == 0.75
    with progress:
        pass
    assert progress.finished


def test_listeners_see_every_update_until_they_leave() -> None:
    progress = Progress(Task.TRAIN, total=2)
    seen: list[tuple[int, str, bool]] = []
    leave = progress.subscribe(lambda s: seen.append((s.done, s.description, s.finished)))
    progress.describe("encoding")
    progress.advance()
    progress.close()
    progress.close()  # once finished, it stays so and says nothing more
    leave()
    progress.advance()
    assert seen == [(0, "encoding", False), (1, "encoding", False), (1, "encoding", True)]


def test_track_counts_the_items() -> None:
    progress = Progress()
    assert list(progress.track(["a", "b", "c"])) == ["a", "b", "c"]
    assert (progress.done, progress.total) == (3, 3)


def test_updates_from_many_threads_lose_nothing() -> None:
    progress = Progress(total=8000)

    def work() -> None:
        for _ in range(1000):
            progress.advance()

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert progress.done == 8000


def test_a_poll_counts_its_sources(server: FeedServer, tmp_path: Path) -> None:
    config = config_for(
        [
            rss("nos", server.file("/nos.xml", FEEDS / "nos.xml")),
            rss("gone", server.add("/gone.xml", Reply(404, b"no"))),
            rss("hrw", server.file("/hrw.atom", FEEDS / "hrw.atom", "application/atom+xml")),
        ]
    )
    progress = Progress(Task.POLL)
    seen: list[tuple[int, int | None]] = []
    progress.subscribe(lambda s: seen.append((s.done, s.total)))

    async def main() -> int:
        async with Engine(tmp_path / "p.db", config, clock=Clock()) as engine:
            return len(await engine.poll_now(progress=progress))

    assert asyncio.run(main()) == 3
    assert progress.finished and (progress.done, progress.total) == (3, 3)
    assert [done for done, _ in seen] == [0, 1, 2, 3, 3]  # total known first, closed last
    assert seen[0] == (0, 3)


def test_a_backup_counts_its_pages(tmp_path: Path) -> None:
    from monitor.store import Store, backup

    database = tmp_path / "p.db"
    Store.open(database).close()
    progress = Progress(Task.BACKUP)
    seen: list[str] = []
    progress.subscribe(lambda s: seen.append(s.description))
    info = backup.backup(database, tmp_path / "copy.db", progress)
    assert info.path.is_file()
    assert progress.finished and progress.total and progress.done == progress.total
    assert "checking the copy" in seen


def test_the_engine_announces_its_daily_backup(tmp_path: Path) -> None:
    from monitor.store import Store

    database = tmp_path / "p.db"
    Store.open(database).close()
    announced: list[Progress] = []

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()

        def started(progress: Progress) -> None:  # the backup runs in a worker thread
            announced.append(progress)
            progress.subscribe(lambda s: s.finished and loop.call_soon_threadsafe(stop.set))

        async with Engine(database, config_for([]), clock=Clock(), on_progress=started) as engine:
            await asyncio.wait_for(engine.run(stop, backups=2), timeout=30)

    asyncio.run(main())
    (made,) = announced
    assert made.task is Task.BACKUP and made.done == made.total
    assert list((tmp_path / "backups").glob("p-*.db"))


@pytest.mark.parametrize("form", ["md", "csv"])
def test_a_brief_counts_its_steps(tmp_path: Path, form: str) -> None:
    from briefdata import NAMES, build

    from monitor import brief as briefs
    from monitor.classify.taxonomy import load_taxonomy
    from monitor.store import Store

    build(tmp_path / "b.db")
    request = briefs.Request(period=briefs.iso_week("2026-W48"), format=form, source_names=NAMES)
    progress = Progress(Task.BRIEF)
    steps: list[str] = []
    progress.subscribe(lambda s: steps.append(s.description) if s.description else None)
    store = Store.open(tmp_path / "b.db")
    try:
        assert briefs.build(store, request, load_taxonomy(), progress)
    finally:
        store.close()
    assert progress.finished and progress.total and progress.done == progress.total
    expected = (
        ["reading the period's items"]
        if form == "csv"
        else ["gathering the figures and findings", "drawing the charts", "writing the md file"]
    )
    assert list(dict.fromkeys(steps)) == expected
