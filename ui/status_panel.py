"""The status bar: polls running now and their progress, the next poll, Pause/Resume,
failures (never silent: they stay visible until the source works again), new items
waiting to be shown, and the classifier's state. When nearly every source fails for want
of a network, the failures say once that the computer seems to be offline (the rule is
:func:`monitor.health.offline`).

Passing messages (``QStatusBar.showMessage``, from anywhere in the window) are shown by
a :class:`MessageLabel` that takes the room the other parts leave: cut with "…" when they
do not fit, and whole in its tooltip. Messages put what matters first.

Progress of every kind (a round of polls, polls on schedule, loading the classifier,
classifying) is shown by the window's :class:`ui.progress.ProgressView`, made here."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QStatusBar

from monitor import health
from monitor.health import Offline
from monitor.models import Outcome, SourceReport
from monitor.progress import Progress, Task
from monitor.scheduler import ScheduleEvent
from ui.engine_host import ClassifierState, EngineHost
from ui.progress import ProgressView
from ui.style import RED
from ui.worker import on_done

NEXT_POLL_REFRESH_MS = 10_000


class MessageLabel(QLabel):
    """The status bar's passing message in the room left to it, elided to fit, the
    whole text in the tooltip. Qt's own drawing of the message is left no room: this
    label is the first permanent widget and takes all the space the others leave."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__()
        self.message = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        bar.messageChanged.connect(self.show_message)

    def show_message(self, message: str) -> None:
        self.message = message
        self.setToolTip(message)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        self.setText(
            self.fontMetrics().elidedText(self.message, Qt.TextElideMode.ElideRight, width)
        )


class StatusPanel(QObject):
    show_failures = Signal()  # the analyst wants to see which sources fail
    show_new = Signal()  # … or the new items
    changed = Signal()  # what it shows changed (the empty queue shows some of it too)

    def __init__(self, host: EngineHost, bar: QStatusBar, names: dict[str, str]) -> None:
        super().__init__(bar)
        self.host = host
        self.bar = bar
        self.names = names  # source id → name
        self.running: set[str] = set()
        self._scheduled: Progress | None = None  # polls on schedule, while any runs
        self.failing: dict[str, str] = {}  # source id → its last error
        self.offline: Offline | None = None  # nearly every source unreachable
        self.reached: set[str] = set()  # sources whose last poll here worked
        self.new_items = 0
        self.next_poll: tuple[datetime, str] | None = None
        self.classifier_state: tuple[ClassifierState, str] = (ClassifierState.LOADING, "")

        self.message = MessageLabel(bar)
        bar.addPermanentWidget(self.message, 1)  # first: the messages take what is left
        self.progress_view = ProgressView(bar.window())
        self.polls = self.progress_view.label
        self.progress = self.progress_view.bar
        self.next_label = QLabel()
        self.failures = QPushButton()
        self.failures.setFlat(True)
        self.failures.setStyleSheet(f"color: {RED}; font-weight: bold;")
        self.failures.clicked.connect(self.show_failures)
        self.failures.hide()
        self.new_button = QPushButton()
        self.new_button.setFlat(True)
        self.new_button.setStyleSheet("color: #1565c0; font-weight: bold;")
        self.new_button.clicked.connect(self.show_new)
        self.new_button.hide()
        self.pause_button = QPushButton()
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._pause_toggled)
        self.classifier = QLabel()
        # All permanent: a passing message (shown at the left) never hides a failure.
        for widget in (
            self.new_button,
            self.failures,
            self.polls,
            self.progress,
            self.next_label,
            self.classifier,
            self.pause_button,
        ):
            bar.addPermanentWidget(widget)

        host.source_started.connect(self._started)
        host.source_done.connect(self._done)
        host.schedule_event.connect(self._event)
        host.classifier_status.connect(self._classifier)
        host.progress_started.connect(self.progress_view.show)
        self._timer = QTimer(self, interval=NEXT_POLL_REFRESH_MS)
        self._timer.timeout.connect(self.refresh_next_poll)
        self._timer.start()
        bar.installEventFilter(self)
        self.failures.installEventFilter(self)
        bar.messageChanged.connect(self._fit_offline)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.Resize and watched in (self.bar, self.failures):
            self._fit_offline()  # the room left changed
        return False

    @Slot()
    def _fit_offline(self) -> None:
        """Offline: the whole message where it fits and no passing message needs the room,
        else its headline (the least it takes: the window may be narrower than the whole);
        the whole is in the tooltip."""
        button = self.failures
        if self.offline is None:
            button.setMinimumWidth(0)  # its text's width, as the other parts
            return
        whole, short = "⚠ " + self.offline.message, "⚠ " + self.offline.headline
        metrics = button.fontMetrics()
        padding = button.sizeHint().width() - metrics.horizontalAdvance(button.text())
        button.setMinimumWidth(metrics.horizontalAdvance(short) + padding)
        text = whole
        if button.isVisible():  # else not laid out yet: its width says nothing
            room = button.width() + self.message.width()  # the message takes what is left
            fits = metrics.horizontalAdvance(whole) + padding <= room
            text = whole if fits and not self.message.message else short
        if button.text() != text:
            button.setText(text)

    def retranslate(self) -> None:
        self.pause_button.setText(
            self.tr("Resume polling") if self.pause_button.isChecked() else self.tr("Pause polling")
        )
        self.pause_button.setToolTip(self.tr("Stop and restart the polling schedule"))
        self.new_button.setToolTip(self.tr("Show the new items in the list (Ctrl+R)"))
        self._show()

    # -- events from the engine ----------------------------------------------------------

    def set_failing(self, failing: dict[str, str], reached: Iterable[str] = ()) -> None:
        """Sources whose last poll failed, and those whose last poll worked (``reached``),
        as stored (at start and after each poll): both are heard from, so a few dead
        addresses among working sources never read as the computer being offline."""
        self.failing = dict(failing)
        self.reached = set(reached) - set(failing)
        self._show()

    def _started(self, source: str) -> None:
        self.running.add(source)
        self._show()

    def _done(self, report: SourceReport) -> None:
        self.running.discard(report.source)
        # A fault of this computer (the main window says so) leaves the source as it was,
        # and a source switched off meanwhile never counts as failing (monitor.health).
        off = self._switched_off(report.source)
        if report.outcome is Outcome.ERROR and not report.local and not off:
            self.failing[report.source] = report.message
            self.reached.discard(report.source)
        elif not report.local:
            self.failing.pop(report.source, None)
            self.reached.add(report.source)
        self._show()

    def _switched_off(self, source: str) -> bool:
        return any(s.id == source and not s.enabled for s in self.host.config.sources)

    def end_round(self) -> None:
        self.refresh_next_poll()
        self._show()

    def _event(self, event: ScheduleEvent) -> None:
        if event.kind == "finished" and event.source:
            self.running.discard(event.source)
            self.refresh_next_poll()
        elif event.kind == "scheduled":
            self.refresh_next_poll()
        elif event.kind == "skipped" and event.source:
            name = self.names.get(event.source, event.source)
            self.bar.showMessage(
                self.tr("%1 skipped: %2").replace("%1", name).replace("%2", event.message), 15_000
            )
        elif event.kind == "woke":
            self.bar.showMessage(self.tr("Back from sleep: catching up on missed polls"), 15_000)
        self._show()

    def _classifier(self, state: ClassifierState, detail: str) -> None:
        self.classifier_state = (state, detail)
        self._show()

    def _classifier_text(self) -> tuple[str, str]:
        """A short word for the status bar, and the whole story for its tooltip."""
        state, detail = self.classifier_state
        if state is ClassifierState.LOADING:
            return "", ""  # shown as progress
        if state is ClassifierState.READY:
            return self.tr("Classifier ready"), self.tr("Classifier ready (model %1)").replace(
                "%1", detail
            )
        if state is ClassifierState.OFF:
            return self.tr("Classifier off"), self.tr("Classifier switched off in the settings")
        return self.tr("Classifier unavailable"), self.tr(
            "Classifier unavailable (%1); new items wait unclassified"
        ).replace("%1", detail)

    def add_new(self, count: int) -> None:
        self.new_items += count
        self._show()

    def clear_new(self) -> None:
        self.new_items = 0
        self._show()

    # -- the schedule --------------------------------------------------------------------

    def _pause_toggled(self, paused: bool) -> None:
        if paused:
            self.host.pause()
        else:
            self.host.resume()
        self.retranslate()

    def refresh_next_poll(self) -> None:
        on_done(self.host.next_runs(), self._next_runs, self._next_runs_failed)

    def _next_runs_failed(self, error: BaseException) -> None:
        """The schedule could not be asked (the engine stopping, or failed): say so where
        the next poll would be, with the reason beside it."""
        self.next_poll = None
        self.next_label.setText(self.tr("Next poll unknown"))
        self.next_label.setToolTip(str(error))

    def _next_runs(self, runs: dict[str, datetime | None]) -> None:
        self.next_label.setToolTip("")
        upcoming = [(when, source) for source, when in runs.items() if when is not None]
        self.next_poll = min(upcoming) if upcoming else None
        self._show()

    # -- showing -------------------------------------------------------------------------

    def _show_running(self) -> None:
        """Polls on schedule have no fixed total: a busy progress naming them."""
        if not self.running:
            if self._scheduled is not None:
                self._scheduled.close()
                self._scheduled = None
                self.progress_view.refresh()
            return
        names = sorted(self.names.get(s, s) for s in self.running)
        shown = ", ".join(names[:3]) + (" …" if len(names) > 3 else "")
        if self._scheduled is None:
            self._scheduled = Progress(Task.POLL)
        self.progress_view.show(self._scheduled, title=self.tr("Polling %1").replace("%1", shown))

    def _show(self) -> None:
        self._show_running()
        if self.pause_button.isChecked():
            self.next_label.setText(self.tr("Polling paused"))
        elif self.next_poll is not None:
            when, source = self.next_poll
            at = when.astimezone().strftime("%H:%M")
            self.next_label.setText(self.tr("Next poll %1").replace("%1", at))
            self.next_label.setToolTip(
                self.tr("Next poll %1 (%2)")
                .replace("%1", at)
                .replace("%2", self.names.get(source, source))
            )
        else:
            self.next_label.setText(self.tr("No poll scheduled"))
        self._show_failures()
        self.new_button.setVisible(bool(self.new_items))
        self.new_button.setText(self.tr("%n new item(s) – Ctrl+R", "", self.new_items))
        text, whole = self._classifier_text()
        self.classifier.setText(text)
        self.classifier.setToolTip(whole)
        self.classifier.setVisible(bool(text))
        failed = self.classifier_state[0] is ClassifierState.FAILED
        self.classifier.setStyleSheet(f"color: {RED};" if failed else "")
        self.changed.emit()

    def _show_failures(self) -> None:
        count = len(self.failing)
        switched_on = {s.id for s in self.host.config.enabled_sources}
        heard = switched_on & (self.reached | set(self.failing))  # polled, failing or not
        self.offline = health.offline(self.failing, len(heard))
        self.failures.setVisible(bool(count))
        show = self.tr("Show the sources and their errors")
        if self.offline is not None:  # the engine's words, in the language in use
            self.failures.setToolTip(f"{self.offline.message}\n{show}")
            self._fit_offline()
        else:
            self.failures.setText(self.tr("⚠ %n source(s) failing", "", count))
            self.failures.setToolTip(show)
            self._fit_offline()
