"""OPML 2.0 import and export of sources.

Every source is exported as an ``<outline>`` that other feed readers understand: ``xmlUrl``
for anything with a feed (RSS, and Mastodon and Bluesky through their RSS addresses), else
``url``, a page to open; its kind says which (``SourceKind.public_address``). Attributes in
the ``pushback`` namespace restore the exact source on import. Folders (nested outlines)
become tags.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import lxml.etree

from monitor.config.schema import ADDRESS_FIELDS, KINDS, SourceConfig
from monitor.config.units import format_duration
from monitor.errors import ConfigError
from monitor.sources import SourceDraft

NAMESPACE = "urn:pushback-monitor:opml:1"
_NS = f"{{{NAMESPACE}}}"
_SAFE = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_EXTRA = ("id", "kind", "language", "country", "interval", "enabled", *ADDRESS_FIELDS)


@dataclass(frozen=True, kw_only=True)
class OpmlSource:
    """One feed of an OPML file: the source it stands for, and the id and name the file
    gives it (an id only where the file is one of ours)."""

    draft: SourceDraft
    id: str | None = None
    name: str | None = None


def export_opml(sources: Iterable[SourceConfig], title: str = "Pushback Monitor sources") -> bytes:
    root = lxml.etree.Element("opml", version="2.0", nsmap={"pushback": NAMESPACE})
    head = lxml.etree.SubElement(root, "head")
    lxml.etree.SubElement(head, "title").text = title
    lxml.etree.SubElement(head, "dateCreated").text = format_datetime(datetime.now(UTC))
    body = lxml.etree.SubElement(root, "body")
    for source in sources:
        outline = lxml.etree.SubElement(body, "outline", text=source.name, title=source.name)
        public = KINDS[source.kind].public_address(source)
        outline.set("type", "rss" if public.feed else "link")
        outline.set("xmlUrl" if public.feed else "url", public.url)
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


def _outline_fields(outline: Any) -> dict[str, str] | None:
    """Our own attributes, or else the feed another reader wrote."""
    fields: dict[str, str] = {
        name: outline.get(f"{_NS}{name}") for name in _EXTRA if outline.get(f"{_NS}{name}")
    }
    if "kind" not in fields:
        feed = outline.get("xmlUrl") or outline.get("xmlurl")
        if not feed:
            return None
        fields.update(kind="rss", url=feed.strip())
        if outline.get("language"):
            fields["language"] = outline.get("language").split("-")[0].lower()
    return fields


def _tags(outline: Any, folders: list[str]) -> tuple[str, ...]:
    tags = [t.strip() for t in (outline.get("category") or "").replace("/", ",").split(",")]
    return tuple(t for t in dict.fromkeys([*tags, *folders]) if t)


def _source(outline: Any, folders: list[str]) -> OpmlSource | None:
    fields = _outline_fields(outline)
    if fields is None:
        return None
    name = outline.get("title") or outline.get("text")
    draft = SourceDraft(
        kind=fields["kind"],
        address_fields={k: v for k, v in fields.items() if k in ADDRESS_FIELDS},
        tags=_tags(outline, folders),
        language=fields.get("language"),
        country=fields.get("country"),
        interval=fields.get("interval"),
        enabled=fields.get("enabled", "true") == "true",
    )
    return OpmlSource(draft=draft, id=fields.get("id"), name=name.strip() if name else None)


def read_opml(path: Path) -> list[OpmlSource]:
    """Every feed in an OPML file."""
    try:
        root = lxml.etree.parse(str(path), _SAFE).getroot()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the file: {exc}") from exc
    except lxml.etree.XMLSyntaxError as exc:
        raise ConfigError(f"{path.name}:{exc.lineno}: not valid OPML: {exc.msg}") from exc
    if root.tag != "opml" or root.find("body") is None:
        raise ConfigError(f"{path.name}: not an OPML file (expected <opml> with a <body>)")
    found: list[OpmlSource] = []

    def walk(node: Any, folders: list[str]) -> None:
        for outline in node.iterfind("outline"):
            source = _source(outline, folders)
            if source is not None:
                found.append(source)
            elif len(outline):
                folder = (outline.get("title") or outline.get("text") or "").strip().lower()
                walk(outline, [*folders, folder] if folder else folders)

    walk(root.find("body"), [])
    return found
