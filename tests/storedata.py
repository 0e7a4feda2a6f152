"""Items for the store tests (and the benchmarks' stores), made and saved in one line: only
what a test cares about is named, the rest is what a plain feed item has (no author, a
stated language, fetched when published)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from monitor.models import Batch, Item
from monitor.store import Store
from monitor.store.classifications import Classification


def new_item(
    source: str,
    external_id: str,
    title: str,
    published: datetime,
    *,
    url: str | None = None,
    text: str = "",
    html: str = "",
    author: str | None = None,
    estimated: bool = False,
    fetched: datetime | None = None,
    language: str = "nl",
    content_hash: str | None = None,
) -> Item:
    """An item as normalisation makes it; ``url`` is its canonical address too,
    ``fetched`` defaults to ``published`` and ``content_hash`` to ``h`` + ``external_id``."""
    return Item(
        source=source,
        external_id=external_id,
        url=url,
        canonical_url=url,
        title=title,
        text=text,
        html=html,
        author=author,
        published=published,
        published_estimated=estimated,
        fetched=fetched or published,
        language=language,
        language_detected=False,
        content_hash=content_hash or f"h{external_id}",
    )


def save(
    store: Store, items: Sequence[Item], when: datetime, next_poll: datetime | None = None
) -> list[int]:
    """``items``, all of one source, stored as its successful poll at ``when``; the new ids."""
    result = store.save_batch(
        items[0].source, items, Batch(), started=when, finished=when, next_poll=next_poll or when
    )
    return list(result.new_item_ids)


def save_scores(store: Store, scores: Mapping[int, Mapping[str, float]], model: str = "m") -> None:
    """Each item's category ``scores`` (item id: category: score) saved as ``model``'s
    classifications, flagged in the categories scored 0.5 or more."""
    store.save_classifications(
        [
            Classification(
                item_id=item_id,
                model_version=model,
                content_hash="h",
                scores=dict(mine),
                categories=[category for category, score in mine.items() if score >= 0.5],
                explanation={},
            )
            for item_id, mine in scores.items()
        ],
        {},
        None,
    )
