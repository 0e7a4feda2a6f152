"""A source is called by a name, not its id: the name feeds.yaml gives it, else its feed's
own title from the first poll, and after it was removed, the name it last had."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from conftest import FEEDS, write_feeds
from feedserver import FeedServer
from storedata import new_item, save
from test_pipeline import config_for, poll, rss

from monitor.config import Locations
from monitor.source_names import source_names
from monitor.store import ItemQuery, Store
from monitor.store.activity import source_activity

HRW_TITLE = "Human Rights Watch News"
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def test_the_first_poll_keeps_the_feeds_title_and_a_given_name_wins(
    server: FeedServer, tmp_path: Path
) -> None:
    db = tmp_path / "p.db"
    hrw = server.file("/hrw.atom", FEEDS / "hrw.atom", "application/atom+xml")
    config = config_for([rss("gezin-blog", hrw), rss("named", hrw, name="Ons eigen blog")])
    poll(db, config)
    store = Store.open(db)
    states = store.source_states()
    store.close()
    assert states["gezin-blog"].title == HRW_TITLE and states["gezin-blog"].name is None
    assert states["named"].title == HRW_TITLE and states["named"].name == "Ons eigen blog"
    assert source_names(config.sources, states) == {
        "gezin-blog": HRW_TITLE,
        "named": "Ons eigen blog",
    }
    # Removed from feeds.yaml: each keeps the name it last had.
    assert source_names([], states) == {"gezin-blog": HRW_TITLE, "named": "Ons eigen blog"}
    # Not polled yet: the id, the one name there is.
    fresh = config_for([rss("nieuw", hrw)])
    assert source_names(fresh.sources, {}) == {"nieuw": "nieuw"}


def test_the_cli_names_sources_by_their_feeds_title(
    server: FeedServer, feeds_path: Path, run_cli: Any
) -> None:
    hrw = server.file("/hrw.atom", FEEDS / "hrw.atom", "application/atom+xml")
    write_feeds(feeds_path, [{"id": "gezin-blog", "kind": "rss", "url": hrw}])
    (feeds_path.parent / "settings.yaml").write_text("classifier:\n  enabled: false\n")
    assert run_cli("poll").exit_code == 0
    listed = json.loads(run_cli("sources", "list", "--json").output)
    assert [s["name"] for s in listed] == [HRW_TITLE]
    assert HRW_TITLE in run_cli("sources", "list").output
    store = Store.open(Locations.resolve().db_path)
    item = store.items(ItemQuery(limit=1))[0]
    store.close()
    shown = run_cli("show", str(item.id)).output
    assert f"\n{HRW_TITLE} (gezin-blog) · " in shown


def test_items_in_seven_days_counts_what_the_source_delivered(database: Path | str) -> None:
    """A first poll of a blog brings posts of last month: delivered today, so counted."""
    store = Store.open(database)
    delivered = NOW - timedelta(hours=1)
    old = [
        new_item(
            "blog",
            f"post-{n}",
            f"Post {n}",
            NOW - timedelta(days=30 + n),
            url=f"https://example.org/{n}",
            fetched=delivered,
            content_hash=f"h{n}",
        )
        for n in range(3)
    ]
    save(store, old, NOW)
    activity = source_activity(store._conn, {"blog": timedelta(minutes=30)}, NOW)
    store.close()
    assert activity["blog"].items_7d == 3
