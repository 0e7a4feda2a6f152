"""Alerts in the window and on the desktop, and what closing the window does.

Offscreen there is no tray and no notification service: the in-window list must work
alone; desktop notifications are checked through a fake notifier behind the same small
interface (``ui/notifier.Notifier``), never a real session bus."""

from __future__ import annotations

import socket
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from desktop import Desktop
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QTextBlock, QTextDocument
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from uidata import STORIES

from monitor.settings import load_settings
from ui.alerts_panel import SEPARATOR, AlertDelegate, alert_time
from ui.notifier import REMEMBERED, DBusNotifier, TrayNotifier

SHORT = QLocale.FormatType.ShortFormat


@dataclass
class FakeNotifier:
    """Records notifications; :meth:`click` is the analyst clicking the latest one."""

    on_click: object
    kind: str = "dbus"
    shown: list[tuple[str, str, int]] = field(default_factory=list)

    def notify(self, title: str, body: str, item_id: int) -> None:
        self.shown.append((title, body, item_id))

    def click(self) -> None:
        assert callable(self.on_click)
        self.on_click(self.shown[-1][2])


def fake_notifier(desktop: Desktop) -> FakeNotifier:
    notifier = FakeNotifier(desktop.window.alerts.open)
    desktop.window.alerts.notifier = notifier
    return notifier


def alert_on(qtbot: QtBot, desktop: Desktop, thresholds: dict[str, float]) -> None:
    alerts = desktop.window.alerts
    alerts.configure(enabled=True, thresholds=thresholds)
    with qtbot.waitSignal(alerts.changed):
        alerts.check(desktop.ids)


# -- the list in the window ----------------------------------------------------------------


def test_without_a_tray_alerts_are_listed_in_the_window(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    assert window.alerts.notifier is None  # offscreen: no tray, no notification service
    button = window.alerts_button
    assert not button.badge.isVisibleTo(window)
    alert_on(qtbot, desktop, {"civic_space": 0.85, "rule_of_law": 0.85})
    assert button.badge.text() == "2" and button.badge.isVisibleTo(window)
    assert "2 alerts not seen yet" in button.button.toolTip()
    button.button.click()
    popup = button.popup
    qtbot.waitUntil(popup.isVisible)
    rows = [popup.list.item(n).text() for n in range(popup.list.count())]
    assert len(rows) == 2
    assert any(STORIES[1].title in row and "Civic space 0.88" in row for row in rows)
    assert any(STORIES[5].title in row and "Rule of law 0.86" in row for row in rows)
    assert "no notifications" in popup.where.text()
    assert not button.badge.isVisibleTo(window)  # seen now
    assert popup.list.item(0).font().bold()  # … but marked as new in the list
    alerts = window.alerts
    with qtbot.assertNotEmitted(alerts.changed, wait=300):
        alerts.check(desktop.ids)  # the same items again: listed once
    assert popup.list.count() == 2


def test_no_alert_below_the_alert_threshold(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    notifier = fake_notifier(desktop)
    window.alerts.configure(enabled=True, thresholds={"anti_srhr": 0.9})
    with qtbot.assertNotEmitted(window.alerts.changed, wait=500):
        window.alerts.check(desktop.ids)
    assert notifier.shown == [] and window.alerts.recent == []


def test_the_list_says_so_when_there_is_no_alert_yet(qtbot: QtBot, desktop: Desktop) -> None:
    button = desktop.window.alerts_button
    button.open_popup()
    qtbot.waitUntil(button.popup.isVisible)
    assert not button.popup.list.isVisibleTo(button.popup)
    assert "No alerts yet" in button.popup.empty.text()
    qtbot.keyClick(button.popup.list, Qt.Key.Key_Escape)
    assert not button.popup.isVisible()


def test_an_alert_is_timed_on_the_24_hour_clock_as_the_status_bar(desktop: Desktop) -> None:
    today = datetime.now().astimezone().replace(hour=13, minute=43)
    assert alert_time(today) == "13:43"  # in English too, never "1:43 PM"
    before = today - timedelta(days=3)
    day = QLocale().toString(QDate(before.year, before.month, before.day), SHORT)
    assert alert_time(before) == f"{day} 13:43"


def test_the_list_sets_new_titles_apart_and_a_score_by_its_category(
    qtbot: QtBot, desktop: Desktop
) -> None:
    window = desktop.window
    window.apply_settings(replace(window.settings, language="nl"))
    alert_on(qtbot, desktop, {"civic_space": 0.5})
    button = window.alerts_button
    button.open_popup()
    popup = button.popup
    qtbot.waitUntil(popup.isVisible)
    notice = popup.where.text()  # on one line, saying "bureaublad" once
    assert notice.count("bureaublad") == 1
    assert popup.where.fontMetrics().horizontalAdvance(notice) <= popup.where.width()
    delegate = popup.list.itemDelegate()
    assert isinstance(delegate, AlertDelegate)
    first = popup.list.model().index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(popup.list)
    document = delegate.document(option, first)  # kept: its blocks live in it
    title, details = blocks(document)
    assert title.charFormat().fontWeight() == QFont.Weight.Bold  # new: its title in bold …
    assert details.begin().fragment().charFormat().fontWeight() != QFont.Weight.Bold
    narrow = delegate.document(option, first)
    narrow.setTextWidth(200)
    narrow.size()  # laid out
    lines = blocks(narrow)[1].layout()
    shown = [details.text()[lines.lineAt(n).textStart() :] for n in range(lines.lineCount())]
    assert lines.lineCount() > 1
    assert any(line.startswith("Maatschappelijke\u00a0ruimte\u00a00,88") for line in shown)
    assert popup.list.horizontalScrollBar().maximum() == 0  # wrapped, never scrolled sideways
    assert popup.list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    between = popup.list.visualItemRect(popup.list.item(0)).bottom()
    picture = popup.list.viewport().grab().toImage()
    assert picture.pixelColor(popup.list.viewport().width() // 2, between).name() == SEPARATOR
    popup.hide()
    button.open_popup()  # seen now: no title in bold
    qtbot.waitUntil(popup.isVisible)
    document = delegate.document(option, popup.list.model().index(0, 0))
    title, _ = blocks(document)
    assert title.charFormat().fontWeight() != QFont.Weight.Bold


def blocks(document: QTextDocument) -> list[QTextBlock]:
    found, block = [], document.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


# -- desktop notifications -----------------------------------------------------------------


def test_a_notification_names_the_categories_with_dutch_scores(
    qtbot: QtBot, desktop: Desktop
) -> None:
    window = desktop.window
    window.apply_settings(replace(window.settings, language="nl"))
    notifier = fake_notifier(desktop)
    alert_on(qtbot, desktop, {"civic_space": 0.5})
    title, body, item_id = notifier.shown[-1]
    assert len(notifier.shown) == 1  # one notification for the round
    assert title == "2 nieuwe berichten boven de meldingsdrempel"
    assert item_id == desktop.ids[1]  # the strongest first
    assert STORIES[1].title in body
    assert "Maatschappelijke ruimte 0,88" in body and "0.88" not in body
    assert "NOS Nieuws" in body  # the source's name, not its id
    assert "en nog 1" in body


def test_notifications_switched_off_still_list_the_alert(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    notifier = fake_notifier(desktop)
    window.alerts.configure(enabled=False, thresholds={"civic_space": 0.85})
    with qtbot.waitSignal(window.alerts.changed):
        window.alerts.check(desktop.ids)
    assert notifier.shown == []
    assert [seen.alert.item_id for seen in window.alerts.recent] == [desktop.ids[1]]


def test_a_click_on_a_notification_selects_its_item_and_decides_nothing(
    qtbot: QtBot, desktop: Desktop
) -> None:
    window = desktop.window
    notifier = fake_notifier(desktop)
    alert_on(qtbot, desktop, {"civic_space": 0.85})
    window.filters.search.setText("hungary")  # the analyst is elsewhere …
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    elsewhere = window.current_id()
    notifier.click()  # … and clicks the notification
    qtbot.waitUntil(lambda: window.current_id() == desktop.ids[1])
    assert window.filters.search.text() == ""
    assert window.isVisible()
    desktop.settled(qtbot)
    for item_id in (desktop.ids[1], elsewhere):
        assert desktop.decisions(item_id) == []
        assert desktop.stored(item_id)[0] == "pending"


def test_an_alert_whose_item_left_the_list_leaves_nothing_to_decide_on(
    qtbot: QtBot, desktop: Desktop
) -> None:
    """The alert's item was decided meanwhile: it is shown, nothing is selected, and the
    triage keys that follow fall on no item (they once fell on the selected one)."""
    window = desktop.window
    notifier = fake_notifier(desktop)
    alert_on(qtbot, desktop, {"civic_space": 0.85})
    row = window.model.row_of(desktop.ids[1])
    assert row is not None
    window.select_row(row)
    desktop.key(qtbot, "c")  # confirmed: it leaves the review queue at the next refresh
    desktop.settled(qtbot)
    notifier.click()
    qtbot.waitUntil(
        lambda: window.detail.item is not None and window.detail.item.id == desktop.ids[1]
    )
    assert window.model.row_of(desktop.ids[1]) is None
    assert window.current_id() is None and window.selected_ids() == []
    for key in ("2", "c", "x"):
        desktop.key(qtbot, key)
    desktop.settled(qtbot)
    assert desktop.decisions(desktop.ids[1]) == ["confirm"]
    for other in desktop.ids:
        if other != desktop.ids[1]:
            assert desktop.decisions(other) == [], other


def test_choosing_an_alert_in_the_list_selects_its_item(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    alert_on(qtbot, desktop, {"rule_of_law": 0.85})
    window.select_row(0)
    window.alerts_button.open_popup()
    popup = window.alerts_button.popup
    qtbot.waitUntil(popup.isVisible)
    popup.list.setCurrentRow(0)
    qtbot.keyClick(popup.list, Qt.Key.Key_Return)  # Enter on the alert
    qtbot.waitUntil(lambda: window.current_id() == desktop.ids[5])
    assert not popup.isVisible()
    desktop.settled(qtbot)
    assert desktop.decisions(desktop.ids[5]) == [] and desktop.decisions(desktop.ids[0]) == []


def test_the_tray_notifier_opens_the_latest_message_item(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    window.alerts.notifier = TrayNotifier(window.tray.icon, window.alerts.open)
    with qtbot.waitSignal(window.alerts.notified):
        window.alerts.configure(enabled=True, thresholds={"civic_space": 0.85})
        window.alerts.check(desktop.ids)
    window.select_row(0)
    window.tray.icon.messageClicked.emit()
    qtbot.waitUntil(lambda: window.current_id() == desktop.ids[1])
    assert desktop.decisions(desktop.ids[1]) == []


class FakeSessionBus:
    """A session bus where a notification service answers: what jeepney's connection
    does for the notifier, without a real bus."""

    def __init__(self) -> None:
        self.sock, self.other_end = socket.socketpair()
        self.sent: list[Any] = []
        self.queue: deque[Any] = deque()
        self.next_id = 40  # the match rule is answered first, then Notify: 42

    def filter(self, rule: Any, *, queue: deque[Any]) -> None:
        self.queue = queue

    def send_and_get_reply(self, message: Any, *, timeout: float) -> Any:
        self.sent.append(message)
        self.next_id += 1
        return SimpleNamespace(body=(self.next_id,))

    def recv_messages(self, *, timeout: float) -> None:
        raise TimeoutError

    def signal(self, *body: object) -> None:
        self.queue.append(SimpleNamespace(body=body))


def test_dbus_notifications_are_typed_and_clicks_map_to_their_own(qtbot: QtBot) -> None:
    from jeepney import HeaderFields

    bus, opened = FakeSessionBus(), []
    notifier = DBusNotifier(bus, opened.append)  # type: ignore[arg-type]
    notifier.notify("Nieuw bericht", "Titel & meer\nNOS · Maatschappelijke ruimte 0,88", 7)
    call = bus.sent[-1]
    assert call.header.fields[HeaderFields.member] == "Notify"
    assert call.header.fields[HeaderFields.signature] == "susssasa{sv}i"  # replaces_id: uint32
    assert call.body[1] == 0 and call.body[3] == "Nieuw bericht"
    assert call.body[4] == "Titel &amp; meer\nNOS · Maatschappelijke ruimte 0,88"
    assert call.body[5][0] == "default"
    bus.signal(7, "default")  # another application's notification
    bus.signal(42, "dismiss")  # another action
    bus.signal(42, "default")  # ours, clicked
    notifier._read()
    assert opened == [7]
    for number in range(REMEMBERED + 5):
        notifier.remember(100 + number, 1000 + number)
    bus.signal(42, "default")  # forgotten long ago
    bus.signal(100 + REMEMBERED + 4, "default")
    notifier._read()
    assert opened == [7, 1000 + REMEMBERED + 4]


# -- closing the window --------------------------------------------------------------------


@pytest.fixture(autouse=True)
def quits_on_last_window() -> Iterator[None]:
    """Hiding the window to keep polling changes this for the application: back after."""
    yield
    QGuiApplication.setQuitOnLastWindowClosed(True)


def with_keep_polling(desktop: Desktop, keep: bool | None) -> None:
    window = desktop.window
    window.settings = replace(window.settings, keep_polling=keep)
    window.background.way_back = lambda: True  # as with a tray icon or on the session bus


def test_closing_keeps_polling_when_chosen(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    with_keep_polling(desktop, True)
    assert not window.close()  # hidden, not closed
    assert not window.isVisible()
    reports = desktop.host.poll_now().result(timeout=20)  # the engine still polls
    assert {r.source for r in reports} == {"nos", "guardian"}
    window.bring_forward()  # the tray icon's "Show", or starting the app again
    qtbot.waitUntil(window.isVisible)
    window.background.quit()  # Quit ends it, whatever closing does
    assert not window.isVisible() and window.background.quitting


def test_closing_quits_when_not_chosen(qtbot: QtBot, desktop: Desktop) -> None:
    with_keep_polling(desktop, False)
    assert desktop.window.close()  # closed: the app ends, and the engine with it


def test_closing_quits_without_a_way_back(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    window.settings = replace(window.settings, keep_polling=True)
    assert not window.background.way_back()  # offscreen: no tray, no session bus
    assert window.close()


def test_the_first_close_asks_once_and_remembers(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    fake_notifier(desktop)  # alerts can reach the desktop: worth asking
    with_keep_polling(desktop, None)
    window.background.ask = lambda: True
    assert not window.close()  # the analyst chose to keep polling
    assert load_settings(desktop.locations.data_dir).keep_polling is True
    assert window.settings.keep_polling is True
    window.bring_forward()
    window.background.ask = lambda: never_asked("asked twice")
    assert not window.close()
    window.bring_forward()
    window.background.quit()


def test_cancelling_the_question_keeps_the_window(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    fake_notifier(desktop)
    with_keep_polling(desktop, None)
    window.background.ask = lambda: None
    event = QCloseEvent()
    assert window.background.close_handled(event) and not event.isAccepted()
    assert window.isVisible()
    assert load_settings(desktop.locations.data_dir).keep_polling is None


def test_the_close_choice_in_the_settings_dialog(qtbot: QtBot, desktop: Desktop) -> None:
    dialog = desktop.window.settings_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.on_close.currentData() is None  # not chosen yet: asked at the first close
    dialog.on_close.setCurrentIndex(dialog.on_close.findText("Keep polling in the background"))
    with qtbot.waitSignal(dialog.applied):
        dialog.save()
    assert load_settings(desktop.locations.data_dir).keep_polling is True
    assert desktop.window.settings.keep_polling is True


def never_asked(message: str) -> bool | None:
    raise AssertionError(message)
