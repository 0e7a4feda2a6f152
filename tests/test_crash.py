"""A poll process killed in the middle leaves a sound database with every committed batch."""

from __future__ import annotations

import itertools
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import FEEDS, write_feeds
from feedserver import FeedServer, Reply, Seen
from monitorproc import item_count as committed
from monitorproc import start, without_classifier

from monitor.store import Store

SOURCES = 40
ITEMS_PER_FEED = 4


def variant(number: int) -> bytes:
    """The NOS fixture with links and ids of its own, so no feed duplicates another."""
    text = (FEEDS / "nos.xml").read_text(encoding="utf-8")
    text = text.replace("https://nos.nl/artikel/", f"https://nos.nl/{number}/artikel/")
    text = text.replace('isPermaLink="false">', f'isPermaLink="false">{number}-')
    return text.replace("<title>", f"<title>[{number}] ").encode()


def test_killed_poll_keeps_every_committed_batch(server: FeedServer, tmp_path: Path) -> None:
    sources = []
    for number in range(SOURCES):
        # staggered answers keep commits going on while the process is killed
        url = server.add(f"/feed{number}.xml", Reply(200, variant(number), delay=0.1 * number))
        sources.append({"id": f"feed{number}", "kind": "rss", "url": url})
    feeds = write_feeds(tmp_path / "feeds.yaml", sources, concurrency=64, per_host=64)
    db = without_classifier(tmp_path / "data")
    process = start(db.parent, feeds, "poll", stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while committed(db) < 10 * ITEMS_PER_FEED and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    _, errors = process.communicate(timeout=10)
    assert process.returncode == -signal.SIGKILL, errors.decode()

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    ok_sources = {
        row[0] for row in conn.execute("SELECT source FROM fetch_log WHERE outcome = 'ok'")
    }
    per_source = dict(conn.execute("SELECT source, count(*) FROM items GROUP BY source"))
    assert 10 <= len(ok_sources) < SOURCES  # killed in the middle, not before or after
    # every batch is all or nothing, and only logged batches left items behind
    assert per_source == dict.fromkeys(ok_sources, ITEMS_PER_FEED)
    states = dict(conn.execute("SELECT id, last_success IS NOT NULL FROM sources"))
    assert {s for s, ok in states.items() if ok} == ok_sources
    conn.close()


KILLS = 10
FRESH_SOURCES = 6


def fresh_feed(number: int) -> Any:
    """A feed that has new entries at every request (and keeps half of the previous
    ones), so that every poll writes."""
    requests = itertools.count()

    def reply(_: Seen) -> Reply:
        first = next(requests) * 5
        entries = "".join(
            f"<item><title>Bericht {number}-{n}: kabinet en maatschappelijke organisaties"
            f"</title><link>https://nieuws.example/{number}/{n}</link>"
            f"<guid>{number}-{n}</guid><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate>"
            f"<description>Demonstranten en ngo's reageren op wetsvoorstel {n} van bron "
            f"{number} over buitenlandse financiering.</description></item>"
            for n in range(first, first + 10)
        )
        body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>{number}</title>'
        body += f"<link>https://nieuws.example/{number}</link>{entries}</channel></rss>"
        return Reply(
            200, body.encode(), {"Content-Type": "application/rss+xml"}, delay=0.05 * number
        )

    return reply


@pytest.mark.timeout(600)  # eleven processes that load the classifier
def test_ten_kills_while_items_are_written_lose_and_duplicate_nothing(
    server: FeedServer, tmp_path: Path, trained_model: Any
) -> None:
    sources = [
        {"id": f"fresh{n}", "kind": "rss", "url": server.add(f"/fresh{n}.xml", fresh_feed(n))}
        for n in range(FRESH_SOURCES)
    ]
    feeds = write_feeds(tmp_path / "feeds.yaml", sources, concurrency=16, per_host=16)
    data = tmp_path / "data"
    data.mkdir()
    store = Store.open(data / "pushback.db")
    store.register_model(trained_model)  # the classifier is trained: polls classify
    store.close()
    db = data / "pushback.db"
    before = committed(db)
    for kill in range(KILLS):
        process = start(data, feeds, "poll", stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while committed(db) <= before and time.monotonic() < deadline:
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
            time.sleep(0.02)
        time.sleep(0.03 * kill)  # land at different points of the writing
        os.kill(process.pid, signal.SIGKILL)
        process.communicate(timeout=10)
        assert process.returncode == -signal.SIGKILL, f"kill {kill}: the poll had ended"
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"kill {kill}"
        conn.close()
        now = committed(db)
        assert now > before, f"kill {kill}: nothing new was written"
        before = now
    final = start(data, feeds, "poll", stdout=subprocess.DEVNULL)
    _, errors = final.communicate(timeout=300)
    assert final.returncode == 0, errors.decode()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert committed(db) > before
    twice = conn.execute(
        "SELECT source, external_id FROM items GROUP BY source, external_id HAVING count(*) > 1"
    ).fetchall()
    assert twice == []
    same_link = conn.execute(
        "SELECT url FROM items WHERE duplicate_of IS NULL GROUP BY url HAVING count(*) > 1"
    ).fetchall()
    assert same_link == []
    unclassified = conn.execute(
        "SELECT count(*) FROM items i LEFT JOIN classifications c ON c.item_id = i.id"
        " WHERE c.item_id IS NULL"
    ).fetchone()[0]
    assert unclassified == 0  # the last poll classified what the killed ones left waiting
    conn.close()
