"""On a team database: what other analysts and the team's worker change, heard as it is
committed (:class:`monitor.store.ChangeListener`), reaches the window's
:class:`~ui.changes.ChangeHub` like its own writes, so that the list, the counts and the
item shown follow within a second."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from monitor.store import ChangeListener

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class TeamLink(QObject):
    heard = Signal(object)  # Changes, emitted on the listener's thread: queued to the hub

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        database = window.locations.database
        self.listener: ChangeListener | None = None
        if database.conninfo is not None:
            self.heard.connect(window.changes.tell)
            listener = ChangeListener(database.conninfo, str(database), self.heard.emit)
            # however the window goes, the thread stops before this object does
            self.destroyed.connect(listener.close)
            self.listener = listener

    def close(self) -> None:
        if self.listener is not None:
            self.listener.close()
            self.listener = None
