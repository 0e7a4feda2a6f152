"""On a team database: what other analysts and the team's worker change, heard as it is
committed (:class:`monitor.store.ChangeListener`), reaches the window's
:class:`~ui.changes.ChangeHub` like its own writes, so that the list, the counts and the
item shown follow within a second. And the others see which item this analyst has open:
the window holds a short lease on the item it shows (monitor/store/leases.py), renewed
while it stays shown, dropped when another is shown or the window closes."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QTimer, Signal

from monitor.store import ChangeListener
from ui.worker import on_done

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from ui.main_window import MainWindow


HOLD_DELAY_MS = 300  # the item shown is held once the analyst stops on it
RENEW_MS = 30_000  # a lease lasts 90 seconds (leases.LEASE)


class TeamLink(QObject):
    heard = Signal(object)  # Changes, emitted on the listener's thread: queued to the hub

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        database = window.locations.database
        self.listener: ChangeListener | None = None
        self._hold = QTimer(self, singleShot=True, interval=HOLD_DELAY_MS)
        self._hold.timeout.connect(self.hold)
        self._renew = QTimer(self, interval=RENEW_MS)
        self._renew.timeout.connect(self.hold)
        if database.conninfo is not None:
            window.model.analyst = window.settings.analyst_name  # others' marks, not hers
            window.table.selectionModel().currentRowChanged.connect(self._current_changed)
            self._renew.start()
            self.heard.connect(window.changes.tell)
            listener = ChangeListener(database.conninfo, str(database), self.heard.emit)
            # however the window goes, the thread stops before this object does
            self.destroyed.connect(listener.close)
            self.listener = listener

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._hold.start()

    def hold(self, item_id: int | None = -1) -> None:
        """Hold a lease on the item shown (``item_id``: another, or None for none)."""
        shown = self.window.current_id() if item_id == -1 else item_id
        analyst = self.window.settings.analyst_name
        on_done(
            self.window.host.write(lambda store: store.hold(shown, analyst)),
            lambda _: None,
            # the others miss the mark for a while; the decisions themselves say the rest
            lambda error: log.warning("cannot mark the item shown as open: %s", error),
        )

    def close(self) -> None:
        """Stop listening, and let go of the item shown."""
        if self.listener is not None:
            self._hold.stop()
            self._renew.stop()
            self.hold(None)
            self.listener.close()
            self.listener = None
