"""The names the window shows: a category's in the interface language (and its colour),
a source's as feeds.yaml in use gives it (a removed source shows its id)."""

from __future__ import annotations

from collections.abc import Callable

from monitor.classify.taxonomy import Taxonomy
from ui.engine_host import EngineHost

UNKNOWN_COLOR = "#777777"  # a category the taxonomy no longer has


class Names:
    def __init__(self, taxonomy: Taxonomy, host: EngineHost, language: Callable[[], str]) -> None:
        self.taxonomy = taxonomy
        self.host = host
        self.language = language
        self.sources = self.in_feeds()  # source id → name, as shown

    def category(self, category: str) -> str:
        try:
            return self.taxonomy.category(category).name.get(self.language(), category)
        except KeyError:
            return category

    def color(self, category: str) -> str:
        try:
            return self.taxonomy.category(category).color
        except KeyError:
            return UNKNOWN_COLOR

    def source(self, source: str) -> str:
        return self.sources.get(source, source)

    def in_feeds(self) -> dict[str, str]:
        """The sources' names in the feeds.yaml the engine uses now."""
        return {s.id: s.name for s in self.host.config.sources}

    def reload_sources(self) -> dict[str, str]:
        """feeds.yaml was reloaded: the names shown from now on."""
        self.sources = self.in_feeds()
        return self.sources
