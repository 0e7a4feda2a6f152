"""The names the window shows: a category's in the interface language (and its colour),
a source's by :mod:`monitor.source_names` (the name feeds.yaml in use gives it, else its
feed's own title; a removed source its last known name)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping

from monitor.classify.taxonomy import Taxonomy
from monitor.config import SourceConfig
from monitor.models import SourceState
from monitor.sharing.keys import partner_names
from monitor.source_names import source_names
from monitor.store import PARTNER_SOURCE
from ui.engine_host import EngineHost
from ui.style import GREY


class Names:
    def __init__(self, taxonomy: Taxonomy, host: EngineHost, language: Callable[[], str]) -> None:
        self.taxonomy = taxonomy
        self.host = host
        self.language = language
        self.states: dict[str, SourceState] = {}  # as last read (titles, last known names)
        # source id → name, as shown; updated in place, so views holding it see changes
        self.sources: dict[str, str] = {}
        self._unknown: set[str] = set()  # partners' findings whose key is no longer trusted
        self._refresh()

    def category(self, category: str) -> str:
        try:
            return self.taxonomy.category(category).name.get(self.language(), category)
        except KeyError:
            return category

    def color(self, category: str) -> str:
        try:
            return self.taxonomy.category(category).color
        except KeyError:
            return GREY  # a category the taxonomy no longer has

    def source(self, source: str) -> str:
        found = self.sources.get(source)
        if found is None and source.startswith(PARTNER_SOURCE) and source not in self._unknown:
            self.sources.update(partner_names(self.host.locations.data_dir))  # trusted since
            found = self.sources.get(source)
            if found is None:  # a partner forgotten since: its id, without asking again
                self._unknown.add(source)
        return found or source

    def in_feeds(self) -> dict[str, str]:
        """The names of the sources in the feeds.yaml the engine uses now (and of those
        the store remembers)."""
        return source_names(self.host.config.sources, self.states)

    def shown(self, sources: Iterable[SourceConfig]) -> list[SourceConfig]:
        """``sources`` each with the name it is shown by (for views that show
        ``SourceConfig.name``)."""
        return [
            source if source.named else dataclasses.replace(source, name=self.source(source.id))
            for source in sources
        ]

    def reload_sources(self) -> dict[str, str]:
        """feeds.yaml was reloaded: the names shown from now on."""
        self._refresh()
        return self.sources

    def set_states(self, states: Mapping[str, SourceState]) -> bool:
        """The sources' stored states were read again; True when a name shown changed
        (a first poll brought a feed's title)."""
        self.states = dict(states)
        before = dict(self.sources)
        self._refresh()
        return before != self.sources

    def _refresh(self) -> None:
        names = self.in_feeds()
        self.sources.clear()
        self.sources.update(partner_names(self.host.locations.data_dir))
        self.sources.update(names)
