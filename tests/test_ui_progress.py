"""Progress in the app: the status bar shows every task the same way, a dialog appears
only for waited-on work still running after 0.6 s (a fake clock decides, nothing sleeps),
named for its task, with Cancel only for work that can stop, and the engine's copies of
its config and thresholds reach the GUI thread by signal."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from desktop import Desktop
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from monitor.config import FeedsFile
from monitor.models import CATEGORY_IDS
from monitor.progress import Cancelled, Progress, Stoppable, Task
from ui.i18n import Languages
from ui.progress import DIALOG_AFTER, ProgressView, show_progress, view_of


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def english(qapp: QApplication) -> None:
    """The English texts with their plural forms, whichever tests ran before."""
    Languages(qapp).apply("en")


@pytest.fixture
def view(qtbot: QtBot, clock: FakeClock, english: None) -> Iterator[ProgressView]:
    window = QMainWindow()
    qtbot.addWidget(window)
    shown = ProgressView(window, clock=clock)
    window.statusBar().addPermanentWidget(shown.label)
    window.statusBar().addPermanentWidget(shown.bar)
    window.show()
    yield shown


def test_a_dialog_only_after_six_tenths_of_a_second(
    qtbot: QtBot, view: ProgressView, clock: FakeClock
) -> None:
    progress = Progress(Task.BRIEF)
    view.show(progress, dialog=True)
    assert view.label.text() == "Writing the brief…"
    clock.now += DIALOG_AFTER - 0.1
    view.refresh()
    assert view.dialog_for(progress) is None
    clock.now += 0.2
    qtbot.waitUntil(lambda: view.dialog_for(progress) is not None)  # the view's own timer
    dialog = view.dialog_for(progress)
    assert dialog is not None and dialog.isVisible()
    assert dialog.labelText() == "Writing the brief…"
    progress.close()
    qtbot.waitUntil(lambda: view.showing() == [])
    assert not isValid(dialog) or not dialog.isVisible()  # hidden, then deleted
    assert not view.label.isVisible()


def test_work_that_ends_quickly_never_shows_a_dialog(
    qtbot: QtBot, view: ProgressView, clock: FakeClock
) -> None:
    progress = Progress(Task.BACKUP)
    view.show(progress, dialog=True)
    clock.now += 0.3
    progress.close()
    view.refresh()
    clock.now += 5
    view.refresh()
    assert view.dialog_for(progress) is None and view.showing() == []
    assert not view.label.isVisible()


def test_background_work_stays_in_the_status_bar(
    qtbot: QtBot, view: ProgressView, clock: FakeClock
) -> None:
    progress = Progress(Task.POLL, total=20)
    view.show(progress)
    clock.now += 10
    view.refresh()
    assert view.dialog_for(progress) is None
    assert view.label.isVisible() and view.label.text() == "Polling: 0 of 20 sources done"
    progress.close()


def test_progress_from_a_worker_thread_is_shown(qtbot: QtBot, view: ProgressView) -> None:
    progress = Progress(Task.CLASSIFY, total=10)
    view.show(progress)
    worker = threading.Thread(target=lambda: [progress.advance() for _ in range(3)])
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: view.label.text() == "Classifying: 3 of 10 items")
    assert (view.bar.maximum(), view.bar.value()) == (10, 3)
    progress.close()
    qtbot.waitUntil(lambda: not view.label.isVisible())


def test_the_latest_counted_task_is_shown_with_the_number_of_others(view: ProgressView) -> None:
    round_ = Progress(Task.POLL, total=2)
    busy = Progress(Task.POLL)
    view.show(round_)
    view.show(busy, title="Polling NOS")
    assert view.label.text() == "Polling: 0 of 2 sources done  (+1)"
    round_.close()
    view.refresh()
    assert view.label.text() == "Polling NOS"
    assert (view.bar.minimum(), view.bar.maximum()) == (0, 0)  # busy
    busy.close()


def test_other_code_finds_the_windows_view(qtbot: QtBot, view: ProgressView) -> None:
    from PySide6.QtWidgets import QDialog

    window = view.window
    dialog = QDialog(window)  # e.g. the brief dialog, over the main window
    assert view_of(dialog) is view
    progress = Progress()
    assert show_progress(dialog, progress, title="Saving") is view
    assert view.label.text() == "Saving"
    progress.close()


def opened_dialog(
    qtbot: QtBot, view: ProgressView, clock: FakeClock, progress: Progress
) -> QProgressDialog:
    clock.now += DIALOG_AFTER + 0.1
    view.refresh()
    dialog = view.dialog_for(progress)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_a_dialog_names_its_task_what_it_counts_and_leaves_room_for_its_text(
    qtbot: QtBot, view: ProgressView, clock: FakeClock
) -> None:
    progress = Progress(Task.BRIEF, total=3)
    view.show(progress, title="Writing pushback-brief-2026-W48-en.pdf", dialog=True)
    progress.advance(2)
    dialog = opened_dialog(qtbot, view, clock, progress)
    assert dialog.windowTitle() == "Writing the brief"
    assert dialog.labelText() == "Writing pushback-brief-2026-W48-en.pdf: step 2 of 3"
    label = dialog.findChild(QLabel)
    assert label is not None
    text_ends = label.x() + label.contentsRect().x()
    text_ends += label.fontMetrics().horizontalAdvance(label.text())
    assert dialog.width() - text_ends >= 20  # not against the edge
    assert dialog.findChild(QPushButton) is None  # this work cannot be stopped
    progress.close()
    counted = Progress(Task.BACKUP, total=200)
    counted.advance(50)
    assert view.describe(counted.snapshot()) == "Backing up the database: 25 % copied"


def test_work_that_can_stop_offers_cancel_and_stops_at_its_next_report(
    qtbot: QtBot, view: ProgressView, clock: FakeClock
) -> None:
    progress = Stoppable(Task.BRIEF, total=3)
    view.show(progress, title="Writing brief.pdf", dialog=True)
    dialog = opened_dialog(qtbot, view, clock, progress)
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    assert progress.stopped and view.dialog_for(progress) is None
    assert view.label.text() == "Writing brief.pdf: cancelling…"  # until the work ends
    with pytest.raises(Cancelled):
        progress.advance()
    progress.close()
    view.refresh()
    assert view.showing() == [] and not view.label.isVisible()


def test_a_brief_cancelled_while_it_is_written_is_not_saved(
    qtbot: QtBot, desktop: Desktop, tmp_path: Path
) -> None:
    dialog = desktop.window.brief_dialog()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.preview.toPlainText()), timeout=20_000)
    target = tmp_path / "brief.docx"
    dialog.save_to(target)
    view = view_of(dialog)
    assert view is not None
    (progress,) = [shown for shown in view.showing() if shown.task is Task.BRIEF]
    assert isinstance(progress, Stoppable)
    progress.stop()  # as its dialog's Cancel does
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20_000)
    assert dialog.outcome.text() == "Cancelled: nothing was saved."
    assert dialog.saved is None and not target.exists()


def test_the_window_shows_the_poll_round_and_reads_the_engines_copies(
    qtbot: QtBot, desktop: Desktop
) -> None:
    host, window = desktop.host, desktop.window
    assert view_of(window) is window.status.progress_view
    with qtbot.waitSignal(host.progress_started) as started:
        host.poll_now()
    progress = started.args[0]
    assert progress.task is Task.POLL and progress.total == 2
    qtbot.waitUntil(lambda: progress.finished, timeout=20_000)
    assert progress.done == 2

    edited = desktop.locations.feeds_path.read_text().replace("NOS Nieuws", "NOS")
    desktop.locations.feeds_path.write_text(edited)
    config = FeedsFile.load(desktop.locations.feeds_path).config
    with qtbot.waitSignal(host.config_changed):
        host.reload(config)
    assert host.config is config and host.config.source("nos").name == "NOS"


def test_loading_the_classifier_and_its_backlog_report_progress(
    qtbot: QtBot, app_with_model: object
) -> None:
    from types import MappingProxyType

    from conftest import write_feeds
    from uidata import STORIES, populate

    from monitor.config import Locations
    from ui.engine_host import ClassifierState, EngineHost

    locations = Locations.resolve()
    write_feeds(locations.feeds_path, [])
    populate(locations.db_path)  # classified by another model: waiting for this one
    host = EngineHost(locations, FeedsFile.load(locations.feeds_path).config)
    started: list[Progress] = []
    host.progress_started.connect(started.append)
    states: list[tuple[object, str]] = []
    host.classifier_status.connect(lambda state, detail: states.append((state, detail)))
    try:
        with qtbot.waitSignal(host.classifier_ready, timeout=60_000) as ready:
            host.start_classifier()
        assert ready.args == [True]
        qtbot.waitUntil(lambda: bool(states) and states[-1][0] is ClassifierState.READY)
        assert states[0] == (ClassifierState.LOADING, "")
        assert {state for state, _ in states[:-1]} == {ClassifierState.LOADING}
        assert states[-1][1]  # the model version
        qtbot.waitUntil(lambda: len(started) == 2 and started[1].finished, timeout=60_000)
        load, backlog = started
        assert load.task is Task.LOAD and load.finished
        assert backlog.task is Task.CLASSIFY
        assert backlog.done == backlog.total == len(STORIES)
        assert isinstance(host.thresholds, MappingProxyType)
        assert set(host.thresholds) == set(CATEGORY_IDS)
    finally:
        host.close()
