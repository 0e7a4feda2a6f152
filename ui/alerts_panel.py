"""The alerts inside the window: a status-bar button with a badge counting the alerts
not yet seen, and the list of recent alerts it opens. Choosing an alert shows its item
(:meth:`AlertCenter.open`); it never decides anything.

The list works on every desktop, with a tray or without, and says where desktop
notifications go (the tray, the desktop's notification service, or nowhere).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, QTime
from PySide6.QtGui import QFont, QGuiApplication, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.alerts import AlertCenter, show_item
from ui.notifier import desktop_notifier
from ui.tray import Tray

if TYPE_CHECKING:
    from ui.main_window import MainWindow

BADGE_STYLE = (
    "background: #c62828; color: white; border-radius: 8px; padding: 0 5px; font-weight: bold;"
)
POPUP_SIZE = (480, 380)


def _when(at: datetime) -> str:
    """The time of an alert, with its date when it is not today's."""
    locale, short = QLocale(), QLocale.FormatType.ShortFormat
    clock = locale.toString(QTime(at.hour, at.minute), short)
    if at.date() == datetime.now(at.tzinfo).date():
        return clock
    return f"{locale.toString(QDate(at.year, at.month, at.day), short)} {clock}"


class AlertsPopup(QFrame):
    """The recent alerts, newest first; those not seen before in bold."""

    def __init__(self, center: AlertCenter, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("alerts-popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.center = center
        self.fresh = 0  # the first rows, new since the list was last opened
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.where = QLabel()  # where desktop notifications go
        self.where.setWordWrap(True)
        self.where.setStyleSheet("color: #555;")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        self.resize(*POPUP_SIZE)

    def fill(self) -> None:
        center = self.center
        self.heading.setText(self.tr("Recent alerts"))
        self.where.setText(self._where())
        self.list.clear()
        for number, seen in enumerate(center.recent):
            row = QListWidgetItem(
                f"{seen.alert.title}\n{_when(seen.at)} · {center.message(seen.alert)}"
            )
            row.setData(Qt.ItemDataRole.UserRole, seen.alert.item_id)
            row.setToolTip(self.tr("Show this item (decides nothing)"))
            if number < self.fresh:
                font = QFont(row.font())
                font.setBold(True)
                row.setFont(font)
            self.list.addItem(row)
        self.empty.setText(
            center.problem
            or self.tr(
                "No alerts yet. New items that score above a category's alert threshold "
                "(Settings, Classifier) are listed here."
            )
        )
        self.list.setVisible(bool(center.recent))
        self.empty.setVisible(not center.recent)
        if center.recent:
            self.list.setCurrentRow(0)

    def _where(self) -> str:
        notifier = self.center.notifier
        if not self.center.enabled:
            return self.tr("Desktop notifications are off (Settings).")
        if notifier is None:
            return self.tr("This desktop shows no notifications: alerts appear only here.")
        if notifier.kind == "tray":
            return self.tr("Each alert is also shown as a notification at the tray icon.")
        return self.tr("Each alert is also shown as a desktop notification.")

    def show_near(self, anchor: QWidget) -> None:
        """Above ``anchor`` (in the status bar), inside its screen."""
        self.fill()
        corner = anchor.mapToGlobal(QPoint(anchor.width(), 0))
        spot = QPoint(corner.x() - self.width(), corner.y() - self.height())
        screen = QGuiApplication.screenAt(corner) or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            spot.setX(max(area.left(), min(spot.x(), area.right() - self.width())))
            spot.setY(max(area.top(), min(spot.y(), area.bottom() - self.height())))
        self.move(spot)
        self.show()
        self.list.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The popup's keys stay in the popup: none reaches the window's shortcuts."""
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        event.accept()

    def _chosen(self, row: QListWidgetItem) -> None:
        if not self.isVisible():  # a click that also activates: once is enough
            return
        item_id = row.data(Qt.ItemDataRole.UserRole)
        self.hide()
        if isinstance(item_id, int):
            self.center.open(item_id)


class AlertsButton(QWidget):
    """``Alerts`` in the status bar, with a red badge: the alerts not yet seen."""

    def __init__(self, center: AlertCenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alerts-button")
        self.center = center
        self.button = QToolButton()
        self.button.setAutoRaise(True)
        self.button.clicked.connect(self.open_popup)
        self.badge = QLabel()
        self.badge.setStyleSheet(BADGE_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.button)
        layout.addWidget(self.badge)
        self.popup = AlertsPopup(center, self.window())
        center.changed.connect(self.update_count)
        self.update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update_count()
        super().changeEvent(event)

    def update_count(self) -> None:
        if self.popup.isVisible():  # alerts arriving while the list is open are seen
            self.popup.fresh += self.center.unseen
            self.center.unseen = 0
            self.popup.fill()
        count = self.center.unseen
        self.button.setText(self.tr("Alerts"))
        self.badge.setText(QLocale().toString(count))
        self.badge.setVisible(count > 0)
        self.button.setToolTip(
            self.tr("%n alert(s) not seen yet: click to see the recent alerts", "", count)
            if count
            else self.tr("The recent alerts: items above an alert threshold")
        )

    def open_popup(self) -> None:
        self.popup.fresh = self.center.unseen
        self.popup.show_near(self)
        self.center.mark_seen()


def attach_alerts(window: MainWindow) -> tuple[Tray, AlertCenter, AlertsButton]:
    """The window's tray icon, its alerts, and their button in the status bar; an alert
    opened (from the list, or a notification's click) shows its item in the window."""
    icon = QApplication.windowIcon() if QApplication.instance() else QIcon()
    tray = Tray(icon, window)
    tray.add_actions([window.action("poll"), window.action("quit")])
    tray.show_window.connect(window.bring_forward)
    center = AlertCenter(window.reads, window.names.category, window.names.source, window)
    center.notifier = desktop_notifier(tray.icon, center.open)
    center.open_item.connect(lambda item_id: show_item(window, item_id))  # decides nothing
    button = AlertsButton(center, window)
    window.statusBar().addPermanentWidget(button)
    return tray, center, button
