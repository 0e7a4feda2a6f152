"""Reading items: one query object for the CLI, the UI and the brief."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from monitor.models import ItemStatus
from monitor.store.sql import Sql
from monitor.store.versions import VERSION

_COLUMNS = (
    "i.id, i.source, i.external_id, i.title, i.url, i.canonical_url, i.published,"
    " i.published_estimated, i.fetched, i.updated, i.language, i.language_detected, i.text,"
    " i.html, i.author, i.status, i.duplicate_of, i.meta,"
    " coalesce(i.labels, c.categories), c.scores, c.model_version, c.categories, i.note,"
    " c.explanation, i.severity, i.language_source, i.note_shared, " + VERSION
)


@dataclass(frozen=True, kw_only=True)
class ItemFilter:
    """What both an item list (:class:`ItemQuery`) and a review queue
    (:class:`~monitor.store.queue.QueueQuery`) narrow their items by."""

    category: str | None = None
    source: str | None = None
    language: str | None = None
    since: datetime | None = None  # published at or after
    until: datetime | None = None  # published before
    search: str | None = None  # words, as :func:`fts_query` reads them


@dataclass(frozen=True, kw_only=True)
class ItemQuery(ItemFilter):
    ids: tuple[int, ...] = ()
    status: str | None = None
    duplicate_of: int | None = None
    include_duplicates: bool = False
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True, kw_only=True)
class StoredItem:
    id: int
    source: str
    external_id: str
    title: str
    url: str | None
    canonical_url: str | None
    published: datetime
    published_estimated: bool
    fetched: datetime
    updated: datetime | None
    language: str | None
    language_detected: bool
    text: str
    html: str
    author: str | None
    status: ItemStatus
    duplicate_of: int | None
    meta: dict[str, Any] = field(default_factory=dict)
    categories: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    model_version: str | None = None
    model_categories: list[str] = field(default_factory=list)
    note: str | None = None
    explanation: dict[str, Any] = field(default_factory=dict)
    severity: str | None = None  # the analyst's: high, medium or low
    language_source: str | None = None  # source, declared or detected; None: not recorded
    version: int = 0  # changes with every entry in its decision log (see versions.VERSION)
    note_shared: bool = False  # its note may go to partners (monitor/sharing)

    def to_json(self) -> dict[str, Any]:
        """The fixed ``items --json`` shape (plus a few more fields)."""
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "url": self.url,
            "published": self.published.isoformat(),
            "published_estimated": self.published_estimated,
            "fetched": self.fetched.isoformat(),
            "language": self.language,
            "language_source": self.language_source,
            "author": self.author,
            "text": self.text,
            "status": self.status,
            "categories": self.categories,
            "scores": self.scores,
            "model_categories": self.model_categories,
            "model_version": self.model_version,
            "note": self.note,
            "severity": self.severity,
            "duplicate_of": self.duplicate_of,
            "canonical_url": self.canonical_url,
            "meta": self.meta,
        }


def add_search(
    conn: Sql, clauses: list[str], params: list[Any], search: str | None, *, walk: bool
) -> None:
    """Items that match ``search``; a search without a word to look for matches none
    (never every item). ``walk``: the matches are checked as the query walks another
    index in order, rather than looked up (see :meth:`Sql.search`)."""
    if not search:
        return
    found = conn.search(search, walk=walk)
    if found is None:
        clauses.append("FALSE")
        return
    matches, values = found
    clauses.append(matches)
    params.extend(values)


def add_filters(
    clauses: list[str],
    params: list[Any],
    fields: Sequence[tuple[str, str | None]],
    since: datetime | None,
    until: datetime | None,
) -> None:
    """The conditions both the item lists and the review queues share: equal item
    columns (those given a value) and a publication period."""
    for column, value in fields:
        if value:
            clauses.append(f"i.{column} = ?")
            params.append(value)
    if since:
        clauses.append("i.published >= ?")
        params.append(since.isoformat(timespec="seconds"))
    if until:
        clauses.append("i.published < ?")
        params.append(until.isoformat(timespec="seconds"))


def _where(conn: Sql, query: ItemQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if query.ids:
        clauses.append(f"i.id IN ({', '.join('?' * len(query.ids))})")
        params.extend(query.ids)
    if not query.include_duplicates and query.duplicate_of is None:
        clauses.append("i.duplicate_of IS NULL")
    if query.duplicate_of is not None:
        clauses.append("i.duplicate_of = ?")
        params.append(query.duplicate_of)
    add_filters(
        clauses,
        params,
        (("status", query.status), ("source", query.source), ("language", query.language)),
        query.since,
        query.until,
    )
    if query.category:
        categories = conn.json_values("coalesce(i.labels, c.categories)")
        clauses.append(f"EXISTS (SELECT 1 FROM {categories} WHERE j.value = ?)")  # noqa: S608
        params.append(query.category)
    add_search(conn, clauses, params, query.search, walk=False)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def select_items(conn: Sql, query: ItemQuery) -> list[StoredItem]:
    where, params = _where(conn, query)
    # For a few chosen items (by id, or the duplicates of one) the order must not tempt
    # SQLite into walking the whole published index instead of looking them up.
    few = conn.hint if query.ids or query.duplicate_of is not None else ""
    sql = (
        f"SELECT {_COLUMNS} FROM items i LEFT JOIN classifications c ON c.item_id = i.id"  # noqa: S608
        f"{where} ORDER BY {few}i.published DESC, i.id DESC"
    )
    if query.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [query.limit, query.offset]
    return [_stored(row) for row in conn.execute(sql, params)]


def count_items(conn: Sql, query: ItemQuery) -> int:
    where, params = _where(conn, query)
    sql = f"SELECT count(*) FROM items i LEFT JOIN classifications c ON c.item_id = i.id{where}"  # noqa: S608
    return int(conn.execute(sql, params).fetchone()[0])


def edits(conn: Sql, item_id: int) -> list[dict[str, Any]]:
    """An item's earlier titles and texts, oldest first, with when each was replaced."""
    rows = conn.execute(
        "SELECT edited, old_title, old_text FROM item_edits WHERE item_id = ? ORDER BY id",
        (item_id,),
    )
    return [
        {"edited": edited, "old_title": title, "old_text": text} for edited, title, text in rows
    ]


def languages(conn: Sql) -> list[str]:
    """The languages items are in, for choosing one."""
    rows = conn.execute("SELECT DISTINCT language FROM items WHERE language IS NOT NULL ORDER BY 1")
    return [row[0] for row in rows]


def _stored(row: tuple[Any, ...]) -> StoredItem:
    (
        item_id,
        source,
        external_id,
        title,
        url,
        canonical,
        published,
        estimated,
        fetched,
        updated,
        language,
        detected,
        text,
        html,
        author,
        status,
        duplicate_of,
        meta,
        categories,
        scores,
        model_version,
        model_categories,
        note,
        explanation,
        severity,
        language_source,
        note_shared,
        version,
    ) = row
    return StoredItem(
        id=item_id,
        source=source,
        external_id=external_id,
        title=title,
        url=url,
        canonical_url=canonical,
        published=datetime.fromisoformat(published),
        published_estimated=bool(estimated),
        fetched=datetime.fromisoformat(fetched),
        updated=datetime.fromisoformat(updated) if updated else None,
        language=language,
        language_detected=bool(detected),
        text=text,
        html=html,
        author=author,
        status=ItemStatus(status),
        duplicate_of=duplicate_of,
        meta=json.loads(meta) if meta else {},
        categories=json.loads(categories) if categories else [],
        scores=json.loads(scores) if scores else {},
        model_version=model_version,
        model_categories=json.loads(model_categories) if model_categories else [],
        note=note,
        explanation=json.loads(explanation) if explanation else {},
        severity=severity,
        language_source=language_source,
        note_shared=bool(note_shared),
        version=version,
    )
