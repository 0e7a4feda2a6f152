"""The queue's smaller manners and the names of sources, as an analyst meets them: a
source shown by its feed's title, Score highest first, every stored language offered,
the queue kept between sessions, only rows done in the queue's own sense greyed, a
count after a decision on many, and names cut to fit a 1366-pixel screen (never a count)
given whole in tooltips. Offscreen; every wait is on a signal or a condition."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from conftest import FEEDS
from desktop import Desktop
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionViewItem, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from storedata import new_item, save

from monitor.classify.taxonomy import load_taxonomy
from monitor.store import Changes, Queue, Store
from ui.main_window import MainWindow
from ui.navigator import COUNT, NAME, Place
from ui.queue_model import COLUMNS
from ui.queue_table import DOT, DOT_GAP, QueueDelegate

HRW_TITLE = "Human Rights Watch News"


def shown_sources(window: MainWindow) -> list[str]:
    group = window.navigator.sources
    return [group.child(n).text(0) for n in range(group.childCount())]


def review_ids(window: MainWindow) -> list[int]:
    return [window.model.item_id(row) for row in range(window.model.rowCount())]


def greyed(window: MainWindow, row: int) -> bool:
    title = window.model.index(row, COLUMNS.index("title"))
    return title.data(Qt.ItemDataRole.ForegroundRole) is not None


def test_a_source_without_a_name_is_shown_by_its_feeds_title_also_once_removed(
    qtbot: QtBot, desktop: Desktop
) -> None:
    window = desktop.window
    feeds = desktop.locations.feeds_path
    written = feeds.read_text(encoding="utf-8")
    hrw = desktop.server.file("/hrw.atom", FEEDS / "hrw.atom", "application/atom+xml")
    feeds.write_text(written + f'  - {{id: gezin-blog, kind: rss, url: "{hrw}"}}\n', "utf-8")
    window.engine.feeds_changed()
    qtbot.waitUntil(lambda: "gezin-blog" in shown_sources(window))  # not polled yet
    window.action("poll").trigger()
    qtbot.waitUntil(lambda: HRW_TITLE in shown_sources(window), timeout=20_000)
    assert "gezin-blog" not in shown_sources(window)
    assert window.names.source("gezin-blog") == HRW_TITLE
    assert window.names.source("nos") == "NOS Nieuws"  # a name of its own wins
    window.navigator.go(Place(queue=Queue.ALL))
    source = COLUMNS.index("source")
    qtbot.waitUntil(
        lambda: (
            HRW_TITLE
            in {window.model.index(r, source).data() for r in range(window.model.rowCount())}
        )
    )
    feeds.write_text(written, "utf-8")  # removed: its items keep its last known name
    window.engine.feeds_changed()
    qtbot.waitUntil(lambda: HRW_TITLE not in shown_sources(window))
    assert window.names.source("gezin-blog") == HRW_TITLE


def test_a_notification_names_the_source(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    window.alerts.configure(enabled=True, thresholds={"civic_space": 0.85})
    with qtbot.waitSignal(window.alerts.notified) as signal:
        window.alerts.check(desktop.ids)
    assert "\nNOS Nieuws · " in signal.args[1]


def test_the_first_click_on_score_puts_the_highest_first(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    header = window.table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
        )

    score = COLUMNS.index("score")
    click(score)
    assert header.sortIndicatorSection() == score
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert window.model.query.sort == "score" and window.model.query.descending
    shown = [float(window.model.index(r, score).data()) for r in range(window.model.rowCount())]
    assert shown == sorted(shown, reverse=True)
    click(COLUMNS.index("title"))  # words: A to Z first
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_the_language_filter_offers_every_stored_language(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    box = window.filters.languages
    assert box.findData("fr") < 0
    now = datetime.now(UTC).replace(microsecond=0)
    title = "Le gouvernement réduit l'aide au développement"
    url = "https://example.org/fr/1"
    item = new_item("nos", "fr-1", title, now, url=url, language="fr", content_hash="fr1")
    store = Store.open(desktop.locations.db_path)
    save(store, [item], now)
    store.close()
    window.changes.tell(Changes(new_items=True, counts=True))  # as a poll tells it
    qtbot.waitUntil(lambda: box.findData("fr") >= 0, timeout=10_000)
    assert box.itemText(box.findData("fr")) == "français (fr)"
    assert box.itemText(box.findData("nl")) == "Dutch"


def test_the_queue_open_is_open_again_on_reopening(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    window.navigator.go(Place(queue=Queue.ESCALATED))
    assert window.model.query.queue == Queue.ESCALATED
    window.close()
    again = MainWindow(desktop.host, load_taxonomy())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.navigator.place() == Place(queue=Queue.ESCALATED)
    assert again.model.query.queue == Queue.ESCALATED
    again.close()


def test_only_rows_done_in_the_queues_sense_are_greyed(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    first = review_ids(window)[0]
    assert not greyed(window, 0)
    desktop.key(qtbot, "c")  # confirmed: it has left To review, and stays in sight greyed
    desktop.settled(qtbot)
    qtbot.waitUntil(lambda: greyed(window, 0))
    assert not greyed(window, 1)
    window.navigator.go(Place(queue=Queue.CONFIRMED))
    qtbot.waitUntil(lambda: review_ids(window) == [first])
    assert not greyed(window, 0)  # every item of Confirmed is confirmed: none is done with
    desktop.key(qtbot, "x")  # rejected: no longer confirmed
    desktop.settled(qtbot)
    qtbot.waitUntil(lambda: greyed(window, 0))


def test_a_decision_on_many_says_how_many_and_how_to_undo(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    with qtbot.assertNotEmitted(window.queue.told):
        desktop.key(qtbot, "e")  # one item: its row shows it
    window.queue.select_all()
    count = window.model.rowCount()
    with qtbot.waitSignal(window.queue.told) as told:
        desktop.key(qtbot, "c")
    assert told.args == [f"{count} items confirmed — Ctrl+Z undoes"]
    assert window.statusBar().currentMessage() == told.args[0]
    desktop.settled(qtbot)
    desktop.languages.apply("nl")
    desktop.key(qtbot, "z", Qt.KeyboardModifier.ControlModifier)
    desktop.settled(qtbot)
    window.queue.select_all()
    with qtbot.waitSignal(window.queue.told) as told:
        desktop.key(qtbot, "x")
    assert told.args == [f"{count} berichten afgewezen — Ctrl+Z maakt ongedaan"]
    desktop.settled(qtbot)  # saved before the window closes (else closing asks, and waits)


def fill_a_small_screen(qtbot: QtBot, window: MainWindow, language: str) -> None:
    """The window at 1366×768 in ``language``, the navigator as narrow as it goes."""
    window.apply_settings(replace(window.settings, language=language))
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.outer_splitter.width() > 1300)
    narrowest = window.navigator.minimumWidth()
    window.outer_splitter.setSizes([narrowest, window.outer_splitter.width() - narrowest])
    qtbot.waitUntil(lambda: window.navigator.width() == narrowest)


def test_the_navigator_elides_a_name_never_its_count(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    navigator = window.navigator
    fill_a_small_screen(qtbot, window, "nl")
    qtbot.waitUntil(lambda: navigator.counts.categories.get("civic_space") == 2)
    civic = navigator._category_items["civic_space"]
    assert civic.text(NAME) == "Maatschappelijke ruimte" and civic.text(COUNT) == "2"
    assert civic.toolTip(NAME).startswith("Maatschappelijke ruimte\n")  # and what it covers
    header, seen = navigator.header(), navigator.viewport().width()
    assert header.sectionPosition(COUNT) + header.sectionSize(COUNT) <= seen
    widest = max(navigator.fontMetrics().horizontalAdvance(i.text(COUNT)) for i in counted(window))
    assert header.sectionSize(COUNT) >= widest  # every count whole, at the right
    # the headings fit: none is cut ("Categorieën (te beoordelen…")
    margin = 2 * (navigator.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    for group in (navigator.queues, navigator.categories, navigator.sources):
        width = QFontMetrics(group.font(NAME)).horizontalAdvance(group.text(NAME))
        assert width + margin <= navigator.visualItemRect(group).width(), group.text(NAME)
    # a source's name has the whole width; its tooltip names it whole, with its health
    qtbot.waitUntil(lambda: navigator.sources.childCount() == 2)  # read with their health
    nos = navigator.sources.child(0)
    assert nos.isFirstColumnSpanned() and nos.text(NAME) == "NOS Nieuws"
    assert nos.toolTip(NAME).startswith("NOS Nieuws: ")


def counted(window: MainWindow) -> list[QTreeWidgetItem]:
    navigator = window.navigator
    groups = (navigator.queues, navigator.categories)
    return [g.child(n) for g in groups for n in range(g.childCount()) if g.child(n)]


def test_the_title_has_the_room_and_cut_names_are_whole_in_tooltips(
    qtbot: QtBot, desktop: Desktop
) -> None:
    window = desktop.window
    fill_a_small_screen(qtbot, window, "nl")
    table, header = window.table, window.table.horizontalHeader()
    width = {name: table.columnWidth(COLUMNS.index(name)) for name in COLUMNS}
    assert header.sectionResizeMode(COLUMNS.index("title")) == QHeaderView.ResizeMode.Stretch
    assert width["title"] >= width["categories"] + width["source"]  # at 1366 pixels
    two = review_ids(window).index(desktop.ids[4])  # anti-gender and anti-SRHR
    delegate = table.itemDelegate()
    assert isinstance(delegate, QueueDelegate)
    categories = window.model.index(two, COLUMNS.index("categories"))
    assert delegate.tooltip(categories).split("\n") == ["Anti-gender", "Anti-SRGR"]
    source = window.model.index(two, COLUMNS.index("source"))
    assert delegate.tooltip(source) == "NOS Nieuws"
    # a dot in each category's colour before the names
    option = QStyleOptionViewItem()
    option.rect = table.visualRect(categories)
    delegate.initStyleOption(option, categories)
    assert option.rect.left() == table.visualRect(categories).left() + 2 * (DOT + DOT_GAP)
