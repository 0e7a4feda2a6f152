"""What a brief says, gathered from the store before any format is written.

Only confirmed items are findings. Flagged items that nobody has reviewed yet are
counted as "awaiting review" and never listed; rejected items appear nowhere.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from monitor.brief.period import Period
from monitor.classify.taxonomy import Taxonomy
from monitor.store import ItemQuery, Store, StoredItem, iso

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2, None: 3}
EXCERPT = 280
TOP_SOURCES = 10


@dataclass(frozen=True, kw_only=True)
class Figures:
    monitored: int = 0  # items published in the period (duplicates counted once)
    flagged: int = 0  # … that the classifier flagged
    reviewed: int = 0  # … that an analyst decided (confirmed, rejected or escalated)
    confirmed: int = 0
    rejected: int = 0
    escalated: int = 0
    awaiting_review: int = 0  # flagged, not yet decided
    per_category: Mapping[str, int] = field(default_factory=dict)  # confirmed, by category


@dataclass(frozen=True, kw_only=True)
class Finding:
    id: int
    title: str
    source: str  # the source's name
    url: str | None
    published: datetime
    published_estimated: bool
    excerpt: str
    note: str | None
    score: float | None
    severity: str | None
    categories: list[str]
    language: str | None


@dataclass(frozen=True, kw_only=True)
class NewSource:
    name: str
    first_seen: datetime
    findings: int


@dataclass(frozen=True, kw_only=True)
class NewActor:
    name: str
    source: str
    findings: int


@dataclass(frozen=True, kw_only=True)
class Methods:
    models: list[str]
    thresholds: dict[str, float]
    reviewed_share: float | None  # of the flagged items, the share decided
    reviewers: list[tuple[str, int]]  # analyst, decisions


@dataclass(frozen=True, kw_only=True)
class Brief:
    period: Period
    previous: Period
    organisation: str
    language: str  # nl or en
    generated: datetime
    taxonomy: Taxonomy
    figures: Figures
    previous_figures: Figures
    daily: dict[date, dict[str, int]]  # confirmed findings per day and category
    top_sources: list[tuple[str, int]]
    sections: list[tuple[str, list[Finding]]]  # category id → its findings, in order
    new_sources: list[NewSource]
    new_actors: list[NewActor]
    methods: Methods
    findings: list[Finding]  # every finding once, for the appendix

    def category_name(self, category: str) -> str:
        try:
            return self.taxonomy.category(category).name.get(self.language, category)
        except KeyError:
            return category


def _bounds(period: Period) -> tuple[str, str]:
    start, end = iso(period.start), iso(period.end)
    assert start is not None and end is not None
    return start, end


def figures(conn: sqlite3.Connection, period: Period) -> Figures:
    start, end = _bounds(period)
    row = conn.execute(
        "SELECT count(*), coalesce(sum(c.categories IS NOT NULL AND c.categories != '[]'), 0),"
        " coalesce(sum(i.status != 'pending'), 0), coalesce(sum(i.status = 'confirmed'), 0),"
        " coalesce(sum(i.status = 'rejected'), 0), coalesce(sum(i.status = 'escalated'), 0),"
        " coalesce(sum(i.status = 'pending' AND i.flagged = 1), 0)"
        " FROM items i LEFT JOIN classifications c ON c.item_id = i.id"
        " WHERE i.duplicate_of IS NULL AND i.published >= ? AND i.published < ?",
        (start, end),
    ).fetchone()
    per_category = dict(
        conn.execute(
            "SELECT category, count(*) FROM item_flags WHERE status = 'confirmed'"
            " AND published >= ? AND published < ? GROUP BY category",
            (start, end),
        ).fetchall()
    )
    return Figures(
        monitored=row[0],
        flagged=row[1],
        reviewed=row[2],
        confirmed=row[3],
        rejected=row[4],
        escalated=row[5],
        awaiting_review=row[6],
        per_category=per_category,
    )


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= EXCERPT:
        return text
    return text[:EXCERPT].rsplit(" ", 1)[0] + " …"


def _finding(item: StoredItem, names: Mapping[str, str]) -> Finding:
    return Finding(
        id=item.id,
        title=item.title,
        source=names.get(item.source, item.source),
        url=item.url,
        published=item.published,
        published_estimated=item.published_estimated,
        excerpt=_excerpt(item.text) if item.text != item.title else "",
        note=item.note or None,
        score=max(item.scores.values()) if item.scores else None,
        severity=item.severity,
        categories=list(item.categories),
        language=item.language,
    )


def _order(finding: Finding) -> tuple[int, float, str]:
    return SEVERITY_ORDER.get(finding.severity, 3), -(finding.score or 0.0), finding.title


def _new_sources(
    conn: sqlite3.Connection, period: Period, names: Mapping[str, str], found: Counter[str]
) -> list[NewSource]:
    start, end = _bounds(period)
    rows = conn.execute(
        "SELECT source, min(started) FROM fetch_log WHERE outcome IN ('ok', 'not_modified')"
        " GROUP BY source HAVING min(started) >= ? AND min(started) < ? ORDER BY 2",
        (start, end),
    ).fetchall()
    return [
        NewSource(
            name=names.get(source, source),
            first_seen=datetime.fromisoformat(first),
            findings=found[names.get(source, source)],
        )
        for source, first in rows
    ]


def _new_actors(
    conn: sqlite3.Connection, period: Period, findings: list[tuple[StoredItem, Finding]]
) -> list[NewActor]:
    """Authors of findings whose first item of all falls in this period."""
    start, _ = _bounds(period)
    authors = Counter((item.author, finding.source) for item, finding in findings if item.author)
    if not authors:
        return []
    names = sorted({author for author, _ in authors})
    marks = ",".join("?" * len(names))
    seen_before = {
        row[0]
        for row in conn.execute(
            f"SELECT DISTINCT author FROM items WHERE author IN ({marks})"  # noqa: S608
            " AND published < ?",
            [*names, start],
        )
    }
    return [
        NewActor(name=author, source=source, findings=count)
        for (author, source), count in authors.most_common()
        if author not in seen_before
    ]


def _methods(
    conn: sqlite3.Connection, period: Period, figures: Figures, thresholds: Mapping[str, float]
) -> Methods:
    start, end = _bounds(period)
    scope = (
        "FROM items i JOIN classifications c ON c.item_id = i.id WHERE i.duplicate_of IS NULL"
        " AND i.published >= ? AND i.published < ?"
    )
    models = [
        row[0]
        for row in conn.execute(
            f"SELECT c.model_version, count(*) {scope} GROUP BY 1 ORDER BY 2 DESC",
            (start, end),
        )
    ]
    latest = conn.execute(
        f"SELECT json_extract(c.explanation, '$.thresholds') {scope}"
        " ORDER BY c.created DESC LIMIT 1",
        (start, end),
    ).fetchone()
    used = {**(json.loads(latest[0]) if latest and latest[0] else {}), **thresholds}
    reviewed_flagged = conn.execute(
        f"SELECT count(*) {scope} AND c.categories != '[]' AND i.status != 'pending'",
        (start, end),
    ).fetchone()[0]
    reviewers = conn.execute(
        "SELECT coalesce(d.analyst, '?'), count(*) FROM decisions d JOIN items i"
        " ON i.id = d.item_id WHERE i.published >= ? AND i.published < ?"
        " GROUP BY 1 ORDER BY 2 DESC, 1",
        (start, end),
    ).fetchall()
    return Methods(
        models=models,
        thresholds=dict(sorted(used.items())),
        reviewed_share=reviewed_flagged / figures.flagged if figures.flagged else None,
        reviewers=[(name, count) for name, count in reviewers],
    )


def gather(
    store: Store,
    period: Period,
    *,
    taxonomy: Taxonomy,
    language: str,
    organisation: str = "",
    source_names: Mapping[str, str] | None = None,
    thresholds: Mapping[str, float] | None = None,
    now: datetime | None = None,
) -> Brief:
    """Everything a brief on ``period`` shows, read from ``store``."""
    names = dict(source_names or {})
    conn = store.conn
    current = figures(conn, period)
    stored = store.items(ItemQuery(status="confirmed", since=period.start, until=period.end))
    pairs = [(item, _finding(item, names)) for item in stored]
    findings = sorted((finding for _, finding in pairs), key=_order)
    daily: dict[date, dict[str, int]] = {day: {} for day in period.days}
    for finding in findings:
        day = finding.published.astimezone().date()
        for category in finding.categories:
            counts = daily.setdefault(day, {})
            counts[category] = counts.get(category, 0) + 1
    sources = Counter(finding.source for finding in findings)
    sections = [
        (category.id, [f for f in findings if category.id in f.categories])
        for category in taxonomy.categories
    ]
    return Brief(
        period=period,
        previous=period.previous(),
        organisation=organisation,
        language=language,
        generated=now or datetime.now(UTC),
        taxonomy=taxonomy,
        figures=current,
        previous_figures=figures(conn, period.previous()),
        daily=daily,
        top_sources=sources.most_common(TOP_SOURCES),
        sections=sections,
        new_sources=_new_sources(conn, period, names, sources),
        new_actors=_new_actors(conn, period, pairs),
        methods=_methods(conn, period, current, thresholds or {}),
        findings=sorted(findings, key=lambda f: (f.published, f.id)),
    )
