"""How each source has been delivering: items lately, its usual rhythm, and whether it
has gone quiet.

A source "goes silent" when it used to deliver and nothing new has appeared for more
than three times its usual gap between items. The usual gap is the median gap between
its recent items, never shorter than its poll interval (a feed that posts every minute
but is polled every half hour is not silent after three minutes).
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from monitor.store.sql import Sql
from monitor.store.times import iso

RECENT = 30  # items that set a source's rhythm
MIN_HISTORY = 5  # fewer items than this: no rhythm to judge by
SILENT_FACTOR = 3


@dataclass(frozen=True, kw_only=True)
class SourceActivity:
    items_7d: int = 0  # items it delivered (fetched) in the last seven days
    last_item: datetime | None = None
    usual_gap: timedelta | None = None  # None: too little history to tell
    silent: bool = False


def usual_gap(published: list[datetime], interval: timedelta) -> timedelta | None:
    """The median gap between consecutive items (newest first), at least ``interval``."""
    if len(published) < MIN_HISTORY:
        return None
    gaps = [(newer - older).total_seconds() for newer, older in itertools.pairwise(published)]
    return max(timedelta(seconds=statistics.median(gaps)), interval)


def source_activity(
    conn: Sql, intervals: Mapping[str, timedelta], now: datetime
) -> dict[str, SourceActivity]:
    """Activity of every source in ``intervals`` (source id → poll interval)."""
    week_ago = iso(now - timedelta(days=7))
    activity = {}
    for source, interval in intervals.items():
        rows = conn.execute(
            "SELECT published FROM items WHERE source = ? AND published <= ?"
            " AND published_estimated = FALSE ORDER BY published DESC LIMIT ?",
            (source, iso(now), RECENT),
        ).fetchall()
        published = [datetime.fromisoformat(r[0]) for r in rows]
        # what it delivered: items fetched this week, whenever they were published (a
        # first poll of a blog brings posts older than a week, and it did deliver them)
        (items_7d,) = conn.execute(
            "SELECT count(*) FROM items WHERE source = ? AND fetched >= ?",
            (source, week_ago),
        ).fetchone()
        gap = usual_gap(published, interval)
        last = published[0] if published else None
        silent = gap is not None and last is not None and now - last > SILENT_FACTOR * gap
        activity[source] = SourceActivity(
            items_7d=int(items_7d), last_item=last, usual_gap=gap, silent=silent
        )
    return activity


@dataclass(frozen=True, kw_only=True)
class FetchStats:
    """How a source's server has been answering its polls lately (the fetch log)."""

    answered: int = 0  # polls it answered (with items or "not modified")
    not_modified: int = 0  # of those, answered "304 Not Modified"
    mean_seconds: float | None = None  # the time an answered poll took, on average
    last_status: int | None = None  # the HTTP status of its latest poll, if it had one


def fetch_stats(conn: Sql, since: datetime) -> dict[str, FetchStats]:
    """Every source's :class:`FetchStats` over the polls that began at ``since`` or later
    (skipped ones do not count)."""
    after = iso(since)
    latest = dict(
        conn.execute(
            "SELECT source, http_status FROM (SELECT source, http_status, row_number() OVER"
            " (PARTITION BY source ORDER BY started DESC, id DESC) AS n FROM fetch_log"
            " WHERE started >= ? AND outcome != 'skipped') latest WHERE n = 1",
            (after,),
        ).fetchall()
    )
    rows = conn.execute(
        "SELECT source, count(*) FILTER (WHERE outcome IN ('ok', 'not_modified')),"
        " count(*) FILTER (WHERE outcome = 'not_modified'),"
        " avg(seconds) FILTER (WHERE outcome IN ('ok', 'not_modified'))"
        " FROM fetch_log WHERE started >= ? AND outcome != 'skipped' GROUP BY source",
        (after,),
    ).fetchall()
    return {
        source: FetchStats(
            answered=int(answered),
            not_modified=int(not_modified),
            mean_seconds=None if mean is None else round(float(mean), 3),
            last_status=latest.get(source),
        )
        for source, answered, not_modified, mean in rows
    }
