"""The engine for the desktop app: on its own asyncio thread, with the schedule running.

Everything the window asks of the engine comes back as a ``concurrent.futures.Future``
(see :mod:`ui.worker`); what the engine does by itself arrives as Qt signals, emitted from
the engine thread and delivered on the GUI thread.

The engine's objects belong to its thread. What the GUI thread needs to read of them it
gets as immutable copies, published by signal: :attr:`EngineHost.config` (the feeds.yaml
the engine uses), :attr:`EngineHost.thresholds` (the classifier's) and
:attr:`EngineHost.paused` (the schedule's), and the classifier's state as a
:class:`ClassifierState` with ``classifier_status``. Long work the
engine does for the window is announced with its :class:`~monitor.progress.Progress`
(``progress_started``), which ``ui/progress.py`` shows.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Mapping
from concurrent.futures import Future, wait
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from monitor import discover
from monitor.config import FeedsConfig, Locations
from monitor.engine import Engine
from monitor.errors import MonitorError
from monitor.models import SourceReport
from monitor.progress import Progress, Task
from monitor.rules import RulesOnDisk
from monitor.runtime import LoopThread
from monitor.scheduler import ScheduleEvent
from monitor.settings import Settings, load_settings
from monitor.source_check import Preview, preview, transient
from monitor.sources import SourceDraft
from monitor.store import Store

if TYPE_CHECKING:
    from monitor.classify.service import Classifier
    from monitor.evidence.keeping import KeepReport

T = TypeVar("T")


class ClassifierState(StrEnum):
    """Where the app's classifier stands, sent with ``EngineHost.classifier_status``."""

    LOADING = "loading"  # detail: the step under way
    READY = "ready"  # detail: the model version
    OFF = "off"  # switched off in the settings
    FAILED = "failed"  # detail: the error


class EngineHost(QObject):
    source_started = Signal(str)  # source id
    source_done = Signal(object)  # SourceReport, after its new items were classified
    schedule_event = Signal(object)  # ScheduleEvent: skips, waking from sleep
    # A ClassifierState and its detail. Typed object: a str signal would hand the slot the
    # member's text, not the member.
    classifier_status = Signal(object, str)
    classifier_ready = Signal(bool)  # whether new items get classified
    items_changed = Signal()  # stored items or their classifications changed
    config_changed = Signal(object)  # FeedsConfig (immutable): the engine adopted it
    thresholds_changed = Signal(object)  # Mapping[str, float], read-only: the classifier's
    paused_changed = Signal(bool)  # the schedule was paused (True) or runs (False)
    progress_started = Signal(object)  # Progress of work the engine does for the window

    def __init__(
        self,
        locations: Locations,
        config: FeedsConfig,
        parent: QObject | None = None,
        *,
        watch_feeds: bool = True,
    ) -> None:
        super().__init__(parent)
        self.locations = locations
        # the file the schedule watches for edits outside the app (None: the team's
        # sources, which it watches in the database)
        self.feeds_path = locations.feeds_path if watch_feeds else None
        self._config = config
        self._thresholds: Mapping[str, float] = MappingProxyType({})
        self._paused = False
        # Connected first, so the copies are current before anyone else hears of a change.
        self.config_changed.connect(self._adopt_config)
        self.thresholds_changed.connect(self._adopt_thresholds)
        self.paused_changed.connect(self._adopt_paused)
        self._loop = LoopThread()
        self.engine = Engine(
            locations.database,
            config,
            on_report=self._reported,
            on_config=self.config_changed.emit,
            on_progress=self.progress_started.emit,
            rules=RulesOnDisk(locations.rules_path),
            evidence_dir=locations.data_dir,
        )
        try:
            self._loop.submit(self.engine.__aenter__()).result()
        except BaseException:
            self._loop.stop()  # the database could not be opened: nothing is left running
            raise
        self._stop: asyncio.Event | None = None
        self._schedule: Future[None] | None = None
        self._running: set[Future[Any]] = set()

    # -- what the GUI thread may read ----------------------------------------------------

    @property
    def config(self) -> FeedsConfig:
        """The sources and defaults the engine polls with (the GUI thread's copy)."""
        return self._config

    @property
    def thresholds(self) -> Mapping[str, float]:
        """The classifier's thresholds per category (empty while it is not ready)."""
        return self._thresholds

    @property
    def paused(self) -> bool:
        """Whether the schedule is paused, as the engine last said (``paused_changed``)."""
        return self._paused

    def _adopt_config(self, config: FeedsConfig) -> None:
        self._config = config

    def _adopt_thresholds(self, thresholds: Mapping[str, float]) -> None:
        self._thresholds = thresholds

    def _adopt_paused(self, paused: bool) -> None:
        self._paused = paused

    # -- the schedule --------------------------------------------------------------------

    def start_schedule(self) -> Future[None]:
        """Poll every enabled source on its own schedule from now on."""
        self._schedule = self._loop.submit(self._run_schedule())
        return self._schedule

    async def _run_schedule(self) -> None:
        self._stop = asyncio.Event()
        try:
            kept = load_settings(self.locations.data_dir).backups
        except MonitorError:  # the window reports the settings' fault
            kept = Settings.backups
        try:
            await self.engine.run(
                self._stop, listener=self._event, feeds_path=self.feeds_path, backups=kept
            )
        finally:
            self.paused_changed.emit(False)  # no schedule, nothing paused

    def _event(self, event: ScheduleEvent) -> None:
        if event.kind == "started" and event.source:
            self.source_started.emit(event.source)
        self.schedule_event.emit(event)

    def _reported(self, report: SourceReport) -> None:
        self.source_done.emit(report)
        if report.new or report.updated:
            self.items_changed.emit()

    def poll_now(self, source_ids: list[str] | None = None) -> Future[list[SourceReport]]:
        """Poll now (all enabled sources, or these); its progress is announced at once."""
        total = len(self._config.enabled_sources) if source_ids is None else len(source_ids)
        progress = Progress(Task.POLL, total=total)
        self.progress_started.emit(progress)
        future = self._submit(self.engine.poll_now(source_ids, progress))
        future.add_done_callback(lambda _: progress.close())  # also when it never ran
        return future

    def check_evidence(self) -> Future[KeepReport]:
        """Keep the evidence that waits and re-check every kept item now."""

        async def check() -> KeepReport:
            self.engine.check_evidence_here()
            return await self.engine.keep_evidence(everything=True)

        return self._submit(check())

    def pause(self) -> None:
        self._loop.loop.call_soon_threadsafe(self._set_paused, True)

    def resume(self) -> None:
        self._loop.loop.call_soon_threadsafe(self._set_paused, False)

    def _set_paused(self, paused: bool) -> None:
        """On the engine's thread: pause or resume, then publish what the schedule is now
        (not paused when there is no schedule yet)."""
        scheduler = self.engine.scheduler
        if scheduler is not None:
            scheduler.pause() if paused else scheduler.resume()
        self.paused_changed.emit(scheduler is not None and scheduler.paused)

    def next_runs(self) -> Future[dict[str, datetime | None]]:
        async def read() -> dict[str, datetime | None]:
            scheduler = self.engine.scheduler
            return scheduler.next_runs() if scheduler is not None else {}

        return self._loop.submit(read())

    def reload(self, config: FeedsConfig) -> Future[None]:
        """Adopt an edited feeds.yaml at once (the engine also notices edits by itself)."""
        return self._loop.submit(self.engine.reload(config))

    def try_source(self, draft: SourceDraft, address: str | None = None) -> Future[Preview]:
        """Fetch a source that is not saved yet once, in the background: ``draft`` as filled
        in, or, given any ``address`` (a feed, a page linking to one, a channel…), what
        that address turns out to be, with the draft's settings."""

        async def work() -> Preview:
            fetcher = self.engine.fetcher
            assert fetcher is not None
            found = draft
            if address:
                found = draft.with_address_of(await discover.resolve(address, fetcher))
            return await preview(transient(found, self.engine.config), fetcher)

        return self._submit(work())

    # -- the store -----------------------------------------------------------------------

    def write(self, work: Callable[[Store], T]) -> Future[T]:
        """Run ``work`` on the writer thread, the one that writes the database."""
        assert self.engine.writer is not None
        return self.engine.writer.submit(work)

    # -- the classifier ------------------------------------------------------------------

    def start_classifier(self) -> Future[None]:
        """Load (the first time: train) the classifier off the GUI thread, then classify
        new items and those that were waiting."""
        return self._submit(self._start_classifier())  # called off when the app quits

    async def _start_classifier(self) -> None:
        self.classifier_status.emit(ClassifierState.LOADING, "")
        loop = asyncio.get_running_loop()
        loading = Progress(Task.LOAD)
        loading.subscribe(
            lambda now: self.classifier_status.emit(ClassifierState.LOADING, now.description)
        )
        self.progress_started.emit(loading)
        try:
            with loading:
                classifier = await loop.run_in_executor(None, self._open_classifier, loading)
                # read on the engine's side: the backend may still be loading its files
                thresholds = await loop.run_in_executor(None, _thresholds_of, classifier)
        except MonitorError as exc:
            self.engine.detach_classifier()
            self.thresholds_changed.emit(MappingProxyType({}))
            self.classifier_status.emit(ClassifierState.FAILED, str(exc))
            self.classifier_ready.emit(False)
            return
        self.thresholds_changed.emit(thresholds)
        if classifier is None:
            self.engine.detach_classifier()
            self.classifier_status.emit(ClassifierState.OFF, "")
            self.classifier_ready.emit(False)
            return
        self.engine.attach_classifier(classifier)
        self.classifier_status.emit(ClassifierState.READY, classifier.version)
        self.classifier_ready.emit(True)
        backlog = Progress(Task.CLASSIFY)
        self.progress_started.emit(backlog)
        if await self.engine.classify_backlog(backlog):
            self.items_changed.emit()

    def _open_classifier(self, progress: Progress) -> Classifier | None:
        from monitor.classify import runner  # noqa: PLC0415 - loads the model libraries

        settings = load_settings(self.locations.data_dir)
        if not settings.classifier.enabled:
            return None
        store = Store.open(self.locations.database, folder=self.locations.data_dir)
        try:
            return runner.open_classifier(store, self.locations, settings, progress=progress)
        finally:
            store.close()

    # -- lifecycle -----------------------------------------------------------------------

    def _submit(self, work: Coroutine[Any, Any, T]) -> Future[T]:
        future = self._loop.submit(work)
        self._running.add(future)
        future.add_done_callback(self._running.discard)
        return future

    def close(self) -> None:
        """Quit without waiting for work: stop the schedule, cancel running polls and the
        classifier's start, leave the model thread to whatever it still computes, then
        close the database. What was stored stays (the writer finishes what it was
        handed); a poll cut short is polled again, items not classified yet are
        classified at the next start."""
        if self._stop is not None:
            self._loop.loop.call_soon_threadsafe(self._stop.set)
        running: list[Future[Any]] = list(self._running)
        for future in running:
            future.cancel()
        wait([*running, *([self._schedule] if self._schedule else [])], timeout=30)
        self._loop.submit(self.engine.aclose(abandon_model=True)).result(timeout=30)
        self._loop.stop()


def _thresholds_of(classifier: Classifier | None) -> Mapping[str, float]:
    """A read-only copy of the classifier's thresholds (none without a classifier)."""
    return MappingProxyType(dict(classifier.thresholds) if classifier is not None else {})
