"""Closing the window: quit, or keep polling in the background.

``keep_polling`` in settings.yaml decides (the settings dialog sets it). Left unset, the
first close asks, where alerts could still reach the analyst with the window closed (a
tray or a notification service), and remembers the answer; elsewhere closing quits.

The window is only hidden when there is a way back to it: the tray icon, or starting
the app again, which then shows the running one's window instead of opening a second
(:class:`Instance`: a name of its own on the session D-Bus per data folder,
:func:`activate_running`). Without either, closing the window quits. Quit (Ctrl+Q, the
tray menu) always ends the app, and with it polling.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from monitor.errors import MonitorError
from monitor.settings import save_settings
from ui.notifier import ICON

if TYPE_CHECKING:
    from ui.main_window import MainWindow

OBJECT_PATH = "/io/github/pushback_monitor/PushbackMonitor"


def instance_name(data_dir: Path) -> str:
    """The running app's name on the session bus: one per data folder."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"{ICON}.folder_{digest}"


def _bus() -> QDBusConnection | None:
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return None  # no desktop: tests never reach a real session bus
    bus = QDBusConnection.sessionBus()
    return bus if bus.isConnected() else None


class Instance(QObject):
    """The running app on the session bus; ``Activate`` shows its window."""

    def __init__(self, on_activate: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_activate = on_activate
        self.registered = False

    def claim(self, data_dir: Path) -> bool:
        """Take the data folder's name on the bus. False without a bus, or when another
        app already has it."""
        bus = _bus()
        if bus is None:
            return False
        name = instance_name(data_dir)
        if not bus.registerService(name):
            return False
        self.registered = bus.registerObject(
            OBJECT_PATH, self, QDBusConnection.RegisterOption.ExportAllSlots
        )
        return self.registered

    @Slot()
    def Activate(self) -> None:  # the D-Bus method: its name as D-Bus names methods
        self.on_activate()


def activate_running(data_dir: Path, app: QCoreApplication) -> bool:
    """When the app already runs on ``data_dir``: show its window and say so (this start
    then ends). ``app``: the application, which the bus needs first."""
    bus = _bus() if app is not None else None
    name = instance_name(data_dir)
    if bus is None or not bus.interface().isServiceRegistered(name).value():
        return False
    call = QDBusMessage.createMethodCall(name, OBJECT_PATH, "", "Activate")  # any interface
    reply = bus.call(call, timeout=3_000)
    return reply.type() == QDBusMessage.MessageType.ReplyMessage


class Background(QObject):
    """Decides what closing the window does (:meth:`close_handled`)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.quitting = False  # Quit was chosen, or the app is ending
        self.instance = Instance(window.bring_forward, self)
        self.instance.claim(window.locations.data_dir)
        self.ask: Callable[[], bool | None] = self._ask  # tests answer instead
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._ending)

    def _ending(self) -> None:
        self.quitting = True

    def way_back(self) -> bool:
        """Whether a closed window can be opened again while the app runs."""
        return self.window.tray.available() or self.instance.registered

    def alerts_reach_desktop(self) -> bool:
        return self.window.tray.available() or self.window.alerts.notifier is not None

    def close_handled(self, event: QCloseEvent) -> bool:
        """True when closing the window does not end the app: the window is hidden and
        polling goes on, or the analyst took the question back."""
        if self.quitting or not self.way_back():
            return False
        keep = self.window.settings.keep_polling
        if keep is None:
            if not self.alerts_reach_desktop():
                return False  # nothing would tell of an alert: closing quits
            keep = self.ask()
            if keep is None:
                event.ignore()
                return True
            self._remember(keep)
        if not keep:
            return False
        event.ignore()
        QGuiApplication.setQuitOnLastWindowClosed(False)  # a message box closed now must not end it
        self.window.hide()
        return True

    def closed(self) -> None:
        """The window closed for good: the app ends (also when it was hidden, which Qt
        would not count as its last window closing)."""
        QCoreApplication.quit()

    def quit(self) -> None:
        """Quit, whatever closing the window does."""
        self.quitting = True
        if not self.window.close():
            self.quitting = False  # decisions not saved yet: the analyst stayed

    def _remember(self, keep: bool) -> None:
        w = self.window
        try:
            w.settings = save_settings(w.locations.data_dir, {("keep_polling",): keep})
        except MonitorError as exc:  # this time the answer holds; asked again next time
            w.settings = replace(w.settings, keep_polling=keep)
            w.statusBar().showMessage(str(exc), 30_000)

    def _ask(self) -> bool | None:
        """Keep polling (True), quit (False) or stay (None)."""
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Closing the window"), "", parent=self.window
        )
        box.setText(self.tr("Keep polling in the background when the window is closed?"))
        way = (
            self.tr(
                "Open the window again from the tray icon, or by starting Pushback Monitor again."
            )
            if self.window.tray.available()
            else self.tr("Open the window again by starting Pushback Monitor again.")
        )
        box.setInformativeText(
            self.tr("New alerts still arrive as desktop notifications.")
            + " "
            + way
            + " "
            + self.tr("Quit (Ctrl+Q) ends polling. You can change this in Settings.")
        )
        keep = box.addButton(self.tr("Keep polling"), QMessageBox.ButtonRole.AcceptRole)
        quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            return True
        return False if clicked is quit_button else None
