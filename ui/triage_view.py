"""The window's side of the decisions: the undo and redo actions and their texts, notes
written in a dialog, the button for decisions the database has not taken yet, the
question before quitting without them, and the question when another analyst decided
the same items first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton

from monitor.store import Action
from ui.conflict_box import ConflictBox
from ui.decision_command import Verdict

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate  # the window's texts, translated as they were
NOTE_WIDTH = 520  # the note dialog's width: room for a title and a few lines of note


class TriageView(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.triage = window.triage
        # a decision expects the versions of the rows the analyst saw; when another analyst
        # decided one since, the conflict box asks what to do (a team's shared queue)
        self.triage.versions = window.model.versions
        self.conflicts = ConflictBox(self.triage, window, window.reader)
        self.unsaved = QPushButton()  # decisions the database could not take yet
        self._quitting = False  # may_quit is waiting or asking
        self.unsaved.setFlat(True)
        self.unsaved.setStyleSheet("QPushButton { color: #b3261e; font-weight: bold; }")
        self.unsaved.hide()
        window.statusBar().addPermanentWidget(self.unsaved)
        self.unsaved.clicked.connect(self.triage.retry_now)
        self.triage.waiting.connect(self._decisions_waiting)
        undo, redo, stack = window.action("undo"), window.action("redo"), self.triage.stack
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        # The texts arrive with the signals: the stack is not asked again, since it
        # also signals while it is being destroyed with the window.
        self._next_undo = self._next_redo = ""
        stack.undoTextChanged.connect(lambda text: self.undo_texts(undo=text))
        stack.redoTextChanged.connect(lambda text: self.undo_texts(redo=text))
        undo.setEnabled(False)
        redo.setEnabled(False)

    def undo_texts(self, *, undo: str | None = None, redo: str | None = None) -> None:
        """The actions name the step they undo or redo ("Undo Confirm"). Called without
        texts (the language changed), the history's steps are named again first, so a
        note taken in English is not undone in Dutch as "Note"."""
        if undo is None and redo is None:
            self.triage.retitle()
            undo, redo = self.triage.stack.undoText(), self.triage.stack.redoText()
        self._next_undo = self._next_undo if undo is None else undo
        self._next_redo = self._next_redo if redo is None else redo
        named = {
            "undo": translate("MainWindow", "Undo %1"),
            "redo": translate("MainWindow", "Redo %1"),
        }
        bare = {"undo": translate("MainWindow", "Undo"), "redo": translate("MainWindow", "Redo")}
        for action_id, following in (("undo", self._next_undo), ("redo", self._next_redo)):
            action = self.window.action(action_id)
            action.setText(
                named[action_id].replace("%1", following) if following else bare[action_id]
            )
            action.setToolTip(f"{action.text()} ({action.shortcut().toString()})")

    # -- notes -----------------------------------------------------------------------------

    def write_note(self) -> None:
        w = self.window
        ids = w.selected_ids()
        if not ids:
            return
        first = w.reader.item(ids[0])
        dialog = QInputDialog(w)
        dialog.setWindowTitle(translate("MainWindow", "Note"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        if len(ids) == 1 and first is not None:
            title = QFontMetrics(dialog.font()).elidedText(
                first.title, Qt.TextElideMode.ElideRight, NOTE_WIDTH - 40
            )
            dialog.setLabelText(self.tr("Note on “%1”:").replace("%1", title))
            dialog.setTextValue(first.note or "")
        else:
            dialog.setLabelText(self.tr("Note on %n item(s):", "", len(ids)))
        dialog.resize(NOTE_WIDTH, dialog.sizeHint().height())
        if dialog.exec() == QInputDialog.DialogCode.Accepted:
            self.save_note(ids, dialog.textValue())

    def save_note(self, ids: list[int], text: str) -> None:
        self.triage.decide(Verdict(action=Action.NOTE, item_ids=tuple(ids), note=text.strip()))

    # -- undo ------------------------------------------------------------------------------

    def undo(self) -> None:
        self._undo_step(self.triage.stack.index() - 1, self.triage.stack.undo)

    def redo(self) -> None:
        self._undo_step(self.triage.stack.index(), self.triage.stack.redo)

    def _undo_step(self, index: int, step: Callable[[], None]) -> None:
        """Undo or redo, then show the item it concerned."""
        stack = self.triage.stack
        command = stack.command(index) if 0 <= index < stack.count() else None
        if command is None:
            return
        first = command.child(0) if command.childCount() else command
        ids = getattr(first, "verdict", None)
        step()
        w = self.window
        near = w.table.currentIndex().row()
        if ids is not None and (row := w.model.row_of(ids.item_ids[0], near)) is not None:
            w.select_row(row)

    # -- decisions not written yet --------------------------------------------------------

    def _decisions_waiting(self, count: int, reason: str) -> None:
        self.unsaved.setVisible(count > 0)
        self.unsaved.setText(self.tr("⚠ %n decision(s) not saved", "", count))
        self.unsaved.setToolTip(
            translate(
                "MainWindow",
                "%1\nThey are kept, also when you quit, and tried again until the database takes them. Click to try now.",  # noqa: E501 - one source string
            ).replace("%1", reason)
        )

    def may_quit(self) -> bool:
        """Quitting loses no decision, or the analyst says to quit without them. Those
        being written are waited for (briefly); those the database refused are kept in
        the data folder for the next start, and only when that file cannot be written
        does the analyst choose. A second close while the first waits or asks (the
        tray's Quit) is refused."""
        if self._quitting:
            return False
        self._quitting = True
        try:
            return self._may_quit()
        finally:
            self._quitting = False

    def _may_quit(self) -> bool:
        self.triage.finish_writing()
        if not self.triage.pending or self.triage.keep():
            return True  # nothing waits, or what waits is kept for the next start
        pending = self.triage.pending
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("%n decision(s) not saved", "", pending),
            "",
            parent=self.window,
        )
        box.setText(
            self.tr(
                "%n decision(s) could not be saved yet. If you quit now, they are lost.",
                "",
                pending,
            )
        )
        box.setInformativeText(self.unsaved.toolTip().split("\n")[0])
        wait = box.addButton(
            translate("MainWindow", "Keep waiting"), QMessageBox.ButtonRole.RejectRole
        )
        quit_anyway = box.addButton(self.tr("Quit anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(wait)
        box.setEscapeButton(wait)
        box.exec()
        return box.clickedButton() is quit_anyway  # closed any other way: keep waiting
