"""The store's part for what the views read: the queue's ids and rows, its counts, the
categories of a selection, and alerts (see :mod:`monitor.store.queue`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from monitor.i18n import _
from monitor.store import queue
from monitor.store.part import StorePart
from monitor.store.queue import Alert, QueueCounts, QueueQuery, QueueRow, SelectionCategories


class QueueStore(StorePart):
    """Part of :class:`~monitor.store.Store`."""

    def queue_ids(self, query: QueueQuery, limit: int | None = None) -> list[int]:
        with self._reading(_("reading the queue")):
            return queue.queue_ids(self._conn, query, limit)

    def queue_rows(self, ids: Sequence[int]) -> dict[int, QueueRow]:
        with self._reading(_("reading the queue")):
            return queue.queue_rows(self._conn, ids)

    def queue_counts(self, since: datetime) -> QueueCounts:
        """Items per queue and per category in review; per source since ``since``."""
        with self._reading(_("counting the queues")):
            return queue.queue_counts(self._conn, since)

    def count_flagged(self) -> int:
        """Pending items (not duplicates) that the model flagged: the review queue."""
        with self._reading(_("counting the review queue")):
            return queue.count_flagged(self._conn)

    def alerts(self, ids: Sequence[int], thresholds: dict[str, float]) -> list[Alert]:
        with self._reading(_("reading new items for alerts")):
            return queue.alerts(self._conn, ids, thresholds)

    def queue_categories(self, query: QueueQuery) -> SelectionCategories:
        with self._reading(_("reading the queue's categories")):
            return queue.queue_categories(self._conn, query)

    def selection_categories(self, ids: Sequence[int]) -> SelectionCategories:
        with self._reading(_("reading the selection's categories")):
            return queue.selection_categories(self._conn, ids)
