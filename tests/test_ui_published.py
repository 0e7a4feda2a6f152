"""What the GUI thread reads of the engine: the schedule's pause and the classifier's state
arrive by signal, as copies and enum members, and the status bar follows them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import write_feeds
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from monitor.config import FeedsFile, Locations
from monitor.models import Outcome, SourceReport
from monitor.scheduler import ScheduleEvent
from ui.engine_host import ClassifierState, EngineHost
from ui.status_panel import StatusPanel


@pytest.fixture
def host() -> Iterator[EngineHost]:
    locations = Locations.resolve()
    locations.ensure()
    write_feeds(locations.feeds_path, [])
    engine = EngineHost(locations, FeedsFile.load(locations.feeds_path).config)
    yield engine
    engine.close()


@pytest.fixture
def panel(qtbot: QtBot, host: EngineHost) -> StatusPanel:
    window = QMainWindow()
    qtbot.addWidget(window)
    shown = StatusPanel(host, window.statusBar(), {})
    window.show()
    return shown


def _scheduled(event: ScheduleEvent) -> bool:
    return event.kind == "scheduled"


def test_pause_and_resume_reach_the_gui_thread_as_a_copy(qtbot: QtBot, host: EngineHost) -> None:
    # The jobs are set up once the schedule exists, so a pause after this has one to pause.
    with qtbot.waitSignal(host.schedule_event, check_params_cb=_scheduled):
        host.start_schedule()
    assert not host.paused
    with qtbot.waitSignal(host.paused_changed) as paused:
        host.pause()
    assert paused.args == [True]
    assert host.paused
    with qtbot.waitSignal(host.paused_changed) as resumed:
        host.resume()
    assert resumed.args == [False]
    assert not host.paused


def test_paused_is_what_the_engine_last_published(qtbot: QtBot, host: EngineHost) -> None:
    # No schedule runs yet: the engine has nothing to pause, and says so.
    with qtbot.waitSignal(host.paused_changed) as paused:
        host.pause()
    assert paused.args == [False]
    assert not host.paused
    # The GUI thread reads the copy, never the engine's scheduler (there is none here).
    host.paused_changed.emit(True)
    assert host.paused


def test_a_switched_off_classifier_is_announced_as_a_member(
    qtbot: QtBot, host: EngineHost, panel: StatusPanel
) -> None:
    (host.locations.data_dir / "settings.yaml").write_text(
        "version: 1\nclassifier:\n  enabled: false\n", encoding="utf-8"
    )
    states: list[object] = []
    host.classifier_status.connect(lambda state, _: states.append(state))
    with qtbot.waitSignal(host.classifier_ready) as ready:
        host.start_classifier()
    assert ready.args == [False]
    qtbot.waitUntil(lambda: ClassifierState.OFF in states)
    assert all(isinstance(state, ClassifierState) for state in states)
    assert states[0] is ClassifierState.LOADING and states[-1] is ClassifierState.OFF
    assert panel.classifier_state == (ClassifierState.OFF, "")
    assert panel.classifier.text() == "Classifier off"
    assert panel.classifier.toolTip() == "Classifier switched off in the settings"


def test_the_status_panel_follows_the_classifier_state(
    qtbot: QtBot, host: EngineHost, panel: StatusPanel
) -> None:
    label = panel.classifier
    host.classifier_status.emit(ClassifierState.LOADING, "reading the model")
    assert panel.classifier_state[0] is ClassifierState.LOADING
    assert label.text() == "" and not label.isVisible()  # loading is shown as progress
    host.classifier_status.emit(ClassifierState.READY, "e5-2026-11")
    assert panel.classifier_state[0] is ClassifierState.READY
    # A short word in the status bar (it shares the room with the messages), the whole
    # story in the tooltip.
    assert label.text() == "Classifier ready"
    assert label.toolTip() == "Classifier ready (model e5-2026-11)"
    assert label.isVisible() and label.styleSheet() == ""
    host.classifier_status.emit(ClassifierState.FAILED, "model.npz is damaged")
    assert label.text() == "Classifier unavailable"
    assert label.toolTip() == (
        "Classifier unavailable (model.npz is damaged); new items wait unclassified"
    )
    assert "#c62828" in label.styleSheet()
    host.classifier_status.emit(ClassifierState.OFF, "")
    assert label.text() == "Classifier off"
    assert label.toolTip() == "Classifier switched off in the settings"
    assert label.styleSheet() == ""


def test_the_status_panel_counts_a_failed_poll_by_its_outcome(panel: StatusPanel) -> None:
    panel._done(SourceReport(source="nos", outcome=Outcome.ERROR, message="timed out"))
    assert panel.failing == {"nos": "timed out"}
    panel._done(SourceReport(source="nos", outcome=Outcome.NOT_MODIFIED))
    assert panel.failing == {}
