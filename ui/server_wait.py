"""Starting while the database cannot be reached (a team's server down, the network
gone; a file busy in another program): a window says so and what it waits for, tries
again by itself every few seconds off the GUI thread (so that it answers at once), and
lets the analyst try now or quit. Decisions kept from the last session
(:mod:`ui.waiting_file`) stay in the data folder meanwhile; they are sent once the app
is in."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from monitor.errors import MonitorError, StoreUnavailable
from ui import waiting_file
from ui.triage import why_waiting
from ui.worker import on_done, run_in_thread

RETRY_S = 10  # seconds between two tries


class ServerWait(QDialog):
    """Waits until ``probe`` (run in a thread) opens the database: accepted then;
    rejected when the analyst quits, or when the database answers with a fault that
    waiting does not mend (:attr:`error`)."""

    def __init__(
        self,
        where: str,
        error: StoreUnavailable,
        probe: Callable[[], None],
        journal: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Pushback Monitor")
        self.probe = probe
        self.error: MonitorError | None = None
        self._trying: Future[None] | None = None
        self._left = RETRY_S
        self.heading = QLabel(f"<b>{why_waiting(error)}</b>")
        self.where = QLabel(where)
        self.where.setWordWrap(True)
        self.state = QLabel()
        kept = waiting_file.count(journal) if journal is not None else 0
        self.kept = QLabel(
            self.tr(
                "%n decision(s) kept from the last session will be sent once it answers.",
                "",
                kept,
            )
        )
        self.kept.setVisible(kept > 0)
        buttons = QDialogButtonBox()
        self.try_now = buttons.addButton(self.tr("Try now"), QDialogButtonBox.ButtonRole.ActionRole)
        self.quit = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.try_now.clicked.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.where, self.kept, self.state):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._tick.start()
        self._show_left()

    def _show_left(self) -> None:
        self.state.setText(self.tr("Trying again in %n second(s)…", "", self._left))

    def _count_down(self) -> None:
        if self._trying is not None:
            return
        self._left -= 1
        if self._left <= 0:
            self._try()
        else:
            self._show_left()

    def _try(self) -> None:
        if self._trying is not None:
            return
        self.state.setText(self.tr("Trying to reach it…"))
        self.try_now.setEnabled(False)
        self._trying = run_in_thread(self.probe)
        on_done(self._trying, lambda _: self.accept(), self._failed)

    def _failed(self, error: BaseException) -> None:
        self._trying = None
        self.try_now.setEnabled(True)
        if isinstance(error, StoreUnavailable):
            self.heading.setText(f"<b>{why_waiting(error)}</b>")
            self._left = RETRY_S
            self._show_left()
            return
        self.error = error if isinstance(error, MonitorError) else MonitorError(str(error))
        self.reject()

    def done(self, result: int) -> None:
        self._tick.stop()
        super().done(result)


def wait_for_database(
    where: str,
    error: StoreUnavailable,
    probe: Callable[[], None],
    journal: Path | None = None,
) -> bool:
    """Whether the database can be reached now (False: the analyst quit); raises the
    fault it answers with instead, when waiting does not mend that one."""
    dialog = ServerWait(where, error, probe, journal)
    reached = dialog.exec() == QDialog.DialogCode.Accepted
    if dialog.error is not None:
        raise dialog.error
    return reached
