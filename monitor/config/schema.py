"""The typed shape of feeds.yaml: defaults, sources, and what each source kind needs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from types import MappingProxyType

MIN_INTERVAL = timedelta(minutes=5)
MAX_INTERVAL = timedelta(days=7)
MIN_TIMEOUT = timedelta(seconds=1)
MAX_TIMEOUT = timedelta(minutes=5)


@dataclass(frozen=True, kw_only=True)
class KindSpec:
    """The address fields of one source kind.

    ``required`` must all be present; exactly one field of each group in ``one_of``
    must be present; ``optional`` maps a field to its default (``None``: no default).
    """

    required: tuple[str, ...] = ()
    one_of: tuple[tuple[str, ...], ...] = ()
    optional: Mapping[str, str | None] = field(default_factory=dict)
    url_fields: tuple[str, ...] = ()

    @property
    def fields(self) -> tuple[str, ...]:
        grouped = tuple(name for group in self.one_of for name in group)
        return self.required + grouped + tuple(self.optional)


KINDS: Mapping[str, KindSpec] = MappingProxyType(
    {
        "rss": KindSpec(required=("url",), url_fields=("url",)),
        "mastodon": KindSpec(
            required=("instance",),
            one_of=(("hashtag", "account"),),
            url_fields=("instance",),
        ),
        "bluesky": KindSpec(
            one_of=(("actor", "query"),),
            optional={"api": "https://public.api.bsky.app"},
            url_fields=("api",),
        ),
        "telegram": KindSpec(
            required=("channel",),
            optional={"base_url": "https://t.me"},
            url_fields=("base_url",),
        ),
    }
)

COMMON_FIELDS = (
    "id",
    "name",
    "kind",
    "interval",
    "timeout",
    "enabled",
    "language",
    "country",
    "tags",
    "headers",
    "proxy",
    "proxy_keyring",
    "notes",
)
ADDRESS_FIELDS = tuple(sorted({name for spec in KINDS.values() for name in spec.fields}))


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
    name: str
    interval: timedelta
    timeout: timedelta
    enabled: bool = True
    language: str | None = None
    country: str | None = None
    tags: tuple[str, ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    proxy: str | None = None
    notes: str | None = None
    # address fields, by kind
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
        if self.kind == "rss":
            return str(self.url)
        if self.kind == "mastodon":
            what = f"#{self.hashtag}" if self.hashtag else f"@{self.account}"
            return f"{self.instance} {what}"
        if self.kind == "bluesky":
            what = f"@{self.actor}" if self.actor else f"search {self.query!r}"
            return f"{self.api} {what}"
        return f"{self.base_url}/s/{self.channel}"


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
