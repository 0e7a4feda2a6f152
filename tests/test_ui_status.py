"""The status bar tells the truth in the room it has: what matters first, cut with "…"
only at the end, the whole message in the tooltip; failures are counted by
:mod:`monitor.health`, so a switched-off source never is one, before or after a restart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop import Desktop
from pytestqt.qtbot import QtBot

from monitor.classify.taxonomy import load_taxonomy
from monitor.config import FeedsFile
from monitor.health import Health
from monitor.models import Outcome, SourceReport
from monitor.store import Store
from ui.engine_host import EngineHost
from ui.main_window import MainWindow


def failed_round(total: int) -> list[SourceReport]:
    return [
        SourceReport(source=f"s{n}", outcome=Outcome.ERROR, message="cannot connect")
        for n in range(total)
    ]


def test_a_narrow_window_still_shows_how_many_sources_failed(
    qtbot: QtBot, desktop: Desktop
) -> None:
    window = desktop.window
    label = window.status.message
    desktop.languages.apply("nl")
    qtbot.waitUntil(lambda: window.action("poll").text() == "Nu ophalen")
    window.resize(window.minimumSizeHint().width(), 600)
    window.status.set_failing({"guardian": "HTTP 500"})
    window.status.add_new(1)

    window.engine.poll_finished(failed_round(9))
    message = window.statusBar().currentMessage()
    assert message == "Ophalen klaar: 9 van 9 bronnen mislukt · 0 nieuwe berichten"
    assert label.toolTip() == message
    qtbot.waitUntil(lambda: label.text().startswith("Ophalen klaar: 9 van 9 bronnen mislukt"))
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())

    # A message longer than the room left: cut at the end, whole in the tooltip.
    long = "Ophalen mislukt: " + "kan geen verbinding maken met de server " * 8
    window.statusBar().showMessage(long, 10_000)
    assert label.text().startswith("Ophalen mislukt: kan geen") and label.text().endswith("…")
    assert len(label.text()) < len(long) and label.toolTip() == long
    window.statusBar().clearMessage()
    assert label.text() == "" and label.toolTip() == ""


def test_the_thresholds_message_says_what_changed_first(desktop: Desktop) -> None:
    from monitor.store import Changes

    window = desktop.window
    window.engine._reflagged(Changes.of_items(desktop.ids[:1]))
    assert window.statusBar().currentMessage() == (
        "New thresholds applied: 1 item flagged differently · Ctrl+R shows it"
    )
    window.engine._reflagged(Changes.of_items([]))
    assert window.statusBar().currentMessage() == (
        "New thresholds applied: no item is flagged differently"
    )


def _failed(desktop: Desktop, source: str) -> None:
    now = datetime.now(UTC)
    store = Store.open(desktop.locations.db_path)
    try:
        store.record_failure(
            source, "HTTP 500", started=now, finished=now, next_poll=now + timedelta(hours=1)
        )
    finally:
        store.close()


def test_a_switched_off_source_is_not_failing_then_or_after_a_restart(
    qtbot: QtBot, desktop: Desktop
) -> None:
    window, feeds = desktop.window, desktop.locations.feeds_path
    _failed(desktop, "guardian")
    window.engine.read_health()
    qtbot.waitUntil(lambda: window.status.failing == {"guardian": "HTTP 500"})
    assert window.status.failures.text() == "⚠ 1 source failing"

    # Switched off in the sources dialog (which then reloads feeds.yaml).
    text = feeds.read_text(encoding="utf-8")
    feeds.write_text(text.replace("language: en}", "language: en, enabled: false}"), "utf-8")
    window.engine.feeds_changed()
    qtbot.waitUntil(lambda: window.navigator.source_health().get("guardian") == Health.OFF)
    assert window.status.failing == {}
    assert window.status.failures.isHidden()
    # A report still arriving from its last poll does not count either.
    window.status._done(SourceReport(source="guardian", outcome=Outcome.ERROR, message="late"))
    assert window.status.failing == {}
    window.close()

    host = EngineHost(desktop.locations, FeedsFile.load(feeds).config)
    again = MainWindow(host, load_taxonomy())
    try:
        qtbot.addWidget(again)
        again.show()
        qtbot.waitUntil(lambda: again.navigator.source_health().get("guardian") == Health.OFF)
        assert again.navigator.source_health()["nos"] != Health.FAILING
        assert again.status.failing == {}
        assert again.status.failures.isHidden()
    finally:
        again.close()
        host.close()
