"""Turn an address an analyst pastes into a source: which kind, which fields, which feed.

Each kind recognises its own addresses (``SourceKind.recognise``): YouTube channel and
playlist pages, subreddits and users, Telegram channels, Bluesky profiles and searches,
Mastodon hashtag pages. What the address alone does not tell is asked of the network:
a kind may look (a Mastodon ``/@user`` page is one once the server says it is Mastodon),
and any other web page is fetched once, to see whether it is a feed, to find a YouTube
channel's id, or to discover the feed the page links to
(``<link rel="alternate" type="application/rss+xml">``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin

import lxml.etree
import lxml.html

from monitor.errors import FetchError, ParseError
from monitor.fetch import Fetcher
from monitor.sources import FEED_KIND, KINDS, SourceDraft, WebAddress
from monitor.sources.feed_sites import YOUTUBE_FEED, YOUTUBE_HOSTS
from monitor.sources.feedparse import parse_feed

_CHANNEL_ID = re.compile(r'"(?:channelId|externalId)"\s*:\s*"(UC[\w-]{22})"')
_FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
)


def suggest_id(fields: Mapping[str, Any], taken: set[str]) -> str:
    """A readable, unique id: ``masto-genderideologie``, ``tg-somechannel``, ``nos-nl-…``."""
    kind = KINDS.get(str(fields.get("kind"))) or FEED_KIND
    base = kind.id_base(fields)
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def from_url(url: str) -> SourceDraft | None:
    """The source an address stands for when the address alone tells, else ``None``.

    On a service's own site (``t.me``, ``bsky.app``, YouTube, Reddit) only that service's
    kind answers; elsewhere the kinds that live on any host (Mastodon) may recognise it."""
    address = WebAddress.parse(url)
    owner = next((kind for kind in KINDS.values() if address.host in kind.hosts), None)
    if owner is not None:
        return owner.recognise(address)
    for kind in KINDS.values():
        draft = None if kind.hosts else kind.recognise(address)
        if draft is not None:
            return draft
    return None


def feed_links(page: bytes, base_url: str) -> list[str]:
    """Feed addresses a web page announces in its ``<head>``."""
    try:
        document = lxml.html.document_fromstring(page)
    except (lxml.etree.ParserError, ValueError):
        return []
    links = []
    for link in document.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower()
        if "alternate" in rel and kind in _FEED_TYPES and link.get("href"):
            links.append(urljoin(base_url, link.get("href", "")))
    return links


def youtube_feed(page: bytes, url: str) -> str | None:
    """The feed of a YouTube channel page (``/@handle``, ``/c/…``, ``/user/…``): the page's
    own feed link, else one made from the channel id in its data."""
    links = feed_links(page, url)
    if links:
        return links[0]
    match = _CHANNEL_ID.search(page.decode("utf-8", "replace"))
    return f"{YOUTUBE_FEED}?channel_id={match[1]}" if match else None


async def _from_page(address: WebAddress, fetcher: Fetcher, timeout: float) -> SourceDraft:
    """Fetch the address: a feed itself, a YouTube channel page, or a page linking to a feed."""
    response = await fetcher.get(address.url, timeout=timeout)
    try:
        parse_feed(response.content, url=response.url, charset=response.charset)
    except ParseError:
        pass
    else:
        return FEED_KIND.draft(url=response.url)
    if address.host in YOUTUBE_HOSTS:
        feed = youtube_feed(response.content, response.url)
        if feed is None:
            raise ParseError(address.url, "no YouTube channel id found on this page")
        return FEED_KIND.draft(url=feed, tags=("youtube",))
    links = feed_links(response.content, response.url)
    if not links:
        raise ParseError(address.url, "neither a feed nor a page that links to one")
    return FEED_KIND.draft(url=links[0])


async def resolve(url: str, fetcher: Fetcher, *, timeout: float = 20.0) -> SourceDraft:
    """The source any address stands for, fetching it when the address alone does not tell.

    Raises :class:`MonitorError` naming the URL when no source can be made of it.
    """
    known = from_url(url)
    if known is not None:
        return known
    address = WebAddress.parse(url)
    if address.scheme not in ("http", "https") or not address.host:
        raise FetchError(url, "not a web address; write it in full, with https://")
    for kind in KINDS.values():
        found = await kind.find(address, fetcher, timeout) if kind.find else None
        if found is not None:
            return found
    return await _from_page(address, fetcher, timeout)
