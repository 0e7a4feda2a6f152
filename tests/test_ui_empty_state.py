"""An empty queue says what is happening and what to do next, instead of a blank table;
a filter that matches nothing says so and clears; offline is said once, not per source."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from desktop import Desktop
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from monitor.models import Outcome, SourceReport
from monitor.progress import Progress, Task
from monitor.store import Queue
from ui.navigator import Place
from ui.progress import show_progress

DNS = "cannot connect: [Errno -2] Name or service not known"
OFFLINE = "No network: the computer seems to be offline — 2 sources could not be reached"


def _open(qtbot: QtBot, desktop: Desktop, queue: Queue) -> None:
    desktop.window.navigator.go(Place(queue=queue))
    qtbot.waitUntil(lambda: desktop.window.model.rowCount() == 0)


def test_a_queue_with_rows_shows_them(desktop: Desktop) -> None:
    assert desktop.window.model.rowCount() > 0
    assert not desktop.window.empty_state.isVisible()


def test_a_filter_that_matches_nothing_says_so_and_clears(qtbot: QtBot, desktop: Desktop) -> None:
    window, empty = desktop.window, desktop.window.empty_state
    rows = window.model.rowCount()
    window.filters.search.setText("zanzibarquux")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert empty.isVisible()
    assert empty.geometry() == window.table.viewport().rect()  # covers the rows' place
    assert empty.title.text() == "No items match these filters"
    assert empty.hint.text() == "Clear the search and the filters to see the whole list."
    assert empty.clear_button.isVisible() and empty.clear_button.text() == "Clear filters"
    assert not empty.poll_button.isVisible()

    qtbot.mouseClick(empty.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == rows)
    assert window.filters.search.text() == ""
    assert not empty.isVisible()


def test_an_empty_queue_says_what_polls_and_where_sources_are_added(
    qtbot: QtBot, desktop: Desktop
) -> None:
    window, empty = desktop.window, desktop.window.empty_state
    _open(qtbot, desktop, Queue.ESCALATED)
    assert empty.isVisible()
    assert empty.title.text() == "No escalated items"  # not "no match": nothing filters it
    assert empty.activity.text() == "Polling 2 sources"
    assert not empty.bar.isVisible()
    assert empty.hint.text() == (
        "Items you escalate in To review appear here. More sources: File › Sources… (Ctrl+Shift+S)."
    )
    assert empty.poll_button.text() == "Poll now (F5)"
    assert empty.sources_button.text() == "Sources… (Ctrl+Shift+S)"

    soon = datetime.now(UTC) + timedelta(minutes=12)
    window.status._next_runs({"nos": soon, "guardian": None})
    at = soon.astimezone().strftime("%H:%M")
    assert empty.activity.text() == f"Polling 2 sources · next poll {at}"

    opened: list[str] = []
    window.dialogs.open_sources = lambda: opened.append("sources")  # type: ignore[method-assign]
    qtbot.mouseClick(empty.sources_button, Qt.MouseButton.LeftButton)
    assert opened == ["sources"]

    window.status.pause_button.setChecked(True)
    assert empty.activity.text() == "Polling is paused"
    window.status.pause_button.setChecked(False)


def test_the_first_work_shows_its_progress_in_the_empty_queue(
    qtbot: QtBot, desktop: Desktop
) -> None:
    window, empty = desktop.window, desktop.window.empty_state
    _open(qtbot, desktop, Queue.ESCALATED)
    loading = Progress(Task.LOAD)
    show_progress(window, loading)
    assert empty.activity.text() == "Preparing the classifier…"
    assert empty.bar.isVisible() and empty.bar.maximum() == 0  # busy: no total known

    backlog = Progress(Task.CLASSIFY, total=300)
    backlog.advance(120)
    show_progress(window, backlog)
    loading.close()
    # the status bar's line, once the loading is gone from it
    qtbot.waitUntil(lambda: window.status.polls.text() == "Classifying: 120 of 300 items")
    assert empty.activity.text() == "Classifying: 120 of 300 items"
    assert (empty.bar.value(), empty.bar.maximum()) == (120, 300)

    backlog.close()
    qtbot.waitUntil(lambda: empty.activity.text() == "Polling 2 sources")
    assert not empty.bar.isVisible()


def _open_review_empty(qtbot: QtBot, desktop: Desktop) -> None:
    # To review holds the fixture's items: a score no item reaches empties it, a filter
    desktop.window.filters.min_score.setValue(0.99)
    qtbot.waitUntil(lambda: desktop.window.model.rowCount() == 0)


def test_offline_is_said_once_in_the_status_bar_and_the_empty_queue(
    qtbot: QtBot, desktop: Desktop
) -> None:
    window, empty, status = desktop.window, desktop.window.empty_state, desktop.window.status
    window.resize(1366, 768)
    _open(qtbot, desktop, Queue.REJECTED)
    # the health read at start is in (it would set the failures again)
    qtbot.waitUntil(lambda: set(window.navigator.source_health()) == {"nos", "guardian"})
    unreachable = (
        "cannot connect: All connection attempts failed ([Errno 101] Network is unreachable)"
    )
    status.set_failing({"nos": DNS, "guardian": unreachable})
    assert status.failures.text() == "⚠ " + OFFLINE
    assert status.failures.toolTip().startswith(OFFLINE)
    assert empty.network.isVisible() and empty.network.text() == OFFLINE
    assert empty.activity.text() == "Polling 2 sources"  # still, on schedule
    assert empty.hint.text().startswith(
        "The sources are polled again on schedule; Poll now tries at once. More sources:"
    )

    desktop.languages.apply("nl")
    qtbot.waitUntil(lambda: empty.title.text() == "Nog geen afgewezen berichten")
    dutch = "Geen netwerk: de computer lijkt offline te zijn — 2 bronnen konden niet worden bereikt"
    qtbot.waitUntil(lambda: status.failures.text() == "⚠ " + dutch)
    assert empty.network.text() == dutch

    # One source's server failing is that source's failure, not a missing network.
    status.set_failing({"guardian": "HTTP 500"})
    assert status.failures.text() == "⚠ 1 bron mislukt"
    assert not empty.network.isVisible()
    assert empty.activity.text() == "2 bronnen worden gevolgd"


def test_the_review_queue_in_dutch_with_a_filter(qtbot: QtBot, desktop: Desktop) -> None:
    window, empty = desktop.window, desktop.window.empty_state
    desktop.languages.apply("nl")
    _open_review_empty(qtbot, desktop)
    assert empty.title.text() == "Geen berichten voldoen aan deze filters"
    assert empty.clear_button.text() == "Filters wissen"
    qtbot.mouseClick(empty.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    assert window.filters.min_score.value() == 0.0


def test_without_sources_it_says_how_to_add_them(qtbot: QtBot, desktop: Desktop) -> None:
    window, empty = desktop.window, desktop.window.empty_state
    desktop.locations.feeds_path.write_text("version: 1\nsources: []\n", encoding="utf-8")
    window.engine.feeds_changed()
    qtbot.waitUntil(lambda: not window.host.config.sources)
    _open(qtbot, desktop, Queue.CONFIRMED)
    qtbot.waitUntil(lambda: empty.activity.text() == "No sources yet")
    assert empty.title.text() == "No confirmed items yet"
    assert empty.sources_button.text() == "Add sources… (Ctrl+Shift+S)"
    assert not empty.poll_button.isEnabled()
    assert empty.hint.text() == (
        "Add the news sites, blogs and Mastodon, Bluesky or Telegram accounts to watch "
        "under File › Sources… (Ctrl+Shift+S)."
    )


def test_a_first_round_without_network_is_called_offline_as_its_polls_fail(
    qtbot: QtBot, desktop: Desktop
) -> None:
    status = desktop.window.status
    qtbot.waitUntil(lambda: set(desktop.window.navigator.source_health()) == {"nos", "guardian"})
    status.set_failing({})

    def polled(source: str, error: str = "") -> None:
        outcome = Outcome.ERROR if error else Outcome.OK
        status._done(SourceReport(source=source, outcome=outcome, message=error))

    polled("nos", DNS)  # one source cannot tell
    assert status.failures.text() == "⚠ 1 source failing"
    polled("guardian", DNS)  # every source heard from is unreachable
    assert status.failures.text() == "⚠ " + OFFLINE
    polled("nos")  # the network is back
    assert status.offline is None
    assert status.failures.text() == "⚠ 1 source failing"


def test_offline_in_a_crowded_status_bar_says_its_headline(qtbot: QtBot, desktop: Desktop) -> None:
    window, status = desktop.window, desktop.window.status
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: set(window.navigator.source_health()) == {"nos", "guardian"})
    status.set_failing({"nos": DNS, "guardian": DNS})
    qtbot.waitUntil(lambda: status.failures.text() == "⚠ " + OFFLINE)

    # new items and a progress beside it, in a narrow window: the whole does not fit
    status.add_new(3)
    work = Progress(Task.CLASSIFY, total=300)
    show_progress(window, work)
    window.resize(window.minimumSizeHint().width(), 600)
    short = "⚠ No network: the computer seems to be offline"
    qtbot.waitUntil(lambda: status.failures.text() == short)
    assert status.failures.width() >= status.failures.minimumWidth() > 0  # never cut off
    assert status.failures.toolTip().startswith(OFFLINE)

    work.close()
    status.clear_new()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: status.failures.text() == "⚠ " + OFFLINE)
    # a passing message keeps its room
    window.statusBar().showMessage("67 items confirmed — Ctrl+Z undoes", 10_000)
    assert status.failures.text() == short
    window.statusBar().clearMessage()
    qtbot.waitUntil(lambda: status.failures.text() == "⚠ " + OFFLINE)


def test_a_few_dead_addresses_among_working_sources_are_not_offline(
    qtbot: QtBot, desktop: Desktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At start, the stored state says which sources work: two unknown hosts among ten
    sources heard from are two failing sources, not a computer without a network."""
    status, host = desktop.window.status, desktop.host
    first = host.config.sources[0]
    sources = tuple(dataclasses.replace(first, id=f"s{n}") for n in range(10))
    monkeypatch.setattr(host, "_config", dataclasses.replace(host.config, sources=sources))
    status.set_failing({"s0": DNS, "s1": DNS}, reached=[f"s{n}" for n in range(2, 10)])
    assert status.offline is None
    assert status.failures.text() == "⚠ 2 sources failing"
    status.set_failing({f"s{n}": DNS for n in range(9)}, reached=["s9"])
    assert status.offline is not None and status.offline.unreachable == 9
