"""Analyst decisions as undoable commands over the append-only decision log.

Doing a decision appends it; undoing appends an ``undo`` row that restores the state
before it (a note's undo restores the note before it). Nothing is ever
deleted, so the log shows the whole story, undos included. Every write runs on the
engine's writer thread; :attr:`Triage.changed` tells the views which items changed.
The commands themselves, and what each writes, are :mod:`ui.decision_command`.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from monitor.errors import MonitorError, StoreUnavailable
from monitor.progress import Progress, Task
from monitor.store import Changes, DecisionConflict, Store
from ui import waiting_file
from ui.decision_command import DecisionCommand, Step, Verdict, Versions
from ui.worker import on_done

Write = Callable[[Callable[[Store], object]], Future[object]]

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


def why_waiting(error: StoreUnavailable) -> str:
    """Why decisions wait, in the analyst's words (the engine's message names the
    database file and the items by their ids)."""
    said = {
        "busy": translate("Triage", "The database is busy in another program."),
        "full": translate("Triage", "The disk is full: make room on it."),
        "read-only": translate("Triage", "The database or its folder is read-only."),
        "unreachable": translate("Triage", "The database server cannot be reached."),
    }
    return said.get(error.reason, str(error))


# Waits before trying a decision again that the database could not take yet (busy in
# another program, disk full): growing, then every 30 seconds for as long as it takes.
RETRY_MS = (1_000, 2_000, 5_000, 10_000, 30_000)
BULK = 1_000  # decisions on this many items or more show their progress
FINISH_S = 5.0  # seconds at most that quitting waits for decisions being written


class Triage(QObject):
    """The undo stack of decisions, and where they are written: one at a time, in the
    order taken, so that an undo never overtakes what it undoes. A decision the database
    cannot take yet stays at the head of the line and is tried again (:attr:`waiting`
    says so); it is dropped only for a fault that trying again cannot mend.

    While decisions wait, and when the app quits with some not written, the line is kept
    in ``journal`` (a file in the data folder; see :mod:`ui.waiting_file`): the next start
    sends them (:meth:`resume`), each under its own id, so that one whose commit went
    through just as the connection broke is not recorded twice."""

    changed = Signal(object)  # Changes: the items a decision changed
    failed = Signal(str)
    # a decision refused because another analyst decided its items since they were read:
    # the verdict, the DecisionConflict, and whether it was an undo
    conflict = Signal(object, object, bool)
    waiting = Signal(int, str)  # decisions not written yet, and why; (0, "") when all are
    progress = Signal(object, str)  # Progress of a decision on many items, and its name

    def __init__(
        self,
        write: Write,
        analyst: str,
        parent: QObject | None = None,
        *,
        journal: Path | None = None,
        database: str = "",
    ) -> None:
        super().__init__(parent)
        self.write = write
        self.analyst = analyst
        self.journal = journal
        self.database = database  # where the kept decisions are for (see waiting_file)
        self.stack = QUndoStack(self)
        self._line: deque[tuple[Step, Callable[[Store], object]]] = deque()
        self._kept = False  # whether the journal holds the line
        self._writing = False
        self._attempts = 0
        self._reason = ""  # why a decision has had to wait, while one waits
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._write_next)
        # what the analyst saw of items: their versions (the list's rows; set by the window)
        self.versions: Callable[[Sequence[int]], Versions] = lambda ids: ()

    @property
    def pending(self) -> int:
        """Decisions taken and not written yet."""
        return len(self._line)

    def finish_writing(self, seconds: float = FINISH_S) -> None:
        """Wait (the events going on) for the decisions being written now, at most
        ``seconds``; not for those the database refused, which wait for a retry."""
        deadline = time.monotonic() + seconds
        while self._line and not self._retry.isActive() and time.monotonic() < deadline:
            # The writes' answers, not the analyst's keys: nothing new is decided meanwhile.
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)

    def decide(self, verdict: Verdict) -> None:
        self.stack.push(DecisionCommand(self, self.seen(verdict)))

    def seen(self, verdict: Verdict) -> Verdict:
        """``verdict`` expecting the versions of its items the analyst saw (unless it
        says already)."""
        if verdict.expected:
            return verdict
        return replace(verdict, expected=self.versions(verdict.item_ids))

    def describe(self, verdict: Verdict) -> str:
        """How the undo history names a decision: "Confirm", "Confirm (3 items)"."""
        count = len(verdict.item_ids)
        what = verdict.describe()
        return what if count == 1 else self.tr("%1 (%Ln item(s))", "", count).replace("%1", what)

    def retitle(self) -> None:
        """Name every step of the history in the interface language now in use."""
        for index in range(self.stack.count()):
            command = self.stack.command(index)
            if isinstance(command, DecisionCommand):
                command.setText(self.describe(command.verdict))

    def progress_for(self, verdict: Verdict) -> Progress | None:
        """A progress for writing a decision on many items (announced by
        :attr:`progress`); None for a few, which take no time worth showing."""
        if len(verdict.item_ids) < BULK:
            return None
        progress = Progress(Task.OTHER, total=len(verdict.item_ids))
        self.progress.emit(progress, self.describe(verdict))
        return progress

    def run(self, step: Step) -> None:
        self._line.append((step, step.command.work(step)))
        if self._retry.isActive():
            self._keep()
            self.waiting.emit(len(self._line), self._reason)
        elif not self._writing:
            self._write_next()

    # -- the decisions kept across a restart ----------------------------------------------

    def keep(self) -> bool:
        """Keep the decisions not written yet in the journal, for the next start to send
        (quitting with some waiting); False when there is no journal or it cannot be
        written, and they would be lost."""
        return self._keep() and (self._kept or not self._line)

    def _keep(self) -> bool:
        if self.journal is None:
            return False
        if not self._line and not self._kept:
            return True
        try:
            waiting_file.save(self.journal, [step for step, _ in self._line], self.database)
        except (OSError, MonitorError) as exc:
            log.warning("the waiting decisions could not be kept in %s: %s", self.journal, exc)
            return False
        self._kept = bool(self._line)
        return True

    def resume(self) -> None:
        """Send the decisions the journal kept when the app last quit or stopped (its
        history starts afresh: they are not on the undo stack). A journal that cannot be
        read is set aside under another name, never deleted, and :attr:`failed` says so."""
        if self.journal is None or not self.journal.exists():
            return
        try:
            kept = waiting_file.load(self.journal, self, self.database)
        except waiting_file.Unreadable as exc:
            self.failed.emit(
                self.tr("The decisions kept last time cannot be read: %1. The file is kept as %2.")
                .replace("%1", exc.reason)
                .replace("%2", str(exc.kept_as))
            )
            return
        self._kept = True
        for step in kept:
            self.run(step)

    # -- writing --------------------------------------------------------------------------

    def retry_now(self) -> None:
        if self._retry.isActive():
            self._retry.stop()
            self._write_next()

    def _write_next(self) -> None:
        if not self._line:
            return
        step, work = self._line[0]
        self._writing = True
        on_done(
            self.write(work),
            lambda result: self._done(step, result),
            lambda error: self._failed(step, error),
        )

    def _done(self, step: Step, result: object) -> None:
        self._writing = False
        step.command.wrote(result)
        self._take_off()
        self.changed.emit(Changes.of_items(step.command.verdict.item_ids))
        self._write_next()

    def _take_off(self) -> None:
        """The head of the line is done with: written, or dropped."""
        self._line.popleft()
        self._attempts = 0
        if self._kept:
            self._keep()
        if self._reason and not self._line:
            self._reason = ""
            self.waiting.emit(0, "")

    def _failed(self, step: Step, error: BaseException) -> None:
        self._writing = False
        command = step.command
        if isinstance(error, StoreUnavailable):
            self._retry.start(RETRY_MS[min(self._attempts, len(RETRY_MS) - 1)])
            self._attempts += 1
            self._reason = why_waiting(error)
            self._keep()
            self.waiting.emit(len(self._line), self._reason)
            return
        # The write cannot happen: take the command off the stack (without writing).
        self._take_off()
        command.failed = True
        item_ids = command.verdict.item_ids
        stacked = [self.stack.command(i) for i in range(self.stack.count())]
        if stacked and self.stack.index() > 0 and stacked[self.stack.index() - 1] is command:
            command.setObsolete(True)
            self.stack.undo()  # an obsolete command is dropped from the stack
        elif any(c is command for c in stacked):
            self.stack.clear()  # the history no longer matches the log: start afresh
        if isinstance(error, DecisionConflict):
            self.conflict.emit(command.verdict, error, step.undoing)
        else:
            self.failed.emit(str(error))
        self.changed.emit(Changes.of_items(item_ids))
        self._write_next()
