"""Forty days of flagged items with one rise in them, for the narrative-spike tests."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from storedata import new_item, save, save_scores

from monitor.store import Store

TODAY = datetime.now().astimezone().date()
SOURCES: list[dict[str, Any]] = [
    {
        "id": "nos",
        "kind": "rss",
        "url": "https://nos.example/rss",
        "country": "NL",
        "tags": ["news"],
    },
    {
        "id": "blog",
        "kind": "rss",
        "url": "https://blog.example/rss",
        "country": "HU",
        "tags": ["ngo"],
    },
    {"id": "fresh", "kind": "rss", "url": "https://fresh.example/rss", "tags": ["new"]},
    {"id": "undated", "kind": "rss", "url": "https://undated.example/rss", "tags": ["ngo"]},
]


def _noon(day: date, minute: int = 0) -> datetime:
    return datetime.combine(day, time(12, minute)).astimezone()


def _day(
    store: Store,
    source: str,
    day: date,
    count: int,
    category: str,
    read: date,
    *,
    estimated: bool = False,
) -> list[int]:
    """``count`` flagged items of ``source`` published on ``day``, read on ``read``
    (``estimated``: the feed gave no date, the item has the fetch's)."""
    items = [
        new_item(
            source,
            f"{source}-{category}-{day}-{n}",
            f"{source} {category} {n}",
            _noon(read) if estimated else _noon(day, n),
            fetched=_noon(read),
            estimated=estimated,
        )
        for n in range(count)
    ]
    ids = save(store, items, _noon(read, 59))
    save_scores(store, {item_id: {category: 0.9} for item_id in ids})
    return ids


def fill(store: Store) -> list[int]:
    """Forty days of 2 anti-gender items a day from nos (NL) and 1 on civic space from
    blog (HU); yesterday, 14 anti-gender items from blog; and two sources first read
    today whose first answers are backlog, not news: 10 civic-space items of yesterday,
    and 20 undated ones (dated today, as fetched). The ids of blog's rise."""
    yesterday = TODAY - timedelta(days=1)
    for back in range(40, 0, -1):
        day = TODAY - timedelta(days=back)
        _day(store, "nos", day, 2, "anti_gender", day)
        _day(store, "blog", day, 1, "civic_space", day)
    rise = _day(store, "blog", yesterday, 14, "anti_gender", yesterday)
    _day(store, "fresh", yesterday, 10, "civic_space", TODAY)
    _day(store, "undated", TODAY, 20, "civic_space", TODAY, estimated=True)
    return rise
