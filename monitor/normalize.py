"""Entry (as a source kind read it) → Item (as the store keeps it)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from monitor import lang
from monitor.models import Entry, Item
from monitor.text import inline_text, sanitize
from monitor.urls import canonical_url, web_address

TITLE_FROM_TEXT = 120
# A date further ahead than this is a feed's mistake, not a scheduled post.
FUTURE_TOLERANCE = timedelta(hours=24)


def content_hash(title: str, text: str) -> str:
    return hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()[:32]


def title_from_text(text: str) -> str:
    """A title for posts that have none: the first line, cut at a word near 120 characters."""
    first = text.strip().split("\n", 1)[0].strip()
    if len(first) <= TITLE_FROM_TEXT:
        return first
    cut = first[:TITLE_FROM_TEXT].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…"


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def normalize(
    entry: Entry,
    *,
    source_id: str,
    fetched: datetime,
    base_url: str | None = None,
    feed_language: str | None = None,
    source_language: str | None = None,
) -> Item:
    url = web_address(entry.url, base_url)
    canonical = canonical_url(url)
    html, text = sanitize(entry.html, url or base_url)
    title = inline_text(entry.title) or title_from_text(text)
    digest = content_hash(title, text)

    external_id = (entry.external_id or "").strip()
    if not external_id or external_id == (entry.url or "").strip():
        external_id = canonical or url or f"sha256:{digest}"

    published = _as_utc(entry.published) if entry.published else None
    estimated = published is None or published > fetched + FUTURE_TOLERANCE
    if estimated:
        published = fetched
    assert published is not None

    language, language_source = lang.decide(
        f"{title}\n{text}",
        source=lang.normalise_tag(source_language),
        declared=lang.normalise_tag(entry.language) or lang.normalise_tag(feed_language),
    )

    meta = dict(entry.meta)
    refused = (entry.url or "").strip() if url is None else ""
    if refused:  # javascript:, data:, …: kept as text, never as a link
        meta["refused_url"] = refused

    return Item(
        source=source_id,
        external_id=external_id,
        url=url,
        canonical_url=canonical,
        title=title,
        text=text,
        html=html,
        author=inline_text(entry.author) if entry.author else None,
        published=published,
        published_estimated=estimated,
        fetched=fetched,
        language=language,
        language_detected=language_source == "detected",
        content_hash=digest,
        meta=meta,
        language_source=language_source,
    )
