"""The docs' screenshots: the main window and every dialog, in English and Dutch.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py

(``make screenshots`` does exactly this.) Writes ``docs/screenshots/<name>-<en|nl>.png``
for each picture in :data:`PICTURES`; ``--language nl`` makes one language only, ``--out``
writes elsewhere.

Each language runs in a process of its own, on a copy of the demo data folder whose
settings.yaml says ``language:``, so the app starts in that language as it does for an
analyst. The demo folder is built by tools/demo.py when missing, or again when it is
more than two hours old (its sources come due after three). Nothing the tool does (a
test fetch of a local feed, a brief written, a refused decision) reaches the demo folder,
and the file dialogs open in a home folder of its own, so no picture shows this
computer's files.

The window fills the 1366×768 screen, waits for the classifier and selects the strongest
item in the review queue; then the tool opens every dialog the way the analyst does (an
action, a button) and captures it from inside its own event loop. Qt's widget-based file
dialog stands in for the desktop's, so it is shown in the app's language. Xvfb has no
window manager, so the tool draws each dialog's title in a bar above it.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop, QRect, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QWidget,
)

from monitor.config import Locations  # noqa: E402
from monitor.errors import StoreUnavailable  # noqa: E402
from monitor.settings import save_settings  # noqa: E402
from monitor.store import Action, Queue, Store  # noqa: E402
from monitor.store.faults import translate_errors  # noqa: E402
from tools import demo  # noqa: E402
from ui.app import Session, end_process, start  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.navigator import Place  # noqa: E402
from ui.server_wait import ServerWait  # noqa: E402

DEMO = ROOT / "benchmarks" / ".cache" / "demo"
OUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("en", "nl")
SCREEN = (1366, 768)
FEED = ROOT / "tests" / "fixtures" / "feeds" / "nos.xml"  # the source form's Test fetches it
# The demo's sources come due three hours after it is built; later, the app would poll
# their placeholder addresses and every picture would show them failing.
DEMO_FRESH_FOR = 2 * 3600  # seconds
SETTLE_MS = 400  # layout and painting after a change, before a capture
TITLE_BAR = 30
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


class Failed(Exception):
    """A step of the tour did not happen (a dialog that did not open, a wait in vain)."""


# -- waiting inside Qt's event loop ------------------------------------------------------------


def wait_until(condition: Callable[[], object], what: str, timeout: float = 30.0) -> None:
    """Let the app run until ``condition()`` holds; :class:`Failed` after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    while not condition():
        if time.monotonic() > deadline:
            raise Failed(f"gave up waiting for {what}")
        QTimer.singleShot(50, loop.quit)
        loop.exec()


def settle(ms: int = SETTLE_MS) -> None:
    """Let the app lay out and paint what just changed."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def close(dialog: QWidget) -> None:
    """Close a dialog without taking its offer: a message box by its escape button (No,
    Cancel, Keep waiting), any other dialog as Cancel does."""
    if not dialog.isVisible():
        return
    if isinstance(dialog, QMessageBox) and dialog.escapeButton() is not None:
        dialog.escapeButton().click()
    elif isinstance(dialog, QDialog):
        dialog.reject()
    else:
        dialog.close()


def modal(open_it: Callable[[], object], then: Callable[[QWidget], None]) -> None:
    """``open_it()`` opens a modal dialog and returns once it is closed (the app's own
    ``exec()``); ``then(dialog)`` runs inside that dialog's event loop once it is up, and
    the dialog is closed after it (unless ``then`` closed it)."""
    before = QApplication.activeModalWidget()
    opened: list[QWidget] = []
    errors: list[BaseException] = []
    returned = False

    def when_up() -> None:
        dialog = QApplication.activeModalWidget()
        if returned:
            return
        if dialog is None or dialog is before or not dialog.isVisible():
            QTimer.singleShot(50, when_up)
            return
        opened.append(dialog)
        try:
            settle()
            then(dialog)
        except BaseException as exc:  # noqa: BLE001 - raised again once exec() returns
            errors.append(exc)
        finally:
            close(dialog)

    QTimer.singleShot(0, when_up)
    open_it()
    returned = True
    if errors:
        raise errors[0]
    if not opened:
        raise Failed(f"no dialog opened by {open_it}")


# -- pictures ------------------------------------------------------------------------------


class Camera:
    def __init__(self, out: Path, language: str) -> None:
        self.out = out
        self.language = language
        self.written: list[Path] = []

    def _save(self, image: QImage, name: str) -> None:
        assert name in PICTURES, name
        path = self.out / f"{name}-{self.language}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path)):
            raise Failed(f"cannot write {path}")
        self.written.append(path)
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    def screen(self, window: QWidget, name: str) -> None:
        """The window as it is on screen, with whatever pops up over it."""
        screen = QGuiApplication.primaryScreen()
        frame = window.frameGeometry()
        picture = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        self._save(picture.toImage(), name)

    def dialog(self, dialog: QWidget, name: str) -> None:
        """The dialog's own window, under a bar with its title."""
        body = dialog.grab().toImage()
        image = QImage(body.width() + 2, body.height() + TITLE_BAR + 1, QImage.Format.Format_RGB32)
        image.fill(QColor("#8c8c8c"))  # the 1-pixel border
        painter = QPainter(image)
        painter.fillRect(QRect(1, 1, body.width(), TITLE_BAR - 1), QColor("#e4e4e4"))
        font = QFont(dialog.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#202020"))
        painter.drawText(
            QRect(1, 1, body.width(), TITLE_BAR - 1),
            Qt.AlignmentFlag.AlignCenter,
            dialog.windowTitle() or QCoreApplication.applicationName(),
        )
        painter.drawImage(1, TITLE_BAR, body)
        painter.end()
        self._save(image, name)


# -- the tour --------------------------------------------------------------------------------


@contextmanager
def feed_server(folder: Path) -> Iterator[str]:
    """A local web server for ``folder``: the source form's Test fetches from it."""
    handler = functools.partial(Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class Tour:
    """Opens what the analyst opens, in order, and captures each."""

    def __init__(self, session: Session, camera: Camera, documents: Path, feeds: str) -> None:
        self.session = session
        self.window: MainWindow = session.window
        self.camera = camera
        self.documents = documents
        self.feeds = feeds
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
        form.address.setText(f"{self.feeds}/{FEED.name}")
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


# -- one language, in a process of its own ----------------------------------------------------


def neutral_home(scratch: Path) -> Path:
    """A home folder of its own in ``scratch`` (with Documents, and Qt's settings such as
    the file dialog's history), so that no picture shows this computer's files or user;
    the caches stay where they are (the converted model is there). Returns the Documents
    folder, also the working folder (where the OPML dialogs open)."""
    os.environ.setdefault("XDG_CACHE_HOME", str(Path.home() / ".cache"))
    home = scratch / "analyst"
    documents = home / "Documents"
    config = home / ".config"
    documents.mkdir(parents=True)
    config.mkdir()
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{documents}"\n', encoding="utf-8")
    os.environ.update(HOME=str(home), XDG_CONFIG_HOME=str(config))
    os.chdir(documents)
    return documents


def demo_folder(*, fresh: bool) -> None:
    """Build the demo folder when it is missing (``fresh``: or when its polls come due)."""
    database = DEMO / "pushback.db"
    if not database.exists() or (fresh and time.time() - database.stat().st_mtime > DEMO_FRESH_FOR):
        demo.build(DEMO)


def one_language(language: str, out: Path) -> int:
    demo_folder(fresh=False)
    scratch = Path(tempfile.mkdtemp(prefix="pushback-screenshots-"))
    try:
        documents = neutral_home(scratch)
        data = Path.home() / ".local" / "share" / "pushback-monitor"  # where the app keeps it
        shutil.copytree(DEMO, data)
        save_settings(data, {("language",): language})
        # The widget-based file dialogs, whatever the desktop: in the app's language.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
        camera = Camera(out, language)
        with feed_server(FEED.parent) as feeds:
            session = start(Locations.resolve(data_dir=data))
            tour = Tour(session, camera, documents, feeds)

            def run() -> None:
                try:
                    tour.run()
                except Exception:  # noqa: BLE001 - said, and the app ends with an error
                    traceback.print_exc()
                    session.app.exit(1)
                    return
                session.app.quit()

            QTimer.singleShot(0, run)
            code = session.run()
        missing = sorted(set(PICTURES) - {p.name.rsplit("-", 1)[0] for p in camera.written})
        if missing:
            print(f"{language}: not captured: {', '.join(missing)}", file=sys.stderr)
        return code
    finally:
        os.chdir(ROOT)
        shutil.rmtree(scratch, ignore_errors=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", choices=LANGUAGES, help="only this language")
    parser.add_argument("--out", type=Path, default=OUT, help="where the pictures go")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    if args.language:
        sys.stdout.flush()
        end_process(one_language(args.language, out))  # the app's own way out
    demo_folder(fresh=True)  # once, before the languages' processes copy it
    failed = 0
    for language in LANGUAGES:
        done = subprocess.run(
            [sys.executable, __file__, "--language", language, "--out", str(out)], check=False
        )
        failed += done.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
