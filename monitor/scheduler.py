"""Polling on a schedule, inside an asyncio loop (headless ``run`` and the desktop app alike).

One APScheduler job per enabled source, on the source's interval with jitter. A source
never runs twice at once (a second start is recorded as a skip, with its reason); missed
runs are coalesced into one; after a failure the next run moves to the backed-off time the
pipeline computed. A watchdog notices when the wall clock jumped ahead of the monotonic
clock (the laptop slept) and wakes the scheduler, so overdue polls catch up at once.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from apscheduler.events import EVENT_JOB_MAX_INSTANCES, JobSubmissionEvent
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from monitor.config.schema import FeedsConfig, SourceConfig
from monitor.errors import MonitorError
from monitor.fetch import Clock, utc_now
from monitor.models import SourceReport, SourceState
from monitor.pipeline import Poller
from monitor.progress import Progress, Task

log = logging.getLogger(__name__)

WATCHDOG = timedelta(seconds=30)
SLEEP_GAP = timedelta(seconds=20)
STARTUP_SPREAD = timedelta(seconds=60)
MAX_JITTER = timedelta(minutes=5)
_WATCHDOG_JOB = "_watchdog"


@dataclass(frozen=True, kw_only=True)
class ScheduleEvent:
    """What the scheduler tells its listener (the UI status bar, the headless log)."""

    # "scheduled": the jobs were set up or changed (at start, after feeds.yaml changed)
    kind: Literal["started", "finished", "skipped", "woke", "scheduled"]
    source: str | None = None
    report: SourceReport | None = None
    message: str = ""


Listener = Callable[[ScheduleEvent], None]


def first_run(
    state: SourceState | None, source: SourceConfig, now: datetime, spread: float
) -> datetime:
    """When a source first runs after start: when it was due, or soon if it is overdue.

    ``spread`` (0…1) staggers overdue sources over the first minute.
    """
    due = state.next_poll if state and state.next_poll else None
    if due is None and state and state.last_success:
        due = state.last_success + source.interval
    if due is None or due <= now:
        return now + STARTUP_SPREAD * spread
    return due


class PollScheduler:
    def __init__(
        self,
        poller: Poller,
        *,
        clock: Clock = utc_now,
        listener: Listener | None = None,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.poller = poller
        self.clock = clock
        self.listener = listener
        self._wall = wall
        self._monotonic = monotonic
        self._marks = (wall(), monotonic())
        self._scheduler = AsyncIOScheduler(
            timezone="UTC",
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )
        self._scheduler.add_listener(self._on_max_instances, EVENT_JOB_MAX_INSTANCES)
        self._running: set[str] = set()
        self._stopping = False
        self._tasks: set[asyncio.Task[Any]] = set()

    # -- lifecycle ---------------------------------------------------------------------

    def start(self, states: dict[str, SourceState], *, paused: bool = False) -> None:
        """Start inside the running loop, with one job per enabled source."""
        self._scheduler.start(paused=paused)
        self._scheduler.add_job(
            self.check_clock, IntervalTrigger(seconds=WATCHDOG.seconds), id=_WATCHDOG_JOB
        )
        self.sync(self.poller.config, states)

    async def shutdown(self) -> None:
        """Stop scheduling; cancel running polls and wait for them to unwind."""
        self._stopping = True
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def pause(self) -> None:
        self._scheduler.pause()

    def resume(self) -> None:
        self._scheduler.resume()
        self._scheduler.wakeup()

    @property
    def paused(self) -> bool:
        from apscheduler.schedulers.base import STATE_PAUSED  # noqa: PLC0415

        return bool(self._scheduler.state == STATE_PAUSED)

    # -- jobs --------------------------------------------------------------------------

    def sync(self, config: FeedsConfig, states: dict[str, SourceState] | None = None) -> None:
        """Make the jobs match ``config``: new sources added, changed ones rescheduled,
        removed or disabled ones dropped."""
        self.poller.config = config
        wanted = {source.id: source for source in config.enabled_sources}
        for job in self._scheduler.get_jobs():
            if job.id != _WATCHDOG_JOB and job.id not in wanted:
                job.remove()
        now = self.clock()
        count = max(len(wanted), 1)
        for index, source in enumerate(wanted.values()):
            trigger = self._trigger(source)
            job = self._scheduler.get_job(source.id)
            if job is None:
                state = (states or {}).get(source.id)
                self._scheduler.add_job(
                    self._scheduled,
                    trigger,
                    args=[source.id],
                    id=source.id,
                    name=source.name,
                    next_run_time=first_run(state, source, now, index / count),
                )
            elif job.trigger.interval != trigger.interval:
                job.modify(trigger=trigger)
        self._emit(ScheduleEvent(kind="scheduled", message=f"{len(wanted)} sources scheduled"))

    @staticmethod
    def _trigger(source: SourceConfig) -> IntervalTrigger:
        jitter = min(source.interval * 0.1, MAX_JITTER)
        return IntervalTrigger(
            seconds=source.interval.total_seconds(),
            jitter=int(jitter.total_seconds()),
            timezone="UTC",
        )

    def next_runs(self) -> dict[str, datetime | None]:
        return {
            job.id: job.next_run_time
            for job in self._scheduler.get_jobs()
            if job.id != _WATCHDOG_JOB
        }

    async def poll_now(
        self, source_ids: Iterable[str] | None = None, progress: Progress | None = None
    ) -> list[SourceReport]:
        """Poll now, outside the schedule (also when paused); sources already polling are
        skipped (and counted as done in ``progress``)."""
        config = self.poller.config
        ids = list(source_ids) if source_ids is not None else [s.id for s in config.enabled_sources]
        counted = progress if progress is not None else Progress(Task.POLL)
        counted.update(total=len(ids))

        async def one(source_id: str) -> SourceReport | None:
            report = await self._run(source_id)
            counted.advance()
            return report

        with counted:
            results = await asyncio.gather(*(one(source_id) for source_id in ids))
        return [report for report in results if report is not None]

    async def _scheduled(self, source_id: str) -> None:
        """A scheduled run; being cancelled by :meth:`shutdown` is a normal end for it."""
        try:
            await self._run(source_id)
        except asyncio.CancelledError:
            if not self._stopping:
                raise
            log.info("%s: poll stopped", source_id)

    async def _run(self, source_id: str) -> SourceReport | None:
        try:
            source = self.poller.config.source(source_id)
        except KeyError:
            return None
        if source_id in self._running:
            self._skip(source_id, "the previous poll of this source is still running")
            return None
        task = asyncio.current_task()
        self._running.add(source_id)
        if task is not None:
            self._tasks.add(task)
        self._emit(ScheduleEvent(kind="started", source=source_id))
        try:
            report = await self.poller.poll_source(source)
        finally:
            self._running.discard(source_id)
            if task is not None:
                self._tasks.discard(task)
        job = self._scheduler.get_job(source_id)
        if job is not None and report.next_poll is not None:
            job.modify(next_run_time=report.next_poll)
        self._emit(
            ScheduleEvent(kind="finished", source=source_id, report=report, message=report.message)
        )
        return report

    # -- sleep, skips, events ------------------------------------------------------------

    def check_clock(self) -> bool:
        """Wake the scheduler when wall time ran ahead of monotonic time (sleep/suspend)."""
        wall, mono = self._wall(), self._monotonic()
        gap = (wall - self._marks[0]) - (mono - self._marks[1])
        self._marks = (wall, mono)
        if gap < SLEEP_GAP.total_seconds():
            return False
        message = f"resumed after about {gap / 60:.0f} minutes asleep; catching up"
        log.info(message)
        self._emit(ScheduleEvent(kind="woke", message=message))
        if self._scheduler.running:
            self._scheduler.wakeup()
        return True

    def _on_max_instances(self, event: JobSubmissionEvent) -> None:
        self._skip(event.job_id, "the previous poll of this source is still running")

    def _skip(self, source_id: str, reason: str) -> None:
        when = self.clock()

        async def record() -> None:
            try:
                await self.poller.writer.call(
                    lambda store: store.record_skip(source_id, reason, when)
                )
            except MonitorError:
                log.warning("could not record that %s was skipped", source_id, exc_info=True)

        task = asyncio.get_running_loop().create_task(record())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        self._emit(ScheduleEvent(kind="skipped", source=source_id, message=reason))

    def _emit(self, event: ScheduleEvent) -> None:
        if self.listener is not None:
            try:
                self.listener(event)
            except Exception:  # a listener's bug must not stop polling
                log.exception("schedule listener failed on %s", event)
