"""What a write changed, so that each view can decide what to read again.

A write returns a :class:`Changes`; the app passes it on by one signal, and the list,
the counts, the item shown and the sources' health each look at the part that concerns
them instead of being refreshed by hand after every kind of write.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, kw_only=True)
class Changes:
    items: frozenset[int] = field(default_factory=frozenset)  # items whose rows changed
    sources: frozenset[str] = field(default_factory=frozenset)  # sources whose state changed
    counts: bool = False  # the queues' counts may differ
    new_items: bool = False  # items were added (a list read afresh would show them)
    every_item: bool = False  # any item may have changed (e.g. new thresholds)

    @classmethod
    def of_items(cls, ids: Iterable[int], *, counts: bool = True) -> Changes:
        return cls(items=frozenset(ids), counts=counts)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            items=self.items | other.items,
            sources=self.sources | other.sources,
            counts=self.counts or other.counts,
            new_items=self.new_items or other.new_items,
            every_item=self.every_item or other.every_item,
        )

    def touches(self, item_id: int | None) -> bool:
        """Whether the item may have changed."""
        return item_id is not None and (self.every_item or item_id in self.items)

    def __bool__(self) -> bool:
        return bool(self.items or self.sources or self.counts or self.new_items or self.every_item)
