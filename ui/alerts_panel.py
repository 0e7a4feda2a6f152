"""The alerts inside the window: a status-bar button with a badge counting the alerts
not yet seen, and the list of recent alerts it opens. Choosing an alert shows its item
(:meth:`AlertCenter.open`); it never decides anything.

The list works on every desktop, with a tray or without, and says where desktop
notifications go (the tray, the desktop's notification service, or nowhere).
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QKeyEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.alerts import AlertCenter, Seen, ranked, show_item
from ui.i18n import Retranslating
from ui.layout import LAYOUT_FILE
from ui.notifier import desktop_notifier
from ui.rises_dialog import RiseWords
from ui.style import RED
from ui.tray import Tray

if TYPE_CHECKING:
    from ui.main_window import MainWindow

BADGE_STYLE = (
    f"background: {RED}; color: white; border-radius: 8px; padding: 0 5px; font-weight: bold;"
)
POPUP_SIZE = (480, 380)
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1  # an alert's title, and its second line as HTML
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 2
RISE_ROLE = Qt.ItemDataRole.UserRole + 3  # a rise's alert: its place in the list
RISES_AT_START_MS = 3_000  # yesterday's and today's rises, once the window is up
PADDING = 5  # around an alert's text, inside the line between alerts
SEPARATOR = "#d8d8d8"
SECONDARY = "#5f5f5f"  # the second line: when, where, which categories

Index = QModelIndex | QPersistentModelIndex


def alert_time(at: datetime) -> str:
    """The time of an alert on the 24-hour clock, as the status bar gives the next poll,
    with its date (the interface language's way) when it is not today's."""
    clock = at.strftime("%H:%M")
    if at.date() == datetime.now(at.tzinfo).date():
        return clock
    day = QLocale().toString(QDate(at.year, at.month, at.day), QLocale.FormatType.ShortFormat)
    return f"{day} {clock}"


def unbroken(text: str) -> str:
    """``text`` escaped, kept on one line (its hyphens too: Qt breaks after one)."""
    return escape(text).replace(" ", "\u00a0").replace("-", "\u2011")


def details_html(seen: Seen, center: AlertCenter) -> str:
    """An alert's second line: when, its source, and each category with its score, a
    category never parted from its score by a line break (a rise: its day and score)."""
    if seen.rise is not None:
        return f"{escape(alert_time(seen.at))}\u00a0· {escape(center.rise_details(seen.rise))}"
    parts = [escape(alert_time(seen.at)), escape(center.source_name(seen.alert.source))]
    categories = ", ".join(unbroken(c) for c in ranked(seen.alert, center.category_name))
    return "\u00a0· ".join([*parts, categories])  # a dot never begins a line


class AlertDelegate(QStyledItemDelegate):
    """An alert as two parts: its title (bold while it is new) and, in the regular
    weight, when it came, its source and its categories; a line between alerts."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text = option.palette.highlightedText() if selected else option.palette.text()
        second = text.color().name() if selected else SECONDARY
        font = index.data(Qt.ItemDataRole.FontRole)
        weight = "bold" if isinstance(font, QFont) and font.bold() else "normal"
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml(
            f"<div style='color:{text.color().name()}; font-weight:{weight}'>"
            f"{escape(str(index.data(TITLE_ROLE) or ''))}</div>"
            f"<div style='color:{second}'>{index.data(DETAILS_ROLE) or ''}</div>"
        )
        document.setTextWidth(max(self.view.viewport().width() - 2 * PADDING, 50))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        document = self.document(option, index)
        # As wide as the list (the text wraps within it), never wider: no sideways scrolling.
        return QSize(
            self.view.viewport().width(),
            round(document.size().height()) + 2 * PADDING + 1,  # and the line below
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )
        document = self.document(option, index)
        rect = option.rect
        painter.save()
        painter.translate(rect.left() + PADDING, rect.top() + PADDING)
        document.drawContents(painter)
        painter.restore()
        painter.save()
        painter.setPen(QColor(SEPARATOR))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()


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
        self.list.setItemDelegate(AlertDelegate(self.list))
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # heights follow the width
        # The alerts wrap to the list's width: never a sideways bar (one showed while the
        # vertical bar, appearing, took the width the rows were measured at).
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
            second = center.message(seen.alert) if seen.rise is None else ""
            row = QListWidgetItem(f"{seen.alert.title}\n{alert_time(seen.at)} · {second}")
            row.setData(Qt.ItemDataRole.UserRole, seen.alert.item_id)
            row.setData(RISE_ROLE, number if seen.rise is not None else None)
            row.setData(TITLE_ROLE, seen.alert.title)
            row.setData(DETAILS_ROLE, details_html(seen, center))
            row.setToolTip(
                self.tr("Show this item (decides nothing)")
                if seen.rise is None
                else self.tr("Show what is rising, and its items")
            )
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
        rise = row.data(RISE_ROLE)
        self.hide()
        if isinstance(rise, int) and rise < len(self.center.recent):
            self.center.open_rise.emit(self.center.recent[rise].rise)
        elif isinstance(item_id, int):
            self.center.open(item_id)


class AlertsButton(Retranslating, QWidget):
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

    def retranslate(self) -> None:
        self.update_count()  # the count's texts

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
    center.quiet_sources = lambda: {s.id for s in window.host.config.sources if not s.notify}
    center.open_item.connect(lambda item_id: show_item(window, item_id))  # decides nothing
    center.open_rise.connect(window.dialogs.open_rises)
    center.sources = lambda: {s.id: s for s in window.host.config.sources}
    center.memory = window.locations.data_dir / LAYOUT_FILE
    words = RiseWords(center)
    center.rise_title = lambda rise: words.title(rise, window.names.category)
    QTimer.singleShot(RISES_AT_START_MS, center.check_rises)  # what rose meanwhile
    button = AlertsButton(center, window)
    window.statusBar().addPermanentWidget(button)
    return tray, center, button
