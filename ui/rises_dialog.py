"""What is rising: the narrative spikes of the last two weeks (:mod:`monitor.spikes`), each
a day on which a category's flagged items, in a country or under a source tag, rose well
above their usual level; choosing one lists the items that make it up, and opening an
item shows it in the window (deciding nothing)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monitor.config import SourceConfig
from monitor.spikes.narratives import NarrativeSpike, local_day, narrative_spikes, strongest
from monitor.store import QueueRow, ReadStore
from ui.dates import to_qdate
from ui.geometry import resize_within_screen
from ui.style import RIGHT
from ui.text_table import fill_text_rows
from ui.worker import QueryOp, Reads

DAYS = 14  # the days the dialog looks back over, today included


def rises_since(
    store: ReadStore, sources: Mapping[str, SourceConfig], first: date, last: date
) -> list[NarrativeSpike]:
    """Each rise of ``first`` to ``last`` once, the latest day first, then the strongest."""
    found = strongest(narrative_spikes(store, sources, first, last))
    return sorted(found, key=lambda r: (-r.spike.day.toordinal(), -r.spike.score))


class RiseWords(QObject):
    """A rise in words, as the dialog and the alerts list show it."""

    def where(self, rise: NarrativeSpike) -> str:
        """``HU``, ``tag ngo``, or ``everywhere``: which part of the category rose."""
        if rise.key.country:
            return rise.key.country
        if rise.key.tag:
            return self.tr("tag %1").replace("%1", rise.key.tag)
        return self.tr("everywhere")

    def title(self, rise: NarrativeSpike, category_name: Callable[[str], str]) -> str:
        """``Anti-gender rising in HU: 14 items (usually 0.2)``."""
        count = rise.spike.count
        if rise.key.country or rise.key.tag:
            text = self.tr("%1 rising in %2: %n item(s) (usually %3)", "", count)
        else:
            text = self.tr("%1 rising: %n item(s) (usually %3)", "", count)
        return (
            text.replace("%1", category_name(rise.key.category))
            .replace("%2", self.where(rise))
            .replace("%3", usual_text(rise.spike.baseline))
        )


def usual_text(baseline: float) -> str:
    """A baseline to one decimal; the floor of a series silent for weeks as 0."""
    return QLocale().toString(baseline, "f", 1) if baseline >= 0.05 else "0"


def day_text(day: date) -> str:
    return QLocale().toString(to_qdate(day), QLocale.FormatType.ShortFormat)


class RisesDialog(QDialog):
    def __init__(
        self,
        reads: Reads,
        sources: Mapping[str, SourceConfig],
        category_name: Callable[[str], str],
        source_name: Callable[[str], str],
        open_item: Callable[[int], None],
        chosen: NarrativeSpike | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``open_item`` shows an item in the window; ``chosen``: the rise to select."""
        super().__init__(parent)
        self.setObjectName("rises-dialog")
        self.reads = reads
        self.sources = dict(sources)
        self.category_name = category_name
        self.source_name = source_name
        self.open_item = open_item
        self.chosen = chosen
        self.words = RiseWords(self)
        self.found: list[NarrativeSpike] = []
        self.rows: list[int] = []  # the ids of the items listed
        self.setWindowTitle(self.tr("What is rising"))
        resize_within_screen(self, 980, 640)
        self.note = QLabel(
            self.tr(
                "Days of the last %n day(s) on which a category's flagged items, in a "
                "country or under a source tag, rose well above what that weekday usually "
                "has (so many would come by chance less than once in 1,000 days).",
                "",
                DAYS,
            )
        )
        self.note.setWordWrap(True)
        self.rises = QTableWidget(0, 6)
        self.rises.setObjectName("rises")
        self.rises.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Category"),
                self.tr("Where"),
                self.tr("Items"),
                self.tr("Usual"),
                self.tr("Score"),
            ]
        )
        self.items = QTableWidget(0, 3)
        self.items.setObjectName("rise-items")
        self.items.setHorizontalHeaderLabels(
            [self.tr("Published"), self.tr("Source"), self.tr("Title")]
        )
        for table in (self.rises, self.items):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.verticalHeader().hide()
        self.rises.currentCellChanged.connect(lambda row, *_: self._rise_chosen(row))
        self.items.cellActivated.connect(lambda row, _column: self._open(row))
        self.items.cellDoubleClicked.connect(lambda row, _column: self._open(row))
        self.hint = QLabel(self.tr("Enter or a double click shows the item (deciding nothing)."))
        self.hint.setStyleSheet("color: #555;")
        self.message = QLabel(self.tr("Counting…"))
        self.message.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.rises)
        splitter.addWidget(self.items)
        splitter.setSizes([260, 300])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)
        layout.addWidget(close)
        self.read()

    def read(self) -> None:
        today = local_day(datetime.now().astimezone())
        first, sources = today - timedelta(days=DAYS - 1), self.sources
        QueryOp(self.reads, self, lambda store: rises_since(store, sources, first, today)).success(
            self._show
        ).failure(lambda error: self.message.setText(str(error))).run()

    def _show(self, found: list[NarrativeSpike]) -> None:
        self.found = found
        self.message.setText(
            self.tr("%n rise(s).", "", len(found))
            if found
            else self.tr("Nothing rose well above its usual level.")
        )
        self.rises.setRowCount(len(found))
        locale = QLocale()
        for row, rise in enumerate(found):
            spike = rise.spike
            cells = [
                day_text(spike.day),
                self.category_name(rise.key.category),
                self.words.where(rise),
                locale.toString(spike.count),
                usual_text(spike.baseline),
                locale.toString(spike.score, "f", 1),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column >= 3:
                    cell.setTextAlignment(RIGHT)
                self.rises.setItem(row, column, cell)
        self.rises.resizeColumnsToContents()  # the numbers beside their names, not far off
        for column in (1, 2):
            self.rises.setColumnWidth(column, max(self.rises.columnWidth(column), 160))
        if found:
            keys = [(r.key, r.spike.day) for r in found]
            wanted = (self.chosen.key, self.chosen.spike.day) if self.chosen else None
            self.rises.selectRow(keys.index(wanted) if wanted in keys else 0)
            self.rises.setFocus()

    def _rise_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.found):
            return
        ids = list(self.found[row].items)
        QueryOp(self.reads, self, lambda store: store.queue_rows(ids)).success(
            lambda rows: self._show_items(row, ids, rows)
        ).failure(lambda error: self.message.setText(str(error))).run()

    def _show_items(self, chosen: int, ids: Sequence[int], rows: Mapping[int, QueueRow]) -> None:
        if chosen != self.rises.currentRow():  # another rise was chosen meanwhile
            return
        self.rows = [i for i in ids if i in rows]
        locale = QLocale()
        cells = [
            [
                locale.toString(
                    QDateTime.fromSecsSinceEpoch(int(row.published.timestamp())),
                    QLocale.FormatType.ShortFormat,
                ),
                self.source_name(row.source),
                row.title,
            ]
            for row in (rows[item_id] for item_id in self.rows)
        ]
        fill_text_rows(self.items, cells, stretch=2)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.accept()
            self.open_item(self.rows[row])
