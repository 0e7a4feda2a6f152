"""Headless ``run``: scheduled polling, live reload of feeds.yaml, clean stop on signals."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest
from conftest import FEEDS, write_feeds
from feedserver import FeedServer
from monitorproc import start, without_classifier

from monitor.config import load_feeds
from monitor.engine import Engine
from monitor.runtime import LoopThread
from monitor.scheduler import ScheduleEvent


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_run_polls_and_stops_cleanly_on_a_signal(
    server: FeedServer, tmp_path: Path, signum: int
) -> None:
    feeds = write_feeds(
        tmp_path / "feeds.yaml",
        [{"id": "nos", "kind": "rss", "url": server.file("/nos.xml", FEEDS / "nos.xml")}],
    )
    db = without_classifier(tmp_path / "data")
    process = start(db.parent, feeds, "run", stdout=subprocess.DEVNULL)
    assert process.stderr is not None
    lines: list[str] = []  # the log, read as it comes
    reader = threading.Thread(target=lambda: lines.extend(map(bytes.decode, process.stderr)))
    reader.start()
    deadline = time.monotonic() + 60
    # the signal once the poll has finished (its items saved and its report logged):
    # one sent while it still runs cancels it, and then it logs "poll stopped" instead
    while not any("nos: ok" in line for line in list(lines)) and time.monotonic() < deadline:
        if process.poll() is not None:
            break
        time.sleep(0.05)
    process.send_signal(signum)
    process.wait(timeout=30)
    reader.join(timeout=30)
    log = "".join(lines)
    assert process.returncode == 0, log
    assert "nos: ok, 4 new" in log
    assert "stopped; the database is closed" in log
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM items").fetchone()[0] == 4
    conn.close()


def test_run_picks_up_edits_to_feeds_yaml(server: FeedServer, tmp_path: Path) -> None:
    feeds = write_feeds(
        tmp_path / "feeds.yaml",
        [{"id": "nos", "kind": "rss", "url": server.file("/nos.xml", FEEDS / "nos.xml")}],
    )
    hrw = server.file("/hrw.atom", FEEDS / "hrw.atom")

    async def main() -> list[ScheduleEvent]:
        events: list[ScheduleEvent] = []
        stop = asyncio.Event()
        async with Engine(tmp_path / "p.db", load_feeds(feeds)) as engine:
            runner = asyncio.create_task(
                engine.run(stop, listener=events.append, feeds_path=feeds, check_every=0.05)
            )
            async with asyncio.timeout(30):
                while not any(e.source == "nos" and e.kind == "finished" for e in events):
                    await asyncio.sleep(0.02)
                feeds.write_text(
                    feeds.read_text().replace("- id: nos", "- id: broken\n  kind: x\n- id: nos"),
                    encoding="utf-8",
                )
                await asyncio.sleep(0.3)  # a broken edit is ignored; polling goes on
                write_feeds(feeds, [{"id": "hrw", "kind": "rss", "url": hrw}])
                while not any(e.source == "hrw" and e.kind == "finished" for e in events):
                    await asyncio.sleep(0.02)
            stop.set()
            await runner
        return events

    events = asyncio.run(main())
    finished = [e.source for e in events if e.kind == "finished"]
    assert finished == ["nos", "hrw"]


def test_work_submitted_after_the_loop_stopped_is_refused_not_lost() -> None:
    loop = LoopThread()
    assert loop.submit(asyncio.sleep(0, result=1)).result(timeout=5) == 1
    loop.stop()
    late = loop.submit(asyncio.sleep(0))
    with pytest.raises(RuntimeError, match="stopped"):
        late.result(timeout=5)
