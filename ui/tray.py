"""The tray icon, and a desktop notification when new items score above a category's
alert threshold; clicking the notification opens the item."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from monitor.classify.taxonomy import Taxonomy
from monitor.store import Alert
from ui.worker import QueryOp, Reads

SHOWN_MS = 10_000


class Tray(QObject):
    """Owns the tray icon; :meth:`check` looks at newly classified items off the GUI
    thread and notifies about those above an alert threshold."""

    open_item = Signal(int)
    show_window = Signal()
    notified = Signal(str, str, int)  # title, message, the item a click opens

    def __init__(self, reads: Reads, taxonomy: Taxonomy, icon: QIcon, window: QWidget) -> None:
        super().__init__(window)
        self.reads = reads
        self.taxonomy = taxonomy
        self.language = "en"
        self.enabled = True
        self.thresholds: dict[str, float] = {}
        self.last_item: int | None = None
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu(window)
        self.show_action = QAction(self)
        self.show_action.triggered.connect(self.show_window)
        self.menu.addAction(self.show_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._clicked)
        window.installEventFilter(self)
        self.retranslate()
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()

    def add_actions(self, actions: Sequence[QAction]) -> None:
        for action in actions:
            self.menu.addAction(action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.show_action.setText(self.tr("Show Pushback Monitor"))
        self.icon.setToolTip(self.tr("Pushback Monitor"))

    def configure(self, *, enabled: bool, thresholds: Mapping[str, float], language: str) -> None:
        self.enabled = enabled
        self.thresholds = dict(thresholds)
        self.language = language

    def check(self, item_ids: Sequence[int]) -> None:
        """Notify about those of ``item_ids`` that score above an alert threshold."""
        if not self.enabled or not self.thresholds or not item_ids:
            return
        ids, thresholds = list(item_ids), dict(self.thresholds)
        QueryOp(self.reads, None, lambda store: store.alerts(ids, thresholds)).success(
            self.notify
        ).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        """No notification could be made: the tray says so (the window's list still
        shows the items)."""
        self.icon.setToolTip(self.tr("Notifications failed: %1").replace("%1", str(error)))

    def notify(self, found: list[Alert]) -> None:
        if not found:
            return
        first = found[0]
        names = {c.id: c.name.get(self.language, c.id) for c in self.taxonomy.categories}
        categories = ", ".join(
            f"{names.get(c, c)} {s:.2f}"
            for c, s in sorted(first.scores.items(), key=lambda p: -p[1])
        )
        if len(found) == 1:
            title = self.tr("New item above the alert threshold")
            message = f"{first.title}\n{first.source} · {categories}"
        else:
            title = self.tr("%n new item(s) above the alert threshold", "", len(found))
            message = f"{first.title}\n{first.source} · {categories}\n" + self.tr(
                "and %n more", "", len(found) - 1
            )
        self.last_item = first.item_id
        self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, SHOWN_MS)
        self.notified.emit(title, message, first.item_id)

    def _clicked(self) -> None:
        if self.last_item is not None:
            self.open_item.emit(self.last_item)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window.emit()
