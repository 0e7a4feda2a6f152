"""Source kinds: one module each, each declaring its :class:`SourceKind`, gathered here by
the ``kind`` written in feeds.yaml. Validation, discovery and the form are built from
``KINDS``; this order is the order in which they list the kinds."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from monitor.sources import bluesky, mastodon, rss, telegram
from monitor.sources.draft import SourceDraft
from monitor.sources.kind import Field, PublicAddress, SourceKind, WebAddress

KINDS: Mapping[str, SourceKind] = MappingProxyType(
    {kind.name: kind for kind in (rss.KIND, mastodon.KIND, bluesky.KIND, telegram.KIND)}
)

# What an ordinary web address leads to: its feed, or the feed its page announces.
FEED_KIND = rss.KIND


def _fields_by_name() -> dict[str, Field]:
    found: dict[str, Field] = {}
    for kind in KINDS.values():
        for spec in kind.fields:
            found.setdefault(spec.name, spec)
    return found


# Every address field any kind has, in the order the kinds declare them (a name two
# kinds share is described as the first of them declares it).
FIELDS: Mapping[str, Field] = MappingProxyType(_fields_by_name())
ADDRESS_FIELDS: tuple[str, ...] = tuple(FIELDS)

__all__ = [
    "ADDRESS_FIELDS",
    "FEED_KIND",
    "FIELDS",
    "KINDS",
    "Field",
    "PublicAddress",
    "SourceDraft",
    "SourceKind",
    "WebAddress",
]
