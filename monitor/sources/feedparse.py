"""Parse RSS 0.9x/1.0/2.0, Atom and JSON Feed bytes into entries.

The fast path is fastfeedparser (lxml-based). feedparser is the lenient reference: it
takes over whenever the document is not well-formed XML, the fast parser fails, or its
output looks wrong (replacement characters that are not in the text, entries lost).
Neither parser is ever given a URL: they parse bytes that the fetcher downloaded.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import fastfeedparser
import feedparser
import lxml.etree

from monitor.errors import ParseError
from monitor.i18n import _
from monitor.models import Entry
from monitor.sources.encoding import to_utf8

_FEED_ROOTS = {"rss", "RDF", "feed", "channel"}
_HTML_START = re.compile(
    rb"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html)", re.IGNORECASE | re.DOTALL
)
_LANGUAGE = re.compile(rb"<(?:dc:)?language>\s*([A-Za-z-]{2,12})\s*</(?:dc:)?language>")
_ITEM_TAGS = ("{*}item", "{*}entry")
# An Atom xhtml body arrives in its <content><div> wrapper on the fast path only.
_XHTML_START = re.compile(r"\s*<content\b[^>]*>\s*<div\b[^>]*>")
_XHTML_END = re.compile(r"</div>\s*</content>\s*\Z")
_REPLACEMENT = "\ufffd".encode()
_STRICT = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedFeed:
    title: str | None
    language: str | None
    entries: list[Entry]
    parser: str  # "fast", "feedparser" or "jsonfeed": which path produced the entries
    warnings: list[str] = field(default_factory=list)


def _iso(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _struct(value: Any) -> datetime | None:
    if not value:
        return None
    return datetime.fromtimestamp(calendar.timegm(value), UTC)


def _unwrap(value: str) -> str:
    start = _XHTML_START.match(value)
    if start is None:
        return value
    end = _XHTML_END.search(value, start.end())
    return value[start.end() : end.start() if end else len(value)]


def _body(entry: Any) -> str:
    """The fullest HTML body: content (HTML preferred) over summary/description."""
    contents = entry.get("content") or []
    html = [_unwrap(c.get("value") or "") for c in contents if "html" in (c.get("type") or "")]
    other = [c.get("value") or "" for c in contents]
    best = max(html or other or [""], key=len)
    summary = entry.get("summary") or entry.get("description") or ""
    if not best and not summary:  # YouTube keeps the description in media:group
        media = [m.get("description") for m in entry.get("media_content") or []]
        summary = next((text for text in media if text), "")
    return best if len(best) >= len(summary) else summary


def _tags(entry: Any) -> list[str]:
    return [t["term"] for t in entry.get("tags") or [] if t.get("term")]


def _entry(entry: Any, published: datetime | None) -> Entry:
    link = entry.get("link") or next(
        (lnk.get("href") for lnk in entry.get("links") or [] if lnk.get("rel") == "alternate"),
        None,
    )
    meta: dict[str, Any] = {}
    tags = _tags(entry)
    if tags:
        meta["tags"] = tags
    return Entry(
        external_id=entry.get("id") or None,
        url=link or None,
        title=entry.get("title") or "",
        html=_body(entry),
        author=entry.get("author") or None,
        published=published,
        meta=meta,
    )


def parse_fast(data: bytes) -> tuple[str | None, str | None, list[Entry]]:
    """The fast path (UTF-8 input). fastfeedparser skips RSS ``<language>``: read it here."""
    parsed = fastfeedparser.parse(data)
    feed = parsed.get("feed") or {}
    entries = [
        _entry(e, _iso(e.get("published")) or _iso(e.get("updated")))
        for e in parsed.get("entries") or []
    ]
    language = feed.get("language")
    if not language:
        match = _LANGUAGE.search(data[:8192])
        language = match[1].decode("ascii") if match else None
    return feed.get("title"), language, entries


def parse_lenient(data: bytes) -> tuple[str | None, str | None, list[Entry], str | None]:
    """The lenient path (UTF-8 input): feedparser, which reads what it can of broken XML."""
    parsed = feedparser.parse(
        data,
        # no content-location: feedparser would resolve plain ids (Reddit's t3_…) as URLs
        response_headers={"content-type": "application/xml; charset=utf-8"},
        sanitize_html=False,  # sanitising is ours (nh3), the same on both paths
        resolve_relative_uris=False,
    )
    feed = parsed.get("feed") or {}
    entries = [  # dict.get: feedparser's own get() maps updated to published, with a warning
        _entry(
            e, _struct(dict.get(e, "published_parsed")) or _struct(dict.get(e, "updated_parsed"))
        )
        for e in parsed.get("entries") or []
    ]
    problem = str(parsed.get("bozo_exception")) if parsed.get("bozo") else None
    return feed.get("title"), feed.get("language"), entries, problem


def _looks_wrong(entries: list[Entry], expected: int, text_has_replacement: bool) -> str | None:
    if len(entries) != expected:
        return f"fast parser read {len(entries)} of {expected} entries"
    if not text_has_replacement:
        for entry in entries:
            if "\ufffd" in entry.title or "\ufffd" in entry.html:
                return "fast parser produced replacement characters"
    return None


def _parse_json_feed(content: bytes, url: str) -> ParsedFeed:
    try:
        document = json.loads(content)
    except (ValueError, UnicodeDecodeError) as exc:
        message = _("looks like JSON but is not valid JSON ({reason})").format(reason=exc)
        raise ParseError(url, message) from exc
    if not isinstance(document, dict) or "jsonfeed.org" not in str(document.get("version")):
        raise ParseError(url, _("JSON, but not a JSON Feed (no jsonfeed.org version)"))
    try:
        parsed = fastfeedparser.parse(content)
    except ValueError as exc:
        message = _("JSON, but not a readable JSON Feed ({reason})").format(reason=exc)
        raise ParseError(url, message) from exc
    feed = parsed.get("feed") or {}
    entries = [
        _entry(e, _iso(e.get("published")) or _iso(e.get("updated")))
        for e in parsed.get("entries") or []
    ]
    if not entries and not feed.get("title"):
        raise ParseError(url, _("JSON, but not a JSON Feed (no 'items' and no 'title')"))
    # Item-level languages are JSON Feed 1.1; fastfeedparser leaves them out.
    return ParsedFeed(
        title=feed.get("title"), language=feed.get("language"), entries=entries, parser="jsonfeed"
    )


def _broken(problem: str | None) -> str:
    if problem:
        return _("not a feed, or too broken to read: {reason}").format(reason=problem)
    return _("not a feed, or too broken to read")


def parse_feed(content: bytes, *, url: str, charset: str | None = None) -> ParsedFeed:
    """Parse a downloaded feed. Raises :class:`ParseError` when it is not a feed at all."""
    stripped = content.lstrip()
    if not stripped:
        raise ParseError(url, _("the server answered with an empty body, not a feed"))
    if stripped[:1] in (b"{", b"["):
        return _parse_json_feed(stripped, url)
    if _HTML_START.match(stripped[:2048]):
        raise ParseError(url, _("this is an HTML web page, not a feed (RSS, Atom or JSON Feed)"))

    decoded = to_utf8(content, charset)
    warnings = list(decoded.warnings)

    try:
        root = lxml.etree.fromstring(decoded.data, _STRICT)
    except lxml.etree.XMLSyntaxError as exc:
        warnings.append(f"not well-formed XML ({exc.msg}); read leniently")
        root = None
    if root is not None:
        name = lxml.etree.QName(root).localname
        if name not in _FEED_ROOTS:
            if name.lower() == "html":
                raise ParseError(url, _("this is an HTML web page, not a feed"))
            raise ParseError(
                url, _("XML, but not a feed: the document is <{name}>").format(name=name)
            )
        expected = sum(1 for _ in root.iter(*_ITEM_TAGS))
        try:
            title, language, entries = parse_fast(decoded.data)
            problem = _looks_wrong(entries, expected, _REPLACEMENT in decoded.data)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            problem = f"fast parser failed ({exc})"
        if problem is None:
            return ParsedFeed(
                title=title, language=language, entries=entries, parser="fast", warnings=warnings
            )

    title, language, entries, bozo = parse_lenient(decoded.data)
    if not entries and not title:
        raise ParseError(url, _broken(bozo))
    if bozo and root is not None:
        warnings.append(f"read leniently: {bozo}")
    return ParsedFeed(
        title=title, language=language, entries=entries, parser="feedparser", warnings=warnings
    )
