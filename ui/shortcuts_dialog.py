"""``?``: every keyboard shortcut, read from the window's actions so it is never out of date.

The groups stand side by side in as few columns as let every one of them be read without
scrolling on the screen the dialog opens on (a 1366×768 laptop included)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.geometry import MARGIN

Groups = Sequence[tuple[str, Sequence[QAction]]]
CHROME = 150  # pixels of the dialog besides its rows: title, headers, buttons, margins
ROW_SPACE = 10  # pixels of a row besides its line of text
CELL_PADDING = 16  # pixels of a column besides its longest text


def shown_keys(sequence: QKeySequence) -> str:
    """A shortcut as it is typed: a letter without a modifier in lower case ("c", as the
    key is pressed; "C" would read as Shift+C), anything else as Qt names it."""
    text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    alone = len(text) == 1 and "A" <= text <= "Z"  # a modifier would be named: "Shift+C"
    return text.lower() if alone else text


def shown_action(action: QAction, keys: str) -> str:
    """The action's text without its menu accelerator, nor the keys it starts with (the
    category actions' "1 Anti-gender"): the keys have a column of their own."""
    text = action.text().replace("&", "")
    return text.removeprefix(f"{keys} ") if keys else text


def rows_of(actions: Sequence[QAction]) -> list[tuple[str, str]]:
    rows = []
    for action in actions:
        if action.shortcuts():
            keys = ", ".join(shown_keys(s) for s in action.shortcuts())
            rows.append((keys, shown_action(action, keys)))
    return rows


def columns_for(sizes: Sequence[int], fit: int) -> list[list[int]]:
    """The groups (by their numbers of rows), in order, in the fewest columns of at most
    ``fit`` rows (a longer group has a column to itself), as evenly filled as may be."""

    def packed(room: int) -> list[list[int]]:
        columns: list[list[int]] = [[]]
        used = 0
        for index, size in enumerate(sizes):
            if columns[-1] and used + size > room:
                columns.append([])
                used = 0
            columns[-1].append(index)
            used += size
        return columns

    fewest = len(packed(fit))
    for room in range(max(sizes, default=0), fit):
        if len(packed(room)) <= fewest:
            return packed(room)
    return packed(fit)


class ShortcutsDialog(QDialog):
    def __init__(self, groups: Groups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        listed = [(group, rows_of(actions)) for group, actions in groups]
        sizes = [1 + len(rows) for _, rows in listed]  # a heading and its rows
        screen = self.screen()
        height = screen.availableGeometry().height() - MARGIN if screen else 720
        self.row_height = self.fontMetrics().height() + ROW_SPACE
        self.tables = [
            self._table([listed[index] for index in column])
            for column in columns_for(sizes, max((height - CHROME) // self.row_height, 1))
        ]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for table in self.tables:
            row.addWidget(table, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def _table(self, groups: list[tuple[str, list[tuple[str, str]]]]) -> QTableWidget:
        """One column of the sheet: each group's heading, then its keys and actions."""
        table = QTableWidget(sum(1 + len(rows) for _, rows in groups), 2)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().hide()
        table.verticalHeader().setMinimumSectionSize(self.row_height)
        table.verticalHeader().setDefaultSectionSize(self.row_height)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)  # a sheet to read
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row = 0
        for group, rows in groups:
            heading = QTableWidgetItem(group)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            table.setItem(row, 0, heading)
            table.setSpan(row, 0, 1, 2)
            row += 1
            for keys, text in rows:
                table.setItem(row, 0, QTableWidgetItem(keys))
                table.setItem(row, 1, QTableWidgetItem(text))
                row += 1
        table.resizeColumnsToContents()
        for column in range(table.columnCount()):  # room after the longest text
            table.setColumnWidth(column, table.columnWidth(column) + CELL_PADDING)
        frame = 2 * table.frameWidth()
        table.setFixedSize(  # every row and column shown: the dialog takes their room
            table.horizontalHeader().length() + frame,
            table.horizontalHeader().sizeHint().height() + table.verticalHeader().length() + frame,
        )
        return table
