"""Where the window is: the queue, category or source chosen in the navigator with the
filters over it, as the query the list reads, and as the key that ``window.ini`` keeps so
that the window opens where it was closed (:mod:`ui.layout`)."""

from __future__ import annotations

from collections.abc import Callable

from monitor.store import QueueQuery
from ui.filter_bar import FilterBar
from ui.navigator import Navigator, Place


class Places:
    def __init__(self, navigator: Navigator, filters: FilterBar, refresh: Callable[[], None]):
        self.navigator, self.filters, self.refresh = navigator, filters, refresh

    def query(self, shown: QueueQuery) -> QueueQuery:
        """The list's query: the place and the filters, in ``shown``'s order."""
        place = self.navigator.place() or Place()
        chosen = self.filters.value()
        return QueueQuery(
            queue=place.queue,
            category=chosen.category or place.category,
            source=place.source,
            language=chosen.language,
            since=chosen.since,
            until=chosen.until,
            search=chosen.search,
            min_score=chosen.min_score,
            sort=shown.sort,
            descending=shown.descending,
        )

    def key(self) -> str:
        return (self.navigator.place() or Place()).key()

    def restore(self, key: str) -> None:
        """Open the queue that was open when the window last closed; a source not listed
        yet: its queue."""
        try:
            place = Place.from_key(key)
        except ValueError:
            return  # written by another version
        self.navigator.blockSignals(True)
        self.navigator.go(place)
        if self.navigator.place() != place:
            self.navigator.go(Place(queue=place.queue))
        self.navigator.blockSignals(False)
        self._show_category(place)

    def chosen(self, place: Place) -> None:
        self._show_category(place)
        self.refresh()

    def _show_category(self, place: Place) -> None:
        if place.category:
            self.filters.blockSignals(True)
            self.filters.set_category(place.category)
            self.filters.blockSignals(False)
