"""A folder shown whole, however long its path, with buttons to copy and to open it.

A path is one long "word" to Qt's word wrap, which cuts off a long folder name; so the
path is wrapped at its separators where it can be, and inside a name where it must."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ui.i18n import Retranslating

WRAP = QTextOption()
WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


class WrappedPath(QLabel):
    """A label that breaks its text anywhere rather than cut it off (``text()`` is the
    path as it is; Copy gives it whole)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inside = max(width - margins.left() - margins.right(), 1)
        layout = QTextLayout(self.text(), self.font())
        layout.setTextOption(WRAP)
        layout.beginLayout()
        height = 0.0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(inside)
            height += line.height()
        layout.endLayout()
        return int(height + 0.99) + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = min(metrics.horizontalAdvance(self.text()), 40 * metrics.averageCharWidth())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(10 * self.fontMetrics().averageCharWidth(), self.fontMetrics().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(QRectF(self.contentsRect()), self.text(), WRAP)
        painter.end()


class FolderField(Retranslating, QWidget):
    """The path (its tooltip too), then Copy (the path to the clipboard) and Open (the
    folder in the file manager)."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.path = WrappedPath(str(folder))
        self.path.setToolTip(str(folder))
        self.copy = QPushButton()
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(folder)))
        self.open = QPushButton()
        self.open.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        # The path's first line level with the buttons' text (the form's label is, too).
        above = (self.copy.sizeHint().height() - self.path.fontMetrics().height()) // 2
        self.path.setContentsMargins(0, max(above, 0), 0, 0)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.open, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def retranslate(self) -> None:
        self.copy.setText(self.tr("Copy"))
        self.copy.setToolTip(self.tr("Copy the folder's path"))
        self.open.setText(self.tr("Open"))
        self.open.setToolTip(self.tr("Open the folder in the file manager"))
