"""Alerts: new items that score above a category's alert threshold, those a rule raised
an alert for (monitor/rules), and narrative spikes, a category rising well above its
usual level (monitor/spikes), each announced once (remembered in window.ini).

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
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Qt, QTimer, Signal

from monitor.config import SourceConfig
from monitor.spikes.narratives import NarrativeSpike, local_day
from monitor.store import Alert
from ui.dates import to_qdate
from ui.navigator import Place
from ui.notifier import Notifier
from ui.worker import QueryOp, Reads

if TYPE_CHECKING:
    from ui.main_window import MainWindow

KEPT = 50  # alerts the list holds, newest first
RISES_AFTER = 60_000  # ms after new items before the rises are counted again
ANNOUNCED = "announced_rises"  # window.ini: the rises already announced


@dataclass(frozen=True)
class Seen:
    """An alert as the list shows it: the alert and when it came; a rise's alert stands
    for its latest item, and opening it shows the rise."""

    alert: Alert
    at: datetime
    rise: NarrativeSpike | None = None


def rise_key(rise: NarrativeSpike) -> str:
    key = rise.key
    return f"{rise.spike.day.isoformat()}|{key.category}|{key.country or ''}|{key.tag or ''}"


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
    open_rise = Signal(object)  # a rise's alert was opened: show this NarrativeSpike
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
        # Rises: counted a while after new items come (and once at the start).
        self.sources: Callable[[], Mapping[str, SourceConfig]] = dict
        self.memory: Path | None = None  # window.ini, where announced rises are kept
        self._kept: set[str] = set()  # … or here, without one
        self.rise_title: Callable[[NarrativeSpike], str] = lambda rise: rise.key.category
        self.rises_timer = QTimer(self)
        self.rises_timer.setSingleShot(True)
        self.rises_timer.setInterval(RISES_AFTER)
        self.rises_timer.timeout.connect(self.check_rises)

    def configure(self, *, enabled: bool, thresholds: Mapping[str, float]) -> None:
        self.enabled = enabled
        self.thresholds = dict(thresholds)

    def check(self, item_ids: Sequence[int]) -> None:
        """Alert about those of ``item_ids`` that score above an alert threshold, or
        that a rule raised an alert for."""
        if not item_ids:
            return
        if not self.rises_timer.isActive():  # a minute after the first new items
            self.rises_timer.start()
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
        listed = {seen.alert.item_id for seen in self.recent if seen.rise is None}
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

    def check_rises(self) -> None:
        """Count the rises of yesterday and today; those not announced before are."""
        from ui.rises_dialog import rises_since  # noqa: PLC0415 - the Qt side of spikes

        today = local_day(datetime.now().astimezone())
        sources = dict(self.sources())
        QueryOp(
            self.reads,
            None,
            lambda store: rises_since(store, sources, today - timedelta(days=1), today),
        ).success(self.add_rises).failure(self._failed).run()

    def add_rises(self, found: Sequence[NarrativeSpike]) -> None:
        announced = self._announced()
        fresh = [rise for rise in found if rise_key(rise) not in announced and rise.items]
        if not fresh:
            return
        self._remember(announced | {rise_key(rise) for rise in fresh})
        now = datetime.now().astimezone()
        seen = [
            Seen(
                Alert(item_id=rise.items[0], title=self.rise_title(rise), source="", scores={}),
                now,
                rise,
            )
            for rise in fresh
        ]
        self.recent = seen + self.recent
        del self.recent[KEPT:]
        self.unseen = min(self.unseen + len(seen), KEPT)
        self.changed.emit()
        if self.enabled:
            title = self.tr("%n narrative(s) rising", "", len(seen))
            message = seen[0].alert.title
            if len(seen) > 1:
                message += "\n" + self.tr("and %n more", "", len(seen) - 1)
            if self.notifier is not None:
                self.notifier.notify(title, message, seen[0].alert.item_id)
            self.notified.emit(title, message, seen[0].alert.item_id)

    def _announced(self) -> set[str]:
        if self.memory is None:
            return set(self._kept)
        value = QSettings(str(self.memory), QSettings.Format.IniFormat).value(ANNOUNCED)
        if isinstance(value, str):  # QSettings reads a list of one as its one text
            return {value}
        return set(value) if isinstance(value, list) else set()

    def _remember(self, keys: set[str]) -> None:
        """The rises announced, those of the last two weeks (older ones cannot recur)."""
        oldest = (local_day(datetime.now().astimezone()) - timedelta(days=14)).isoformat()
        kept = sorted(k for k in keys if k.split("|", 1)[0] >= oldest)
        if self.memory is None:
            self._kept = set(kept)
            return
        stored = QSettings(str(self.memory), QSettings.Format.IniFormat)
        stored.setValue(ANNOUNCED, kept)
        stored.sync()

    def message(self, alert: Alert) -> str:
        """The second line of an alert: its source and categories with their scores."""
        return f"{self.source_name(alert.source)} · {categories_text(alert, self.category_name)}"

    def rise_details(self, rise: NarrativeSpike) -> str:
        """The second line of a rise's alert: its day and how unusual it is."""
        return (
            self.tr("on %1 · score %2 (3: once in 1,000 days by chance)")
            .replace(
                "%1", QLocale().toString(to_qdate(rise.spike.day), QLocale.FormatType.ShortFormat)
            )
            .replace("%2", score_text(rise.spike.score))
        )

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
