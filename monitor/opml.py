"""OPML 2.0 import and export of sources.

Every source is exported as an ``<outline>`` that other feed readers understand (``xmlUrl``
for anything with a feed: RSS, and Mastodon and Bluesky through their RSS addresses), plus
attributes in the ``pushback`` namespace that restore the exact source on import. Folders
(nested outlines) become tags.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import lxml.etree

from monitor.config.schema import ADDRESS_FIELDS, SourceConfig
from monitor.config.units import format_duration
from monitor.errors import ConfigError

NAMESPACE = "urn:pushback-monitor:opml:1"
_NS = f"{{{NAMESPACE}}}"
_SAFE = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_EXTRA = ("id", "kind", "language", "country", "interval", "enabled", *ADDRESS_FIELDS)


def public_feed_url(source: SourceConfig) -> str | None:
    """The RSS address a general feed reader can use for this source, if there is one."""
    if source.kind == "rss":
        return source.url
    if source.kind == "mastodon":
        if source.hashtag:
            return f"{source.instance}/tags/{source.hashtag}.rss"
        return f"{source.instance}/@{source.account}.rss"
    if source.kind == "bluesky" and source.actor and source.api == "https://public.api.bsky.app":
        return f"https://bsky.app/profile/{source.actor}/rss"
    return None


def export_opml(sources: Iterable[SourceConfig], title: str = "Pushback Monitor sources") -> bytes:
    root = lxml.etree.Element("opml", version="2.0", nsmap={"pushback": NAMESPACE})
    head = lxml.etree.SubElement(root, "head")
    lxml.etree.SubElement(head, "title").text = title
    lxml.etree.SubElement(head, "dateCreated").text = format_datetime(datetime.now(UTC))
    body = lxml.etree.SubElement(root, "body")
    for source in sources:
        outline = lxml.etree.SubElement(body, "outline", text=source.name, title=source.name)
        feed = public_feed_url(source)
        if feed:
            outline.set("type", "rss")
            outline.set("xmlUrl", feed)
        else:
            outline.set("type", "link")
            outline.set("url", f"{source.base_url}/s/{source.channel}")
        if source.language:
            outline.set("language", source.language)
        if source.tags:
            outline.set("category", ",".join(source.tags))
        values: dict[str, Any] = {
            "id": source.id,
            "kind": source.kind,
            "language": source.language,
            "country": source.country,
            "interval": format_duration(source.interval),
            "enabled": "true" if source.enabled else "false",
        }
        values.update({name: getattr(source, name) for name in ADDRESS_FIELDS})
        for name, value in values.items():
            if value is not None:
                outline.set(f"{_NS}{name}", str(value))
    return lxml.etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _outline_fields(outline: Any, folders: list[str]) -> dict[str, Any] | None:
    fields: dict[str, Any] = {
        name: outline.get(f"{_NS}{name}") for name in _EXTRA if outline.get(f"{_NS}{name}")
    }
    if "enabled" in fields:
        fields["enabled"] = fields["enabled"] == "true"
    if "kind" not in fields:
        feed = outline.get("xmlUrl") or outline.get("xmlurl")
        if not feed:
            return None
        fields.update(kind="rss", url=feed.strip())
        if outline.get("language"):
            fields["language"] = outline.get("language").split("-")[0].lower()
    name = outline.get("title") or outline.get("text")
    if name:
        fields["name"] = name.strip()
    tags = [t.strip() for t in (outline.get("category") or "").replace("/", ",").split(",")]
    tags += folders
    tags = [t for t in dict.fromkeys(tags) if t]
    if tags:
        fields["tags"] = tags
    return fields


def read_opml(path: Path) -> list[dict[str, Any]]:
    """Source fields (without ids unless the file has ours) for every feed in an OPML file."""
    try:
        root = lxml.etree.parse(str(path), _SAFE).getroot()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the file: {exc}") from exc
    except lxml.etree.XMLSyntaxError as exc:
        raise ConfigError(f"{path.name}:{exc.lineno}: not valid OPML: {exc.msg}") from exc
    if root.tag != "opml" or root.find("body") is None:
        raise ConfigError(f"{path.name}: not an OPML file (expected <opml> with a <body>)")
    found: list[dict[str, Any]] = []

    def walk(node: Any, folders: list[str]) -> None:
        for outline in node.iterfind("outline"):
            fields = _outline_fields(outline, folders)
            if fields is not None:
                found.append(fields)
            elif len(outline):
                folder = (outline.get("title") or outline.get("text") or "").strip().lower()
                walk(outline, [*folders, folder] if folder else folders)

    walk(root.find("body"), [])
    return found
