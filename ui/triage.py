"""Analyst decisions as undoable commands over the append-only decision log.

Doing a decision appends it; undoing appends an ``undo`` row that restores the state
before it (a note is undone by a note restoring the previous text). Nothing is ever
deleted, so the log shows the whole story, undos included. Every write runs on the
engine's writer thread; :attr:`Triage.changed` tells the views which items changed.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from monitor.store import Store
from ui.worker import on_done

Write = Callable[[Callable[[Store], object]], Future[object]]


translate = QCoreApplication.translate


@dataclass(frozen=True, kw_only=True)
class Verdict:
    """One decision on one or more items."""

    action: str  # confirm, reject, relabel, escalate, note
    item_ids: tuple[int, ...]
    labels: list[str] | None = None
    note: str | None = None
    severity: str | None = None  # high, medium or low, with confirm
    previous_notes: tuple[str | None, ...] = ()  # for undoing a note

    def describe(self) -> str:
        what = {
            "confirm": translate("Triage", "Confirm"),
            "reject": translate("Triage", "Reject"),
            "relabel": translate("Triage", "Relabel"),
            "escalate": translate("Triage", "Escalate"),
            "note": translate("Triage", "Note"),
        }[self.action]
        if self.severity:
            what = {
                "high": translate("Triage", "Confirm, severity high"),
                "medium": translate("Triage", "Confirm, severity medium"),
                "low": translate("Triage", "Confirm, severity low"),
            }[self.severity]
        count = len(self.item_ids)
        return (
            what
            if count == 1
            else translate("Triage", "%1 (%2 items)").replace("%1", what).replace("%2", str(count))
        )


class DecisionCommand(QUndoCommand):
    def __init__(self, triage: Triage, verdict: Verdict) -> None:
        super().__init__(verdict.describe())
        self.triage = triage
        self.verdict = verdict
        self.failed = False

    def redo(self) -> None:
        verdict, analyst = self.verdict, self.triage.analyst

        def work(store: Store) -> object:
            return store.record_decisions(
                verdict.item_ids,
                verdict.action,
                labels=verdict.labels,
                note=verdict.note,
                analyst=analyst,
                severity=verdict.severity,
            )

        self.triage.run(self, work)

    def undo(self) -> None:
        if self.failed:
            return  # it never happened
        verdict, analyst = self.verdict, self.triage.analyst

        def work(store: Store) -> object:
            if verdict.action != "note":
                return store.record_decisions(verdict.item_ids, "undo", analyst=analyst)
            return [
                store.record_decision(item_id, "note", note=previous or "", analyst=analyst)
                for item_id, previous in zip(verdict.item_ids, verdict.previous_notes, strict=True)
            ]

        self.triage.run(self, work)


class Triage(QObject):
    """The undo stack of decisions, and where they are written."""

    changed = Signal(object)  # the ids of the items a decision changed
    failed = Signal(str)

    def __init__(self, write: Write, analyst: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.write = write
        self.analyst = analyst
        self.stack = QUndoStack(self)
        self.pending = 0

    def decide(self, verdict: Verdict) -> None:
        self.stack.push(DecisionCommand(self, verdict))

    def run(self, command: DecisionCommand, work: Callable[[Store], object]) -> None:
        self.pending += 1
        on_done(
            self.write(work),
            lambda _: self._done(command),
            lambda error: self._failed(command, error),
        )

    def _done(self, command: DecisionCommand) -> None:
        self.pending -= 1
        self.changed.emit(command.verdict.item_ids)

    def _failed(self, command: DecisionCommand, error: BaseException) -> None:
        """The write did not happen: take the command off the stack (without writing)."""
        self.pending -= 1
        command.failed = True
        item_ids = command.verdict.item_ids
        if self.stack.index() > 0 and self.stack.command(self.stack.index() - 1) is command:
            command.setObsolete(True)
            self.stack.undo()  # an obsolete command is dropped from the stack
        else:
            self.stack.clear()  # the history no longer matches the log: start afresh
        self.failed.emit(str(error))
        self.changed.emit(item_ids)
