"""When another analyst decided items after this one read them (a team's shared queue):
the decision was not recorded, and the analyst chooses — keep theirs, or record hers
over it. An undo that would take back another analyst's later decision is not done."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from monitor.errors import StoreError
from monitor.store import DecisionConflict, ReadStore
from ui.decision_command import Verdict
from ui.detail_html import decided_by
from ui.triage import Triage


class ConflictBox(QObject):
    def __init__(self, triage: Triage, parent: QWidget, reader: ReadStore) -> None:
        super().__init__(parent)
        self.triage = triage
        self.parent_widget = parent
        self.reader = reader  # the item's title, for saying which one
        self.box: QMessageBox | None = None  # the question shown now
        triage.conflict.connect(self.show)

    def show(self, verdict: Verdict, error: DecisionConflict, undoing: bool) -> None:
        conflicts = error.conflicts
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Decided by another analyst"),
            self._what(error),
            parent=self.parent_widget,
        )
        box.setObjectName("conflict-box")
        if undoing:
            box.setInformativeText(
                self.tr("Nothing was undone: their decision came after yours and stands.")
            )
            box.addButton(QMessageBox.StandardButton.Ok)
            self._open(box, lambda _: None)
            return
        rest = [i for i in verdict.item_ids if i not in {c.item_id for c in conflicts}]
        box.setInformativeText(
            self.tr("Your decision was not recorded. Keep theirs, or record yours over it?")
            if not rest
            else self.tr(
                "Your decision was not recorded. Keep theirs and decide the other %n item(s),"
                " or record yours on all of them?",
                "",
                len(rest),
            )
        )
        keep = box.addButton(self.tr("Keep theirs"), QMessageBox.ButtonRole.RejectRole)
        mine = box.addButton(self.tr("Record mine"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        seen = dict(verdict.expected)

        def chosen(_: int) -> None:
            if box.clickedButton() is mine:
                # over what is there now: the versions their decisions left
                now = seen | {c.item_id: c.since[-1].id for c in conflicts}
                self.triage.decide(replace(verdict, expected=tuple(now.items())))
            elif rest:
                kept = tuple((i, v) for i, v in seen.items() if i in set(rest))
                self.triage.decide(replace(verdict, item_ids=tuple(rest), expected=kept))

        self._open(box, chosen)

    def _what(self, error: DecisionConflict) -> str:
        conflicts = error.conflicts
        if len(conflicts) > 1:
            return self.tr(
                "%n of the items were decided by another analyst after you read them.",
                "",
                len(conflicts),
            )
        (conflict,) = conflicts
        who = ", ".join(sorted({decided_by(d) for d in conflict.since}))
        try:
            item = self.reader.item(conflict.item_id)
        except StoreError:
            item = None
        return (
            self.tr("“%1” was decided by %2 after you read it.")
            .replace("%1", item.title if item else f"#{conflict.item_id}")
            .replace("%2", who)
        )

    def _open(self, box: QMessageBox, then: Callable[[int], None]) -> None:
        """Ask without blocking: the window goes on (and its tests end) meanwhile."""
        if self.box is not None:  # a question left unanswered decides nothing
            self.box.finished.disconnect()
            self.box.close()
        self.box = box
        box.finished.connect(then)
        box.open()
