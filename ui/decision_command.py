"""A decision as an undoable command: the :class:`Verdict` (what is decided on which
items, and the versions of them the analyst saw), the :class:`DecisionCommand` on
:class:`~ui.triage.Triage`'s undo stack, and each :class:`Step` of it, done or taken
back, with the write it runs on the store writer and the versions that write left its
items at (what its undo expects).
"""

from __future__ import annotations

import contextlib
import uuid
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from monitor.store import Action, Actor, Decision, Store

if TYPE_CHECKING:
    from ui.triage import Triage

Versions = tuple[tuple[int, int], ...]  # (item id, its version), as the analyst saw them

translate = QCoreApplication.translate


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
