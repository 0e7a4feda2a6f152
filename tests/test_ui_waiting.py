"""What the analyst is told while decisions wait for the database, and before writing a
note: in the analyst's words, with the item named and the counts in their real forms."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from desktop import Desktop
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from monitor.errors import StoreUnavailable


def _refuse_writes(desktop: Desktop) -> Callable[[Any], Future[object]]:
    """Every write refused as busy, until the returned write is put back."""
    write = desktop.window.triage.write

    def busy(work: Any) -> Future[object]:
        refused: Future[object] = Future()
        refused.set_exception(
            StoreUnavailable(
                "/home/a/pushback.db: the database is busy in another program; "
                "the decision on item 356 was not saved",
                "busy",
            )
        )
        return refused

    desktop.window.triage.write = busy
    return write


def read_and_close_next_dialog(read: Callable[[QDialog], dict[str, object]]) -> dict[str, object]:
    """What ``read`` finds in the next modal dialog, once it is open; it is then closed
    as Escape closes it. The dict fills in when the dialog has been seen."""
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen.update(read(dialog))
        seen.setdefault("kind", type(dialog))
        dialog.reject()

    QTimer.singleShot(0, answer)
    return seen


def test_waiting_decisions_say_why_without_the_file_or_item_ids(
    qtbot: QtBot, desktop: Desktop
) -> None:
    window = desktop.window
    write = _refuse_writes(desktop)
    try:
        _check_waiting(qtbot, desktop)
    finally:  # the decision written after all, so that nothing waits when the window goes
        window.triage.write = write
        window.triage.retry_now()
        desktop.settled(qtbot)
        qtbot.waitUntil(lambda: not window.unsaved.isVisible())


def _no_journal(desktop: Desktop) -> None:
    """The file that keeps waiting decisions cannot be written (its folder is a file):
    quitting then asks."""
    desktop.window.triage.journal = desktop.locations.data_dir / "settings.yaml" / "waiting.json"


def _check_waiting(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    _no_journal(desktop)
    desktop.key(qtbot, "c")
    qtbot.waitUntil(window.unsaved.isVisible)
    assert window.unsaved.text() == "⚠ 1 decision not saved"
    reason = window.unsaved.toolTip().split("\n")[0]
    assert reason == "The database is busy in another program."

    seen = read_and_close_next_dialog(
        lambda box: {
            "title": box.windowTitle(),
            "text": box.informativeText(),  # type: ignore[attr-defined]
            "buttons": sorted(b.text() for b in box.buttons()),  # type: ignore[attr-defined]
        }
    )
    assert not window.decisions.may_quit()  # Escape keeps waiting
    assert seen.pop("kind") is QMessageBox
    assert seen == {
        "title": "1 decision not saved",
        "text": "The database is busy in another program.",
        "buttons": ["Keep waiting", "Quit anyway"],
    }


def test_a_note_on_one_item_names_it(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    item = window.reader.item(window.current_id() or 0)
    assert item is not None
    seen = read_and_close_next_dialog(
        lambda dialog: {
            "kind": type(dialog),
            "label": dialog.labelText(),  # type: ignore[attr-defined]
            "width": dialog.width(),
        }
    )
    desktop.key(qtbot, "n")
    assert seen["kind"] is QInputDialog
    assert seen["label"] == f"Note on “{item.title}”:"
    assert isinstance(seen["width"], int) and seen["width"] >= 500


def test_quitting_waits_for_a_decision_being_written_instead_of_asking(
    qtbot: QtBot, desktop: Desktop
) -> None:
    window = desktop.window
    write = window.triage.write

    def slow(work: Any) -> Future[object]:
        later: Future[object] = Future()

        def finish() -> None:
            time.sleep(0.3)
            try:
                later.set_result(write(work).result())
            except Exception as exc:
                later.set_exception(exc)

        threading.Thread(target=finish).start()
        return later

    window.triage.write = slow
    item = window.current_id()
    desktop.key(qtbot, "c")
    assert window.triage.pending == 1  # still being written
    asked: list[str] = []

    def refuse_any_question() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.windowTitle())
            box.reject()

    QTimer.singleShot(100, refuse_any_question)
    assert window.decisions.may_quit()
    assert asked == [] and window.triage.pending == 0
    assert item is not None and desktop.stored(item)[0] == "confirmed"
    window.triage.write = write


def test_a_second_close_while_the_first_asks_is_refused(qtbot: QtBot, desktop: Desktop) -> None:
    window = desktop.window
    write = _refuse_writes(desktop)
    _no_journal(desktop)
    try:
        desktop.key(qtbot, "c")
        qtbot.waitUntil(window.unsaved.isVisible)
        second: list[bool] = []

        def close_again() -> None:
            second.append(window.decisions.may_quit())  # while the question is open
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            box.reject()

        QTimer.singleShot(0, close_again)
        assert not window.decisions.may_quit()
        assert second == [False]
    finally:
        window.triage.write = write
        window.triage.retry_now()
        desktop.settled(qtbot)
        qtbot.waitUntil(lambda: not window.unsaved.isVisible())
