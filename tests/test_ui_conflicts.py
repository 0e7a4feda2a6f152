"""Another analyst decides the item shown before this one does (a team's shared queue):
the window records nothing over it unseen, says who decided, and lets the analyst keep
theirs or record hers; an undo never takes back the other analyst's later decision."""

from __future__ import annotations

from desktop import Desktop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from monitor.store import Action, Store
from ui.decision_command import DecisionCommand, Verdict


def _joost(desktop: Desktop, item_id: int, action: Action) -> None:
    """Joost, at another computer, decides the item."""
    store = Store.open(desktop.locations.db_path)
    try:
        store.record_decision(item_id, action, analyst="joost")
    finally:
        store.close()


def _asked(qtbot: QtBot, desktop: Desktop) -> QMessageBox:
    qtbot.waitUntil(
        lambda: (box := desktop.window.decisions.conflicts.box) is not None and box.isVisible()
    )
    box = desktop.window.decisions.conflicts.box
    assert box is not None
    return box


def _click(qtbot: QtBot, box: QMessageBox, text: str) -> None:
    (button,) = [b for b in box.buttons() if b.text() == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_deciding_an_item_another_analyst_decided_asks_first(
    qtbot: QtBot, desktop: Desktop
) -> None:
    first = desktop.window.current_id()
    assert first is not None
    title = desktop.window.model.row(0).title  # type: ignore[union-attr]
    _joost(desktop, first, Action.REJECT)
    desktop.key(qtbot, "e")  # escalate what she still sees as pending
    box = _asked(qtbot, desktop)
    assert box.text() == f"“{title}” was decided by joost after you read it."
    assert "not recorded" in box.informativeText()
    desktop.settled(qtbot)
    assert desktop.decisions(first) == ["reject"]  # nothing of hers yet
    assert not desktop.window.action("undo").isEnabled()  # nothing to undo either
    _click(qtbot, box, "Record mine")
    desktop.settled(qtbot)
    assert desktop.decisions(first) == ["reject", "escalate"]
    assert desktop.stored(first)[0] == "escalated"


def test_keeping_theirs_records_nothing(qtbot: QtBot, desktop: Desktop) -> None:
    first = desktop.window.current_id()
    assert first is not None
    _joost(desktop, first, Action.ESCALATE)
    desktop.key(qtbot, "x")
    _click(qtbot, _asked(qtbot, desktop), "Keep theirs")
    desktop.settled(qtbot)
    assert desktop.decisions(first) == ["escalate"]
    assert desktop.stored(first)[0] == "escalated"


def test_an_undo_leaves_a_later_decision_of_another_analyst_standing(
    qtbot: QtBot, desktop: Desktop
) -> None:
    first = desktop.window.current_id()
    assert first is not None
    desktop.key(qtbot, "x")
    desktop.settled(qtbot)
    _joost(desktop, first, Action.ESCALATE)  # he looked again and disagreed
    desktop.key(qtbot, "z", Qt.KeyboardModifier.ControlModifier)
    box = _asked(qtbot, desktop)
    assert "Nothing was undone" in box.informativeText()
    desktop.settled(qtbot)
    assert desktop.decisions(first) == ["reject", "escalate"]
    assert desktop.stored(first)[0] == "escalated"


def test_her_own_quick_second_decision_is_no_conflict(qtbot: QtBot, desktop: Desktop) -> None:
    """A second key on the same item before the first decision is written expects the
    version before both: her own entry in between is no conflict."""
    first = desktop.window.current_id()
    assert first is not None
    desktop.key(qtbot, "x")
    desktop.window.select_row(0)  # back to it at once, before the list is read again
    desktop.key(qtbot, "e")
    desktop.settled(qtbot)
    assert desktop.decisions(first) == ["reject", "escalate"]
    assert desktop.window.decisions.conflicts.box is None


def test_an_undo_checks_even_a_decision_taken_on_an_unread_row(
    qtbot: QtBot, desktop: Desktop
) -> None:
    """A decision on items whose rows were never read expects nothing; its undo still
    expects the versions its own write left, so it cannot take back Joost's."""
    first = desktop.window.current_id()
    assert first is not None
    triage = desktop.window.triage
    triage.stack.push(DecisionCommand(triage, Verdict(action=Action.REJECT, item_ids=(first,))))
    desktop.settled(qtbot)
    _joost(desktop, first, Action.ESCALATE)
    desktop.key(qtbot, "z", Qt.KeyboardModifier.ControlModifier)
    assert "Nothing was undone" in _asked(qtbot, desktop).informativeText()
    desktop.settled(qtbot)
    assert desktop.decisions(first) == ["reject", "escalate"]
