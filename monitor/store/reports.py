"""What a report on a period (the weekly brief) reads: counts, first fetches, and how
the period's items were classified and reviewed (its actors: :mod:`~monitor.store.actors`)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from monitor.store.sql import Sql
from monitor.store.times import iso, read_time


@dataclass(frozen=True, kw_only=True)
class PeriodCounts:
    monitored: int = 0  # items published in the period (duplicates counted once)
    flagged: int = 0  # … that the classifier flagged
    reviewed: int = 0  # … that an analyst decided (confirmed, rejected or escalated)
    confirmed: int = 0
    rejected: int = 0
    escalated: int = 0
    awaiting_review: int = 0  # flagged, not yet decided
    per_category: Mapping[str, int] = field(default_factory=dict)  # confirmed, by category


@dataclass(frozen=True, kw_only=True)
class PeriodReview:
    models: list[str]  # the model versions that classified the items, most items first
    thresholds: dict[str, float]  # those the latest classification used
    reviewed_flagged: int  # flagged items that an analyst decided
    reviewers: list[tuple[str, int]]  # analyst ("?": unknown) and decisions, most first


def _bounds(start: datetime, end: datetime) -> tuple[str, str]:
    return str(iso(start)), str(iso(end))


def period_counts(conn: Sql, start: datetime, end: datetime) -> PeriodCounts:
    bounds = _bounds(start, end)
    row = conn.execute(
        "SELECT count(*),"
        " count(*) FILTER (WHERE c.categories IS NOT NULL AND c.categories != '[]'),"
        " count(*) FILTER (WHERE i.status != 'pending'),"
        " count(*) FILTER (WHERE i.status = 'confirmed'),"
        " count(*) FILTER (WHERE i.status = 'rejected'),"
        " count(*) FILTER (WHERE i.status = 'escalated'),"
        " count(*) FILTER (WHERE i.status = 'pending' AND i.flagged = TRUE)"
        " FROM items i LEFT JOIN classifications c ON c.item_id = i.id"
        " WHERE i.duplicate_of IS NULL AND i.published >= ? AND i.published < ?"
        " AND i.status != 'partner'",  # a partner's finding is not one read here
        bounds,
    ).fetchone()
    per_category = dict(
        conn.execute(
            "SELECT category, count(*) FROM item_flags WHERE status = 'confirmed'"
            " AND published >= ? AND published < ? GROUP BY category",
            bounds,
        ).fetchall()
    )
    return PeriodCounts(
        monitored=row[0],
        flagged=row[1],
        reviewed=row[2],
        confirmed=row[3],
        rejected=row[4],
        escalated=row[5],
        awaiting_review=row[6],
        per_category=per_category,
    )


def first_fetched(conn: Sql, start: datetime, end: datetime) -> list[tuple[str, datetime]]:
    """Sources first fetched successfully in the period, with when, in that order."""
    rows = conn.execute(
        "SELECT source, min(started) FROM fetch_log WHERE outcome IN ('ok', 'not_modified')"
        " GROUP BY source HAVING min(started) >= ? AND min(started) < ? ORDER BY 2",
        _bounds(start, end),
    ).fetchall()
    return [(source, datetime.fromisoformat(first)) for source, first in rows]


def period_review(conn: Sql, start: datetime, end: datetime) -> PeriodReview:
    bounds = _bounds(start, end)
    scope = (
        "FROM items i JOIN classifications c ON c.item_id = i.id WHERE i.duplicate_of IS NULL"
        " AND i.published >= ? AND i.published < ?"
    )
    models = [
        row[0]
        for row in conn.execute(
            f"SELECT c.model_version, count(*) {scope} GROUP BY 1 ORDER BY 2 DESC",
            bounds,
        )
    ]
    latest = conn.execute(
        f"SELECT {conn.json_field('c.explanation', 'thresholds')} {scope}"
        " ORDER BY c.created DESC LIMIT 1",
        bounds,
    ).fetchone()
    reviewed_flagged = conn.execute(
        f"SELECT count(*) {scope} AND c.categories != '[]' AND i.status != 'pending'",
        bounds,
    ).fetchone()[0]
    reviewers = conn.execute(
        "SELECT coalesce(d.analyst, '?'), count(*) FROM decisions d JOIN items i"
        " ON i.id = d.item_id WHERE i.published >= ? AND i.published < ?"
        " AND d.actors IS NULL"  # recording actors (or taking them back) decides nothing
        " GROUP BY 1 ORDER BY 2 DESC, 1",
        bounds,
    ).fetchall()
    return PeriodReview(
        models=models,
        thresholds=json.loads(latest[0]) if latest and latest[0] else {},
        reviewed_flagged=int(reviewed_flagged),
        reviewers=[(name, count) for name, count in reviewers],
    )


@dataclass(frozen=True, slots=True)
class FlaggedItem:
    """One category of an item that stands flagged (the analyst's categories, else the
    model's; duplicates and items marked not relevant left out)."""

    item_id: int
    category: str
    published: datetime
    source: str
    estimated: bool = False  # its feed gave no date: ``published`` is when it was fetched
    fetched: datetime | None = None


def flagged_between(conn: Sql, start: datetime, end: datetime) -> list[FlaggedItem]:
    """What narrative spikes count (:mod:`monitor.spikes.narratives`): the flagged items
    published in ``[start, end)``, one per item and category, newest first."""
    rows = conn.execute(
        "SELECT f.item_id, f.category, f.published, i.source, i.published_estimated,"
        " i.fetched FROM item_flags f JOIN items i ON i.id = f.item_id"
        " WHERE f.published >= ? AND f.published < ? AND f.status != 'rejected'"
        " ORDER BY f.published DESC, f.item_id DESC, f.category",
        _bounds(start, end),
    )
    return [FlaggedItem(r[0], r[1], _when(r[2]), r[3], bool(r[4]), _when(r[5])) for r in rows]


@dataclass(frozen=True, slots=True)
class FirstRead:
    """A source's first successful fetch."""

    started: datetime
    finished: datetime


def first_reads(conn: Sql) -> dict[str, FirstRead]:
    """When each source was first read: the days before are not known for it (a feed's
    first answer holds some older items, not all of them)."""
    rows = conn.execute(
        "SELECT source, min(started), min(coalesce(finished, started)) FROM fetch_log"
        " WHERE outcome IN ('ok', 'not_modified') GROUP BY source"
    )
    return {source: FirstRead(_when(first), _when(done)) for source, first, done in rows}


def _when(value: str | datetime) -> datetime:
    found = read_time(value)
    assert found is not None
    return found
