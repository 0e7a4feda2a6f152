"""The typed shape of feeds.yaml: defaults and sources.

What each source kind needs (its address fields, their defaults, its one-line address)
is declared by the kind itself, in ``monitor.sources``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from monitor.sources import ADDRESS_FIELDS, KINDS

MIN_INTERVAL = timedelta(minutes=5)
MAX_INTERVAL = timedelta(days=7)
MIN_TIMEOUT = timedelta(seconds=1)
MAX_TIMEOUT = timedelta(minutes=5)


COMMON_FIELDS = (
    "id",
    "name",
    "kind",
    "interval",
    "timeout",
    "enabled",
    "notify",
    "language",
    "country",
    "tags",
    "headers",
    "proxy",
    "proxy_keyring",
    "notes",
)
__all__ = [
    "ADDRESS_FIELDS",
    "COMMON_FIELDS",
    "KINDS",
    "MAX_INTERVAL",
    "MAX_TIMEOUT",
    "MIN_INTERVAL",
    "MIN_TIMEOUT",
    "Defaults",
    "FeedsConfig",
    "SourceConfig",
]


@dataclass(frozen=True, kw_only=True)
class Defaults:
    interval: timedelta = timedelta(minutes=30)
    timeout: timedelta = timedelta(seconds=20)
    user_agent: str | None = None  # None: chosen by monitor.fetch.user_agent_for
    identify: bool = False  # name Pushback Monitor in the User-Agent
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    concurrency: int = 16
    per_host: int = 2


@dataclass(frozen=True, kw_only=True)
class SourceConfig:
    """One entry of ``sources:``. Address fields not used by the kind stay ``None``."""

    id: str
    kind: str
    name: str  # the name feeds.yaml gives it, else its id (see ``named``)
    interval: timedelta
    timeout: timedelta
    enabled: bool = True
    notify: bool = True  # its items above an alert threshold show a desktop notification
    language: str | None = None
    country: str | None = None
    tags: tuple[str, ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    proxy: str | None = None
    notes: str | None = None
    # whether feeds.yaml gives it a name of its own; without one, the feed's own title
    # (stored at its first poll, monitor.source_names) is shown instead of the id
    named: bool = True
    # The address fields of every kind (monitor.sources.ADDRESS_FIELDS), typed here so
    # that readers can name them; a test keeps the two in step.
    url: str | None = None
    instance: str | None = None
    hashtag: str | None = None
    account: str | None = None
    actor: str | None = None
    query: str | None = None
    api: str | None = None
    channel: str | None = None
    base_url: str | None = None

    @property
    def address(self) -> str:
        """A one-line description of where the source is read from."""
        return KINDS[self.kind].address(self)


@dataclass(frozen=True, kw_only=True)
class FeedsConfig:
    path: Path
    version: int
    defaults: Defaults
    sources: tuple[SourceConfig, ...]

    def source(self, source_id: str) -> SourceConfig:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)

    @property
    def enabled_sources(self) -> tuple[SourceConfig, ...]:
        return tuple(source for source in self.sources if source.enabled)
