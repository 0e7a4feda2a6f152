"""A source that is not in feeds.yaml yet: what discovery makes of an address, what the
form holds, what "Test" fetches."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True, kw_only=True)
class SourceDraft(Mapping[str, Any]):
    """A kind, that kind's address fields, and the settings chosen for the source.

    It also reads as the feeds.yaml entry it stands for (``dict(draft)``, ``draft["url"]``),
    which is what validation and :meth:`FeedsFile.add` take: empty settings are left out,
    as the analyst would leave them out of the file.
    """

    kind: str
    address_fields: Mapping[str, str] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    language: str | None = None
    country: str | None = None
    interval: str | None = None  # as written: 90s, 15m, 2h
    enabled: bool = True

    def __post_init__(self) -> None:
        # frozen all the way down: a draft handed to another thread cannot change under it
        object.__setattr__(self, "address_fields", MappingProxyType(dict(self.address_fields)))
        object.__setattr__(self, "tags", tuple(self.tags))

    def with_address_of(self, found: SourceDraft) -> SourceDraft:
        """These settings on the kind and address ``found`` (what an address turned out to
        be); the tags ``found`` came with count unless tags were chosen here."""
        return replace(
            self, kind=found.kind, address_fields=found.address_fields, tags=self.tags or found.tags
        )

    def _entry(self) -> dict[str, Any]:
        entry: dict[str, Any] = {"kind": self.kind, **self.address_fields}
        if self.tags:
            entry["tags"] = list(self.tags)
        settings = {"language": self.language, "country": self.country, "interval": self.interval}
        entry.update({key: value for key, value in settings.items() if value})
        if not self.enabled:
            entry["enabled"] = False
        return entry

    def __getitem__(self, key: str) -> Any:
        return self._entry()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entry())

    def __len__(self) -> int:
        return len(self._entry())
