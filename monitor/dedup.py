"""Recognising repeats: the same item twice in one feed, and one story told by several sources.

Within a source, an item is its external id (GUID) or canonical URL. Across sources, a
new item is linked to an earlier one (``duplicate_of``) when their URLs match once the
scheme, ``www.`` and tracking parameters are ignored, or when their titles match word for
word (case, accents and punctuation aside) within a few days of each other. Linked items
are kept, so the analyst sees "also reported by", but queued once. The keys are made
here; finding the earlier items by them is the store's (``monitor/store/originals.py``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from datetime import timedelta

from monitor.models import Item

MIN_TITLE_WORDS = 6
TITLE_WINDOW = timedelta(days=3)
_NON_WORD = re.compile(r"[^\w]+")


def title_key(title: str) -> str | None:
    """A key equal for titles that differ only in case, accents and punctuation; ``None``
    for titles too short to identify a story ("Live", "Update 3")."""
    folded = unicodedata.normalize("NFKD", title.casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words = _NON_WORD.sub(" ", plain).split()
    if len(words) < MIN_TITLE_WORDS:
        return None
    return hashlib.sha1(" ".join(words).encode(), usedforsecurity=False).hexdigest()[:20]


def resolve_repeated_ids(items: list[Item]) -> tuple[list[Item], list[str]]:
    """Make external ids unique within one batch.

    Feeds that give several entries the same GUID get those entries told apart by their
    canonical URL; true repeats (same id and same URL) are kept once.
    """
    by_id: dict[str, list[Item]] = {}
    for item in items:
        by_id.setdefault(item.external_id, []).append(item)
    repeated = {key for key, group in by_id.items() if len(group) > 1}
    if not repeated:
        return items, []
    warnings = []
    result: list[Item] = []
    seen: set[tuple[str, str | None]] = set()
    for item in items:
        if item.external_id not in repeated:
            result.append(item)
            continue
        marker = (item.external_id, item.canonical_url)
        if marker in seen:
            continue
        seen.add(marker)
        urls = {i.canonical_url for i in by_id[item.external_id]}
        if len(urls) > 1 and item.canonical_url:
            result.append(dataclasses.replace(item, external_id=item.canonical_url))
        else:
            result.append(item)
    for key in sorted(repeated):
        warnings.append(
            f"{len(by_id[key])} entries share the id {key!r}; told apart by their links"
        )
    return result, warnings
