"""Rows of plain text in a ``QTableWidget``, as the dialogs that list items show them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem


def fill_text_rows(table: QTableWidget, rows: Sequence[Sequence[str]], stretch: int) -> None:
    """Show ``rows`` in ``table``, each text also its cell's tooltip (a long one is read in
    full); the columns fit their texts, and column ``stretch`` takes the room left."""
    table.setRowCount(len(rows))
    for number, texts in enumerate(rows):
        for column, text in enumerate(texts):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            table.setItem(number, column, cell)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
