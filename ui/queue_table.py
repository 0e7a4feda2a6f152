"""The queue's table view: rows selected whole, fixed row heights, the columns' widths
and the sort indicator on the publication date, newest first. A first click on a header
sorts as the model's ``InitialSortOrderRole`` says: Score and Published highest first."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from ui.queue_model import COLUMNS, QueueModel

WIDTHS = (
    ("score", 48),
    ("categories", 130),
    ("source", 130),
    ("language", 44),
    ("published", 124),
)  # the title takes the rest


def make_queue_table(model: QueueModel, row_height: int) -> QTableView:
    table = QTableView()
    table.setObjectName("queue")
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    # The header does not share the table's selection: painting it asks, for each
    # column, whether the selection covers it, one model index per row (seven seconds
    # after Ctrl+A on 400,000 rows). The rows show what is selected.
    header.setSelectionModel(QItemSelectionModel(model, header))
    header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
    for column, width in WIDTHS:
        table.setColumnWidth(COLUMNS.index(column), width)
    show_newest_first(table)
    header.setSortIndicatorShown(True)
    return table


def show_newest_first(table: QTableView) -> None:
    """The sort indicator on the publication date, descending (the default order)."""
    table.horizontalHeader().setSortIndicator(
        COLUMNS.index("published"), Qt.SortOrder.DescendingOrder
    )
