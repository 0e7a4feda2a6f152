"""The sources dialog: every source with its health, and what can be done with them.

The table (:mod:`ui.sources_model`, shown by :mod:`ui.sources_table`) reads feeds.yaml
and, off the GUI thread, each source's stored state and its activity, the current one in
full below it (:mod:`ui.source_details`); every change is written to feeds.yaml (keeping
its comments) and handed to the running schedule at once. On a team database that keeps
the team's sources (:mod:`monitor.feeds_place`), those are shown and changed instead, by
the team's editors only; the team's poller follows within seconds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from monitor import opml
from monitor.config import TEAM_FEEDS, FeedsFile, SourceConfig, atomic_write, format_duration
from monitor.errors import MonitorError
from monitor.feeds_place import FeedsPlace
from monitor.health import Health, Offer, SourceHealth
from monitor.models import SourceState
from monitor.source_check import import_opml
from monitor.urls import redact
from ui.engine_host import EngineHost
from ui.geometry import resize_within_screen
from ui.i18n import Retranslating
from ui.source_details import SourceDetails
from ui.sources_model import COLUMNS, SourcesModel, kind_title, read_source_health, when
from ui.sources_table import SourcesTable
from ui.style import RED
from ui.worker import QueryOp, Reads, on_done

CHANGING = ("add", "edit", "remove", "toggle", "import")  # the buttons that change sources


class SourcesDialog(Retranslating, QDialog):
    def __init__(
        self, host: EngineHost, feeds: FeedsPlace, reads: Reads, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.feeds = feeds
        self.team = False  # showing the team's sources, kept in its database
        self.may_change = True
        self.reads = reads
        resize_within_screen(self, 1240, 600)
        self.model = SourcesModel(self)
        self.table = SourcesTable(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(lambda _: self.edit())
        self.details_area = SourceDetails(self.take_offer)
        self.details = self.details_area.text  # the current source in full
        self.offer_button = self.details_area.offer_button

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.team_note = QLabel()  # whose sources these are, on a team database
        self.team_note.setWordWrap(True)
        self.team_note.hide()
        row = self._make_buttons()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details_area)
        splitter.setSizes([420, 140])
        layout = QVBoxLayout(self)
        layout.addWidget(self.team_note)
        layout.addLayout(row)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        host.source_done.connect(lambda _: self.reload_health())
        self.retranslate()
        self.reload()

    def _make_buttons(self) -> QHBoxLayout:
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, slot in (
            ("add", self.add),
            ("edit", self.edit),
            ("remove", self.ask_remove),
            ("toggle", self.toggle),
            ("poll", self.poll),
            ("import", self.import_opml),
            ("export", self.export_opml),
        ):
            button = QPushButton()
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
            if name == "poll":
                row.addStretch(1)
        return row

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sources"))
        texts = {
            "add": self.tr("Add…"),
            "edit": self.tr("Edit…"),
            "remove": self.tr("Remove"),
            "toggle": self.tr("Enable/disable"),
            "poll": self.tr("Poll now"),
            "import": self.tr("Import OPML…"),
            "export": self.tr("Export OPML…"),
        }
        for name, button in self.buttons.items():
            button.setText(texts[name])
        self._show_whose()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._show_details()

    # -- reading -------------------------------------------------------------------------

    def feeds_file(self) -> FeedsFile | None:
        try:
            return self.feeds.load()
        except MonitorError as exc:
            self.tell(str(exc), error=True)
            return None

    def _whose(self, feeds_file: FeedsFile) -> None:
        """Whether these are the team's sources, and whether this analyst may change
        them: the buttons that change them are off for an analyst who is no editor."""
        self.team = feeds_file.path == TEAM_FEEDS
        try:
            self.may_change = self.feeds.may_change(feeds_file)
        except MonitorError as exc:
            self.may_change = False
            self.tell(str(exc), error=True)
        for name in CHANGING:
            self.buttons[name].setEnabled(self.may_change)
        self._show_whose()

    def _show_whose(self) -> None:
        self.team_note.setVisible(self.team)
        text = self.tr(
            "The team's sources, kept in its database: a change reaches everyone's app"
            " and the team's poller at once."
        )
        if not self.may_change:
            text += " " + self.tr("Only the team's editors can change them.")
        self.team_note.setText(text)

    def tell(self, message: str, *, error: bool = False) -> None:
        """The outcome of the last change, in the dialog (an error in red, in full)."""
        self.notice.setStyleSheet(f"color: {RED};" if error else "")
        self.notice.setText(message)
        self.notice.setVisible(bool(message))

    def reload(self) -> None:
        feeds_file = self.feeds_file()
        if feeds_file is None:
            return
        self._whose(feeds_file)
        self.model.set_sources(list(feeds_file.config.sources))
        self.reload_health()

    def reload_health(self) -> None:
        sources = list(self.model.sources)
        QueryOp(self.reads, self, lambda store: read_source_health(store, sources)).success(
            lambda found: self._health_read(*found)
        ).run()

    def _health_read(
        self, states: dict[str, SourceState], healths: dict[str, SourceHealth]
    ) -> None:
        self.table.set_health(states, healths)
        self._show_details()

    def selected(self) -> list[SourceConfig]:
        return self.table.selected()

    def _show_details(self, *_: object) -> None:
        current = self.table.currentIndex()
        if not current.isValid():
            self.details_area.show_none()
            return
        source = self.model.sources[current.row()]
        state = self.model.states.get(source.id)
        found = self.model.found(source)
        kind = kind_title(source.kind)
        lines = [f"{self.model.name(source)} ({source.id}) · {kind} · {redact(source.address)}"]
        lines.append(
            self.tr("Health: %1").replace("%1", self.model.health_name(self.model.health(source)))
        )
        if state and state.last_attempt:
            lines.append(self.tr("Last poll: %1").replace("%1", when(state.last_attempt)))
        if state and state.last_error:
            lines.append(
                self.tr(
                    "Last error (%1, %Ln failure(s) in a row):", "", state.consecutive_failures
                ).replace("%1", when(state.last_error_at))
            )
            lines.append(state.last_error)
        if state and state.last_warning:
            lines.append(self.tr("Last warning: %1").replace("%1", state.last_warning))
        if found.status is Health.SILENT and found.last_item and found.usual_gap:
            lines.append(
                self.tr("Gone silent: nothing new since %1, while it usually publishes every %2.")
                .replace("%1", when(found.last_item))
                .replace("%2", format_duration(found.usual_gap))
            )
        if found.answered:
            lines.append(
                self.tr(
                    "Last 30 days: %n poll(s) answered, %1 of them “not modified”; %2 s a poll"
                    " on average.",
                    "",
                    found.answered,
                )
                .replace("%1", f"{found.not_modified_share or 0:.0%}")
                .replace("%2", f"{found.fetch_seconds or 0:.2f}")
            )
        self.details_area.show_source(lines, found, may_change=self.may_change)

    def take_offer(self) -> None:
        """Do what the current source's health suggests (the offer button)."""
        source = self.table.current()
        if source is None or not self.may_change:
            return
        found = self.model.found(source)
        if found.offer is Offer.UPDATE_ADDRESS and found.moved_to:
            moved = found.moved_to
            self._change(lambda feeds_file: feeds_file.update(source.id, {"url": moved}))
        elif found.offer is Offer.SWITCH_OFF:
            self._set_enabled([source], False)

    # -- changing ------------------------------------------------------------------------

    def _saved(self) -> None:
        """feeds.yaml changed: show it, and hand it to the schedule now."""
        feeds_file = self.feeds_file()
        if feeds_file is None:
            return
        self.model.set_sources(list(feeds_file.config.sources))
        self.reload_health()
        on_done(self.host.reload(feeds_file.config), lambda _: None, parent=self)

    def add(self) -> None:
        from ui.source_form import SourceForm  # noqa: PLC0415 - opened rarely

        if not self.may_change:
            return
        form = SourceForm(self.host, self.feeds, parent=self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self._saved()

    def edit(self) -> None:
        from ui.source_form import SourceForm  # noqa: PLC0415 - opened rarely

        chosen = self.selected()
        if len(chosen) != 1 or not self.may_change:
            return
        form = SourceForm(self.host, self.feeds, chosen[0], parent=self)
        if form.exec() == QDialog.DialogCode.Accepted:
            self._saved()

    def ask_remove(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        title, question = self.remove_question(chosen)
        if QMessageBox.question(self, title, question) == QMessageBox.StandardButton.Yes:
            self.remove(chosen)

    def remove_question(self, sources: list[SourceConfig]) -> tuple[str, str]:
        """The title and text of the question before ``sources`` are removed: counted in
        the language's plural forms, naming the source or listing them."""
        count = len(sources)
        names = [self.model.name(s) for s in sources]
        listed = names[0] if count == 1 else "\n".join(f"• {name}" for name in names)
        question = self.tr(
            "Remove %n source(s) from feeds.yaml? Their stored items are kept.", "", count
        )
        return self.tr("Remove source(s)", "", count), f"{question}\n\n{listed}"

    def remove(self, sources: list[SourceConfig]) -> None:
        self._change(lambda feeds_file: [feeds_file.remove(s.id) for s in sources])

    def toggle(self) -> None:
        chosen = self.selected()
        if chosen:
            enable = not all(s.enabled for s in chosen)
            self._set_enabled(chosen, enable)

    def _clicked(self, index: QModelIndex) -> None:
        if COLUMNS[index.column()] == "enabled" and self.may_change:
            source = self.model.sources[index.row()]
            self._set_enabled([source], not source.enabled)

    def _set_enabled(self, sources: list[SourceConfig], enabled: bool) -> None:
        self._change(
            lambda feeds_file: [
                feeds_file.update(s.id, {"enabled": None if enabled else False}) for s in sources
            ]
        )

    def _change(self, edit: Any) -> None:
        feeds_file = self.feeds_file()
        if feeds_file is None:
            return
        try:
            edit(feeds_file)
            feeds_file.save()
        except MonitorError as exc:
            self.tell(str(exc), error=True)
            return
        self.tell("")
        self._saved()

    def poll(self) -> None:
        chosen = [s.id for s in self.selected() if s.enabled]
        if chosen:
            on_done(self.host.poll_now(chosen), lambda _: self.reload_health(), parent=self)

    # -- OPML ----------------------------------------------------------------------------

    def import_opml(self, path: Path | None = None) -> None:
        if not path:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import OPML"), "", self.tr("OPML files (*.opml *.xml)")
            )
            if not name:
                return
            path = Path(name)
        feeds_file = self.feeds_file()
        if feeds_file is None:
            return
        try:
            result = import_opml(feeds_file, path)
            if result.added:
                feeds_file.save()
        except MonitorError as exc:
            self.tell(str(exc), error=True)
            return
        message = self.tr("%Ln source(s) added from %1.", "", len(result.added)).replace(
            "%1", path.name
        )
        if result.present:
            message += " " + self.tr("%Ln already present.", "", result.present)
        if result.rejected:
            message += "\n" + self.tr("Not added:") + "\n" + "\n".join(result.rejected)
        self.tell(message, error=bool(result.rejected))
        self._saved()

    def export_opml(self, path: Path | None = None) -> None:
        if not path:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export OPML"),
                "pushback-monitor-sources.opml",
                self.tr("OPML files (*.opml *.xml)"),
            )
            if not name:
                return
            path = Path(name)
        try:
            atomic_write(path, opml.export_opml(self.model.sources))
        except MonitorError as exc:
            self.tell(str(exc), error=True)
            return
        self.tell(
            self.tr("%Ln source(s) written to %1.", "", len(self.model.sources)).replace(
                "%1", str(path)
            )
        )
