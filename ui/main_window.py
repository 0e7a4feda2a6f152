"""The main window: navigator, filter bar, queue table and detail pane, with the triage
actions, the status bar, the tray and the dialogs.

The window reads the database directly (small, indexed reads); every write goes to the
engine's writer thread, and everything slow runs through :mod:`ui.worker`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from monitor.classify.taxonomy import Taxonomy
from monitor.config import FeedsFile, Locations, SourceConfig
from monitor.errors import MonitorError
from monitor.models import SourceReport, SourceState
from monitor.settings import Settings, load_settings
from monitor.store import Changes, QueueQuery, ReadStore, SourceActivity, Store
from ui.actions import Actions
from ui.changes import ChangeHub
from ui.detail_pane import DetailPane
from ui.engine_host import EngineHost
from ui.filter_bar import FilterBar
from ui.geometry import resize_within_screen
from ui.i18n import Languages
from ui.layout import Layout
from ui.navigator import Navigator, Place
from ui.progress import show_progress
from ui.queue_controller import QueueController
from ui.queue_model import COLUMNS, QueueModel
from ui.sources_dialog import read_health
from ui.status_panel import StatusPanel
from ui.tray import Tray
from ui.triage import Triage, Verdict
from ui.worker import QueryOp, Reads, WriteOp, drain, on_done

if TYPE_CHECKING:
    from ui.brief_dialog import BriefDialog
    from ui.settings_dialog import SettingsDialog

COUNTS_DELAY_MS = 400


class MainWindow(QMainWindow):
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
        self.db_path = self.locations.db_path
        self.settings, settings_problem = self._load_settings()
        self.language = languages.current if languages and languages.current else "en"
        resize_within_screen(self, 1360, 820)
        self.setObjectName("main-window")

        self.reader: ReadStore = Store.open(self.db_path, migrate_schema=False)  # GUI thread's
        self.reads = Reads(self.db_path)  # the worker threads'
        self._names = self._source_names()
        self._reflag = False  # thresholds changed: flag the stored scores again
        self.navigator = Navigator(taxonomy)
        self.filters = FilterBar(taxonomy)
        self.model = QueueModel(
            self.reader, self.reads, self._category_name, self._category_color, self._source_name
        )
        self.table = self._make_table()
        self.queue_title = QLabel()
        self.queue_title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.detail: DetailPane = DetailPane(
            self.reader, taxonomy, open_url=open_url, source_name=self._source_name
        )
        self.triage = Triage(host.write, self.settings.analyst_name, self)
        self.changes = ChangeHub(self)  # what every write changed, for every view
        self.queue: QueueController = QueueController(
            self.table, self.model, self.reads, self.triage, taxonomy
        )
        self.action_set = Actions(self, taxonomy)
        self.category_actions = self.action_set.categories
        self._watch_undo_stack()
        self._lay_out()
        self.action_set.build_menus(self.menuBar())
        self.layout_file = Layout(
            self.locations.data_dir,
            self,
            {"outer": self.outer_splitter, "right": self.right_splitter},
            self.table.horizontalHeader(),
        )

        self._make_status_bar()
        icon = QApplication.windowIcon() if QApplication.instance() else QIcon()
        self.tray = Tray(self.reads, taxonomy, icon, self)
        self.tray.add_actions([self.action("poll"), self.action("quit")])
        self.tray.open_item.connect(self.open_item)
        self.tray.show_window.connect(self.bring_forward)

        self._connect()

        self._apply_settings(self.settings)
        self.retranslate()
        self.layout_file.restore()
        self.refresh_queue()
        self._counts_timer.start(0)
        self._health_timer.start(0)
        QueryOp(self.reads, self, lambda store: store.languages()).success(
            self.filters.set_languages
        ).failure(self._read_failed).run()
        if settings_problem:
            self.statusBar().showMessage(settings_problem, 60_000)

        # -- building ------------------------------------------------------------------------

    def _make_status_bar(self) -> None:
        self.status = StatusPanel(self.host, self.statusBar(), self._source_names())
        self.unsaved = QPushButton()  # decisions the database could not take yet
        self.unsaved.setFlat(True)
        self.unsaved.setStyleSheet("QPushButton { color: #b3261e; font-weight: bold; }")
        self.unsaved.hide()
        self.statusBar().addPermanentWidget(self.unsaved)
        self.status.show_failures.connect(self.open_sources)
        self.status.show_new.connect(self.refresh_queue)
        self.status.pause_button.toggled.connect(self.action("pause").setChecked)

    def _connect(self) -> None:
        self._counts_timer = QTimer(self, singleShot=True, interval=COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self._read_counts)
        self._health_timer = QTimer(self, singleShot=True, interval=COUNTS_DELAY_MS)
        self._health_timer.timeout.connect(self._read_health)
        self.navigator.chosen.connect(self._place_chosen)
        self.filters.changed.connect(self.refresh_queue)
        self.filters.left.connect(lambda: self.table.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.model.loaded.connect(self._loaded)
        # each view reads again what a write changed (in this order: the rows first)
        self.triage.changed.connect(self.changes.tell)
        for view in (self.model, self.queue, self.detail):
            self.changes.changed.connect(view.apply)
        self.changes.changed.connect(self._changed)
        self.triage.progress.connect(
            lambda progress, title: show_progress(self, progress, title=title)
        )
        self.queue.categories.connect(self._show_categories)
        self.queue.refused.connect(lambda message: self.statusBar().showMessage(message, 10_000))
        self.triage.failed.connect(lambda message: self.statusBar().showMessage(message, 20_000))
        self.triage.waiting.connect(self._decisions_waiting)
        self.unsaved.clicked.connect(self.triage.retry_now)
        self.host.source_done.connect(self._source_done)
        self.host.items_changed.connect(
            lambda: self.changes.tell(Changes(counts=True, new_items=True))
        )
        self.host.classifier_ready.connect(self._classifier_ready)
        self.host.thresholds_changed.connect(lambda _: self._thresholds_changed())

    def _load_settings(self) -> tuple[Settings, str]:
        try:
            return load_settings(self.locations.data_dir), ""
        except MonitorError as exc:
            return Settings(), str(exc)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("queue")
        table.setModel(self.model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        # The header does not share the table's selection: painting it asks, for each
        # column, whether the selection covers it, one model index per row (seven seconds
        # after Ctrl+A on 400,000 rows). The rows show what is selected.
        header.setSelectionModel(QItemSelectionModel(self.model, header))
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        for column, width in (
            ("score", 48),
            ("categories", 130),
            ("source", 130),
            ("language", 44),
            ("published", 124),
        ):
            table.setColumnWidth(COLUMNS.index(column), width)
        header.setSortIndicator(COLUMNS.index("published"), Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self._sort_by_column)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    def action(self, action_id: str) -> QAction:
        """One of the window's actions (ui/actions.py), by its id."""
        return self.action_set[action_id]

    def _watch_undo_stack(self) -> None:
        undo, redo, stack = self.action("undo"), self.action("redo"), self.triage.stack
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        # The texts arrive with the signals: the stack is not asked again, since it
        # also signals while it is being destroyed with the window.
        self._next_undo = self._next_redo = ""
        stack.undoTextChanged.connect(lambda text: self._undo_texts(undo=text))
        stack.redoTextChanged.connect(lambda text: self._undo_texts(redo=text))
        undo.setEnabled(False)
        redo.setEnabled(False)

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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pushback Monitor"))
        self.action_set.retranslate(self._category_name)
        self.detail.arrange(again=True)  # the names' lengths changed
        self._undo_texts()
        self.model.retranslate()
        self._show_title()

    def _undo_texts(self, *, undo: str | None = None, redo: str | None = None) -> None:
        self._next_undo = self._next_undo if undo is None else undo
        self._next_redo = self._next_redo if redo is None else redo
        for action_id, text, following in (
            ("undo", self.tr("Undo %1"), self._next_undo),
            ("redo", self.tr("Redo %1"), self._next_redo),
        ):
            action = self.action(action_id)
            action.setText(text.replace("%1", following).strip())
            action.setToolTip(f"{action.text()} ({action.shortcut().toString()})")

    def _category_name(self, category: str) -> str:
        try:
            return self.taxonomy.category(category).name.get(self.language, category)
        except KeyError:
            return category

    def _category_color(self, category: str) -> str:
        try:
            return self.taxonomy.category(category).color
        except KeyError:
            return "#777777"

    def _source_name(self, source: str) -> str:
        return self._names.get(source, source)  # a removed source: its id

    def _source_names(self) -> dict[str, str]:
        return {s.id: s.name for s in self.host.config.sources}

    def _show_title(self) -> None:
        place = self.navigator.place() or Place()
        title = self.navigator.queue_name(place.queue)
        if place.category:
            title = f"{title} · {self._category_name(place.category)}"
        if place.source:
            title = self._source_names().get(place.source, place.source)
        count = self.model.rowCount()
        shown = QLocale().toString(count) + ("" if self.model.complete else "+")
        title = f"{title}  ·  " + self.tr("%1 items").replace("%1", shown)
        if self.model.query.sort == "uncertain":
            title += "  ·  " + self.tr("most uncertain first")
        self.queue_title.setText(title)

    # -- settings ------------------------------------------------------------------------

    def _apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.triage.analyst = settings.analyst_name
        if self.languages is not None:
            self.language = self.languages.apply(settings.language)
        for view in (self.navigator, self.filters, self.detail):
            view.set_language(self.language)
        self.tray.configure(
            enabled=settings.notifications, thresholds=settings.alerts, language=self.language
        )
        self._thresholds_changed()
        self.retranslate()
        self.model.invalidate_all()

    def _classifier_ready(self, ready: bool) -> None:
        self._thresholds_changed()
        if ready and self._reflag and self.host.thresholds:
            self._reflag = False
            thresholds = dict(self.host.thresholds)
            WriteOp(
                self.host.write,
                self.changes,
                self,
                lambda store: Changes.of_items(store.apply_thresholds(thresholds)),
            ).success(self._reflagged).run()

    def _reflagged(self, changes: Changes) -> None:
        """The stored items were flagged again with the new thresholds."""
        self.statusBar().showMessage(
            self.tr(
                "New thresholds applied: %1 items flagged differently; Ctrl+R shows them"
            ).replace("%1", str(len(changes.items))),
            30_000,
        )
        self.model.invalidate_all()
        self._counts_timer.start()

    def _thresholds_changed(self) -> None:
        self.detail.thresholds = {**self.host.thresholds, **self.settings.classifier.thresholds}
        self.detail.refresh()

    def settings_dialog(self) -> SettingsDialog | None:
        """The settings dialog, wired to the window; ``None`` (and a message) when the
        files it edits cannot be read."""
        from ui.settings_dialog import SettingsDialog  # noqa: PLC0415 - opened rarely

        try:
            dialog = SettingsDialog(self.locations, self.taxonomy, self.language, self)
        except MonitorError as exc:
            self.statusBar().showMessage(str(exc), 30_000)
            return None
        dialog.applied.connect(self._settings_saved)
        return dialog

    def open_settings(self) -> None:
        dialog = self.settings_dialog()
        if dialog is not None:
            dialog.exec()

    def _settings_saved(self, settings: Settings) -> None:
        classifier_changed = settings.classifier != self.settings.classifier
        self._reflag |= settings.classifier.thresholds != self.settings.classifier.thresholds
        self._apply_settings(settings)
        if classifier_changed:  # a failure is shown (the worker's default), never lost
            on_done(self.host.start_classifier(), lambda _: None, parent=self)
        self._feeds_changed()

    def _feeds_changed(self) -> None:
        try:
            config = FeedsFile.load(self.locations.feeds_path).config
        except MonitorError as exc:
            self.statusBar().showMessage(str(exc), 30_000)
            return
        on_done(self.host.reload(config), lambda _: self._sources_reloaded(), parent=self)

    def _sources_reloaded(self) -> None:
        self._names = self.status.names = self._source_names()
        self.model.invalidate_all()
        self._health_timer.start()
        self.status.refresh_next_poll()

    # -- the queue -----------------------------------------------------------------------

    def query(self) -> QueueQuery:
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
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )

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

    def _place_chosen(self, place: Place) -> None:
        if place.category:
            self.filters.blockSignals(True)
            self.filters.set_category(place.category)
            self.filters.blockSignals(False)
        self.refresh_queue()

    def _loaded(self, _: int) -> None:
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

    def decide(self, action: str, severity: str | None = None) -> None:
        self.queue.decide(action, severity)

    def toggle_category(self, category: str) -> None:
        self.queue.toggle_category(category, self._category_name)

    def write_note(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        previous = []
        for item_id in ids:
            item = self.reader.item(item_id)
            previous.append(item.note if item else None)
        text, accepted = QInputDialog.getMultiLineText(
            self,
            self.tr("Note"),
            self.tr("Note on %n item(s):", "", len(ids)),
            previous[0] or "" if len(ids) == 1 else "",
        )
        if accepted:
            self.save_note(ids, text, previous)

    def save_note(self, ids: list[int], text: str, previous: list[str | None]) -> None:
        self.triage.decide(
            Verdict(
                action="note",
                item_ids=tuple(ids),
                note=text.strip(),
                previous_notes=tuple(previous),
            )
        )

    def undo(self) -> None:
        self._undo_step(self.triage.stack.index() - 1, self.triage.stack.undo)

    def redo(self) -> None:
        self._undo_step(self.triage.stack.index(), self.triage.stack.redo)

    def _undo_step(self, index: int, step: Callable[[], None]) -> None:
        """Undo or redo, then show the item it concerned."""
        stack = self.triage.stack
        command = stack.command(index) if 0 <= index < stack.count() else None
        if command is None:
            return
        first = command.child(0) if command.childCount() else command
        ids = getattr(first, "verdict", None)
        step()
        near = self.table.currentIndex().row()
        if ids is not None and (row := self.model.row_of(ids.item_ids[0], near)) is not None:
            self.select_row(row)

    def _decisions_waiting(self, count: int, reason: str) -> None:
        self.unsaved.setVisible(count > 0)
        self.unsaved.setText(self.tr("⚠ %n decision(s) not saved", "", count))
        self.unsaved.setToolTip(
            self.tr(
                "%1\nThey are kept and tried again until the database takes them. Click to try now."
            ).replace("%1", reason)
        )

    def _changed(self, changes: Changes) -> None:
        """The window's own part of what a write changed: the counts beside the queues,
        the sources' health, and new items (shown at once when nobody reads the list)."""
        if changes.counts:
            self._counts_timer.start()
        if changes.sources:
            self._health_timer.start()
        if changes.new_items and self.current_id() is None:
            self.refresh_queue()

    # -- the engine ----------------------------------------------------------------------

    def poll_now(self) -> None:
        enabled = len(self.host.config.enabled_sources)
        if not enabled:
            self.statusBar().showMessage(
                self.tr("No enabled sources: add one under Sources"), 10_000
            )
            return
        self.action("poll").setEnabled(False)
        on_done(self.host.poll_now(), self._poll_finished, self._poll_failed, parent=self)

    def _poll_finished(self, reports: list[SourceReport]) -> None:
        self.action("poll").setEnabled(True)
        self.status.end_round()
        local = [r for r in reports if r.local]
        if local:  # this computer's fault, not the sources': say so, count no source
            self.statusBar().showMessage(
                self.tr("Polling could not store what it fetched: %1").replace(
                    "%1", local[0].message
                ),
                60_000,
            )
            return
        failed = sum(r.outcome == "error" for r in reports)
        new = sum(r.new for r in reports)
        self.statusBar().showMessage(
            self.tr("Poll finished: %1 new items, %2 of %3 sources failed")
            .replace("%1", str(new))
            .replace("%2", str(failed))
            .replace("%3", str(len(reports))),
            30_000,
        )

    def _poll_failed(self, error: BaseException) -> None:
        self.action("poll").setEnabled(True)
        self.status.end_round()
        self.statusBar().showMessage(self.tr("Poll failed: %1").replace("%1", str(error)), 30_000)

    def toggle_pause(self) -> None:
        self.status.pause_button.setChecked(self.action("pause").isChecked())

    def _source_done(self, report: SourceReport) -> None:
        self.changes.tell(Changes(sources=frozenset([report.source])))
        if report.new_item_ids:
            self.tray.check(report.new_item_ids)
            self.status.add_new(len(report.new_item_ids))

    def _read_counts(self) -> None:
        QueryOp(self.reads, self, lambda store: store.queue_counts(datetime.now(UTC))).success(
            self.navigator.set_counts
        ).failure(self._read_failed).run()

    def _read_failed(self, error: BaseException) -> None:
        """A read for the window's furniture (counts, health, languages) failed: the
        reason goes in the status bar (a message box each time would pile up)."""
        self.statusBar().showMessage(str(error), 30_000)

    def _read_health(self) -> None:
        sources = list(self.host.config.sources)
        QueryOp(self.reads, self, lambda store: read_health(store, sources)).success(
            lambda found: self._health_read(sources, *found)
        ).failure(self._read_failed).run()

    def _health_read(
        self,
        sources: list[SourceConfig],
        states: dict[str, SourceState],
        activity: dict[str, SourceActivity],
    ) -> None:
        self.navigator.set_sources(sources, states, activity)
        self.status.set_failing(self.navigator.failing())

    # -- windows -------------------------------------------------------------------------

    def open_sources(self) -> None:
        from ui.sources_dialog import SourcesDialog  # noqa: PLC0415 - opened rarely

        dialog = SourcesDialog(self.host, self.locations.feeds_path, self.reads, self)
        dialog.exec()
        self._sources_reloaded()

    def brief_dialog(self) -> BriefDialog:
        from ui.brief_dialog import BriefDialog  # noqa: PLC0415 - opened rarely

        return BriefDialog(self.reads, self.taxonomy, self.settings, self._names, self)

    def open_brief(self) -> None:
        self.brief_dialog().exec()

    def open_quality(self) -> None:
        from ui.quality_dialog import QualityDialog  # noqa: PLC0415 - opened rarely

        QualityDialog(self.reads, self.taxonomy, self.language, self).exec()

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
            header.setSortIndicator(COLUMNS.index("published"), Qt.SortOrder.DescendingOrder)

    def _sort_by_column(self, column: int, order: Qt.SortOrder) -> None:
        if column < 0:
            return
        self.action("uncertain").setChecked(False)
        current = self.current_id()
        self.model.sort(column, order)
        self._select_again(current)

    def show_shortcuts(self) -> None:
        from ui.shortcuts_dialog import ShortcutsDialog  # noqa: PLC0415 - opened rarely

        ShortcutsDialog(self.action_set.sheet(), self).exec()

    def open_item(self, item_id: int) -> None:
        """Show one item (from a notification): in the review queue, filters cleared."""
        self.bring_forward()
        self.filters.blockSignals(True)
        self.filters.reset()
        self.filters.blockSignals(False)
        self.navigator.blockSignals(True)
        self.navigator.go(Place())  # the review queue
        self.navigator.blockSignals(False)
        self.refresh_queue()
        self._select_item(item_id)

    def _select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row is not None:
            self.select_row(row)
            return
        self.table.clearSelection()
        self.detail.show_item(item_id)  # decided meanwhile, or not in the list yet
        if not self.model.complete:  # further down than the first page: once all is known
            generation = self.model.generation

            def loaded(_: int) -> None:
                self.model.loaded.disconnect(loaded)
                if self.model.generation == generation:
                    self._select_item_if_listed(item_id)

            self.model.loaded.connect(loaded)

    def _select_item_if_listed(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row is not None:
            self.select_row(row)

    def bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- the window's own state ----------------------------------------------------------

    def _quit_unsaved(self) -> bool:
        """Decisions are still waiting to be written: quit only if the analyst says so."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Decisions not saved"), "", parent=self)
        box.setText(
            self.tr(
                "%n decision(s) could not be saved yet. If you quit now, they are lost.",
                "",
                self.triage.pending,
            )
        )
        box.setInformativeText(self.unsaved.toolTip().split("\n")[0])
        wait = box.addButton(self.tr("Keep waiting"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Quit without them"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(wait)
        box.exec()
        return box.clickedButton() is not wait

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.triage.pending and not self._quit_unsaved():
            event.ignore()
            return
        self.layout_file.save()
        self.tray.icon.hide()
        self.detail.show_item(None)
        drain()  # the reads under way end before their connections close
        self.reads.close()
        self.reader.close()
        super().closeEvent(event)
