"""The window's dealings with the engine: polling now and pausing, what a poll's reports
mean for the window, the counts and source health it reads in the background, and a
reloaded feeds.yaml."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer

from monitor.config import SourceConfig
from monitor.errors import MonitorError
from monitor.health import Health
from monitor.models import SourceReport, SourceState
from monitor.store import Changes, SourceActivity
from ui.sources_model import read_health
from ui.team_link import TeamLink
from ui.worker import QueryOp, WriteOp, on_done

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate  # the window's texts, translated as they were
READ_DELAY_MS = 400  # counts and health are read once a burst of changes has passed


class EngineLink(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.counts_timer = QTimer(self, singleShot=True, interval=READ_DELAY_MS)
        self.counts_timer.timeout.connect(self.read_counts)
        self.health_timer = QTimer(self, singleShot=True, interval=READ_DELAY_MS)
        self.health_timer.timeout.connect(self.read_health)
        window.host.source_done.connect(self.source_done)
        window.host.items_changed.connect(
            lambda: window.changes.tell(Changes(counts=True, new_items=True))
        )
        window.changes.changed.connect(self.apply)
        window.host.classifier_ready.connect(self.classifier_ready)
        window.host.thresholds_changed.connect(lambda _: self.thresholds_changed())
        window.host.config_changed.connect(self._config_adopted)
        self.reflag = False  # thresholds changed: flag the stored scores again
        self.team = TeamLink(window)  # other analysts' changes, on a team database

    def _say(self, message: str, timeout: int = 30_000) -> None:
        self.window.statusBar().showMessage(message, timeout)

    # -- polling ---------------------------------------------------------------------------

    def poll_now(self) -> None:
        w = self.window
        if not w.host.config.enabled_sources:
            self._say(translate("MainWindow", "No enabled sources: add one under Sources"), 10_000)
            return
        w.action("poll").setEnabled(False)
        on_done(w.host.poll_now(), self.poll_finished, self.poll_failed, parent=w)

    def poll_finished(self, reports: list[SourceReport]) -> None:
        w = self.window
        w.action("poll").setEnabled(True)
        w.status.end_round()
        local = [r for r in reports if r.local]
        if local:  # this computer's fault, not the sources': say so, count no source
            self._say(
                translate("MainWindow", "Polling could not store what it fetched: %1").replace(
                    "%1", local[0].message
                ),
                60_000,
            )
            return
        self._say(self.round_summary(reports))

    def round_summary(self, reports: list[SourceReport]) -> str:
        """What a round of polls did, failures first: what is cut off to fit is the least
        of it ("Poll finished: 1 of 9 sources failed · 1 new item")."""
        failed = sum(r.outcome == "error" for r in reports)
        new = self.tr("%Ln new item(s)", "", sum(r.new for r in reports))
        if failed:
            sources = self.tr("%1 of %Ln source(s) failed", "", len(reports))
            parts = [sources.replace("%1", QLocale().toString(failed)), new]
        else:
            parts = [new, self.tr("%Ln source(s) polled", "", len(reports))]
        return self.tr("Poll finished: %1").replace("%1", " · ".join(parts))

    def poll_failed(self, error: BaseException) -> None:
        self.window.action("poll").setEnabled(True)
        self.window.status.end_round()
        self._say(translate("MainWindow", "Poll failed: %1").replace("%1", str(error)))

    def toggle_pause(self) -> None:
        self.window.status.pause_button.setChecked(self.window.action("pause").isChecked())

    def source_done(self, report: SourceReport) -> None:
        w = self.window
        w.changes.tell(Changes(sources=frozenset([report.source])))
        if report.new_item_ids:
            w.alerts.check(report.new_item_ids)
            w.status.add_new(len(report.new_item_ids))

    # -- what the window reads in the background ---------------------------------------

    def apply(self, changes: Changes) -> None:
        """The counts beside the queues and the sources' health, once a write touched
        them; new items are shown at once when nobody reads the list."""
        if changes.counts:
            self.counts_timer.start()
        if changes.sources:
            self.health_timer.start()
        if changes.new_items and self.window.current_id() is None:
            self.window.refresh_queue()

    def read_counts(self) -> None:
        w = self.window
        QueryOp(w.reads, w, lambda store: store.queue_counts(datetime.now(UTC))).success(
            w.navigator.set_counts
        ).failure(self.read_failed).run()

    def read_failed(self, error: BaseException) -> None:
        """A read for the window's furniture (counts, health, languages) failed: the
        reason goes in the status bar (a message box each time would pile up)."""
        self._say(str(error))

    def read_health(self) -> None:
        w = self.window
        sources = list(w.host.config.sources)
        QueryOp(w.reads, w, lambda store: read_health(store, sources)).success(
            lambda found: self._health_read(sources, *found)
        ).failure(self.read_failed).run()

    def _health_read(
        self,
        sources: list[SourceConfig],
        states: dict[str, SourceState],
        activity: dict[str, SourceActivity],
    ) -> None:
        if self.window.names.set_states(states):  # a first poll brought a feed's title
            self.window.source_names_changed()
        self.window.navigator.set_sources(self.window.names.shown(sources), states, activity)
        navigator = self.window.navigator
        working = (Health.OK, Health.SILENT)
        reached = [id_ for id_, found in navigator.source_health().items() if found in working]
        self.window.status.set_failing(navigator.failing(), reached)

    # -- the classifier -------------------------------------------------------------------

    def classifier_ready(self, ready: bool) -> None:
        w = self.window
        self.thresholds_changed()
        if ready and self.reflag and w.host.thresholds:
            self.reflag = False
            thresholds = dict(w.host.thresholds)
            WriteOp(
                w.host.write,
                w.changes,
                w,
                lambda store: Changes.of_items(store.apply_thresholds(thresholds)),
            ).success(self._reflagged).run()

    def _reflagged(self, changes: Changes) -> None:
        """The stored items were flagged again with the new thresholds."""
        count = len(changes.items)
        self._say(
            self.tr(
                "New thresholds applied: %Ln item(s) flagged differently · Ctrl+R shows them",
                "",
                count,
            )
            if count
            else self.tr("New thresholds applied: no item is flagged differently")
        )

    def thresholds_changed(self) -> None:
        w = self.window
        w.detail.thresholds = {**w.host.thresholds, **w.settings.classifier.thresholds}
        w.detail.refresh()

    # -- feeds.yaml ------------------------------------------------------------------------

    def feeds_changed(self) -> None:
        w = self.window
        try:
            config = w.feeds.load().config
        except MonitorError as exc:
            self._say(str(exc))
            return
        on_done(w.host.reload(config), lambda _: self.sources_reloaded(), parent=w)

    def _config_adopted(self, _config: object) -> None:
        """feeds.yaml changed, in the app or outside it: a source switched off there no
        longer counts as failing, so the health is read again."""
        self.health_timer.start()

    def sources_reloaded(self) -> None:
        w = self.window
        w.source_names_changed()
        self.health_timer.start()
        w.status.refresh_next_poll()
