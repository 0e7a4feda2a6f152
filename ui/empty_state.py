"""What an empty queue says in place of its rows: what the app is doing now, and what to
do next.

It covers the queue table's viewport while the queue shown has no rows (the header and
the table stay, so the keys and the focus work as before), and says, top to bottom:

- what is empty: "Nothing to review right now", or "No items match these filters" when
  the filter bar narrows the list (with a button that clears them);
- what is happening: that the computer seems to be offline
  (:func:`monitor.health.offline`); the long work under way as the status bar shows it
  ("Preparing the classifier…", "Classifying: 120 of 300 items", with a bar), else
  "Polling 9 sources · next poll 14:05" or that polling is paused;
- what to do next: where sources are added (File › Sources…, Ctrl+Shift+S) with buttons
  that poll now and open the sources.

It reads the window's parts (the status panel, the progress view, the filter bar, the
navigator) and shows again whenever one of them says it changed.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from monitor.store import Queue
from ui.action_spec import Menu
from ui.engine_host import ClassifierState
from ui.filter_bar import Filter
from ui.i18n import Retranslating
from ui.navigator import Place
from ui.progress import show_count
from ui.style import RED

if TYPE_CHECKING:
    from ui.main_window import MainWindow

TEXT_WIDTH = 460  # the texts wrap at this width, centred in the table


class EmptyState(Retranslating, QFrame):
    """The empty queue's message, over the table's viewport (see the module's docstring)."""

    def __init__(self, window: MainWindow) -> None:
        viewport = window.table.viewport()
        super().__init__(viewport)
        self.setObjectName("empty-state")
        self.main = window
        self.setAutoFillBackground(True)
        self.setBackgroundRole(viewport.backgroundRole())
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.network = QLabel()  # offline, said above what runs
        self.network.setStyleSheet(f"color: {RED}; font-weight: bold;")
        self.activity = QLabel()
        self.bar = QProgressBar(textVisible=False)
        self.bar.setFixedWidth(260)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #5f6368;")
        for label in (self.title, self.network, self.activity, self.hint):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_filters)
        self.poll_button = self._button(window.action("poll"))
        self.sources_button = self._button(window.action("sources"))
        self._lay_out()
        self._again = QTimer(self, singleShot=True, interval=0)
        self._again.timeout.connect(self.refresh)
        viewport.installEventFilter(self)
        self.setGeometry(viewport.rect())

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton()
        button.clicked.connect(action.trigger)
        return button

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.clear_button, self.poll_button, self.sources_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        buttons.addStretch(1)
        content = QWidget(self)  # the texts wrap within it, never wider than TEXT_WIDTH
        content.setMaximumWidth(TEXT_WIDTH)
        content.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.title)
        inner.addWidget(self.network)
        inner.addWidget(self.activity)
        inner.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.hint)
        inner.addSpacing(6)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(content, 100)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(2)
        column.addLayout(row)
        column.addStretch(3)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.main.table.viewport().rect())
        return False

    def retranslate(self) -> None:
        self._again.start()  # once the actions have theirs

    # -- what it says ----------------------------------------------------------------------

    @Slot()  # a slot of its own: Qt drops the connections when the window goes
    def refresh(self) -> None:
        """Shown over the table while the queue has no rows, with texts of the moment (set
        while hidden too, so that none is left in the language before)."""
        self.setVisible(self.main.model.rowCount() == 0)
        place = self.main.navigator.place() or Place()
        filtered = self.filtered()
        self.title.setText(self._title(place, filtered))
        self._show_activity()
        self._show_next_steps(place, filtered)

    def filtered(self) -> bool:
        """Whether the filter bar narrows the list (a category the navigator chose is the
        list itself, not a filter)."""
        place = self.main.navigator.place() or Place()
        chosen = self.main.filters.value()
        if chosen.category == place.category:
            chosen = dataclasses.replace(chosen, category=None)
        return chosen != Filter()

    def clear_filters(self) -> None:
        """The whole list again: the filter bar back to its defaults (keeping the category
        the navigator chose), read once."""
        w = self.main
        place = w.navigator.place() or Place()
        w.filters.blockSignals(True)
        w.filters.reset()
        w.filters.set_category(place.category)
        w.filters.blockSignals(False)
        w.refresh_queue()

    def _title(self, place: Place, filtered: bool) -> str:
        if filtered:
            return self.tr("No items match these filters")
        if place.source:
            return self.tr("No items from %1 yet").replace(
                "%1", self.main.names.source(place.source)
            )
        return {
            Queue.REVIEW: self.tr("Nothing to review right now"),
            Queue.ESCALATED: self.tr("No escalated items"),
            Queue.CONFIRMED: self.tr("No confirmed items yet"),
            Queue.REJECTED: self.tr("No rejected items yet"),
            Queue.PARTNERS: self.tr("No findings from partners yet"),
            Queue.ALL: self.tr("No items yet"),
        }[place.queue]

    def _show_activity(self) -> None:
        """Offline or not; the long work under way as the status bar shows it, else the
        polling."""
        status = self.main.status
        self.network.setVisible(status.offline is not None)
        self.network.setText(status.offline.message if status.offline is not None else "")
        current = status.progress_view.current()
        self.bar.setVisible(current is not None)
        if current is not None:
            snapshot, text = current
            self.activity.setText(text)
            show_count(self.bar, snapshot)
        else:
            self.activity.setText(self._polling())

    def _polling(self) -> str:
        status, config = self.main.status, self.main.host.config
        sources = len(config.enabled_sources)
        if not config.sources:
            return self.tr("No sources yet")
        if not sources:
            return self.tr("Every source is switched off")
        if status.pause_button.isChecked():
            return self.tr("Polling is paused")
        text = self.tr("Polling %n source(s)", "", sources)
        if status.next_poll is not None:
            at = status.next_poll[0].astimezone().strftime("%H:%M")
            text += " · " + self.tr("next poll %1").replace("%1", at)
        return text

    def _show_next_steps(self, place: Place, filtered: bool) -> None:
        self.clear_button.setVisible(filtered)
        self.poll_button.setVisible(not filtered)
        self.sources_button.setVisible(not filtered)
        if filtered:
            self.clear_button.setText(self.tr("Clear filters"))
            self.hint.setText(self.tr("Clear the search and the filters to see the whole list."))
            return
        poll, sources = self.main.action("poll"), self.main.action("sources")
        where = self._menu_path(sources)
        has_sources = bool(self.main.host.config.enabled_sources)
        self.poll_button.setText(_with_keys(poll.text(), poll))
        self.poll_button.setEnabled(has_sources and poll.isEnabled())
        if not has_sources:
            self.sources_button.setText(_with_keys(self.tr("Add sources…"), sources))
            self.hint.setText(
                self.tr(
                    "Add the news sites, blogs and Mastodon, Bluesky or Telegram accounts "
                    "to watch under %1."
                ).replace("%1", where)
            )
            return
        self.sources_button.setText(_with_keys(sources.text(), sources))
        more = self.tr("More sources: %1.").replace("%1", where)
        about = self._about(place)
        if self.main.status.offline is not None:
            about = self.tr("The sources are polled again on schedule; Poll now tries at once.")
        self.hint.setText(f"{about} {more}")

    def _about(self, place: Place) -> str:
        """What would put items in this list."""
        if place.source:
            return self.tr("Its items appear here once it is polled.")
        if place.queue is Queue.REVIEW:
            state = self.main.status.classifier_state[0]
            if state is ClassifierState.OFF:
                return self.tr(
                    "The classifier is switched off in the settings, so nothing is flagged "
                    "for review; All items shows everything polled."
                )
            if state is ClassifierState.FAILED:
                return self.tr(
                    "The classifier is unavailable, so new items wait unclassified; "
                    "All items shows everything polled."
                )
            return self.tr("Items the classifier flags appear here as the polls bring them in.")
        if place.queue is Queue.ALL:
            return self.tr("Items appear here as the polls bring them in.")
        return {
            Queue.ESCALATED: self.tr("Items you escalate in To review appear here."),
            Queue.CONFIRMED: self.tr("Items you confirm in To review appear here."),
            Queue.REJECTED: self.tr("Items you reject in To review appear here."),
            Queue.PARTNERS: self.tr(
                "Findings that partner organisations share appear here once you import "
                "their signed bundle (File › Import partners' findings…). Confirm one to "
                "make it your own."
            ),
        }[place.queue]

    def _menu_path(self, action: QAction) -> str:
        """ "File › Sources… (Ctrl+Shift+S)", in the interface language."""
        menu = self.main.action_set.menus[Menu.FILE].title().replace("&", "")
        return _with_keys(f"{menu} › {action.text()}", action)


def _with_keys(text: str, action: QAction) -> str:
    keys = action.shortcut().toString()
    return f"{text} ({keys})" if keys else text


def attach_empty_state(window: MainWindow) -> EmptyState:
    """The empty queue's message over ``window``'s table, kept current."""
    state = EmptyState(window)
    model = window.model
    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.loaded):
        signal.connect(state.refresh)
    window.status.changed.connect(state.refresh)
    window.status.progress_view.changed.connect(state.refresh)
    window.host.config_changed.connect(state.refresh)
    state.refresh()
    return state


__all__ = ["EmptyState", "attach_empty_state"]
