"""The desktop app, driven as an analyst would: keyboard triage, undo, filters, sources,
notifications, privacy. Offscreen; every wait is on a signal or a condition."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from conftest import FEEDS
from desktop import Desktop
from feedserver import FeedServer, Reply
from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QTextDocument, QTextTable
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot
from storedata import new_item, save
from uidata import STORIES

from monitor.classify.taxonomy import load_taxonomy
from monitor.config import FeedsFile, Locations
from monitor.errors import StoreUnavailable
from monitor.models import SourceReport
from monitor.store import Store
from ui.app import has_display
from ui.detail_html import TICK, render, tint
from ui.engine_host import EngineHost
from ui.main_window import MainWindow
from ui.navigator import Place


def flagged_ids(desktop: Desktop) -> list[int]:
    """The review queue as the window shows it (newest first)."""
    return [desktop.window.model.item_id(row) for row in range(desktop.window.model.rowCount())]


# -- triage ------------------------------------------------------------------------------


def test_the_review_queue_shows_flagged_items_newest_first(desktop: Desktop) -> None:
    flagged = [
        i for i, s in zip(desktop.ids, STORIES, strict=True) if max(s.scores.values()) >= 0.5
    ]
    assert flagged_ids(desktop) == flagged  # the weather report is not in the queue
    model = desktop.window.model
    assert model.index(0, 2).data() == STORIES[0].title
    assert model.index(0, 0).data() == "0.93"
    assert model.index(0, 1).data() == "Anti-aid"
    assert "To review" in desktop.window.queue_title.text()
    assert desktop.window.table.currentIndex().row() == 0  # the first item is selected
    assert STORIES[0].title in desktop.window.detail.browser.toPlainText()


def test_a_day_of_triage_from_the_keyboard(qtbot: QtBot, desktop: Desktop) -> None:
    first, second, third, fourth = flagged_ids(desktop)[:4]
    desktop.key(qtbot, "c")  # confirm; the next item is selected
    assert desktop.window.current_id() == second
    desktop.key(qtbot, "x")  # reject: not pushback
    assert desktop.window.current_id() == third
    desktop.key(qtbot, "e")  # escalate
    assert desktop.window.current_id() == fourth
    desktop.key(qtbot, "k")  # back up to the escalated one …
    assert desktop.window.current_id() == third
    desktop.key(qtbot, "j")
    desktop.key(qtbot, "1")  # … then add "anti_gender" to the fourth: it stays selected
    assert desktop.window.current_id() == fourth
    desktop.settled(qtbot)
    assert desktop.stored(first)[:2] == ("confirmed", ["anti_aid"])
    assert desktop.stored(second)[:2] == ("rejected", [])
    assert desktop.stored(third)[0] == "escalated"
    assert desktop.stored(fourth)[:2] == ("confirmed", ["anti_gender", "anti_srhr"])
    assert desktop.window.category_actions[0].isChecked()
    assert "Decisions" in desktop.window.detail.browser.toPlainText()
    desktop.key(qtbot, "3")  # anti_srhr off
    desktop.settled(qtbot)
    assert desktop.stored(fourth)[1] == ["anti_gender"]
    # Decided rows stay in place (dimmed) until the list is refreshed with Ctrl+R.
    assert desktop.window.model.row_of(first) == 0
    desktop.key(qtbot, "r", Qt.KeyboardModifier.ControlModifier)
    assert first not in flagged_ids(desktop) and third not in flagged_ids(desktop)


def test_a_note_is_written_with_n(qtbot: QtBot, desktop: Desktop) -> None:
    item = desktop.window.current_id()
    assert item is not None

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Bron nagaan bij de ambassade")
        dialog.accept()

    QTimer.singleShot(0, answer)
    desktop.key(qtbot, "n")
    desktop.settled(qtbot)
    assert desktop.stored(item) == ("pending", ["anti_aid"], "Bron nagaan bij de ambassade")
    assert desktop.window.current_id() == item  # a note is not a verdict: no moving on
    qtbot.waitUntil(lambda: "Bron nagaan" in desktop.window.detail.browser.toPlainText())
    desktop.key(qtbot, "z", Qt.KeyboardModifier.ControlModifier)
    desktop.settled(qtbot)
    assert desktop.stored(item)[2] is None  # the note before it: none
    assert desktop.decisions(item) == ["note", "undo"]  # an undo, as the log promises


def test_a_decision_the_database_cannot_take_yet_is_kept_and_retried(
    qtbot: QtBot, desktop: Desktop
) -> None:
    """While the database is busy in another program, decisions wait in order, the status
    bar says so, and they are written once it clears: none is lost, none overtakes."""
    first, second = flagged_ids(desktop)[:2]
    triage = desktop.window.triage
    write, refusals = triage.write, [2]

    def busy_at_first(work: Any) -> Future[object]:
        if refusals[0]:
            refusals[0] -= 1
            refused: Future[object] = Future()
            refused.set_exception(StoreUnavailable("p.db: the database is busy", "busy"))
            return refused
        return write(work)

    triage.write = busy_at_first
    desktop.key(qtbot, "c")
    desktop.key(qtbot, "x")
    qtbot.waitUntil(desktop.window.unsaved.isVisible)
    assert desktop.window.unsaved.text() == "⚠ 2 decisions not saved"
    assert "busy" in desktop.window.unsaved.toolTip()
    assert desktop.stored(first)[0] == "pending"
    desktop.window.unsaved.click()  # try now rather than wait for the timer
    desktop.settled(qtbot)
    qtbot.waitUntil(lambda: not desktop.window.unsaved.isVisible())
    assert desktop.stored(first)[0] == "confirmed"
    assert desktop.stored(second)[0] == "rejected"
    assert triage.stack.count() == 2  # both can still be undone


def test_most_uncertain_first_selects_the_first_of_that_order(
    qtbot: QtBot, desktop: Desktop
) -> None:
    desktop.key(qtbot, "j")
    desktop.key(qtbot, "u")
    window = desktop.window
    assert window.model.query.sort == "uncertain"
    assert window.table.currentIndex().row() == 0
    assert window.selected_ids() == [window.model.item_id(0)]
    assert "most uncertain first" in window.queue_title.text()
    first = window.current_id()
    desktop.key(qtbot, "c")  # a decision acts on what is selected
    desktop.settled(qtbot)
    assert first is not None and desktop.stored(first)[0] == "confirmed"
    desktop.key(qtbot, "u")  # back to newest first
    assert "most uncertain" not in window.queue_title.text()
    assert window.current_id() is not None


def test_a_local_fault_is_not_counted_against_the_sources(desktop: Desktop) -> None:
    window = desktop.window
    message = "pushback.db: the disk is full; the batch of nos was not saved"
    reports = [
        SourceReport(source=s, outcome="error", message=message, local=True) for s in ("nos", "hrw")
    ]
    window.engine.poll_finished(reports)
    assert "could not store what it fetched: " + message in window.statusBar().currentMessage()
    for report in reports:
        window.status._done(report)
    assert window.status.failing == {}


def test_undo_and_redo_append_to_the_log(qtbot: QtBot, desktop: Desktop) -> None:
    first, second = flagged_ids(desktop)[:2]
    desktop.key(qtbot, "c")
    desktop.key(qtbot, "x")
    desktop.settled(qtbot)
    assert desktop.window.action("undo").text() == "Undo Reject"
    desktop.key(qtbot, "z", Qt.KeyboardModifier.ControlModifier)
    desktop.settled(qtbot)
    assert desktop.stored(second)[0] == "pending"
    assert desktop.window.current_id() == second  # the undone item is shown
    desktop.key(qtbot, "z", Qt.KeyboardModifier.ControlModifier)
    desktop.settled(qtbot)
    assert desktop.stored(first)[0] == "pending"
    desktop.key(qtbot, "z", Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    desktop.settled(qtbot)
    assert desktop.stored(first)[:2] == ("confirmed", ["anti_aid"])
    assert desktop.decisions(first) == ["confirm", "undo", "confirm"]  # nothing is deleted
    assert desktop.decisions(second) == ["reject", "undo"]
    assert desktop.window.action("redo").isEnabled()


def test_h_m_l_confirm_with_a_severity(qtbot: QtBot, desktop: Desktop) -> None:
    first, second, third = flagged_ids(desktop)[:3]
    desktop.key(qtbot, "h")
    desktop.key(qtbot, "m")
    desktop.key(qtbot, "l")
    desktop.settled(qtbot)
    severities = {}
    store = Store.open(desktop.locations.db_path)
    try:
        for item_id in (first, second, third):
            item = store.item(item_id)
            assert item is not None and item.status == "confirmed"
            severities[item_id] = item.severity
    finally:
        store.close()
    assert severities == {first: "high", second: "medium", third: "low"}
    assert desktop.window.action("undo").text() == "Undo Confirm, severity low"
    desktop.key(qtbot, "k")
    assert desktop.window.current_id() == third
    assert "confirmed · severity low" in desktop.window.detail.browser.toPlainText()
    desktop.key(qtbot, "z", Qt.KeyboardModifier.ControlModifier)
    desktop.settled(qtbot)
    assert desktop.stored(third)[0] == "pending"


def test_bulk_decisions_apply_to_the_selection_and_undo_as_one(
    qtbot: QtBot, desktop: Desktop
) -> None:
    ids = flagged_ids(desktop)[:3]
    desktop.window.table.selectRow(0)
    qtbot.keyClick(desktop.window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(desktop.window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert desktop.window.selected_ids() == ids
    desktop.key(qtbot, "x")
    desktop.settled(qtbot)
    assert [desktop.stored(i)[0] for i in ids] == ["rejected"] * 3
    assert desktop.window.current_id() == flagged_ids(desktop)[3]
    assert desktop.window.action("undo").text() == "Undo Reject (3 items)"
    desktop.key(qtbot, "z", Qt.KeyboardModifier.ControlModifier)
    desktop.settled(qtbot)
    assert [desktop.stored(i)[0] for i in ids] == ["pending"] * 3


def test_confirming_an_item_without_categories_asks_for_them(
    qtbot: QtBot, desktop: Desktop
) -> None:
    first = desktop.window.current_id()
    assert first is not None
    desktop.key(qtbot, "5")  # anti_aid off: no categories left, so it counts as rejected
    desktop.settled(qtbot)
    assert desktop.stored(first)[:2] == ("rejected", [])
    desktop.key(qtbot, "c")
    assert "choose the categories first" in desktop.window.statusBar().currentMessage()
    assert desktop.window.current_id() == first
    assert desktop.decisions(first) == ["relabel"]


def test_shortcuts_do_not_fire_while_typing_a_search(qtbot: QtBot, desktop: Desktop) -> None:
    desktop.key(qtbot, "/")
    assert desktop.window.filters.search.hasFocus()
    qtbot.keyClicks(desktop.window.filters.search, "excel")  # c, e and x are shortcuts
    assert desktop.window.filters.search.text() == "excel"
    assert desktop.window.triage.stack.count() == 0
    qtbot.keyClick(desktop.window.filters.search, Qt.Key.Key_Escape)  # back to the list
    assert desktop.window.table.hasFocus()
    assert desktop.window.query().search == "excel"


def test_question_mark_lists_every_shortcut(qtbot: QtBot, desktop: Desktop) -> None:
    shown: list[str] = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        for table in dialog.tables:  # type: ignore[attr-defined]
            rows = range(table.rowCount())
            shown.extend(table.item(r, 1).text() for r in rows if table.item(r, 1))
        dialog.reject()

    QTimer.singleShot(0, read)
    desktop.key(qtbot, "?")
    for expected in (
        "Confirm",
        "Reject",
        "Escalate",
        "Note…",
        "Anti-gender",  # its key, 1, in the keys' column only
        "Next item",
        "Search",
        "Poll now",
    ):
        assert expected in shown


# -- filters and search ------------------------------------------------------------------


def test_filters_and_search_narrow_the_queue(qtbot: QtBot, desktop: Desktop) -> None:
    window, ids = desktop.window, desktop.ids
    window.filters.search.setText("buitenlandse agent")
    qtbot.waitUntil(lambda: flagged_ids(desktop) == [ids[1]])
    assert window.queue_title.text().endswith("·  1 item")  # one, not "1 items"
    window.filters.search.clear()
    qtbot.waitUntil(lambda: len(flagged_ids(desktop)) == 7)
    window.filters.languages.setCurrentIndex(window.filters.languages.findData("en"))
    assert flagged_ids(desktop) == [ids[2], ids[3], ids[5]]
    window.filters.category.setCurrentIndex(window.filters.category.findData("anti_srhr"))
    assert flagged_ids(desktop) == [ids[3]]
    window.filters.reset()
    window.filters.min_score.setValue(0.85)
    assert flagged_ids(desktop) == [ids[0], ids[1], ids[2], ids[5]]
    window.filters.reset()
    window.filters.range.setCurrentIndex(window.filters.range.findData("custom"))
    assert window.filters.date_from.isVisible()
    window.filters.range.setCurrentIndex(window.filters.range.findData("day"))
    assert len(flagged_ids(desktop)) == 7  # all from the last few hours


def test_the_navigator_switches_queues_and_counts(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    qtbot.waitUntil(lambda: window.navigator.counts.queues.get("review") == 7)
    assert window.navigator.counts.queues["all"] == 8
    assert window.navigator.counts.categories["civic_space"] == 2
    desktop.key(qtbot, "e")
    desktop.settled(qtbot)
    qtbot.waitUntil(lambda: window.navigator.counts.queues.get("escalated") == 1)
    window.navigator.go(Place(queue="escalated"))
    assert flagged_ids(desktop) == [desktop.ids[0]]
    assert window.queue_title.text().startswith("Escalated")
    window.navigator.setCurrentItem(window.navigator._category_items["civic_space"])
    assert flagged_ids(desktop) == [desktop.ids[1], desktop.ids[6]]
    assert window.filters.category.currentData() == "civic_space"


def test_sorting_by_a_column_reorders_the_queue(qtbot: QtBot, desktop: Desktop) -> None:
    header = desktop.window.table.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # score
    scores = [desktop.window.model.index(r, 0).data() for r in range(7)]
    assert scores == sorted(scores, reverse=True)
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)  # title
    titles = [desktop.window.model.index(r, 2).data() for r in range(7)]
    assert titles == sorted(titles, key=str.lower)


# -- the detail pane and privacy ---------------------------------------------------------


def test_detail_shows_scores_cues_and_examples(desktop: Desktop) -> None:
    text = desktop.window.detail.browser.toPlainText()
    assert "0.93 / 0.50" in text
    assert "A labelled example about anti_aid" in text
    assert "Nearest labelled examples" in text
    # "eigen mensen eerst" is an anti_aid cue term: on a tint of the category's colour
    taxonomy = load_taxonomy()
    color = tint(taxonomy.category("anti_aid").color)
    item = desktop.window.detail.item
    assert item is not None
    html = render(item, taxonomy=taxonomy, language="en", thresholds={})
    assert (
        f'background-color: {color}; color: #000000;" title="Anti-aid"><u>Eigen mensen eerst'
        in html
    )
    assert color.lower() in desktop.window.detail.browser.toHtml().lower()


def test_scores_keep_each_name_on_one_line_with_its_bar_and_tick(desktop: Desktop) -> None:
    item = desktop.window.detail.item
    assert item is not None
    taxonomy = load_taxonomy()
    scored = replace(item, scores={c.id: 0.5 for c in taxonomy.categories})
    document = QTextDocument()
    document.setDefaultFont(desktop.window.detail.browser.font())
    document.setHtml(render(scored, taxonomy=taxonomy, language="nl", thresholds={}))
    document.setTextWidth(400)  # the detail pane at 1366 pixels
    document.size()  # laid out
    scores = next(f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable))
    assert scores.rows() == len(taxonomy.categories)
    bars = [f for f in scores.childFrames() if isinstance(f, QTextTable)]
    assert len(bars) == scores.rows()  # one bar a row, its tick on it (not a row below)
    for row, bar in enumerate(bars):
        for column in (0, 2):  # "Maatschappelijke ruimte", "0,50 / 0,50": never wrapped
            block = scores.cellAt(row, column).firstCursorPosition().block()
            assert block.layout().lineCount() == 1, block.text()
        fills = [
            bar.cellAt(0, c).format().background().color().name() for c in range(bar.columns())
        ]
        assert bar.rows() == 1 and TICK in fills


def test_item_html_never_fetches_a_tracking_pixel(qtbot: QtBot, desktop: Desktop) -> None:
    weather = desktop.ids[7]
    desktop.window.detail.show_item(weather)
    desktop.window.detail.original.setChecked(True)
    browser = desktop.window.detail.browser
    assert "Rain ahead." in browser.toPlainText()
    browser.grab()  # paint it, as a screen would
    assert any(url.endswith("/pixel.gif") for url in browser.blocked)
    assert not desktop.server.seen("/pixel.gif")
    assert not desktop.server.seen("/style.css")
    assert desktop.opened == []  # nothing opens by itself
    browser.anchorClicked.emit(QUrl("https://example.org/w"))
    browser.anchorClicked.emit(QUrl("file:///etc/passwd"))  # never leaves as a link
    assert desktop.opened == ["https://example.org/w"]


def test_o_opens_the_item_link_only_when_asked(qtbot: QtBot, desktop: Desktop) -> None:
    assert desktop.opened == []
    desktop.key(qtbot, "o")
    assert desktop.opened == ["https://example.org/nos/0"]


# -- polling and status (alerts: test_ui_alerts.py) -------------------------------------


def test_poll_now_shows_progress_and_keeps_failures_visible(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    window.action("poll").trigger()
    assert not window.action("poll").isEnabled()
    assert window.status.polls.text().startswith("Polling: 0 of 2")
    qtbot.waitUntil(window.action("poll").isEnabled, timeout=20_000)
    assert "1 of 2 sources failed" in window.statusBar().currentMessage()
    assert window.status.failures.isVisible()
    assert window.status.failures.text() == "⚠ 1 source failing"
    assert window.status.new_button.text() == "4 new items – Ctrl+R"
    qtbot.waitUntil(
        lambda: window.navigator.source_health() == {"nos": "ok", "guardian": "failing"}
    )


def test_pause_and_resume_the_schedule(qtbot: QtBot, desktop: Desktop) -> None:
    desktop.host.start_schedule()
    qtbot.waitUntil(lambda: desktop.host.engine.scheduler is not None)
    desktop.window.action("pause").trigger()
    qtbot.waitUntil(lambda: desktop.host.paused)
    assert desktop.window.status.next_label.text() == "Polling paused"
    assert desktop.window.status.pause_button.text() == "Resume polling"
    desktop.window.action("pause").trigger()
    qtbot.waitUntil(lambda: not desktop.host.paused)
    desktop.window.status.refresh_next_poll()
    qtbot.waitUntil(lambda: desktop.window.status.next_label.text().startswith("Next poll"))


# -- lifecycle ---------------------------------------------------------------------------


def test_the_window_remembers_its_layout(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    window.resize(1300, 780)
    qtbot.waitUntil(lambda: window.outer_splitter.width() > 1200)
    window.table.setColumnWidth(1, 233)
    window.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    total = sum(window.outer_splitter.sizes())
    window.outer_splitter.setSizes([400, total - 400])
    sizes = window.outer_splitter.sizes()
    window.close()
    assert (desktop.locations.data_dir / "window.ini").exists()
    again = MainWindow(desktop.host, load_taxonomy())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.table.columnWidth(1) == 233
    assert again.model.query.sort == "score" and again.model.query.descending
    # The 800 x 800 offscreen screen shrinks the restored window; at the saved width the
    # saved splitter sizes come back exactly.
    again.resize(1300, 780)
    qtbot.waitUntil(lambda: again.outer_splitter.width() == window.outer_splitter.width())
    stored = QSettings(str(desktop.locations.data_dir / "window.ini"), QSettings.Format.IniFormat)
    again.outer_splitter.restoreState(stored.value("outer"))
    assert again.outer_splitter.sizes() == sizes
    again.close()


def test_category_buttons_wrap_to_the_detail_panes_width(qtbot: QtBot, desktop: Desktop) -> None:
    detail = desktop.window.detail
    grid = detail.categories_grid

    def rows() -> int:
        return 1 + max(grid.getItemPosition(grid.indexOf(b))[0] for b in detail.category_buttons)

    detail.resize(1200, 600)
    qtbot.waitUntil(lambda: rows() == 2)  # four to a row at most
    detail.resize(260, 600)
    qtbot.waitUntil(lambda: rows() >= 4)  # long names: fewer to a row, never clipped
    widest = max(b.sizeHint().width() for b in detail.category_buttons)
    qtbot.waitUntil(lambda: all(b.width() >= widest - 2 for b in detail.category_buttons))


def test_a_first_window_fits_a_small_screen(qtbot: QtBot, desktop: Desktop) -> None:
    screen = desktop.window.screen().availableGeometry()  # offscreen: 800 x 800
    assert desktop.window.width() <= screen.width() or desktop.window.width() == (
        desktop.window.minimumSizeHint().width()
    )
    assert desktop.window.height() <= screen.height()


def fresh_import(imports: str, unwanted: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    """A fresh interpreter imports ``imports``; it prints which of ``unwanted`` that
    loaded and exits 1 if any."""
    code = (
        f"import sys, {imports}; "
        f"bad = [m for m in {unwanted!r} if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)


def test_the_engine_never_loads_qt_or_torch() -> None:
    result = fresh_import(
        "monitor.cli.main, monitor.engine, monitor.scheduler", ("PySide6", "torch", "transformers")
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_window_does_not_load_torch() -> None:
    result = fresh_import("ui.app, ui.main_window", ("torch", "transformers"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_closing_during_a_poll_cancels_it_cleanly(
    qtbot: QtBot, server: FeedServer, isolated_home: Path
) -> None:
    slow = server.add("/slow.xml", Reply(200, b"<rss/>", delay=30))
    locations = Locations.resolve()
    locations.ensure()
    locations.feeds_path.write_text(
        f'version: 1\nsources:\n  - {{id: slow, kind: rss, url: "{slow}"}}\n', encoding="utf-8"
    )
    host = EngineHost(locations, FeedsFile.load(locations.feeds_path).config)
    future = host.poll_now()
    qtbot.waitUntil(lambda: bool(server.seen("/slow.xml")), timeout=10_000)
    host.close()
    assert future.cancelled()
    store = Store.open(locations.db_path)
    assert store.integrity_ok()
    assert store.source_state("slow").last_attempt is None  # no failure was recorded
    store.close()


def test_without_a_display_the_app_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert has_display() is (not sys.platform.startswith("linux"))
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert has_display()


def test_the_window_classifies_once_the_model_has_loaded(
    qtbot: QtBot, server: FeedServer, app_with_model: Path
) -> None:
    from conftest import write_feeds

    from monitor.store import ItemQuery

    locations = Locations.resolve()
    write_feeds(
        locations.feeds_path,
        [{"id": "ds", "kind": "rss", "url": server.file("/ds.xml", FEEDS / "wordpress.xml")}],
    )
    host = EngineHost(locations, FeedsFile.load(locations.feeds_path).config)
    main = MainWindow(host, load_taxonomy())
    qtbot.addWidget(main)
    with qtbot.waitSignal(host.classifier_ready, timeout=60_000) as ready:
        host.start_classifier()
    assert ready.args == [True]
    assert main.status.classifier.text().startswith("Classifier ready")
    main.action("poll").trigger()
    qtbot.waitUntil(main.action("poll").isEnabled, timeout=60_000)
    store = Store.open(locations.db_path)
    items = store.items(ItemQuery())
    store.close()
    main.close()
    host.close()
    assert len(items) == 2 and all(item.scores for item in items)


def test_reading_empty_item_data_keeps_none_alive(qtbot: QtBot) -> None:
    """The Qt binding must not drop a reference to None when Qt hands back an empty value
    (PySide6 6.12.0 did, and the app crashed after a while of browsing)."""
    from PySide6.QtWidgets import QComboBox

    box = QComboBox()
    qtbot.addWidget(box)
    box.addItem("all")
    before = sys.getrefcount(None)
    for _ in range(200):
        assert box.itemData(0) is None
    assert sys.getrefcount(None) >= before - 10


def test_the_same_story_elsewhere_is_shown_as_also_reported_by(
    qtbot: QtBot, desktop: Desktop
) -> None:
    from datetime import timedelta

    from uidata import NOW

    copy = new_item(
        "guardian",
        "copy",
        STORIES[0].title,
        NOW - timedelta(minutes=30),
        url="https://example.org/copy",
        text="Same story, other words.",
        fetched=NOW,
        content_hash="copy",
    )
    store = Store.open(desktop.locations.db_path)
    save(store, [copy], NOW)
    store.close()
    desktop.window.detail.show_item(desktop.ids[0])
    text = desktop.window.detail.browser.toPlainText()
    assert "Also reported by" in text
    assert f"The Guardian: {STORIES[0].title}" in text  # the source's name, not its id


def test_a_large_selection_is_read_by_the_store_and_decided_as_one(
    qtbot: QtBot, desktop: Desktop
) -> None:
    """As for Ctrl+A on a whole queue: the categories come from one store query off the
    GUI thread, a decision or a category on all of them is one undo step."""
    window = desktop.window
    window.queue.small = 1  # every selection of two or more is read by the store
    ids = flagged_ids(desktop)
    assert len(ids) > 2
    shared_by_all = set.intersection(*(set(desktop.stored(i)[1] or []) for i in ids))
    with qtbot.waitSignal(window.queue.categories) as read:
        window.action("select_all").trigger()
    assert window.selected_ids() == ids
    models = [set(window.model.row(r).categories) for r in range(len(ids))]  # type: ignore[union-attr]
    assert read.args == [set.intersection(*models) | shared_by_all]
    name = window.category_actions[0].data()
    assert not all(name in categories for categories in models)
    with qtbot.waitSignal(window.queue.categories):
        desktop.key(qtbot, "1")  # the first category onto every item: one relabel
    desktop.settled(qtbot)
    assert all(name in desktop.stored(i)[1] for i in ids)
    assert window.action("undo").text().endswith(f"({len(ids)} items)")
    assert window.category_actions[0].isChecked()
    desktop.key(qtbot, "1")  # all have it now: off again, from every item
    desktop.settled(qtbot)
    assert not any(name in (desktop.stored(i)[1] or []) for i in ids)
    window.action("select_all").trigger()
    desktop.key(qtbot, "x")
    desktop.settled(qtbot)
    assert [desktop.stored(i)[0] for i in ids] == ["rejected"] * len(ids)
    assert window.action("undo").text() == f"Undo Reject ({len(ids)} items)"
    desktop.key(qtbot, "z", Qt.KeyboardModifier.ControlModifier)
    desktop.settled(qtbot)
    assert [desktop.stored(i)[0] for i in ids] == ["confirmed"] * len(ids)  # as before x
