"""Finding the earlier item that carries the same story as a new one, by the keys that
:mod:`monitor.dedup` makes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from monitor.dedup import TITLE_WINDOW
from monitor.store.sql import Sql, chunks


@dataclass(frozen=True, slots=True)
class Candidate:
    """A new item's keys, as :func:`find_originals` needs them."""

    dedup_key: str | None
    title_key: str | None
    published: datetime


def find_originals(conn: Sql, source: str, candidates: list[Candidate]) -> list[int | None]:
    """For each candidate, the id of an earlier item from another source that carries the
    same story (by URL first, then by title within ``TITLE_WINDOW``), or ``None``."""
    by_url: dict[str, int] = {}
    keys = sorted({c.dedup_key for c in candidates if c.dedup_key})
    for chunk in chunks(keys):
        marks = ",".join("?" * len(chunk))
        for key, original in conn.execute(
            f"SELECT dedup_key, min(coalesce(duplicate_of, id)) FROM items"  # noqa: S608
            f" WHERE dedup_key IN ({marks}) AND source != ? GROUP BY dedup_key",
            (*chunk, source),
        ):
            by_url[key] = int(original)
    by_title: dict[str, list[tuple[datetime, int]]] = {}
    titles = sorted({c.title_key for c in candidates if c.title_key})
    for chunk in chunks(titles):
        marks = ",".join("?" * len(chunk))
        for key, published, original in conn.execute(
            f"SELECT title_key, published, coalesce(duplicate_of, id) FROM items"  # noqa: S608
            f" WHERE title_key IN ({marks}) AND source != ? ORDER BY id",
            (*chunk, source),
        ):
            by_title.setdefault(key, []).append((datetime.fromisoformat(published), original))
    found: list[int | None] = []
    for candidate in candidates:
        original = by_url.get(candidate.dedup_key) if candidate.dedup_key else None
        if original is None and candidate.title_key:
            original = next(
                (
                    item_id
                    for published, item_id in by_title.get(candidate.title_key, [])
                    if abs(published - candidate.published) <= TITLE_WINDOW
                ),
                None,
            )
        found.append(original)
    return found
