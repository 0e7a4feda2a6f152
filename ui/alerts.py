"""Alerts: new items that score above a category's alert threshold, and those a rule
raised an alert for (monitor/rules).

:class:`AlertCenter` looks at newly classified items off the GUI thread, keeps the recent
alerts for the window's list (``ui/alerts_panel.py``, with the count not yet seen), and
sends one desktop notification per round — for the alerts that ask for one: a source's
(unless feeds.yaml says ``notify: false`` for it) and a rule's (unless the rule does) —
through a :class:`~ui.notifier.Notifier` — the
tray's, or the freedesktop notification service where there is no tray. The list works
without either, so an alert is never lost on a desktop without a tray.

Opening an alert, from the list or by clicking a notification, shows its item and
nothing more (:func:`show_item`): no decision is taken, and none can fall on another item.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, Signal

from monitor.store import Alert
from ui.navigator import Place
from ui.notifier import Notifier
from ui.worker import QueryOp, Reads

if TYPE_CHECKING:
    from ui.main_window import MainWindow

KEPT = 50  # alerts the list holds, newest first


@dataclass(frozen=True)
class Seen:
    """An alert as the list shows it: the alert and when it came."""

    alert: Alert
    at: datetime


def score_text(score: float) -> str:
    """A score the interface language's way: ``0,60`` in Dutch, ``0.60`` in English."""
    return QLocale().toString(float(score), "f", 2)


def ranked(alert: Alert, category_name: Callable[[str], str]) -> list[str]:
    """``["Civic space 0.88", "Anti-gender 0.61", "rule “Soros”"]``: the categories above
    their alert threshold with their scores, the strongest first, then the rules that
    raised it."""
    scores = sorted(alert.scores.items(), key=lambda pair: -pair[1])
    rules = [
        QCoreApplication.translate("AlertCenter", "rule “%1”").replace("%1", name)
        for name in alert.rules
    ]
    return [f"{category_name(c)} {score_text(s)}" for c, s in scores] + rules


def categories_text(alert: Alert, category_name: Callable[[str], str]) -> str:
    """``Civic space 0.88, Anti-gender 0.61``: :func:`ranked` on one line."""
    return ", ".join(ranked(alert, category_name))


class AlertCenter(QObject):
    changed = Signal()  # the list or the count not yet seen changed
    open_item = Signal(int)  # an alert was opened: show this item
    notified = Signal(str, str, int)  # title, message, the item a click opens

    def __init__(
        self,
        reads: Reads,
        category_name: Callable[[str], str],
        source_name: Callable[[str], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.reads = reads
        self.category_name = category_name
        self.source_name = source_name
        self.enabled = True  # desktop notifications; the list keeps every alert
        # the sources whose items above a threshold notify nobody (feeds.yaml notify: false)
        self.quiet_sources: Callable[[], set[str]] = set
        self.thresholds: dict[str, float] = {}
        self.notifier: Notifier | None = None
        self.recent: list[Seen] = []
        self.unseen = 0
        self.problem = ""  # why the last check failed

    def configure(self, *, enabled: bool, thresholds: Mapping[str, float]) -> None:
        self.enabled = enabled
        self.thresholds = dict(thresholds)

    def check(self, item_ids: Sequence[int]) -> None:
        """Alert about those of ``item_ids`` that score above an alert threshold, or
        that a rule raised an alert for."""
        if not item_ids:
            return
        ids, thresholds = list(item_ids), dict(self.thresholds)
        QueryOp(self.reads, None, lambda store: store.alerts(ids, thresholds)).success(
            self.add
        ).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        """The check could not be read: the list says so (the queue still shows the
        items)."""
        self.problem = self.tr("Alerts could not be checked: %1").replace("%1", str(error))
        self.changed.emit()

    def add(self, found: list[Alert]) -> None:
        """New alerts: on top of the list, counted as not seen, and one notification."""
        listed = {seen.alert.item_id for seen in self.recent}
        fresh = [alert for alert in found if alert.item_id not in listed]
        if not fresh:
            return
        now = datetime.now().astimezone()
        self.recent = [Seen(alert, now) for alert in fresh] + self.recent
        del self.recent[KEPT:]
        self.unseen = min(self.unseen + len(fresh), KEPT)
        self.problem = ""
        self.changed.emit()
        quiet = self.quiet_sources()
        loud = [a for a in fresh if a.rules_notify or (a.scores and a.source not in quiet)]
        if self.enabled and loud:
            self._notify(loud)

    def message(self, alert: Alert) -> str:
        """The second line of an alert: its source and categories with their scores."""
        return f"{self.source_name(alert.source)} · {categories_text(alert, self.category_name)}"

    def _notify(self, fresh: list[Alert]) -> None:
        first = fresh[0]
        message = f"{first.title}\n{self.message(first)}"
        by_rules = not any(alert.scores for alert in fresh)
        if len(fresh) == 1:
            title = (
                self.tr("New item a rule alerts you to")
                if by_rules
                else self.tr("New item above the alert threshold")
            )
        else:
            title = (
                self.tr("%n new item(s) rules alert you to", "", len(fresh))
                if by_rules
                else self.tr("%n new item(s) above the alert threshold", "", len(fresh))
            )
            message += "\n" + self.tr("and %n more", "", len(fresh) - 1)
        if self.notifier is not None:
            self.notifier.notify(title, message, first.item_id)
        self.notified.emit(title, message, first.item_id)

    def mark_seen(self) -> None:
        if self.unseen:
            self.unseen = 0
            self.changed.emit()

    def open(self, item_id: int) -> None:
        """Show the alert's item, once the click or key that chose it has been handled
        in full (a popup closing, a D-Bus signal): nothing of it reaches the window."""
        QTimer.singleShot(0, lambda: self.open_item.emit(item_id))


def show_item(window: MainWindow, item_id: int) -> None:
    """Show one item, from an alert: in the review queue, filters cleared, selected when
    it is listed. When it is not (decided meanwhile, or beyond the rows read so far),
    nothing stays selected, so that no key or button decides on another item while this
    one is shown; it is selected once the list has been read, if it is in it."""
    window.bring_forward()
    window.filters.blockSignals(True)
    window.filters.reset()
    window.filters.blockSignals(False)
    window.navigator.blockSignals(True)
    window.navigator.go(Place())  # the review queue
    window.navigator.blockSignals(False)
    window.refresh_queue()
    if not window.queue.go_to(item_id):
        window.table.selectionModel().clear()  # the selection and the current row
        window.detail.show_item(item_id)
    window.table.setFocus(Qt.FocusReason.OtherFocusReason)
