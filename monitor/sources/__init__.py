"""Source kinds: one module each, registered here by the ``kind`` written in feeds.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from monitor.sources import bluesky, mastodon, rss, telegram
from monitor.sources.base import Reader

READERS: Mapping[str, Reader] = MappingProxyType(
    {
        "rss": rss.read,
        "mastodon": mastodon.read,
        "bluesky": bluesky.read,
        "telegram": telegram.read,
    }
)

__all__ = ["READERS", "Reader"]
