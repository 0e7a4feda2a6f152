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
from collections import OrderedDict, deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QSystemTrayIcon

if TYPE_CHECKING:  # jeepney itself is imported where a session bus is looked for (Linux)
    from jeepney import Message  # type: ignore[import-untyped]
    from jeepney.io.blocking import DBusConnection  # type: ignore[import-untyped]

SHOWN_MS = 10_000
SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
APP_NAME = "Pushback Monitor"
ICON = "io.github.pushback_monitor.PushbackMonitor"  # the icon the .desktop file installs
CALL_S = 2.0  # a notification service that does not answer in time is given up
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
    which maps to its item; ids this notifier never handed out (other applications'
    notifications, long-gone ones) are ignored.

    Spoken with jeepney (pure Python; on Linux it comes with keyring) on a session-bus
    connection of its own, read as Qt sees its socket become readable: ``Notify`` takes
    a ``uint32`` that PySide's QtDBus cannot send (its Python ints become ``int32``, or
    ``uint16`` through a ``QDBusArgument``), and some services send the click only to
    the connection that asked for the notification."""

    kind = "dbus"

    def __init__(self, connection: DBusConnection, on_click: OnClick) -> None:
        from jeepney import MatchRule, message_bus  # noqa: PLC0415 - Linux only

        super().__init__()
        self.connection = connection
        self.on_click = on_click
        self.items: OrderedDict[int, int] = OrderedDict()  # notification id → item id
        self.clicks: deque[Message] = deque()
        rule = MatchRule(type="signal", interface=INTERFACE, member="ActionInvoked")
        connection.filter(rule, queue=self.clicks)
        connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_S)
        self.readable = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
        self.readable.activated.connect(self._read)

    @staticmethod
    def open_session() -> DBusConnection | None:
        """A session-bus connection where a notification service runs or can be started;
        ``None`` without one (or without jeepney)."""
        try:
            from jeepney import DBusErrorResponse, message_bus  # noqa: PLC0415 - Linux only
            from jeepney.io.blocking import Proxy, open_dbus_connection  # noqa: PLC0415
        except ImportError:
            return None
        try:
            connection = open_dbus_connection(bus="SESSION")
        except (OSError, KeyError, ValueError, RuntimeError):  # no bus, or refused
            return None
        try:
            bus = Proxy(message_bus, connection, timeout=CALL_S)
            running = bus.NameHasOwner(SERVICE)[0]
            if running or SERVICE in bus.ListActivatableNames()[0]:
                return connection
        except (OSError, DBusErrorResponse):
            pass
        connection.close()
        return None

    def notify(self, title: str, body: str, item_id: int) -> None:
        """Ask the service to show it; a service that does not answer in time is left."""
        from jeepney import DBusAddress, DBusErrorResponse, new_method_call  # noqa: PLC0415

        call = new_method_call(
            DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE),
            "Notify",
            "susssasa{sv}i",
            (
                APP_NAME,
                0,  # replaces no earlier notification
                ICON,
                title,
                html.escape(body, quote=False),  # bodies may be read as markup
                ["default", self.tr("Show the item")],
                {"desktop-entry": ("s", ICON)},
                SHOWN_MS,
            ),
        )
        try:
            reply = self.connection.send_and_get_reply(call, timeout=CALL_S)
        except (OSError, DBusErrorResponse):
            return
        if reply.body and isinstance(reply.body[0], int):
            self.remember(reply.body[0], item_id)
        self._clicked()  # a click that arrived while waiting for the answer

    def remember(self, notification: int, item_id: int) -> None:
        self.items[notification] = item_id
        while len(self.items) > REMEMBERED:
            self.items.popitem(last=False)

    def action_invoked(self, notification: int, action: str) -> None:
        """``action`` of ``notification`` was chosen; "default" is a click on the
        notification itself."""
        item_id = self.items.get(int(notification))
        if item_id is not None and action == "default":
            self.on_click(item_id)

    def _read(self) -> None:
        """What the bus sent, in full; then the clicks among it."""
        while True:
            try:
                self.connection.recv_messages(timeout=0)
            except TimeoutError:
                break
            except OSError:  # the bus went away: no more clicks to hear of
                self.readable.setEnabled(False)
                break
        self._clicked()

    def _clicked(self) -> None:
        while self.clicks:
            body = self.clicks.popleft().body
            if len(body) == 2:
                self.action_invoked(body[0], str(body[1]))


def desktop_notifier(tray: QSystemTrayIcon | None, on_click: OnClick) -> Notifier | None:
    """The tray where there is one, else the notification service, else none (also on
    Qt's offscreen platform, which has no desktop: tests never reach a real one)."""
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return None
    if tray is not None and QSystemTrayIcon.isSystemTrayAvailable():
        return TrayNotifier(tray, on_click)
    connection = DBusNotifier.open_session()
    return DBusNotifier(connection, on_click) if connection is not None else None
