"""One signal for what writes changed: every write the window makes or hears of (a
decision, new thresholds, new items from a poll, a source's state) arrives here as a
:class:`~monitor.store.Changes`, and each view connected to :attr:`ChangeHub.changed`
reads again what concerns it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from monitor.store import Changes


class ChangeHub(QObject):
    changed = Signal(object)  # Changes

    def tell(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
