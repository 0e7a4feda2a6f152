"""The queue's selection and what is decided on it.

A selection is read as the table's selection ranges, never row by row, so that Ctrl+A
on 400,000 items costs as much as on ten: its ids are slices of the model's id array,
the categories it shares come from one store query off the GUI thread (small
selections read the rows already at hand), and a decision on all of them is one
:class:`~ui.decision_command.Verdict`: one transaction, one undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTableView

from monitor.classify.taxonomy import Taxonomy
from monitor.store import Action, Changes, ReadStore, SelectionCategories
from ui.decision_command import Verdict
from ui.queue_model import COLUMNS, PAGE, QueueModel
from ui.triage import Triage
from ui.worker import QueryOp, Reads

translate = QCoreApplication.translate
SMALL = PAGE  # selections up to this many rows are read from the rows at hand


class QueueController(QObject):
    categories = Signal(object)  # set[str]: the categories every selected item carries
    refused = Signal(str)  # why a decision was not taken
    told = Signal(str)  # what a decision on several items did ("67 items confirmed …")

    def __init__(
        self,
        table: QTableView,
        model: QueueModel,
        reads: Reads,
        triage: Triage,
        taxonomy: Taxonomy,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.model = model
        self.reads = reads
        self.triage = triage
        self.taxonomy = taxonomy
        self.small = SMALL
        self._summary: SelectionCategories | None = None  # of the current selection
        self._generation = 0  # selections made so far: a late summary is dropped
        table.selectionModel().selectionChanged.connect(lambda *_: self.sync())

    # -- where the analyst is --------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.item_id(index.row()) if index.isValid() else None

    def _spans(self) -> list[tuple[int, int]]:
        """The selected rows as (first, after last) spans in order; the current row when
        nothing is selected."""
        selection = self.table.selectionModel().selection()
        ranges = (selection.at(n) for n in range(selection.size()))
        spans = sorted({(r.top(), r.bottom() + 1) for r in ranges})
        if not spans and self.table.currentIndex().isValid():
            row = self.table.currentIndex().row()
            spans = [(row, row + 1)]
        return spans

    def selected_ids(self) -> list[int]:
        spans = self._spans()
        if len(spans) == 1:
            return self.model.ids_between(*spans[0])
        return list(dict.fromkeys(i for span in spans for i in self.model.ids_between(*span)))

    def last_selected_row(self) -> int | None:
        spans = self._spans()
        return spans[-1][1] - 1 if spans else None

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, COLUMNS.index("title"))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_all(self) -> None:
        self.table.selectAll()

    def step(self, step: int) -> None:
        index = self.table.currentIndex()
        row = index.row() + step if index.isValid() else 0
        self.select_row(min(max(row, 0), self.model.rowCount() - 1))

    def select_again(self, current: int | None, near: int | None = None) -> bool:
        """After the list was read afresh or reordered: the item that was selected, else
        the first one. False when the list is empty."""
        if current is not None and (row := self.model.row_of(current, near)) is not None:
            self.select_row(row)
        elif self.model.rowCount():
            self.select_row(0)
        else:
            return False
        return True

    def go_to(self, item_id: int) -> bool:
        """Select the item's row. False when it is not listed (decided meanwhile, or not
        read yet); if the list is still being read, it is selected once it arrives, as
        long as the list was not read afresh in between."""
        row = self.model.row_of(item_id)
        if row is not None:
            self.select_row(row)
            return True
        if not self.model.complete:  # further down than the first page: once all is known
            generation = self.model.generation

            def loaded(_: int) -> None:
                self.model.loaded.disconnect(loaded)
                if self.model.generation == generation:
                    self._select_if_listed(item_id)

            self.model.loaded.connect(loaded)
        return False

    def _select_if_listed(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row is not None:
            self.select_row(row)

    # -- the categories of the selection -----------------------------------------------

    def sync(self) -> None:
        """Find the categories the selection shares (and tell :attr:`categories`)."""
        self._generation += 1
        self._summary = None
        ids = self.selected_ids()
        if len(ids) <= self.small:
            rows = [self.model.row(r) for s in self._spans() for r in range(*s)]
            per_category: dict[str, int] = {}
            for row in rows:
                for category in row.categories if row else []:
                    per_category[category] = per_category.get(category, 0) + 1
            bare = sum(1 for row in rows if row is None or not row.categories)
            summary = SelectionCategories(
                items=len(rows), per_category=per_category, uncategorised=bare
            )
            self._adopt(self._generation, summary)
            return
        generation, query = self._generation, self.model.query
        model = self.model
        whole = model.complete and model.as_read and len(ids) == model.rowCount()

        def read(store: ReadStore) -> SelectionCategories:
            # the whole queue (Ctrl+A): SQLite reads it by the query, no ids handed over
            return store.queue_categories(query) if whole else store.selection_categories(ids)

        QueryOp(self.reads, self.table, read).success(
            lambda summary: self._adopt(generation, summary)
        ).run()

    def _adopt(self, generation: int, summary: SelectionCategories) -> None:
        if generation != self._generation:
            return  # the selection changed meanwhile
        self._summary = summary
        self.categories.emit(summary.shared())

    def apply(self, changes: Changes) -> None:
        """A write changed items: the selection's categories may have, too."""
        if changes.items or changes.every_item:
            self.sync()

    # -- deciding --------------------------------------------------------------------------

    def decide(self, action: Action, severity: str | None = None) -> None:
        """Confirm (with a severity), reject or escalate the selected items, then select
        the next one."""
        ids = self.selected_ids()
        if not ids:
            return
        summary = self._summary
        if action is Action.CONFIRM and summary is not None and summary.uncategorised:
            self.refused.emit(
                translate(
                    "MainWindow", "Nothing to confirm: choose the categories first (keys 1–7)"
                )
            )
            return
        last = self.last_selected_row()
        self.triage.decide(Verdict(action=action, item_ids=tuple(ids), severity=severity))
        self._tell(action, len(ids))
        if last is not None and last + 1 < self.model.rowCount():
            self.select_row(last + 1)

    def _tell(self, action: Action, count: int) -> None:
        """Say how many items a decision on several took, and how to take it back."""
        if count < 2:
            return  # the row shows it
        texts = {
            Action.CONFIRM: self.tr("%Ln item(s) confirmed — %1 undoes", "", count),
            Action.REJECT: self.tr("%Ln item(s) rejected — %1 undoes", "", count),
            Action.ESCALATE: self.tr("%Ln item(s) escalated — %1 undoes", "", count),
            Action.RELABEL: self.tr("%Ln item(s) relabelled — %1 undoes", "", count),
        }
        if action in texts:
            undo = QKeySequence(QKeySequence.StandardKey.Undo)
            keys = undo.toString(QKeySequence.SequenceFormat.NativeText)
            self.told.emit(texts[action].replace("%1", keys))

    def toggle_category(self, category: str, name: Callable[[str], str]) -> None:
        """Add the category to the selected items, or take it off when all have it."""
        ids = self.selected_ids()
        summary = self._summary
        if not ids:
            return
        if summary is None:
            self.refused.emit(
                translate("MainWindow", "Still reading the selection's categories: try again")
            )
            return
        present = category in summary.shared()

        def title() -> str:  # in the language of the moment it is shown
            what = (
                translate("MainWindow", "Remove %1")
                if present
                else translate("MainWindow", "Add %1")
            )
            return what.replace("%1", name(category))

        change = (category,)
        self.triage.decide(
            Verdict(
                action=Action.RELABEL,
                item_ids=tuple(ids),
                remove=change if present else (),
                add=() if present else change,
                order=tuple(self.taxonomy.ids),
                title=title,
            )
        )
        self._tell(Action.RELABEL, len(ids))
