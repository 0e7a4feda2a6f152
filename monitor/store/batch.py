"""Storing one source's batch: new items inserted, changed ones recorded as edits.

Everything is looked up and inserted per batch rather than per item (``IN`` queries and
``executemany``): the writer thread then spends its time in SQLite, which releases the GIL,
instead of in Python.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from monitor import dedup
from monitor.models import Item, SaveResult
from monitor.store.originals import Candidate, find_originals
from monitor.store.sql import Sql
from monitor.store.times import iso
from monitor.urls import dedup_key

_INSERT = (
    "INSERT INTO items (source, external_id, url, canonical_url, dedup_key, title_key, title,"
    " text, html, author, published, published_estimated, fetched, language,"
    " language_detected, language_source, content_hash, meta, duplicate_of)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
Existing = tuple[int, str, str, str]  # id, content hash, title, text


def _meta(item: Item) -> str | None:
    return json.dumps(item.meta, ensure_ascii=False) if item.meta else None


def _existing(conn: Sql, source: str, column: str, values: list[str]) -> dict[str, Existing]:
    found: dict[str, Existing] = {}
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for key, item_id, digest, title, text in conn.execute(
            f"SELECT {column}, id, content_hash, title, text FROM items"  # noqa: S608
            f" WHERE source = ? AND {column} IN ({marks})",
            (source, *chunk),
        ):
            found.setdefault(key, (item_id, digest, title, text))
    return found


def _record_edit(conn: Sql, existing: Existing, item: Item, now: datetime) -> None:
    item_id, old_hash, old_title, old_text = existing
    conn.execute(
        "INSERT INTO item_edits (item_id, edited, old_title, old_text, old_hash)"
        " VALUES (?,?,?,?,?)",
        (item_id, iso(now), old_title, old_text, old_hash),
    )
    conn.execute(
        "UPDATE items SET title = ?, text = ?, html = ?, author = ?, url = ?,"
        " canonical_url = ?, dedup_key = ?, title_key = ?, content_hash = ?, updated = ?,"
        " meta = ? WHERE id = ?",
        (item.title, item.text, item.html, item.author, item.url, item.canonical_url,
         dedup_key(item.canonical_url), dedup.title_key(item.title), item.content_hash,
         iso(now), _meta(item), item_id),
    )  # fmt: skip


def _without_nul(value: Any) -> Any:
    """NUL characters taken out of text (and of the texts in meta): PostgreSQL's text and
    jsonb cannot hold them, and nobody reads them."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {_without_nul(k): _without_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_nul(v) for v in value]
    return value


def _clean(item: Item) -> Item:
    changes = {
        f.name: _without_nul(getattr(item, f.name))
        for f in dataclasses.fields(item)
        if isinstance(getattr(item, f.name), (str, dict))
    }
    return dataclasses.replace(item, **changes)


def upsert_items(conn: Sql, source: str, items: Sequence[Item], now: datetime) -> SaveResult:
    """Insert new items and record edits of known ones; the caller holds the transaction."""
    items = [_clean(i) for i in items]
    by_id = _existing(conn, source, "external_id", [i.external_id for i in items])
    urls = [i.canonical_url for i in items if i.external_id not in by_id and i.canonical_url]
    by_url = _existing(conn, source, "canonical_url", urls)
    updated = unchanged = 0
    fresh: list[Item] = []
    batch_urls: set[str] = set()
    for item in items:
        known = by_id.get(item.external_id) or by_url.get(item.canonical_url or "")
        if known is None and item.canonical_url in batch_urls:
            unchanged += 1  # the same page twice under two ids in one feed: keep the first
        elif known is None:
            fresh.append(item)
            if item.canonical_url:
                batch_urls.add(item.canonical_url)
        elif known[1] == item.content_hash:
            unchanged += 1
        else:
            _record_edit(conn, known, item, now)
            updated += 1

    keys = [dedup_key(i.canonical_url) for i in fresh]
    title_keys = [dedup.title_key(i.title) for i in fresh]
    candidates = [
        Candidate(k, t, i.published) for k, t, i in zip(keys, title_keys, fresh, strict=True)
    ]
    originals = find_originals(conn, source, candidates)
    rows: list[tuple[Any, ...]] = [
        (source, i.external_id, i.url, i.canonical_url, key, tkey, i.title, i.text, i.html,
         i.author, iso(i.published), i.published_estimated, iso(i.fetched), i.language,
         i.language_detected, i.language_source, i.content_hash, _meta(i), original)
        for i, key, tkey, original in zip(fresh, keys, title_keys, originals, strict=True)
    ]  # fmt: skip
    conn.executemany(_INSERT, rows)
    ids = _existing(conn, source, "external_id", [i.external_id for i in fresh])
    return SaveResult(
        new_item_ids=tuple(ids[i.external_id][0] for i in fresh),
        updated=updated,
        duplicates=sum(original is not None for original in originals),
        unchanged=unchanged,
    )
