"""The window's own state between sessions: its size and place, the splitters, the
queue's columns and which queue was open, kept in the data folder (``window.ini``) like
everything else."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

LAYOUT_FILE = "window.ini"
QUEUE_KEY = "queue"

# Reading and setting a text kept between sessions (the queue open, as its place key).
TextPart = tuple[Callable[[], str], Callable[[str], object]]


class Layout:
    def __init__(
        self,
        data_dir: Path,
        window: QMainWindow,
        splitters: dict[str, QSplitter],
        columns: QHeaderView,
        queue: TextPart | None = None,
    ) -> None:
        self.path = data_dir / LAYOUT_FILE
        self.queue = queue
        self.parts: dict[str, tuple[Callable[[], QByteArray], Callable[[QByteArray], object]]]
        self.parts = {
            "geometry": (window.saveGeometry, window.restoreGeometry),
            **{key: (s.saveState, s.restoreState) for key, s in splitters.items()},
            "columns": (columns.saveState, columns.restoreState),
        }

    def _file(self) -> QSettings:
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    def restore(self) -> None:
        stored = self._file()
        for key, (_, restore) in self.parts.items():
            value = stored.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        queue = stored.value(QUEUE_KEY)
        if self.queue is not None and isinstance(queue, str) and queue:
            self.queue[1](queue)

    def save(self) -> None:
        stored = self._file()
        for key, (save, _) in self.parts.items():
            stored.setValue(key, save())
        if self.queue is not None:
            stored.setValue(QUEUE_KEY, self.queue[0]())
        stored.sync()
