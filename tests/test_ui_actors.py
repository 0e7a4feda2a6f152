"""The actors of an item in the detail pane: typed with completion or taken from the
suggestions, from the keyboard, and undone like a note; the field's hint fits it."""

from __future__ import annotations

from dataclasses import replace

from desktop import Desktop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionFrame
from pytestqt.qtbot import QtBot

from monitor.store import Actor, ActorKind, Store


def recorded(desktop: Desktop, item_id: int) -> list[Actor]:
    store = Store.open(desktop.locations.db_path)
    try:
        return store.actors_of([item_id]).get(item_id, [])
    finally:
        store.close()


def test_a_types_the_actors_enter_records_them_and_undo_takes_them_back(
    qtbot: QtBot, desktop: Desktop
) -> None:
    window = desktop.window
    item = window.current_id()
    assert item is not None
    field = window.detail.actors_row.field
    desktop.key(qtbot, "a")
    assert field.hasFocus()
    qtbot.keyClicks(field, "Forum voor Democratie, @gezineerst")  # c, e and x are shortcuts
    assert window.triage.stack.count() == 0
    qtbot.keyClick(field, Qt.Key.Key_Return)
    desktop.settled(qtbot)
    assert recorded(desktop, item) == [
        Actor("Forum voor Democratie", ActorKind.ORGANISATION),
        Actor("@gezineerst", ActorKind.ACCOUNT),
    ]
    assert window.table.hasFocus()  # back to the list
    assert window.current_id() == item and desktop.stored(item)[0] == "pending"
    qtbot.waitUntil(lambda: "Forum voor Democratie" in window.detail.browser.toPlainText())
    assert "Forum voor Democratie" in window.detail.actors_row.names.stringList()  # completion
    assert window.action("undo").isEnabled()
    desktop.key(qtbot, "z", Qt.KeyboardModifier.ControlModifier)
    desktop.settled(qtbot)
    assert recorded(desktop, item) == []
    assert desktop.decisions(item) == ["actors", "undo"]
    qtbot.waitUntil(lambda: field.text() == "")


def test_escape_puts_back_what_was_recorded(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    item = window.current_id()
    assert item is not None
    desktop.key(qtbot, "a")
    field = window.detail.actors_row.field
    qtbot.keyClicks(field, "Iemand")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "" and window.table.hasFocus()
    assert window.triage.stack.count() == 0 and recorded(desktop, item) == []


def test_a_suggestion_is_added_with_one_click(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    row = window.detail.actors_row
    item = window.current_id()
    assert item is not None
    other = next(i for i in desktop.ids if i != item)
    store = Store.open(desktop.locations.db_path)
    try:
        shown = store.item(item)
        assert shown is not None
        word = shown.title.split()[0]  # a word of the item, recorded on another one
        store.set_actors(other, [Actor(word, ActorKind.ORGANISATION)])
    finally:
        store.close()
    window.detail.refresh()
    assert row.suggestions
    first = row.suggestions[0].actor
    assert first.name in row.offers.text()
    row.offers.linkActivated.emit("0")
    desktop.settled(qtbot)
    assert recorded(desktop, item) == [first]


def test_the_placeholder_fits_the_field_at_1366_pixels(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    field = window.detail.actors_row.field
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.outer_splitter.width() > 1300)
    for language, who in (("en", "Who spreads or enacts it"), ("nl", "Wie het verspreidt")):
        window.apply_settings(replace(window.settings, language=language))
        qtbot.waitUntil(lambda who=who: field.toolTip().startswith(who))  # the explanation
        option = QStyleOptionFrame()
        field.initStyleOption(option)
        text = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
        placeholder = field.placeholderText()
        assert field.fontMetrics().horizontalAdvance(placeholder) <= text.width() - 4, language
