"""The review queue: which items, in which order, and the counts beside it.

Built for a million items: every filter and sort the queue offers has an index, the
first page is a ``LIMIT`` query, and the full list of ids (for scrolling) is read
separately, off the GUI thread.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from monitor.models import ItemStatus
from monitor.store import rule_hits
from monitor.store.leases import holders_sql
from monitor.store.queries import ItemFilter, add_filters, add_search
from monitor.store.rule_hits import RuleAlert
from monitor.store.sql import Sql
from monitor.store.times import iso
from monitor.store.versions import VERSION


class Queue(StrEnum):
    """The review queues, in the order the navigator lists them."""

    REVIEW = "review"  # pending and flagged by the model
    ESCALATED = "escalated"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    PARTNERS = "partner"  # findings partner organisations shared, not decided here
    ALL = "all"


QUEUES: tuple[Queue, ...] = tuple(Queue)
SORTS = ("score", "categories", "title", "source", "language", "published", "uncertain")
# "uncertain": scores nearest their thresholds first (ascending margin), where an
# analyst's decision teaches the model most; descending turns it round like the others.
_ORDER = {
    "uncertain": "i.margin {inv} NULLS LAST, i.published DESC",
    "published": "i.published {dir}, i.id {dir}",
    "score": "i.top_score {dir} {nulls}, i.published {dir}",
    "title": "{title} {dir}",
    "source": "i.source {dir}, i.published DESC",
    "language": "coalesce(i.language, '') {dir}, i.published DESC",
    "categories": "(SELECT {categories} FROM item_flags WHERE item_id = i.id) {dir} {nulls},"
    " i.published DESC",
}


@dataclass(frozen=True, kw_only=True)
class QueueQuery(ItemFilter):
    queue: Queue = Queue.REVIEW
    min_score: float | None = None
    sort: str = "published"
    descending: bool = True


@dataclass(frozen=True, slots=True)
class QueueRow:
    id: int
    score: float | None
    categories: list[str]
    title: str
    source: str
    language: str | None
    published: datetime
    published_estimated: bool
    status: ItemStatus
    version: int = 0  # as the item's (see StoredItem.version): what a decision expects
    holders: tuple[str, ...] = ()  # the analysts who have it open now (leases.py)


@dataclass(frozen=True, kw_only=True)
class QueueCounts:
    queues: dict[str, int] = field(default_factory=dict)
    categories: dict[str, int] = field(default_factory=dict)  # in the review queue
    sources: dict[str, int] = field(default_factory=dict)  # items in the last 7 days


# A search that matches more items than this is answered by walking the queue's own index
# in order and checking each item against the matches, rather than looking up every match
# and sorting them: the first page of "gender" comes in 8 ms instead of 100.
DENSE_SEARCH = 5_000
_INDEXED_SORTS = ("published", "score", "title")


def _dense(conn: Sql, query: QueueQuery) -> bool:
    """Whether the search matches so many items that walking the queue in order is faster."""
    if not query.search or query.sort not in _INDEXED_SORTS:
        return False
    return conn.many_matches(query.search, DENSE_SEARCH)


def _sql(
    conn: Sql, query: QueueQuery, select: str, *, dense: bool = False
) -> tuple[str, list[Any]]:
    joins: list[str] = []
    clauses = ["i.duplicate_of IS NULL"]
    params: list[Any] = []
    if query.category:
        joins.append("JOIN item_flags f ON f.item_id = i.id AND f.category = ?")
        params.append(query.category)
        if query.queue != Queue.ALL:
            status = ItemStatus.PENDING if query.queue == Queue.REVIEW else query.queue
            joins.append(f"AND f.status = '{status}'")  # a member's value, never typed text
    if query.queue == Queue.REVIEW:
        clauses.append("i.status = 'pending' AND i.flagged = TRUE")
    elif query.queue in (Queue.ESCALATED, Queue.CONFIRMED, Queue.REJECTED, Queue.PARTNERS):
        clauses.append("i.status = ?")
        params.append(str(query.queue))
    add_filters(
        clauses,
        params,
        (("source", query.source), ("language", query.language)),
        query.since,
        query.until,
    )
    if query.min_score is not None:
        clauses.append("i.top_score >= ?")
        params.append(query.min_score)
    add_search(conn, clauses, params, query.search, walk=dense)  # see DENSE_SEARCH
    where = " AND ".join(clauses)  # our own clauses; every value is a parameter
    sql = f"SELECT {select} FROM items i {' '.join(joins)} WHERE {where}"  # noqa: S608
    return sql, params


def queue_ids(conn: Sql, query: QueueQuery, limit: int | None = None) -> list[int]:
    sql, params = _sql(conn, query, "i.id", dense=limit is not None and _dense(conn, query))
    if query.category and query.sort == "published":
        order = "f.published {dir}, i.id {dir}"  # walks the category index in order
    else:
        order = _ORDER.get(query.sort, _ORDER["published"])
    descending = "DESC" if query.descending else "ASC"
    sql += " ORDER BY " + order.format(
        dir=descending,
        inv="ASC" if query.descending else "DESC",
        title=conn.nocase("i.title"),
        # SQLite's order of missing values, on PostgreSQL too: the lowest
        nulls="NULLS LAST" if query.descending else "NULLS FIRST",
        categories=conn.string_list("category"),
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [row[0] for row in conn.execute(sql, params)]


def queue_rows(conn: Sql, ids: Sequence[int]) -> dict[int, QueueRow]:
    rows: dict[int, QueueRow] = {}
    now = iso(datetime.now(UTC))
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for (
            item_id,
            score,
            categories,
            title,
            source,
            language,
            published,
            estimated,
            status,
            version,
            holders,
        ) in conn.execute(
            f"SELECT i.id, i.top_score, (SELECT {conn.json_array('category')} FROM item_flags"  # noqa: S608
            " WHERE item_id = i.id), i.title, i.source, i.language, i.published,"
            f" i.published_estimated, i.status, {VERSION}, {holders_sql(conn)} FROM items i"
            f" WHERE i.id IN ({marks})",
            [now, *chunk],
        ):
            rows[item_id] = QueueRow(
                item_id,
                score,
                json.loads(categories or "[]"),
                title,
                source,
                language,
                datetime.fromisoformat(published),
                bool(estimated),
                ItemStatus(status),
                version,
                tuple(json.loads(holders or "[]")),
            )
    return rows


def count_flagged(conn: Sql) -> int:
    """Pending items (not duplicates) that the model flagged: the review queue."""
    row = conn.execute(
        "SELECT count(*) FROM items i JOIN classifications c ON c.item_id = i.id"
        " WHERE i.status = 'pending' AND i.duplicate_of IS NULL AND c.categories != '[]'"
    ).fetchone()
    return int(row[0])


def queue_counts(conn: Sql, since: datetime) -> QueueCounts:
    queues: dict[str, int] = {Queue.ALL: 0}
    for status, flagged, count in conn.execute(
        "SELECT status, flagged, count(*) FROM items WHERE duplicate_of IS NULL"
        " GROUP BY status, flagged"
    ):
        queues[Queue.ALL] += count
        if status == ItemStatus.PENDING and flagged:
            queues[Queue.REVIEW] = count
        elif status != ItemStatus.PENDING:
            queues[status] = queues.get(status, 0) + count
    categories = dict(
        conn.execute(
            "SELECT category, count(*) FROM item_flags WHERE status = 'pending' GROUP BY category"
        ).fetchall()
    )
    sources = dict(
        conn.execute(
            "SELECT source, count(*) FROM items WHERE published >= ? GROUP BY source",
            (since.isoformat(timespec="seconds"),),
        ).fetchall()
    )
    return QueueCounts(
        queues={q: int(queues.get(q, 0)) for q in QUEUES}, categories=categories, sources=sources
    )


@dataclass(frozen=True, kw_only=True)
class Alert:
    """A new item that scored above a category's alert threshold, or that a rule raised
    an alert for."""

    item_id: int
    title: str
    source: str
    scores: dict[str, float]  # the categories above their alert threshold (pending items)
    rules: tuple[str, ...] = ()  # the rules that raised an alert for it
    rules_notify: bool = False  # one of those rules asks for a desktop notification


def alerts(conn: Sql, ids: Sequence[int], thresholds: dict[str, float]) -> list[Alert]:
    """Which of ``ids`` (not duplicates) score above an alert threshold (pending ones), or
    have an alert from a rule."""
    by_rule: dict[int, list[RuleAlert]] = {}
    for hit in rule_hits.alerts_of(conn, ids):
        by_rule.setdefault(hit.item_id, []).append(hit)
    found: list[Alert] = []
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for item_id, title, source, scores, status in conn.execute(
            "SELECT i.id, i.title, i.source, c.scores, i.status FROM items i"  # noqa: S608
            " LEFT JOIN classifications c ON c.item_id = i.id"
            f" WHERE i.duplicate_of IS NULL AND i.id IN ({marks}) ORDER BY i.top_score DESC",
            chunk,
        ):
            above = {
                category: score
                for category, score in json.loads(scores or "{}").items()
                if category in thresholds and score >= thresholds[category]
            }
            if status != ItemStatus.PENDING:
                above = {}
            hits = by_rule.get(item_id, [])
            if above or hits:
                found.append(
                    Alert(
                        item_id=item_id,
                        title=title,
                        source=source,
                        scores=above,
                        rules=tuple(hit.rule for hit in hits),
                        rules_notify=any(hit.notify for hit in hits),
                    )
                )
    return found


@dataclass(frozen=True, kw_only=True)
class SelectionCategories:
    """The categories of a selection of items: how many of them carry each."""

    items: int
    per_category: dict[str, int] = field(default_factory=dict)
    uncategorised: int = 0  # items without any category

    def shared(self) -> set[str]:
        """The categories every selected item carries."""
        return {c for c, n in self.per_category.items() if self.items and n == self.items}


def queue_categories(conn: Sql, query: QueueQuery) -> SelectionCategories:
    """The categories of every item of a queue (all of it selected): one query that
    SQLite answers on its own, with no list of ids to hand over."""
    chosen, params = _sql(conn, query, "i.id")
    per_category = dict(
        conn.execute(
            f"SELECT category, count(*) FROM item_flags WHERE item_id IN ({chosen})"  # noqa: S608
            " GROUP BY category",
            params,
        ).fetchall()
    )
    (items, uncategorised) = conn.execute(
        f"SELECT count(*), count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM item_flags f"  # noqa: S608
        f" WHERE f.item_id = q.id)) FROM ({chosen}) q",
        params,
    ).fetchone()
    return SelectionCategories(
        items=int(items), per_category=per_category, uncategorised=int(uncategorised)
    )


def selection_categories(conn: Sql, ids: Sequence[int]) -> SelectionCategories:
    """One pass over a selection of any size: the ids go into a temporary table, joined
    with the current categories (a query per 500 ids would take seconds for 400,000)."""
    chosen = "chosen"
    try:
        chosen = conn.fill_ids(chosen, ids)
        per_category = dict(
            conn.execute(
                f"SELECT f.category, count(*) FROM {chosen} c JOIN item_flags f"  # noqa: S608
                " ON f.item_id = c.id GROUP BY f.category"
            ).fetchall()
        )
        (items,) = conn.execute(f"SELECT count(*) FROM {chosen}").fetchone()  # noqa: S608
        (uncategorised,) = conn.execute(
            f"SELECT count(*) FROM {chosen} c WHERE NOT EXISTS"  # noqa: S608
            " (SELECT 1 FROM item_flags f WHERE f.item_id = c.id)"
        ).fetchone()
    finally:
        conn.execute(f"DELETE FROM {chosen}")  # noqa: S608
        conn.commit()  # ends the transaction the inserts began: later reads see new data
    return SelectionCategories(
        items=int(items), per_category=per_category, uncategorised=int(uncategorised)
    )
