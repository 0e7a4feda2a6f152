"""Analyst decisions as undoable commands over the append-only decision log.

Doing a decision appends it; undoing appends an ``undo`` row that restores the state
before it (a note's undo restores the note before it). Nothing is ever
deleted, so the log shows the whole story, undos included. Every write runs on the
engine's writer thread; :attr:`Triage.changed` tells the views which items changed.
"""

from __future__ import annotations

import contextlib
import logging
import time
import uuid
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from monitor.errors import MonitorError, StoreUnavailable
from monitor.progress import Progress, Task
from monitor.store import Action, Actor, Changes, Decision, DecisionConflict, Store
from ui import waiting_file
from ui.worker import on_done

Write = Callable[[Callable[[Store], object]], Future[object]]
Versions = tuple[tuple[int, int], ...]  # (item id, its version), as the analyst saw them


translate = QCoreApplication.translate
log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class Verdict:
    """One decision on one or more items."""

    action: Action
    item_ids: tuple[int, ...]
    labels: list[str] | None = None
    note: str | None = None
    severity: str | None = None  # high, medium or low, with confirm
    # relabel: categories to add to or take off each item's own (labels unused), in the
    # taxonomy's order
    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()
    order: tuple[str, ...] = ()
    actors: tuple[Actor, ...] = ()  # with ``actors``: the item's actors after it
    # How the undo history names it, when not by its action: asked each time it is shown,
    # so that it follows the interface language ("Add Anti-gender", "Anti-gender toevoegen").
    title: Callable[[], str] | None = None
    # The versions of the items the analyst saw when deciding: if another analyst decided
    # one since, the store refuses (DecisionConflict) and the analyst chooses.
    expected: Versions = ()

    def describe(self) -> str:
        """What was decided ("Confirm"), whatever the number of items (see
        :meth:`Triage.describe`)."""
        if self.title is not None:
            return self.title()
        what = {
            Action.CONFIRM: translate("Triage", "Confirm"),
            Action.REJECT: translate("Triage", "Reject"),
            Action.RELABEL: translate("Triage", "Relabel"),
            Action.ESCALATE: translate("Triage", "Escalate"),
            Action.NOTE: translate("Triage", "Note"),
            Action.ACTORS: translate("Triage", "Actors"),
        }[self.action]
        if self.severity:
            what = {
                "high": translate("Triage", "Confirm, severity high"),
                "medium": translate("Triage", "Confirm, severity medium"),
                "low": translate("Triage", "Confirm, severity low"),
            }[self.severity]
        return what


class DecisionCommand(QUndoCommand):
    def __init__(
        self,
        triage: Triage,
        verdict: Verdict,
        *,
        analyst: str | None = None,
        key: str | None = None,
    ) -> None:
        super().__init__(triage.describe(verdict))
        self.triage = triage
        self.verdict = verdict
        self.analyst = triage.analyst if analyst is None else analyst
        self.key = key or uuid.uuid4().hex  # names it in the file of waiting decisions
        self.failed = False
        # the versions this command's last write left its items at, in the order of
        # verdict.item_ids (8 bytes an item): what its undo (or the redo after that)
        # expects, so that it never takes back another analyst's later decision
        self.after: array[int] | None = None

    def expected(self) -> dict[int, int]:
        """What the next write expects (built on the writer thread: for a decision on
        many items it is as long as they are)."""
        if self.after is not None:
            return dict(zip(self.verdict.item_ids, self.after, strict=True))
        return dict(self.verdict.expected)

    def wrote(self, result: object) -> None:
        """Keep the versions a write left its items at (its decisions' ids)."""
        listed = result if isinstance(result, list) else [result]
        written = [d for d in listed if isinstance(d, Decision)]
        if [d.item_id for d in written] == list(self.verdict.item_ids):
            self.wrote_versions(d.id for d in written)

    def wrote_versions(self, versions: Iterable[int]) -> None:
        self.after = array("q", versions)

    def redo(self) -> None:
        self.triage.run(Step(self, undoing=False))

    def undo(self) -> None:
        if not self.failed:  # else it never happened
            self.triage.run(Step(self, undoing=True))

    def work(self, step: Step) -> Callable[[Store], object]:
        """The write of ``step`` (this command done or taken back), run on the writer
        thread; sent again while the database cannot take it, under the same id."""
        verdict, ids, expected = self.verdict, self.verdict.item_ids, self.expected
        analyst, request = self.analyst, step.request
        bulk = verdict.action not in (Action.NOTE, Action.ACTORS)
        progress = self.triage.progress_for(verdict) if bulk else None

        def write(store: Store) -> object:
            if step.undoing and verdict.action is Action.NOTE:
                return store.undo_notes(ids, expected=expected(), analyst=analyst, request=request)
            if step.undoing and verdict.action is Action.ACTORS:
                return store.undo_actors(ids, expected=expected(), analyst=analyst, request=request)
            if verdict.action is Action.ACTORS:
                return store.set_actors(
                    ids[0], verdict.actors, expected=expected(), analyst=analyst, request=request
                )
            with progress or contextlib.nullcontext():
                if step.undoing:
                    return store.record_decisions(
                        ids,
                        Action.UNDO,
                        progress=progress,
                        expected=expected(),
                        analyst=analyst,
                        request=request,
                    )
                if verdict.add or verdict.remove:
                    return store.relabel(
                        ids,
                        add=verdict.add,
                        remove=verdict.remove,
                        order=verdict.order,
                        progress=progress,
                        expected=expected(),
                        analyst=analyst,
                        request=request,
                    )
                return store.record_decisions(
                    ids,
                    verdict.action,
                    labels=verdict.labels,
                    note=verdict.note,
                    severity=verdict.severity,
                    progress=progress,
                    expected=expected(),
                    analyst=analyst,
                    request=request,
                )

        return write


@dataclass(frozen=True)
class Step:
    """One write of the line: a command done, or taken back, under the id the store
    knows it by if it is sent again (see :mod:`monitor.store.deciding`)."""

    command: DecisionCommand
    undoing: bool
    request: str = field(default_factory=lambda: uuid.uuid4().hex)


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
