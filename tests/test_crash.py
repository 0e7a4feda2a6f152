"""A poll process killed in the middle leaves a sound database with every committed batch."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import FEEDS, write_feeds
from feedserver import FeedServer, Reply

SOURCES = 40
ITEMS_PER_FEED = 4


def variant(number: int) -> bytes:
    """The NOS fixture with links and ids of its own, so no feed duplicates another."""
    text = (FEEDS / "nos.xml").read_text(encoding="utf-8")
    text = text.replace("https://nos.nl/artikel/", f"https://nos.nl/{number}/artikel/")
    text = text.replace('isPermaLink="false">', f'isPermaLink="false">{number}-')
    return text.replace("<title>", f"<title>[{number}] ").encode()


def committed(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM items").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_killed_poll_keeps_every_committed_batch(server: FeedServer, tmp_path: Path) -> None:
    sources = []
    for number in range(SOURCES):
        # staggered answers keep commits going on while the process is killed
        url = server.add(f"/feed{number}.xml", Reply(200, variant(number), delay=0.1 * number))
        sources.append({"id": f"feed{number}", "kind": "rss", "url": url})
    feeds = write_feeds(tmp_path / "feeds.yaml", sources, concurrency=64, per_host=64)
    db = tmp_path / "data" / "pushback.db"
    db.parent.mkdir()
    (db.parent / "settings.yaml").write_text("classifier:\n  enabled: false\n")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "monitor",
            "--data-dir",
            str(db.parent),
            "--feeds",
            str(feeds),
            "poll",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
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
