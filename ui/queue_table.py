"""The queue's table view: rows selected whole, fixed row heights, the columns' widths
and the sort indicator on the publication date, newest first. A first click on a header
sorts as the model's ``InitialSortOrderRole`` says: Score and Published highest first.

The title takes the width the other columns leave. Those keep narrow widths that suit a
1366-pixel screen (a layout saved by :mod:`ui.layout` wins over them): a category is a dot
in its colour before the names, so that every category of a row shows however far its
names are cut; the whole names, and a source's whole name, are in the cell's tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

from ui.queue_model import COLUMNS, QueueModel, done_here

WIDTHS = (
    ("score", 48),
    ("categories", 110),
    ("source", 112),
    ("language", 44),
    ("published", 124),
)  # the title takes the rest
DOT = 8  # a category's dot, in pixels
DOT_GAP = 3
FADED = 0.35  # the dots' opacity on a row greyed for having left the queue

Index = QModelIndex | QPersistentModelIndex


class QueueDelegate(QStyledItemDelegate):
    """Draws each category of a row as a dot in its colour before the names (elided as
    the column allows), and gives the categories and the source their whole names as a
    tooltip."""

    def __init__(self, model: QueueModel, parent: QTableView) -> None:
        super().__init__(parent)
        self.model = model

    def _categories(self, index: Index) -> list[str]:
        if COLUMNS[index.column()] != "categories":
            return []
        row = self.model.row(index.row())
        return row.categories if row is not None else []

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if categories := self._categories(index):
            option.rect.setLeft(option.rect.left() + len(categories) * (DOT + DOT_GAP))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        categories = self._categories(index)
        if not categories:
            super().paint(painter, option, index)
            return
        # The row's background (selected, alternating) under the dots, then the names.
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        super().paint(painter, option, index)
        row = self.model.row(index.row())
        faded = row is not None and done_here(self.model.query.queue, row.status)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setOpacity(FADED if faded else 1.0)
        x = option.rect.left() + DOT_GAP
        top = option.rect.center().y() - DOT // 2
        for category in categories:
            painter.setBrush(QColor(self.model.category_color(category)))
            painter.drawEllipse(x, top, DOT, DOT)
            x += DOT + DOT_GAP
        painter.restore()

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and not index.data(Qt.ItemDataRole.ToolTipRole):
            tip = self.tooltip(index)
            if tip:
                QToolTip.showText(event.globalPos(), tip, view, view.visualRect(index))
                return True
        return super().helpEvent(event, view, option, index)

    def tooltip(self, index: Index) -> str:
        """The whole text of a categories or source cell: each category on a line."""
        column = COLUMNS[index.column()]
        if column == "categories":
            return "\n".join(self.model.category_name(c) for c in self._categories(index))
        if column == "source":
            return str(index.data() or "")
        return ""


def make_queue_table(model: QueueModel, row_height: int) -> QTableView:
    """The queue's view: each category of a row also shown as a dot in its colour."""
    table = QTableView()
    table.setObjectName("queue")
    table.setModel(model)
    table.setItemDelegate(QueueDelegate(model, table))
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
