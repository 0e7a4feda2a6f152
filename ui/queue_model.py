"""The queue table: row ids, and rows read from the database a page at a time.

Opening a queue reads its first page at once (a ``LIMIT`` query, about a millisecond on a
million items) and the full list of ids off the GUI thread; the rest of the rows arrive as
appended rows, so the view never resets under the analyst's hands.
"""

from __future__ import annotations

import dataclasses
from array import array
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from monitor.models import ItemStatus
from monitor.store import Changes, Queue, QueueQuery, QueueRow, ReadStore
from ui.i18n import decimal
from ui.style import RIGHT
from ui.table_model import FlatTableModel, Index
from ui.worker import QueryOp, Reads

FIRST_PAGE = 200
PAGE = 300
CACHE_LIMIT = 20_000
NEAR = 1_000  # rows around a hint that row_of() searches first
COLUMNS = ("score", "categories", "title", "source", "language", "published")
# a first click on these sorts highest (newest) first; the others go A to Z
HIGHEST_FIRST = ("score", "published")
# the status an item has while it belongs to a queue; decided otherwise, it has left the
# queue (greyed until the list is read again). All items: the decided are greyed.
_QUEUE_STATUS = {
    Queue.REVIEW: ItemStatus.PENDING,
    Queue.ESCALATED: ItemStatus.ESCALATED,
    Queue.CONFIRMED: ItemStatus.CONFIRMED,
    Queue.REJECTED: ItemStatus.REJECTED,
    Queue.PARTNERS: ItemStatus.PARTNER,
}
_DECIDED = (ItemStatus.CONFIRMED, ItemStatus.REJECTED)


def done_here(queue: Queue, status: ItemStatus) -> bool:
    """Whether an item of ``status`` is done with as far as ``queue`` goes: decided out of
    it (a confirmed item in To review), never for being what the queue holds (every item
    of Confirmed is confirmed)."""
    wanted = _QUEUE_STATUS.get(queue)
    return status != wanted if wanted is not None else status in _DECIDED


class QueueModel(FlatTableModel):
    columns = COLUMNS

    loaded = Signal(int)  # the number of rows once every id is known

    def __init__(
        self,
        store: ReadStore,
        reads: Reads,
        category_name: Callable[[str], str],
        category_color: Callable[[str], str],
        source_name: Callable[[str], str] = str,
    ) -> None:
        """``store``: the GUI thread's read connection (first pages and rows, small indexed
        reads); ``reads``: the worker threads' (the full list of ids)."""
        super().__init__()
        self._store = store
        self._reads = reads
        self.category_name = category_name
        self.category_color = category_color
        self._source_name = source_name
        self.query = QueueQuery()
        self._ids = array("q")
        self._rows: dict[int, QueueRow] = {}
        self.generation = 0
        self.complete = True
        # whether the rows are still the queue's, as its query would read them now (not
        # once a decision or a classification changed an item shown)
        self.as_read = True
        self.analyst = ""  # on a team's queue: whose leases are not marked (her own)
        self.retranslate()

    def retranslate(self) -> None:
        self._headers = [
            self.tr("Score"),
            self.tr("Categories"),
            self.tr("Title"),
            self.tr("Source"),
            self.tr("Lang."),
            self.tr("Published"),
        ]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    # -- loading -------------------------------------------------------------------------

    def set_query(self, query: QueueQuery) -> None:
        """Show the queue ``query`` describes: the first page now, the rest soon after."""
        self.generation += 1
        generation = self.generation
        first = self._store.queue_ids(query, FIRST_PAGE)
        self.beginResetModel()
        self.query = query
        self.as_read = True
        self._ids = array("q", first)
        self._rows.clear()
        self.complete = len(first) < FIRST_PAGE
        self.endResetModel()
        if self.complete:
            self.loaded.emit(len(self._ids))
            return
        QueryOp(self._reads, None, lambda store: store.queue_ids(query)).success(
            lambda ids: self._append(generation, ids)
        ).run()

    def _append(self, generation: int, ids: list[int]) -> None:
        if generation != self.generation:
            return  # the analyst moved on to another queue meanwhile
        shown = len(self._ids)
        if ids[:shown] != list(self._ids):  # the queue changed in between: start afresh
            self.beginResetModel()
            self._ids = array("q", ids)
            self._rows.clear()
            self.endResetModel()
        elif len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = array("q", ids)
            self.endInsertRows()
        self.complete = True
        self.loaded.emit(len(self._ids))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(dataclasses.replace(self.query, sort=COLUMNS[column], descending=descending))

    # -- rows ----------------------------------------------------------------------------

    def item_id(self, row: int) -> int:
        return self._ids[row]

    def ids_between(self, first: int, stop: int) -> list[int]:
        """The ids of rows ``first`` up to (not including) ``stop``."""
        return self._ids[max(first, 0) : stop].tolist()

    def row_of(self, item_id: int, near: int | None = None) -> int | None:
        """The row of an item; looking around ``near`` first (a scan of a million rows
        takes tens of milliseconds, and the item wanted is usually close by)."""
        spans = [(max(near - NEAR, 0), near + NEAR)] if near is not None else []
        for start, stop in [*spans, (0, len(self._ids))]:
            try:
                return self._ids.index(item_id, start, stop)
            except ValueError:
                continue
        return None

    def versions(self, ids: Sequence[int]) -> tuple[tuple[int, int], ...]:
        """The versions of those of ``ids`` whose rows were read: what the analyst saw
        (a decision expects them; see ui/triage.py)."""
        rows = self._rows
        # every row: ids are rows of the list, each once, and rows are read only for those
        if len(ids) >= len(self._ids):
            return tuple((i, r.version) for i, r in rows.items())
        if len(ids) > len(rows):
            chosen = set(ids)
            return tuple((i, r.version) for i, r in rows.items() if i in chosen)
        return tuple((i, rows[i].version) for i in ids if i in rows)

    def row(self, row: int) -> QueueRow | None:
        item_id = self._ids[row]
        if item_id not in self._rows:
            if len(self._rows) > CACHE_LIMIT:
                self._rows.clear()
            start = max(row - PAGE // 3, 0)
            wanted = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
            self._rows.update(self._store.queue_rows(wanted))
        return self._rows.get(item_id)

    def invalidate_all(self) -> None:
        """Read every shown row again (names or colours changed)."""
        self.as_read = False
        self._rows.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            )

    def apply(self, changes: Changes) -> None:
        """Read again the rows a write changed (the list itself stays until refreshed)."""
        if changes.every_item:
            self.invalidate_all()
        elif changes.items:
            self.invalidate(tuple(changes.items))

    def invalidate(self, item_ids: Sequence[int], near: int | None = None) -> None:
        """Read these items again (after a decision or a new classification); many of
        them: every row (one signal, instead of searching each item's row)."""
        self.as_read = False
        if len(item_ids) > NEAR:
            self.invalidate_all()
            return
        for item_id in item_ids:
            self._rows.pop(item_id, None)
            row = self.row_of(item_id, near)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- Qt ------------------------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._ids)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.InitialSortOrderRole:  # what the header's first click picks
            highest = COLUMNS[section] in HIGHEST_FIRST
            order = Qt.SortOrder.DescendingOrder if highest else Qt.SortOrder.AscendingOrder
            return order.value  # read as a number
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "published" and row.published_estimated:
                return self.tr("The feed gave no usable date: this is when it was fetched.")
            if column == "title" and (others := self.open_by(row)):
                return self.tr("%1 has it open").replace("%1", ", ".join(others)) + f"\n{row.title}"
            return row.title if column == "title" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if done_here(self.query.queue, row.status):
                return QBrush(QColor("#888888"))
            if column == "categories" and len(row.categories) == 1:
                return QBrush(QColor(self.category_color(row.categories[0])))
            return None
        if role == Qt.ItemDataRole.FontRole and row.status == ItemStatus.ESCALATED:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "score":
            return int(RIGHT)
        return None

    def open_by(self, row: QueueRow) -> list[str]:
        """The other analysts who have the item open now."""
        return [name for name in row.holders if name != self.analyst]

    def _display(self, row: QueueRow, column: str) -> str:
        if column == "score":
            return decimal(row.score) if row.score is not None else ""
        if column == "categories":
            return ", ".join(self.category_name(c) for c in row.categories)
        if column == "title":
            return f"◉ {row.title}" if self.open_by(row) else row.title
        if column == "source":
            return self._source_name(row.source)
        if column == "language":
            return row.language or ""
        text = row.published.astimezone().strftime("%Y-%m-%d %H:%M")
        return f"≈ {text}" if row.published_estimated else text
