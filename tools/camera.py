"""The screenshots' pictures: a window as it is on screen, or a dialog's own window under
a drawn title bar (Xvfb has no window manager to draw one), written as
``<name>-<language>.png``.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QWidget

from tools.qt_driving import Failed

ROOT = Path(__file__).resolve().parents[1]
TITLE_BAR = 30


class Camera:
    """Writes the pictures named in ``names`` into ``out``, for one language."""

    def __init__(self, out: Path, language: str, names: Collection[str]) -> None:
        self.out = out
        self.language = language
        self.names = names
        self.written: list[Path] = []

    def _save(self, image: QImage, name: str) -> None:
        assert name in self.names, name
        path = self.out / f"{name}-{self.language}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path)):
            raise Failed(f"cannot write {path}")
        self.written.append(path)
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    def screen(self, window: QWidget, name: str) -> None:
        """The window as it is on screen, with whatever pops up over it."""
        screen = QGuiApplication.primaryScreen()
        frame = window.frameGeometry()
        picture = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        self._save(picture.toImage(), name)

    def dialog(self, dialog: QWidget, name: str) -> None:
        """The dialog's own window, under a bar with its title."""
        body = dialog.grab().toImage()
        image = QImage(body.width() + 2, body.height() + TITLE_BAR + 1, QImage.Format.Format_RGB32)
        image.fill(QColor("#8c8c8c"))  # the 1-pixel border
        painter = QPainter(image)
        painter.fillRect(QRect(1, 1, body.width(), TITLE_BAR - 1), QColor("#e4e4e4"))
        font = QFont(dialog.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#202020"))
        painter.drawText(
            QRect(1, 1, body.width(), TITLE_BAR - 1),
            Qt.AlignmentFlag.AlignCenter,
            dialog.windowTitle() or QCoreApplication.applicationName(),
        )
        painter.drawImage(1, TITLE_BAR, body)
        painter.end()
        self._save(image, name)
