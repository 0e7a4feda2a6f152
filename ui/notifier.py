"""Desktop notifications behind one small interface, :class:`Notifier`: the tray icon's
message where there is a system tray, else the freedesktop notification service
(``org.freedesktop.Notifications`` on the session D-Bus, as on stock GNOME, which has no
tray), else none. :func:`desktop_notifier` picks one.

A click on a notification reports only which item it was about (``on_click(item_id)``),
so what a click does is decided in one place (:class:`ui.alerts.AlertCenter`): it shows
the item and never decides anything on it.
"""

from __future__ import annotations

import html
import os
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, QMetaObject, QObject, Qt, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface
from PySide6.QtWidgets import QSystemTrayIcon

SHOWN_MS = 10_000
SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
APP_NAME = "Pushback Monitor"
ICON = "io.github.pushback_monitor.PushbackMonitor"  # the icon the .desktop file installs
CALL_MS = 2_000  # a notification service that does not answer in time is given up
REMEMBERED = 50  # notifications whose clicks are still understood

OnClick = Callable[[int], None]


class Notifier(Protocol):
    """Shows a notification about an item; a click on it calls ``on_click(item_id)``."""

    kind: str  # "tray" or "dbus": how notifications reach the desktop

    def notify(self, title: str, body: str, item_id: int) -> None: ...


class TrayNotifier(QObject):
    """Notifications as the tray icon's messages. Qt tells only that *a* message was
    clicked, so the click opens the item of the latest one."""

    kind = "tray"

    def __init__(self, icon: QSystemTrayIcon, on_click: OnClick) -> None:
        super().__init__(icon)
        self.icon = icon
        self.on_click = on_click
        self.last_item: int | None = None
        icon.messageClicked.connect(self._clicked)

    def notify(self, title: str, body: str, item_id: int) -> None:
        self.last_item = item_id
        self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, SHOWN_MS)

    def _clicked(self) -> None:
        if self.last_item is not None:
            self.on_click(self.last_item)


class DBusNotifier(QObject):
    """Notifications through ``org.freedesktop.Notifications``, each with a "default"
    action: the service's ``ActionInvoked`` signal names the notification clicked,
    which maps to its item. Signals about other applications' notifications carry ids
    this notifier never handed out, and are ignored."""

    kind = "dbus"

    def __init__(self, bus: QDBusConnection, on_click: OnClick) -> None:
        super().__init__()
        self.bus = bus
        self.on_click = on_click
        self.items: OrderedDict[int, int] = OrderedDict()  # notification id → item id
        self._service: QDBusInterface | None = None
        bus.connect(  # type: ignore[call-overload]
            SERVICE,
            PATH,
            INTERFACE,
            "ActionInvoked",
            self,
            SLOT("action_invoked(uint,QString)"),  # a str at run time, whatever the stubs say
        )

    @staticmethod
    def available(bus: QDBusConnection) -> bool:
        """Whether the session bus has a notification service, running or startable."""
        if not bus.isConnected():
            return False
        names = bus.interface()
        if names.isServiceRegistered(SERVICE).value():
            return True
        startable = names.activatableServiceNames().value()
        return isinstance(startable, list) and SERVICE in startable

    def _interface(self) -> QDBusInterface:
        if self._service is None or not self._service.isValid():
            self._service = QDBusInterface(SERVICE, PATH, INTERFACE, self.bus, self)
            self._service.setTimeout(CALL_MS)
        return self._service

    def notify(self, title: str, body: str, item_id: int) -> None:
        """Ask the service to show it. Called through the interface's introspected
        method, so that every argument has the D-Bus type the service checks for
        (``replaces_id`` is a ``uint32``, which a plain Python int would not be)."""
        service = self._interface()
        if not service.isValid():
            return
        notification = QMetaObject.invokeMethod(
            service,
            "Notify",
            Qt.ConnectionType.DirectConnection,
            Q_RETURN_ARG("uint"),
            Q_ARG("QString", APP_NAME),
            Q_ARG("uint", 0),
            Q_ARG("QString", ICON),
            Q_ARG("QString", title),
            Q_ARG("QString", html.escape(body, quote=False)),  # bodies may be read as markup
            Q_ARG("QStringList", ["default", self.tr("Show the item")]),
            Q_ARG("QVariantMap", {"desktop-entry": ICON}),
            Q_ARG("int", SHOWN_MS),
        )
        if isinstance(notification, int) and notification:
            self.remember(notification, item_id)

    def remember(self, notification: int, item_id: int) -> None:
        self.items[notification] = item_id
        while len(self.items) > REMEMBERED:
            self.items.popitem(last=False)

    @Slot("uint", "QString")
    def action_invoked(self, notification: int, action: str) -> None:
        """The service's signal: ``action`` of ``notification`` was chosen; "default" is
        a click on the notification itself."""
        item_id = self.items.get(int(notification))
        if item_id is not None and action == "default":
            self.on_click(item_id)


def desktop_notifier(tray: QSystemTrayIcon | None, on_click: OnClick) -> Notifier | None:
    """The tray where there is one, else the notification service, else none (also on
    Qt's offscreen platform, which has no desktop: tests never reach a real one)."""
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return None
    if tray is not None and QSystemTrayIcon.isSystemTrayAvailable():
        return TrayNotifier(tray, on_click)
    bus = QDBusConnection.sessionBus()
    if DBusNotifier.available(bus):
        return DBusNotifier(bus, on_click)
    return None
