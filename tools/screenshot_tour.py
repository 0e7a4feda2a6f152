"""The screenshots' tour of the app: what the analyst opens, in order (the window, the
alerts, every dialog, the questions the app asks), each captured by a :class:`Camera`;
:data:`PICTURES` names every picture it takes.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import Future
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPlainTextEdit, QProgressDialog, QWidget

from monitor.errors import StoreUnavailable
from monitor.store import Action, Queue, Store
from monitor.store.faults import translate_errors
from tools import demo
from tools.camera import Camera
from tools.qt_driving import modal, settle, wait_until
from ui.app import Session
from ui.main_window import MainWindow
from ui.navigator import Place
from ui.server_wait import ServerWait

SCREEN = (1366, 768)
NOTE = {
    "en": "New law; follow it in the Senate.",
    "nl": "Nieuwe wet; volgen in de Eerste Kamer.",
}

# The rules the Rules dialog shows (an analyst's rules.yaml).
RULES = """\
version: 1
rules:
  - name: Soros smears
    description: Conspiracy talk about Soros and his foundations
    when:
      - words: [Soros, open society*]
    then: {add_category: disinformation, priority: high, alert: true}
  - name: NGO funding
    match: any
    when:
      - words: [ngo's, subsidie*, foreign agent*, buitenlandse agent*]
      - score: {category: civic_space, at_least: 0.8}
    then: {escalate: true}
"""

# Every picture, by name, and what it shows (docs/desktop.md lists them the same way).
PICTURES = {
    "main-window": "the review window, the strongest item selected",
    "alerts": "the recent alerts, opened from the status bar",
    "sources": "File → Sources…, a failing source selected",
    "source-add": "Sources → Add…, after Test of a feed",
    "source-edit": "Sources → Edit…",
    "sources-remove": "Sources → Remove, the question",
    "rules": "File → Rules…, a rule tried on the last 30 days",
    "opml-export": "Sources → Export OPML…, the file dialog",
    "opml-import": "Sources → Import OPML…, the file dialog",
    "brief": "File → Weekly brief…, with its preview",
    "brief-save": "Weekly brief → Save…, the file dialog",
    "brief-progress": "Weekly brief: writing the PDF",
    "settings-general": "File → Settings…, General",
    "settings-classifier": "Settings, Classifier",
    "settings-polling": "Settings, Polling",
    "settings-model-folder": "Settings, Classifier → Choose…, the folder dialog",
    "shortcuts": "Help → Keyboard shortcuts",
    "classifier-report": "Help → Classifier report…",
    "note": "Triage → Note…",
    "closing": "the question on first closing the window",
    "quit-unsaved": "quitting while decisions wait and the disk is full",
    "server-wait": "starting while the team's database server cannot be reached",
    "conflict": "a decision on an item another analyst decided after it was read",
    "rises": "Polling → What is rising…, a rise of yesterday chosen",
    "evidence": "a confirmed item found deleted, its evidence in the detail pane",
}


class Tour:
    """Opens what the analyst opens, in order, and captures each."""

    def __init__(self, session: Session, camera: Camera, documents: Path, feed: str) -> None:
        self.session = session
        self.window: MainWindow = session.window
        self.camera = camera
        self.documents = documents
        self.feed = feed  # the address the source form's Test fetches
        self.classifier: list[bool] = []
        session.host.classifier_ready.connect(self.classifier.append)

    def run(self) -> None:
        self.main_window()
        self.alerts()
        modal(self.window.action("sources").trigger, self.sources)
        self.window.locations.rules_path.write_text(RULES, encoding="utf-8")
        modal(self.window.action("rules").trigger, self.rules)
        modal(self.window.action("brief").trigger, self.brief)
        modal(self.window.action("settings").trigger, self.settings)
        modal(self.window.action("shortcuts").trigger, self.shot("shortcuts"))
        modal(self.window.action("quality").trigger, self.classifier_report)
        self.window.select_row(0)
        modal(self.window.action("note").trigger, self.note)
        modal(self.window.background.ask, self.shot("closing"))
        self.quit_unsaved()
        self.server_wait()
        self.conflict()
        self.evidence()
        self.rises()  # last: it adds four weeks before the demo's two

    def shot(self, name: str) -> Callable[[QWidget], None]:
        return lambda dialog: self.camera.dialog(dialog, name)

    def main_window(self) -> None:
        w = self.window
        w.resize(*SCREEN)
        w.move(0, 0)
        wait_until(lambda: self.classifier, "the classifier", timeout=600)
        if not self.classifier[0]:
            print("warning: the classifier did not load; see the status bar", file=sys.stderr)
        wait_until(lambda: w.model.rowCount() > 0, "the review queue")
        w.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        settle()
        w.select_row(0)
        wait_until(lambda: w.current_id() is not None, "the selected item")
        settle(1500)  # the detail pane's text and scores
        self.camera.screen(w, "main-window")

    def alerts(self) -> None:
        """New items above an alert threshold, as a poll reports them, and their list."""
        w = self.window
        w.alerts.check([w.model.item_id(row) for row in range(min(12, w.model.rowCount()))])
        wait_until(lambda: w.alerts.recent, "the alerts")
        w.action("alerts").trigger()
        popup = w.alerts_button.popup
        wait_until(popup.isVisible, "the alerts list")
        settle()
        self.camera.screen(w, "alerts")
        popup.hide()

    # -- sources -------------------------------------------------------------------------

    def sources(self, dialog: QWidget) -> None:
        from ui.sources_dialog import SourcesDialog  # noqa: PLC0415 - as the window does

        assert isinstance(dialog, SourcesDialog)
        wait_until(lambda: dialog.model.states, "the sources' health")
        ids = [source.id for source in dialog.model.sources]
        dialog.table.selectRow(ids.index(demo.FAILING[0]))
        settle()
        self.camera.dialog(dialog, "sources")
        modal(dialog.buttons["add"].click, self.source_add)
        dialog.table.selectRow(ids.index("demo-nl-news"))
        modal(dialog.buttons["edit"].click, self.shot("source-edit"))
        dialog.table.selectRow(ids.index("demo-mastodon"))
        modal(dialog.buttons["remove"].click, self.shot("sources-remove"))
        modal(dialog.buttons["export"].click, self.shot("opml-export"))
        dialog.export_opml(self.documents / "pushback-monitor-sources.opml")  # to import
        modal(dialog.buttons["import"].click, self.shot("opml-import"))

    def rules(self, dialog: QWidget) -> None:
        from ui.rules_dialog import RulesDialog  # noqa: PLC0415 - as the window does

        assert isinstance(dialog, RulesDialog)
        dialog.rules.setCurrentRow(0)
        dialog.try_button.click()
        wait_until(lambda: dialog.matches.rowCount() > 0, "the rule's matches")
        settle()
        self.camera.dialog(dialog, "rules")

    def evidence(self) -> None:
        """A confirmed item whose page was kept, then answered 410 on a re-check."""
        w = self.window
        w.navigator.go(Place(queue=Queue.CONFIRMED))
        wait_until(lambda: w.model.rowCount() > 0, "the confirmed items")
        w.select_row(0)
        wait_until(lambda: w.current_id() is not None, "the selected item")
        item_id = w.current_id()
        assert item_id is not None
        demo.keep_deleted(w.locations.database, item_id, datetime.now(UTC))
        w.detail.refresh()
        settle(1000)
        self.camera.screen(w, "evidence")
        w.navigator.go(Place())

    def rises(self) -> None:
        added = demo.add_rise(self.window.locations.database, datetime.now(UTC))
        print(f"{added} items added for What is rising")
        modal(self.window.action("rises").trigger, self.rises_dialog)

    def rises_dialog(self, dialog: QWidget) -> None:
        from ui.rises_dialog import RisesDialog  # noqa: PLC0415 - as the window does

        assert isinstance(dialog, RisesDialog)
        wait_until(lambda: dialog.rises.rowCount() > 0, "the rises")
        wait_until(lambda: dialog.items.rowCount() > 0, "the rise's items")
        settle()
        self.camera.dialog(dialog, "rises")

    def source_add(self, form: QWidget) -> None:
        from ui.source_form import SourceForm  # noqa: PLC0415 - as the window does

        assert isinstance(form, SourceForm)
        form.address.setText(self.feed)
        form.test_button.click()
        wait_until(form.test_button.isEnabled, "the test fetch")
        settle()
        self.camera.dialog(form, "source-add")

    # -- the brief -----------------------------------------------------------------------

    def brief(self, dialog: QWidget) -> None:
        from ui.brief_dialog import BriefDialog  # noqa: PLC0415 - as the window does

        assert isinstance(dialog, BriefDialog)
        wait_until(
            lambda: not dialog.outcome.text() and dialog.preview.toPlainText(),
            "the brief's preview",
            timeout=120,
        )
        settle(800)
        self.camera.dialog(dialog, "brief")
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        modal(dialog.save_button.click, self.brief_save)
        shown: list[QProgressDialog] = []

        def progress_shown() -> bool:
            shown.extend(
                widget
                for widget in QApplication.topLevelWidgets()
                if isinstance(widget, QProgressDialog) and widget.isVisible()
            )
            return bool(shown) or dialog.saved is not None

        wait_until(progress_shown, "the brief being written", timeout=120)
        if shown:
            settle(200)
            self.camera.dialog(shown[0], "brief-progress")
        else:
            print("note: the brief was written before its progress dialog appeared")
        wait_until(lambda: dialog.saved is not None or dialog.save_button.isEnabled(), "the save")

    def brief_save(self, chooser: QWidget) -> None:
        assert isinstance(chooser, QFileDialog)
        self.camera.dialog(chooser, "brief-save")
        chooser.accept()  # under the name it offers, in Documents: its progress comes next

    # -- settings, reports, notes ----------------------------------------------------------

    def settings(self, dialog: QWidget) -> None:
        from ui.settings_dialog import SettingsDialog  # noqa: PLC0415 - as the window does

        assert isinstance(dialog, SettingsDialog)
        for index, name in enumerate(
            ("settings-general", "settings-classifier", "settings-polling")
        ):
            dialog.tabs.setCurrentIndex(index)
            settle()
            self.camera.dialog(dialog, name)
        dialog.tabs.setCurrentIndex(1)
        modal(dialog.browse.click, self.shot("settings-model-folder"))

    def classifier_report(self, dialog: QWidget) -> None:
        from ui.quality_dialog import QualityDialog  # noqa: PLC0415 - as the window does

        assert isinstance(dialog, QualityDialog)
        wait_until(lambda: dialog.quality is not None, "the classifier report", timeout=60)
        settle()
        self.camera.dialog(dialog, "classifier-report")

    def note(self, dialog: QWidget) -> None:
        editor = dialog.findChild(QPlainTextEdit)
        if editor is not None:
            editor.setPlainText(NOTE[self.camera.language])
        settle()
        self.camera.dialog(dialog, "note")

    def quit_unsaved(self) -> None:
        """A confirmation the database refuses for now, as the store refuses it on a full
        disk, where the decisions cannot be kept in the data folder either: quitting asks
        first. Then the database takes it again, and the decision is written."""
        w, triage = self.window, self.window.triage
        write, db_path, item_id = triage.write, w.locations.db_path, w.current_id()
        journal = triage.journal

        def full(work: Any) -> Future[object]:
            refused: Future[object] = Future()
            try:
                with translate_errors(db_path, f"the decision on item {item_id}"):
                    raise sqlite3.OperationalError("database or disk is full")
            except StoreUnavailable as exc:
                refused.set_exception(exc)
            return refused

        triage.write = full
        triage.journal = w.locations.data_dir / "settings.yaml" / "full"  # cannot be written
        w.action("confirm").trigger()
        wait_until(w.unsaved.isVisible, "the decision left waiting")
        modal(w.decisions.may_quit, self.shot("quit-unsaved"))
        triage.write, triage.journal = write, journal
        w.unsaved.click()  # try again now
        wait_until(lambda: not triage.pending, "the decision written", timeout=60)

    def server_wait(self) -> None:
        """The window a start shows while a team's server cannot be reached, with two
        decisions kept from the last session."""
        down = StoreUnavailable("the database server cannot be reached", "unreachable")

        def probe() -> None:
            raise down

        with tempfile.TemporaryDirectory() as folder:
            kept = Path(folder) / "waiting-decisions.json"
            kept.write_text('{"format": 1, "commands": [], "steps": [{}, {}]}', encoding="utf-8")
            where = "postgresql://sanne@db.example.org/pushback"
            dialog = ServerWait(where, down, probe, kept, parent=self.window)
            modal(dialog.exec, self.shot("server-wait"))

    def conflict(self) -> None:
        """Another analyst rejects the item shown before this one escalates it (a team's
        shared queue): the window asks which decision stands."""
        w = self.window
        w.select_row(1)
        wait_until(lambda: w.current_id() is not None, "the selected item")
        item_id = w.current_id()
        assert item_id is not None
        other = Store.open(w.locations.database)
        try:
            other.record_decision(item_id, Action.REJECT, analyst="Joost")
        finally:
            other.close()
        w.action("escalate").trigger()
        wait_until(
            lambda: (box := w.decisions.conflicts.box) is not None and box.isVisible(),
            "the question about the conflict",
        )
        box = w.decisions.conflicts.box
        assert box is not None
        settle()
        self.camera.dialog(box, "conflict")
        box.reject()  # keep theirs
