"""The sources dialog's table view (over :class:`~ui.sources_model.SourcesModel`): rows
chosen whole, several at a time; the name column takes the room left, the last error a
fixed share, every other column its header's or its widest cell's width; feeds.yaml's
order until a header is clicked; and the same sources still chosen when health read
again sorts the rows anew.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from monitor.config import SourceConfig
from monitor.health import SourceHealth
from monitor.models import SourceState
from ui.sources_model import COLUMNS, SourcesModel

LAST_ERROR_WIDTH = 150  # its text is in full below the table


class SourcesTable(QTableView):
    def __init__(self, model: SourcesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sources_model = model
        self.setModel(model)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        # The widths hold in whichever language: each column fits its header's words.
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMNS.index("last_error"), QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(COLUMNS.index("last_error"), LAST_ERROR_WIDTH)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # feeds.yaml's order first
        self.setSortingEnabled(True)

    def current(self) -> SourceConfig | None:
        index = self.currentIndex()
        return self.sources_model.sources[index.row()] if index.isValid() else None

    def selected(self) -> list[SourceConfig]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.sources_model.sources[row] for row in rows]

    def set_health(self, states: dict[str, SourceState], healths: dict[str, SourceHealth]) -> None:
        """Show what was read; sorted again by it, the same sources stay chosen."""
        chosen, current = {s.id for s in self.selected()}, self.current()
        self.sources_model.set_health(states, healths)
        if self.sources_model.sorted:
            self._choose_again(chosen, current)

    def _choose_again(self, chosen: set[str], current: SourceConfig | None) -> None:
        model = self.sources_model
        picked = self.selectionModel()
        flag = QItemSelectionModel.SelectionFlag
        for row, source in enumerate(model.sources):
            if source.id in chosen:
                picked.select(model.index(row, 0), flag.Select | flag.Rows)
        if current is not None and current in model.sources:
            row = model.sources.index(current)
            picked.setCurrentIndex(model.index(row, 1), flag.NoUpdate)
