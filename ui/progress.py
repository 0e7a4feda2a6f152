"""Every long task in the app is shown the same way: in the status bar, and in a dialog
only when the analyst waits for it and it takes longer than 0.6 s.

The work reports through a :class:`monitor.progress.Progress` (from any thread); this
module only reads it, on the GUI thread, ten times a second while anything is shown. So
the work never waits for the screen, and a task that ends quickly never flashes a dialog.

For background work of your own (a ``QueryOp(...).with_progress(...)``, a save)::

    from monitor.progress import Progress, Task
    from ui.progress import show_progress

    progress = Progress(Task.BRIEF)              # or Task.OTHER with a title
    show_progress(self, progress, title=self.tr("Saving the brief"), dialog=True)
    future = run_in_thread(lambda: work(progress))   # the work updates and closes it

- ``show_progress(widget, progress, *, title=None, dialog=False)`` shows ``progress`` in
  the status bar of ``widget``'s window (found through Qt's object tree; a window without
  one shows the dialog alone). ``title`` (translated) names the task; without it the
  :class:`~monitor.progress.Task` gives the name. ``dialog=True`` is for work the analyst
  started and waits on: after 0.6 s a window-modal progress dialog covers the window
  until the work ends; the task's name is its window title. Background work (polls on
  schedule, classifying new items) passes ``dialog=False`` and stays in the status bar.
  Calling it again for a progress already shown changes its title.
- Work that can stop is given a :class:`~monitor.progress.Stoppable` progress: its
  dialog offers Cancel, and after Cancel the work's next report raises
  :class:`~monitor.progress.Cancelled`, so it ends there (the current step runs to its
  end; nothing after it happens).
- The work must end the progress (``progress.close()``, or ``with progress:``), failed or
  not: that is what takes it off the screen.
- The status bar shows the most recently started task that runs, with ``(+n)`` for the
  others; the description the work gives (in English) is its tooltip. An empty queue shows
  the same task in its place (``ui/empty_state.py``, through ``changed`` and ``current``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QProgressDialog, QWidget

from monitor.progress import Progress, Snapshot, Stoppable, Task

DIALOG_AFTER = 0.6  # seconds: shorter work never shows a dialog
REFRESH_MS = 100
DIALOG_WIDTH = 420  # a file name and its count fit with room on both sides
LABEL_MARGIN = 24  # pixels at least between the dialog's text and its right edge


@dataclass
class _Shown:
    progress: Progress
    title: str | None
    dialog: bool
    since: float
    over: QWidget  # the window a dialog would cover
    window: QProgressDialog | None = None


# Spelt out call by call: pyside6-lupdate collects only literal translate() calls.
def title_of(task: Task) -> str:
    """The task's name in the interface language."""
    return {
        Task.POLL: QCoreApplication.translate("ProgressView", "Polling"),
        Task.CLASSIFY: QCoreApplication.translate("ProgressView", "Classifying"),
        Task.LOAD: QCoreApplication.translate("ProgressView", "Preparing the classifier"),
        Task.TRAIN: QCoreApplication.translate("ProgressView", "Training the classifier"),
        Task.BRIEF: QCoreApplication.translate("ProgressView", "Writing the brief"),
        Task.BACKUP: QCoreApplication.translate("ProgressView", "Backing up the database"),
        Task.OTHER: QCoreApplication.translate("ProgressView", "Working"),
    }[task]


class ProgressView(QObject):
    """The status bar's progress (a label and a bar) and the dialogs of waited-on work.

    One per window, made by the status panel (which places its label and bar); find it
    with :func:`view_of`. ``changed`` tells other views of it (the empty queue's) that
    :meth:`current` may have changed."""

    changed = Signal()

    def __init__(
        self,
        window: QWidget,
        *,
        in_bar: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``in_bar``: the owner puts :attr:`label` and :attr:`bar` in its status bar;
        without, only dialogs are shown."""
        super().__init__(window)
        self.setObjectName("progress-view")
        self.window = window
        self.clock = clock
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(140)
        self.bar.setTextVisible(False)
        self.label.hide()
        self.bar.hide()
        self._in_bar = in_bar
        self._shown: list[_Shown] = []
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        return False

    def show(
        self,
        progress: Progress,
        *,
        title: str | None = None,
        dialog: bool = False,
        over: QWidget | None = None,
    ) -> None:
        """Show ``progress`` until it finishes (see the module's docstring); its dialog
        covers ``over`` (default: this view's window)."""
        for shown in self._shown:
            if shown.progress is progress:
                shown.title = title
                break
        else:
            self._shown.append(_Shown(progress, title, dialog, self.clock(), over or self.window))
        self._timer.start()
        self.refresh()

    def showing(self) -> list[Progress]:
        return [shown.progress for shown in self._shown]

    def dialog_for(self, progress: Progress) -> QProgressDialog | None:
        """The dialog showing ``progress``, if it has one now."""
        return next((s.window for s in self._shown if s.progress is progress), None)

    def refresh(self) -> None:
        """Read every progress shown; drop the finished, open the dialogs that are due."""
        now = self.clock()
        for shown in [s for s in self._shown if s.progress.finished]:
            self._shown.remove(shown)
            if shown.window is not None:
                shown.window.reset()
                shown.window.hide()
                shown.window.deleteLater()
        for shown in self._shown:
            if shown.dialog and shown.window is None and now - shown.since >= DIALOG_AFTER:
                shown.window = self._dialog(shown)
            if shown.window is not None:
                self._show_in(shown.window, shown)
        if not self._shown:
            self._timer.stop()
        self._show_in_bar()
        self.changed.emit()

    def _show_in_bar(self) -> None:
        latest = self.current() if self._in_bar else None
        if latest is None:
            self.label.hide()
            self.bar.hide()
            return
        snapshot, text = latest
        others = len(self._shown) - 1
        self.label.setText(f"{text}  (+{others})" if others else text)
        self.label.setToolTip(snapshot.description)
        show_count(self.bar, snapshot)
        self.label.show()
        self.bar.show()

    def current(self) -> tuple[Snapshot, str] | None:
        """The task the status bar shows, and its line: the most recent with a known total
        (how far is worth more than that it runs), else the most recent; ``None`` when
        nothing runs."""
        counted = [s for s in self._shown if s.progress.total]
        if not (counted or self._shown):
            return None
        latest = (counted or self._shown)[-1]
        snapshot = latest.progress.snapshot()
        if isinstance(latest.progress, Stoppable) and latest.progress.stopped:
            name = latest.title or title_of(snapshot.task)
            return snapshot, self.tr("%1: cancelling…").replace("%1", name)
        return snapshot, self.describe(snapshot, latest.title)

    def describe(self, snapshot: Snapshot, title: str | None = None) -> str:
        """One line for a progress: "Polling: 3 of 20 sources done", "Writing the brief…";
        what is counted is named per task."""
        name = title or title_of(snapshot.task)
        if not snapshot.total:
            return f"{name}…" if title is None else name
        total = snapshot.total
        if snapshot.task is Task.POLL:
            counted = self.tr("%1: %2 of %Ln source(s) done", "", total)
        elif snapshot.task is Task.CLASSIFY:
            counted = self.tr("%1: %2 of %Ln item(s)", "", total)
        elif snapshot.task is Task.TRAIN:
            counted = self.tr("%1: %2 of %Ln decided item(s) read", "", total)
        elif snapshot.task is Task.BRIEF:
            counted = self.tr("%1: step %2 of %Ln", "", total)
        elif snapshot.task is Task.BACKUP:  # pages of the database: only the share says much
            share = QLocale().toString(round(100 * min(snapshot.done, total) / total))
            return self.tr("%1: %2 % copied").replace("%1", name).replace("%2", share)
        else:
            counted = self.tr("%1: %2 of %3").replace("%3", QLocale().toString(total))
        done = QLocale().toString(min(snapshot.done, total))
        return counted.replace("%1", name).replace("%2", done)

    def _dialog(self, shown: _Shown) -> QProgressDialog:
        dialog = QProgressDialog(shown.over)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        label = QLabel()
        label.setContentsMargins(0, 0, LABEL_MARGIN, 0)  # the left edge is the bar's
        dialog.setLabel(label)
        dialog.setMinimumWidth(DIALOG_WIDTH)
        progress = shown.progress
        if isinstance(progress, Stoppable):
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(lambda: self._cancel(shown))
        else:
            dialog.setCancelButton(None)  # this work cannot be stopped
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        return dialog

    def _cancel(self, shown: _Shown) -> None:
        """Stop the work; the status bar shows it until it has ended, the dialog goes."""
        assert isinstance(shown.progress, Stoppable)
        shown.progress.stop()
        shown.dialog = False
        if shown.window is not None:
            shown.window.hide()
            shown.window.deleteLater()
            shown.window = None
        self.refresh()

    def _show_in(self, dialog: QProgressDialog, shown: _Shown) -> None:
        snapshot = shown.progress.snapshot()
        own = shown.title if shown.title and snapshot.task is Task.OTHER else None
        dialog.setWindowTitle(own or title_of(snapshot.task))
        dialog.setLabelText(self.describe(snapshot, shown.title))
        dialog.setMaximum(snapshot.total or 0)
        dialog.setValue(min(snapshot.done, snapshot.total or 0))


def show_count(bar: QProgressBar, snapshot: Snapshot) -> None:
    """``snapshot`` in ``bar``: how far, or busy when the total is not known."""
    if snapshot.total:
        bar.setRange(0, snapshot.total)
        bar.setValue(min(snapshot.done, snapshot.total))
    else:
        bar.setRange(0, 0)  # busy: how far is not known


def view_of(widget: QWidget) -> ProgressView | None:
    """The progress view of ``widget``'s window, if it has one."""
    window = widget.window()
    found = window.findChild(ProgressView, "progress-view")
    below = window.parentWidget()
    if found is None and below is not None:  # a dialog over the main window
        return view_of(below)
    return found


def show_progress(
    widget: QWidget, progress: Progress, *, title: str | None = None, dialog: bool = False
) -> ProgressView:
    """Show ``progress`` for ``widget``'s window (see the module's docstring)."""
    view = view_of(widget)
    if view is None:  # a window without a status bar: a dialog of its own, when waited on
        view = ProgressView(widget.window(), in_bar=False)
    view.show(progress, title=title, dialog=dialog, over=widget.window())
    return view
