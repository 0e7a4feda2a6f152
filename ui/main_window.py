"""The main window: navigator, filter bar, queue table and detail pane, the status bar,
the tray and the dialogs, put together.

Its parts live apart: the actions in :mod:`ui.actions`, the selection and what is decided
on it in :mod:`ui.queue_controller`, the queue's table in :mod:`ui.queue_table`, what an
empty queue says in :mod:`ui.empty_state`, the dealings with the engine in
:mod:`ui.engine_link`, the window's side of decisions in :mod:`ui.triage_view`, the
dialogs it opens in :mod:`ui.window_dialogs`, the names it shows in :mod:`ui.names`, its
layout between sessions in :mod:`ui.layout`. The GUI thread reads the store through a
:class:`~monitor.store.ReadStore` (small, indexed reads); everything slower runs through
:mod:`ui.worker`, every write on the engine's writer thread, and what a write changed
reaches every view by :mod:`ui.changes`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from monitor.classify.taxonomy import Taxonomy
from monitor.config import Locations
from monitor.errors import MonitorError
from monitor.feeds_place import FeedsPlace
from monitor.settings import Settings, load_settings
from monitor.store import Action, QueueQuery, ReadStore, Store
from ui import waiting_file
from ui.action_set import Actions
from ui.alerts import AlertCenter
from ui.alerts_panel import AlertsButton, attach_alerts
from ui.background import Background
from ui.changes import ChangeHub
from ui.detail_pane import DetailPane
from ui.empty_state import EmptyState, attach_empty_state
from ui.engine_host import EngineHost
from ui.engine_link import EngineLink
from ui.filter_bar import FilterBar
from ui.geometry import resize_within_screen
from ui.i18n import Languages, Retranslating
from ui.layout import Layout
from ui.names import Names
from ui.navigator import Navigator, Place
from ui.places import Places
from ui.progress import show_progress
from ui.queue_controller import QueueController
from ui.queue_model import QueueModel
from ui.queue_table import make_queue_table, show_newest_first
from ui.status_panel import StatusPanel
from ui.tray import Tray
from ui.triage import Triage
from ui.triage_view import TriageView
from ui.window_dialogs import WindowDialogs
from ui.worker import Reads, drain

if TYPE_CHECKING:
    from ui.brief_dialog import BriefDialog
    from ui.settings_dialog import SettingsDialog


class MainWindow(Retranslating, QMainWindow):
    def __init__(
        self,
        host: EngineHost,
        taxonomy: Taxonomy,
        *,
        languages: Languages | None = None,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__()
        self.host = host
        self.locations: Locations = host.locations
        self.taxonomy = taxonomy
        self.languages = languages
        self.settings, settings_problem = self._load_settings()
        self.language = languages.current if languages and languages.current else "en"
        resize_within_screen(self, 1360, 820)
        self.setObjectName("main-window")

        database, folder = self.locations.database, self.locations.data_dir
        # the GUI thread's read connection, and the worker threads'
        self.reader: ReadStore = Store.open(database, migrate_schema=False, folder=folder)
        self.reads = Reads(database, folder)
        self.names = Names(taxonomy, host, lambda: self.language)
        self.navigator, self.filters = Navigator(taxonomy), FilterBar(taxonomy)
        self.places = Places(self.navigator, self.filters, self.refresh_queue)
        self.model = QueueModel(
            self.reader, self.reads, self.names.category, self.names.color, self.names.source
        )
        self.table = make_queue_table(self.model, self.fontMetrics().height() + 8)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_by_column)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.queue_title = QLabel()
        self.queue_title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.detail: DetailPane = DetailPane(
            self.reader, taxonomy, open_url=open_url, source_name=self.names.source
        )
        self.triage = Triage(
            host.write,
            self.settings.analyst_name,
            self,
            journal=self.locations.data_dir / waiting_file.NAME,
            database=str(self.locations.database),
        )
        self.detail.attach(
            self.triage, lambda: self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
        self.changes = ChangeHub(self)  # what every write changed, for every view
        self.queue: QueueController = QueueController(
            self.table, self.model, self.reads, self.triage, taxonomy
        )
        self.dialogs: WindowDialogs = WindowDialogs(self)
        self.action_set = Actions(self, taxonomy)
        self.category_actions = self.action_set.categories
        self._lay_out()
        self.action_set.build_menus(self.menuBar())
        self.layout_file = Layout(
            self.locations.data_dir,
            self,
            {"outer": self.outer_splitter, "right": self.right_splitter},
            self.table.horizontalHeader(),
            queue=(self.places.key, self.places.restore),
        )

        self._make_status_bar()
        self.empty_state: EmptyState = attach_empty_state(self)  # over the table, when empty
        self.engine: EngineLink = EngineLink(self)
        tray, alerts, button = attach_alerts(self)  # the tray icon, the alerts, their badge
        self.tray: Tray = tray
        self.alerts: AlertCenter = alerts
        self.alerts_button: AlertsButton = button
        self.background: Background = Background(self)  # what closing the window does

        self._connect()

        self.apply_settings(self.settings)
        self.retranslate()
        self.layout_file.restore()
        self.refresh_queue()
        self.engine.counts_timer.start(0)
        self.engine.health_timer.start(0)
        self.filters.languages_from(self.reads, self.engine.read_failed)
        if settings_problem:
            self.statusBar().showMessage(settings_problem, 60_000)

    @property
    def feeds(self) -> FeedsPlace:
        """The sources: feeds.yaml, or the team's in its database (an edit recorded under
        the analyst's name)."""
        return FeedsPlace(self.locations, lambda: self.settings.analyst_name)

    # -- building ------------------------------------------------------------------------

    def _make_status_bar(self) -> None:
        self.status = StatusPanel(self.host, self.statusBar(), self.names.sources)
        self.decisions: TriageView = TriageView(self)
        self.unsaved = self.decisions.unsaved
        self.status.show_failures.connect(self.dialogs.open_sources)
        self.status.show_new.connect(self.refresh_queue)
        self.status.pause_button.toggled.connect(self.action("pause").setChecked)

    def _connect(self) -> None:
        self.navigator.chosen.connect(self.places.chosen)
        self.filters.changed.connect(self.refresh_queue)
        self.filters.left.connect(lambda: self.table.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.model.loaded.connect(lambda _: self._show_title())
        # each view reads again what a write changed (in this order: the rows first)
        self.triage.changed.connect(self.changes.tell)
        for view in (self.model, self.queue, self.detail, self.filters):
            self.changes.changed.connect(view.apply)
        self.triage.progress.connect(
            lambda progress, title: show_progress(self, progress, title=title)
        )
        self.queue.categories.connect(self._show_categories)
        self.queue.refused.connect(lambda message: self.statusBar().showMessage(message, 10_000))
        self.queue.told.connect(lambda message: self.statusBar().showMessage(message, 10_000))
        self.triage.failed.connect(lambda message: self.statusBar().showMessage(message, 20_000))
        self.triage.resume()  # connected: the decisions not written when the app last stopped

    def _load_settings(self) -> tuple[Settings, str]:
        try:
            return load_settings(self.locations.data_dir), ""
        except MonitorError as exc:
            return Settings(), str(exc)

    def action(self, action_id: str) -> QAction:
        """One of the window's actions (ui/actions.py), by its id."""
        return self.action_set[action_id]

    def _lay_out(self) -> None:
        self.detail.add_actions(
            # (Open in browser is the link at the top of the item, and `o`.)
            [self.action(a) for a in ("confirm", "reject", "escalate", "note")],
            self.category_actions,
            [self.action(a) for a in ("high", "medium", "low")],
        )
        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(4, 4, 4, 0)
        column.addWidget(self.queue_title)
        column.addWidget(self.filters)
        column.addWidget(self.table, 1)
        self.right_splitter = right = QSplitter(Qt.Orientation.Horizontal)
        right.addWidget(middle)
        right.addWidget(self.detail)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        self.outer_splitter = outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(self.navigator)
        outer.addWidget(right)
        outer.setStretchFactor(0, 0)
        outer.setStretchFactor(1, 1)
        self.navigator.setMinimumWidth(180)
        outer.setSizes([200, 1160])
        right.setSizes([740, 420])
        self.setCentralWidget(outer)

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.languages is not None and self.languages.current not in ("", self.language):
            self._set_language(self.languages.current)  # changed other than by the settings
        self.setWindowTitle(self.tr("Pushback Monitor"))
        self.action_set.retranslate(self.names.category)
        self.detail.arrange(again=True)  # the names' lengths changed
        self.decisions.undo_texts()
        self.model.retranslate()
        self._show_title()

    def source_names_changed(self) -> None:
        """feeds.yaml was reloaded, or a first poll brought a feed's title: names shown
        for sources may have changed."""
        self.status.names = self.names.reload_sources()
        self.model.invalidate_all()
        self._show_title()

    def _show_title(self) -> None:
        place = self.navigator.place() or Place()
        title = self.navigator.queue_name(place.queue)
        if place.category:
            title = f"{title} · {self.names.category(place.category)}"
        if place.source:
            title = self.names.source(place.source)
        count = self.model.rowCount()
        shown = QLocale().toString(count) + ("" if self.model.complete else "+")
        title = f"{title}  ·  " + self.tr("%1 item(s)", "", count).replace("%1", shown)
        if self.model.query.sort == "uncertain":
            title += "  ·  " + self.tr("most uncertain first")
        self.queue_title.setText(title)

    # -- settings ------------------------------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.triage.analyst = settings.analyst_name
        self.model.analyst = settings.analyst_name
        if self.languages is not None:
            self.language = self.languages.apply(settings.language)
        self._set_language(self.language)
        self.alerts.configure(enabled=settings.notifications, thresholds=settings.alerts)
        self.engine.thresholds_changed()
        self.retranslate()
        self.model.invalidate_all()

    def _set_language(self, language: str) -> None:
        """The language of the names the window and its views show (categories...)."""
        self.language = language
        for view in (self.navigator, self.filters, self.detail):
            view.set_language(language)

    def settings_dialog(self) -> SettingsDialog | None:
        return self.dialogs.settings()

    # -- the queue -----------------------------------------------------------------------

    def query(self) -> QueueQuery:
        return self.places.query(self.model.query)

    def refresh_queue(self) -> None:
        """Read the queue afresh: new items appear, decided ones leave their queue."""
        current, near = self.queue.current_id(), self.table.currentIndex().row()
        self.model.set_query(self.query())
        self.status.clear_new()
        self._select_again(current, near)

    def _select_again(self, current: int | None, near: int | None = None) -> None:
        """After the list was read afresh or reordered: the item that was selected, else
        the first one."""
        if not self.queue.select_again(current, near):
            self.detail.show_item(None)
        self._show_title()

    def current_id(self) -> int | None:
        return self.queue.current_id()

    def selected_ids(self) -> list[int]:
        return self.queue.selected_ids()

    def select_row(self, row: int) -> None:
        self.queue.select_row(row)

    def _current_changed(self, current: QModelIndex, _: QModelIndex) -> None:
        self.detail.show_item(self.model.item_id(current.row()) if current.isValid() else None)
        self.queue.sync()

    def _show_categories(self, shared: set[str]) -> None:
        """The category buttons show the categories all selected items have."""
        for action in self.category_actions:
            action.setChecked(action.data() in shared)

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    # -- triage --------------------------------------------------------------------------

    def decide(self, action: Action, severity: str | None = None) -> None:
        self.queue.decide(action, severity)

    def toggle_category(self, category: str) -> None:
        self.queue.toggle_category(category, self.names.category)

    # -- windows -------------------------------------------------------------------------

    def brief_dialog(self) -> BriefDialog:
        return self.dialogs.brief()

    def toggle_uncertain(self) -> None:
        """The list in "most uncertain first" order, or back to newest first."""
        header = self.table.horizontalHeader()
        if self.action("uncertain").isChecked():
            header.blockSignals(True)
            header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
            header.blockSignals(False)
            self.model.set_query(replace(self.model.query, sort="uncertain", descending=True))
            self.select_row(0)  # the most informative item to decide first
            self._show_title()
        else:
            show_newest_first(self.table)

    def _sort_by_column(self, column: int, order: Qt.SortOrder) -> None:
        if column < 0:
            return
        self.action("uncertain").setChecked(False)
        current = self.current_id()
        self.model.sort(column, order)
        self._select_again(current)

    def bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- the window's own state ----------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.background.close_handled(event):  # hidden, polling goes on
            return
        if not self.decisions.may_quit():
            event.ignore()
            return
        self.layout_file.save()
        self.tray.icon.hide()
        self.detail.show_item(None)
        self.engine.team.close()
        drain()  # the reads under way end before their connections close
        self.reads.close()
        self.reader.close()
        super().closeEvent(event)
        self.background.closed()
