"""The navigator: the queues, the categories with the number waiting for review, and the
sources with a health mark. Choosing an entry tells the window what to show."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from monitor import health as source_health
from monitor.classify.taxonomy import Taxonomy
from monitor.config import SourceConfig
from monitor.health import Health, SourceHealth
from monitor.models import SourceState
from monitor.store import Queue, QueueCounts, SourceActivity
from ui.i18n import Retranslating
from ui.style import RED, RIGHT

ROLE = Qt.ItemDataRole.UserRole
NAME, COUNT = 0, 1  # the columns: a name (elided when it is too long) and its count
HEALTH_COLORS = {
    Health.OK: "#2e7d32",
    Health.FAILING: RED,
    Health.SILENT: "#ef8f00",
    Health.NEVER: "#9e9e9e",
    Health.OFF: "#d0d0d0",
}


@dataclass(frozen=True, kw_only=True)
class Place:
    """What the navigator points at: a queue, perhaps narrowed to a category or a source."""

    queue: Queue = Queue.REVIEW
    category: str | None = None
    source: str | None = None

    # Items keep their place as text: a Python object stored in Qt item data is not
    # reference-counted reliably when it is read back.
    def key(self) -> str:
        return f"{self.queue}|{self.category or ''}|{self.source or ''}"

    @classmethod
    def from_key(cls, key: str) -> Place:
        queue, category, source = key.split("|")
        return cls(queue=Queue(queue), category=category or None, source=source or None)


def health(
    source: SourceConfig, state: SourceState | None, activity: SourceActivity | None
) -> Health:
    """The source's status by :mod:`monitor.health`'s rule (for views that hold a state
    and an activity rather than a :class:`SourceHealth`)."""
    return source_health.assess(source, state, activity).status


def dot(color: str, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


def counted(group: QTreeWidgetItem) -> QTreeWidgetItem:
    """An entry of ``group`` with a count, right-aligned in its own column."""
    item = QTreeWidgetItem(group)
    item.setTextAlignment(COUNT, RIGHT)
    return item


def name_tip(item: QTreeWidgetItem, tip: str) -> None:
    """``tip`` (the whole name, and more) over the entry's name and its count."""
    for column in (NAME, COUNT):
        item.setToolTip(column, tip)


class Navigator(Retranslating, QTreeWidget):
    chosen = Signal(object)  # Place

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.language = "en"
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(10)
        self.setUniformRowHeights(True)
        # A name too long for the width is elided, never its count: the counts have a
        # column of their own, as wide as the widest, at the right.
        self.setColumnCount(2)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)
        self.queues = QTreeWidgetItem(self)
        self.categories = QTreeWidgetItem(self)
        self.sources = QTreeWidgetItem(self)
        for group in (self.queues, self.categories, self.sources):
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setData(NAME, ROLE, "")
            font = group.font(NAME)
            font.setBold(True)
            group.setFont(NAME, font)
            group.setForeground(NAME, QBrush(QColor("#555555")))
        self._queue_items: dict[Queue, QTreeWidgetItem] = {}
        for queue in Queue:
            item = counted(self.queues)
            item.setData(NAME, ROLE, Place(queue=queue).key())
            self._queue_items[queue] = item
        self._category_items = {}
        for category in taxonomy.categories:
            item = counted(self.categories)
            item.setData(NAME, ROLE, Place(queue=Queue.REVIEW, category=category.id).key())
            item.setIcon(NAME, dot(category.color))
            self._category_items[category.id] = item
        self.expandAll()
        self.counts = QueueCounts()
        self._sources: list[tuple[SourceConfig, SourceHealth]] = []
        self.currentItemChanged.connect(self._changed)
        self.retranslate()
        self.setCurrentItem(self._queue_items[Queue.REVIEW])

    def retranslate(self) -> None:
        self.queues.setText(NAME, self.tr("Queues"))
        self.categories.setText(NAME, self.tr("Categories (to review)"))
        self.categories.setToolTip(
            NAME, self.tr("The number of items waiting for review in each category")
        )
        self.sources.setText(NAME, self.tr("Sources"))
        self._show_counts()
        self._show_sources()

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def queue_name(self, queue: Queue) -> str:
        return {
            Queue.REVIEW: self.tr("To review"),
            Queue.ESCALATED: self.tr("Escalated"),
            Queue.CONFIRMED: self.tr("Confirmed"),
            Queue.REJECTED: self.tr("Rejected"),
            Queue.PARTNERS: self.tr("From partners"),
            Queue.ALL: self.tr("All items"),
        }[queue]

    # -- content -------------------------------------------------------------------------

    def set_counts(self, counts: QueueCounts) -> None:
        self.counts = counts
        self._show_counts()

    def _show_counts(self) -> None:
        for queue, item in self._queue_items.items():
            count = self.counts.queues.get(queue)
            name = self.queue_name(queue)
            item.setText(NAME, name)
            item.setText(COUNT, "" if count is None else QLocale().toString(count))
            name_tip(item, name)
        for category in self.taxonomy.categories:
            name = category.name.get(self.language, category.id)
            item = self._category_items[category.id]
            item.setText(NAME, name)
            item.setText(COUNT, QLocale().toString(self.counts.categories.get(category.id, 0)))
            description = category.description.get(self.language, "")
            name_tip(item, f"{name}\n{description}" if description else name)

    def set_sources(
        self,
        sources: list[SourceConfig],
        states: dict[str, SourceState],
        activity: dict[str, SourceActivity],
    ) -> None:
        self.set_health(sources, source_health.assess_all(sources, states, activity))

    def set_health(self, sources: list[SourceConfig], healths: dict[str, SourceHealth]) -> None:
        """Show ``sources`` with their health (:func:`monitor.health.read`)."""
        self._sources = [(s, healths.get(s.id) or source_health.assess(s, None)) for s in sources]
        self._show_sources()

    def _show_sources(self) -> None:
        current = self.place()
        self.blockSignals(True)
        self.sources.takeChildren()
        labels = {
            Health.OK: self.tr("working"),
            Health.FAILING: self.tr("failing"),
            Health.SILENT: self.tr("gone silent"),
            Health.NEVER: self.tr("not polled yet"),
            Health.OFF: self.tr("switched off"),
        }
        for source, found in self._sources:
            item = QTreeWidgetItem(self.sources)
            item.setFirstColumnSpanned(True)  # no count: the name has the whole width
            item.setText(NAME, source.name)
            item.setIcon(NAME, dot(HEALTH_COLORS[found.status]))
            tip = f"{source.name}: {labels[found.status]}"
            item.setToolTip(NAME, f"{tip}\n{found.error}" if found.error else tip)
            item.setData(NAME, ROLE, Place(queue=Queue.ALL, source=source.id).key())
            if current is not None and current.source == source.id:
                self.setCurrentItem(item)
        self.blockSignals(False)

    def source_health(self) -> dict[str, Health]:
        return {source.id: found.status for source, found in self._sources}

    def failing(self) -> dict[str, str]:
        """The failing sources shown, with their last errors (a switched-off one never)."""
        return source_health.failing({s.id: found for s, found in self._sources})

    # -- choosing ------------------------------------------------------------------------

    def place(self) -> Place | None:
        item = self.currentItem()
        key = item.data(NAME, ROLE) if item is not None else ""
        return Place.from_key(key) if key else None

    def go(self, place: Place) -> None:
        for group in (self.queues, self.categories, self.sources):
            for index in range(group.childCount()):
                child = group.child(index)
                if child is not None and child.data(NAME, ROLE) == place.key():
                    self.setCurrentItem(child)
                    return

    def _changed(self, current: QTreeWidgetItem | None, _: QTreeWidgetItem | None) -> None:
        key = current.data(NAME, ROLE) if current is not None else ""
        if key:
            self.chosen.emit(Place.from_key(key))
