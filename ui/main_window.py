"""The main window: stored items, the selected item's text, and Poll now."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolBar,
)

from monitor.models import SourceReport
from monitor.store import Store
from ui.engine_host import EngineHost
from ui.items_model import ItemsModel
from ui.worker import on_done


class MainWindow(QMainWindow):
    def __init__(self, host: EngineHost, db_path: Path) -> None:
        super().__init__()
        self.host = host
        self.setWindowTitle(self.tr("Pushback Monitor"))
        self.resize(1200, 760)

        self.model = ItemsModel(db_path)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (1, 170), (2, 70), (3, 190)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)  # links open only through an explicit action later
        self.detail.setPlaceholderText(self.tr("Select an item to read it here."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([480, 280])
        self.setCentralWidget(splitter)

        self.poll_action = QAction(self.tr("Poll now"), self)
        self.poll_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.poll_action.setStatusTip(self.tr("Fetch every enabled source now"))
        self.poll_action.triggered.connect(self.poll_now)
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.addAction(self.poll_action)
        self.addToolBar(toolbar)

        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status, 1)
        self.model_status = QLabel(self.tr("Loading the classifier…"))
        self.statusBar().addPermanentWidget(self.model_status)
        self._done = 0
        host.source_done.connect(self._source_done)
        host.classifier_status.connect(self.model_status.setText)
        self._reader = Store.open(db_path, migrate_schema=False)
        self.model.refresh()
        self._show_count()

    def _show_count(self) -> None:
        self.status.setText(self.tr("%1 items stored").replace("%1", str(self.model.rowCount())))

    def poll_now(self) -> None:
        self.poll_action.setEnabled(False)
        self._done = 0
        self.status.setText(self.tr("Polling…"))
        on_done(self.host.poll_now(), self._poll_finished, self._poll_failed, parent=self)

    def _source_done(self, report: SourceReport) -> None:
        self._done += 1
        self.status.setText(self.tr("Polling… %1 sources done").replace("%1", str(self._done)))

    def _poll_finished(self, reports: list[SourceReport]) -> None:
        self.poll_action.setEnabled(True)
        self.model.refresh()
        failed = [r for r in reports if r.outcome == "error"]
        new = sum(r.new for r in reports)
        text = self.tr("Poll finished: %1 new items, %2 of %3 sources failed")
        self.status.setText(
            text.replace("%1", str(new))
            .replace("%2", str(len(failed)))
            .replace("%3", str(len(reports)))
        )

    def _poll_failed(self, error: BaseException) -> None:
        self.poll_action.setEnabled(True)
        self.status.setText(self.tr("Poll failed: %1").replace("%1", str(error)))

    def _show_selected(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        item = self._reader.item(self.model.item_id(indexes[0].row()))
        if item is None:
            return
        self.detail.setPlainText(f"{item.title}\n{item.source} · {item.url or ''}\n\n{item.text}")

    def closeEvent(self, event: object) -> None:
        self.model.close()
        self._reader.close()
        super().closeEvent(event)  # type: ignore[arg-type]
