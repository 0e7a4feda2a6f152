"""Turn an address an analyst pastes into a source: which kind, which fields, which feed.

Recognised without the network: YouTube channel and playlist pages, subreddits and users,
Telegram channels, Bluesky profiles and searches, Mastodon hashtag pages, and feed URLs.
A YouTube ``@handle`` page, a Mastodon ``/@user`` page and any other web page are fetched
once to find the channel id, to confirm the server is Mastodon, or to discover the feed the
page links to (``<link rel="alternate" type="application/rss+xml">``).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

import lxml.etree
import lxml.html

from monitor.errors import FetchError, MonitorError, ParseError
from monitor.fetch import Fetcher
from monitor.sources.feedparse import parse_feed

YOUTUBE_FEED = "https://www.youtube.com/feeds/videos.xml"
_YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com"}
_REDDIT_HOSTS = {"reddit.com", "www.reddit.com", "old.reddit.com", "new.reddit.com"}
_CHANNEL_ID = re.compile(r'"(?:channelId|externalId)"\s*:\s*"(UC[\w-]{22})"')
_FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "source"


def suggest_id(fields: dict[str, Any], taken: set[str]) -> str:
    """A readable, unique id: ``masto-genderideologie``, ``tg-somechannel``, ``nos-nl-…``."""
    kind = fields.get("kind")
    if kind == "mastodon":
        base = f"masto-{_slug(fields.get('hashtag') or fields.get('account') or '')}"
    elif kind == "bluesky":
        actor = str(fields.get("actor") or "").split(".")[0]
        base = f"bsky-{_slug(actor or fields.get('query') or '')}"
    elif kind == "telegram":
        base = f"tg-{_slug(fields.get('channel') or '')}"
    else:
        parts = urlsplit(str(fields.get("url") or ""))
        host = (parts.hostname or "feed").removeprefix("www.").removeprefix("feeds.")
        query = parse_qs(parts.query)
        tail = query.get("channel_id", query.get("playlist_id", [""]))[0] or next(
            (
                p
                for p in reversed(parts.path.split("/"))
                if p
                and p
                not in {
                    "feed",
                    "rss",
                    "atom",
                    ".rss",
                    "rss.xml",
                    "feed.xml",
                    "index.xml",
                    "videos.xml",
                }
            ),
            "",
        )
        name, _, tld = host.rpartition(".")
        if not name or not tld.isalpha():  # an IP address or a bare host name
            name = host
        base = _slug(f"{name}-{tail}" if tail else name)
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def _youtube(path: list[str], query: dict[str, list[str]], url: str) -> dict[str, Any] | None:
    feed = None
    if path[:1] == ["channel"] and len(path) > 1:
        feed = f"{YOUTUBE_FEED}?channel_id={path[1]}"
    elif path[:1] == ["playlist"] and query.get("list"):
        feed = f"{YOUTUBE_FEED}?playlist_id={query['list'][0]}"
    elif path[:2] == ["feeds", "videos.xml"]:
        feed = url
    # @handle, /c/ and /user/ pages: the channel id is only on the page itself
    return {"kind": "rss", "url": feed, "tags": ["youtube"]} if feed else None


def _reddit(path: list[str]) -> dict[str, Any] | None:
    if len(path) < 2 or path[0] not in ("r", "u", "user"):
        return None
    prefix = "r" if path[0] == "r" else "user"
    return {
        "kind": "rss",
        "url": f"https://www.reddit.com/{prefix}/{path[1]}/.rss",
        "tags": ["reddit"],
    }


def _telegram(path: list[str]) -> dict[str, Any] | None:
    name = path[1] if path[:1] == ["s"] and len(path) > 1 else (path[0] if path else "")
    return {"kind": "telegram", "channel": name} if name else None


def _bluesky(path: list[str], query: dict[str, list[str]]) -> dict[str, Any] | None:
    if path[:1] == ["profile"] and len(path) > 1:
        return {"kind": "bluesky", "actor": path[1]}
    if path[:1] == ["search"] and query.get("q"):
        return {"kind": "bluesky", "query": query["q"][0]}
    return None


def from_url(url: str) -> dict[str, Any] | None:
    """Source fields for addresses recognisable from the URL alone, else ``None``."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    path = [unquote(p) for p in parts.path.split("/") if p]
    query = parse_qs(parts.query)
    if host in _YOUTUBE_HOSTS:
        return _youtube(path, query, url)
    if host in _REDDIT_HOSTS:
        return _reddit(path)
    if host in ("t.me", "telegram.me"):
        return _telegram(path)
    if host == "bsky.app":
        return _bluesky(path, query)
    if len(path) == 2 and path[0] == "tags" and not path[1].endswith((".rss", ".atom")):
        return {
            "kind": "mastodon",
            "instance": f"{parts.scheme}://{parts.netloc}",
            "hashtag": path[1],
        }
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


async def _is_mastodon(origin: str, fetcher: Fetcher, timeout: float) -> bool:
    try:
        response = await fetcher.get(
            f"{origin}/api/v1/instance", timeout=timeout, accept="application/json"
        )
        body = response.json()
    except MonitorError:
        return False
    return isinstance(body, dict) and bool(body.get("uri") or body.get("domain"))


async def resolve(url: str, fetcher: Fetcher, *, timeout: float = 20.0) -> dict[str, Any]:
    """Source fields for any address, fetching it when the URL alone does not tell.

    Raises :class:`MonitorError` naming the URL when no source can be made of it.
    """
    known = from_url(url)
    if known is not None:
        return known
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(url, "not a web address; write it in full, with https://")
    path = [p for p in parts.path.split("/") if p]
    origin = f"{parts.scheme}://{parts.netloc}"
    if (
        len(path) == 1
        and path[0].startswith("@")
        and len(path[0]) > 1
        and await _is_mastodon(origin, fetcher, timeout)
    ):
        return {"kind": "mastodon", "instance": origin, "account": path[0][1:]}

    response = await fetcher.get(url, timeout=timeout)
    try:
        parse_feed(response.content, url=response.url, charset=response.charset)
    except ParseError:
        pass
    else:
        return {"kind": "rss", "url": response.url}
    if (parts.hostname or "") in _YOUTUBE_HOSTS:
        feed = youtube_feed(response.content, response.url)
        if feed is None:
            raise ParseError(url, "no YouTube channel id found on this page")
        return {"kind": "rss", "url": feed, "tags": ["youtube"]}
    links = feed_links(response.content, response.url)
    if not links:
        raise ParseError(url, "neither a feed nor a page that links to one")
    return {"kind": "rss", "url": links[0]}
