"""The tray icon, where the desktop has a system tray: a menu (show the window, poll,
quit) and a click that brings the window back, also while it is closed and polling goes
on in the background. Its messages are one of the desktop notifiers (``ui/notifier.py``);
alerts themselves are :mod:`ui.alerts`'s."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget


class Tray(QObject):
    """Owns the tray icon; shown only where a system tray is available."""

    show_window = Signal()

    def __init__(self, icon: QIcon, window: QWidget) -> None:
        super().__init__(window)
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu(window)
        self.show_action = QAction(self)
        self.show_action.triggered.connect(self.show_window)
        self.menu.addAction(self.show_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        window.installEventFilter(self)
        self.retranslate()
        if self.available():
            self.icon.show()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

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

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        """A click on the icon shows the window; it never acts on an item."""
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window.emit()
