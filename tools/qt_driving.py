"""Driving the running app from inside its own event loop, for tools/screenshots.py: wait
for a condition, let a change settle, and open a modal dialog so that a step runs while it
is up (the app's own ``exec()`` blocks until it closes), then close it without taking its
offer.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

SETTLE_MS = 400  # layout and painting after a change, before a capture


class Failed(Exception):
    """A step of the tour did not happen (a dialog that did not open, a wait in vain)."""


def wait_until(condition: Callable[[], object], what: str, timeout: float = 30.0) -> None:
    """Let the app run until ``condition()`` holds; :class:`Failed` after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    loop = QEventLoop()
    while not condition():
        if time.monotonic() > deadline:
            raise Failed(f"gave up waiting for {what}")
        QTimer.singleShot(50, loop.quit)
        loop.exec()


def settle(ms: int = SETTLE_MS) -> None:
    """Let the app lay out and paint what just changed."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def close(dialog: QWidget) -> None:
    """Close a dialog without taking its offer: a message box by its escape button (No,
    Cancel, Keep waiting), any other dialog as Cancel does."""
    if not dialog.isVisible():
        return
    if isinstance(dialog, QMessageBox) and dialog.escapeButton() is not None:
        dialog.escapeButton().click()
    elif isinstance(dialog, QDialog):
        dialog.reject()
    else:
        dialog.close()


def modal(open_it: Callable[[], object], then: Callable[[QWidget], None]) -> None:
    """``open_it()`` opens a modal dialog and returns once it is closed (the app's own
    ``exec()``); ``then(dialog)`` runs inside that dialog's event loop once it is up, and
    the dialog is closed after it (unless ``then`` closed it)."""
    before = QApplication.activeModalWidget()
    opened: list[QWidget] = []
    errors: list[BaseException] = []
    returned = False

    def when_up() -> None:
        dialog = QApplication.activeModalWidget()
        if returned:
            return
        if dialog is None or dialog is before or not dialog.isVisible():
            QTimer.singleShot(50, when_up)
            return
        opened.append(dialog)
        try:
            settle()
            then(dialog)
        except BaseException as exc:  # noqa: BLE001 - raised again once exec() returns
            errors.append(exc)
        finally:
            close(dialog)

    QTimer.singleShot(0, when_up)
    open_it()
    returned = True
    if errors:
        raise errors[0]
    if not opened:
        raise Failed(f"no dialog opened by {open_it}")
