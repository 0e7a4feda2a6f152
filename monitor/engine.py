"""The engine's running parts for one asyncio loop: store writer, fetcher, poller, schedule.

Used by the CLI (``poll``, ``run``) and, on a background thread, by the desktop app.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from monitor.config import TEAM_FEEDS, FeedsConfig, FeedsFile
from monitor.engine_evidence import EvidenceRounds
from monitor.errors import ConfigError, MonitorError, StoreError
from monitor.fetch import Clock, Fetcher, HttpPolicy, utc_now
from monitor.models import SourceReport
from monitor.pipeline import Classify, OnReport, Poller
from monitor.progress import Progress, Task
from monitor.rules import RulesOnDisk, run_on_items
from monitor.scheduler import Listener, PollScheduler
from monitor.store import Database, Store, StoreWriter, backup
from monitor.store.backup import in_use

if TYPE_CHECKING:
    from monitor.classify.runner import ClassifyHook
    from monitor.classify.service import Classifier
    from monitor.store.postgres.lock import PollerLock

log = logging.getLogger(__name__)
FEEDS_CHECK_SECONDS = 15.0
# a team's sources kept in its database: asked for more often (one row), so that an
# editor's change reaches the poller at once
TEAM_FEEDS_CHECK_SECONDS = 2.0
BACKLOG_CHUNK = 256
BACKUP_CHECK_SECONDS = 3600.0
# On a server's database: how often a standby tries to become the poller, and how often
# the poller checks that its lock (its connection to the server) still stands.
STANDBY_SECONDS = 10.0
LOCK_CHECK_SECONDS = 10.0


class Engine(EvidenceRounds):
    """``async with Engine(database, config) as engine:`` — poll once, or run the schedule.

    ``database``: a SQLite file's path, or a PostgreSQL connection string (team mode)."""

    def __init__(
        self,
        database: Database | Path | str,
        config: FeedsConfig,
        *,
        clock: Clock = utc_now,
        classify: Classify | None = None,
        classifier: Classifier | None = None,
        on_report: OnReport | None = None,
        on_config: Callable[[FeedsConfig], None] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        rules: RulesOnDisk | None = None,
        evidence_dir: Path | None = None,
    ) -> None:
        """``on_report`` hears of every source polled, ``on_config`` of every feeds.yaml
        adopted, ``on_progress`` of long work the engine starts by itself (a daily backup,
        classifying what waited), with the :class:`Progress` it reports through. ``rules``
        run on every new item once it is classified. With ``evidence_dir`` (the data
        folder) the evidence of confirmed and escalated items is kept and re-checked
        while the schedule runs."""
        self.database = Database.of(database)
        self.db_path = self.database.path  # None on a server
        self.config = config
        self._clock = clock
        self._classify = classify
        self._classifier = classifier
        self._hook: ClassifyHook | None = None
        self._retired: list[ClassifyHook] = []
        self._on_report = on_report
        self._on_config = on_config
        self._on_progress = on_progress
        self.rules = rules
        self.evidence_dir = evidence_dir
        self._evidence_lock = asyncio.Lock()  # one evidence round at a time
        self.writer: StoreWriter | None = None
        self.fetcher: Fetcher | None = None
        self.poller: Poller | None = None
        self.scheduler: PollScheduler | None = None

    async def __aenter__(self) -> Engine:
        self.writer = StoreWriter(self.database)
        self.fetcher = self._new_fetcher(self.config)
        self.poller = Poller(
            self.config,
            self.writer,
            self.fetcher,
            clock=self._clock,
            on_report=self._on_report,
            classify=self._classify,
            after_classify=self.apply_rules if self.rules is not None else None,
        )
        if self._classify is None and self._classifier is not None:
            self.attach_classifier(self._classifier)
        return self

    def attach_classifier(self, classifier: Classifier) -> None:
        """Classify new items from now on (the desktop app attaches the classifier once it
        has loaded in the background)."""
        from monitor.classify.runner import ClassifyHook  # noqa: PLC0415 - model libraries

        assert self.writer is not None and self.poller is not None
        self.detach_classifier()
        self._classifier = classifier
        self._hook = ClassifyHook(classifier, self.writer, self.database)
        self.poller.classify = self._hook

    def detach_classifier(self) -> None:
        """Stop classifying new items (the settings switched the classifier off, or
        another one replaces it); the old one is closed when the engine closes."""
        if self._hook is not None:
            self._retired.append(self._hook)
        self._hook = None
        self._classifier = None
        if self.poller is not None:
            self.poller.classify = self._classify

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self, *, abandon_model: bool = False) -> None:
        """Close the fetcher, the model thread and the store writer, which first finishes
        what it was handed (every batch and decision given to it is stored). With
        ``abandon_model`` (the app quits) the model thread is not waited for: whatever it
        is still computing for a cancelled poll is dropped, and classified next time."""
        if self.fetcher is not None:
            await self.fetcher.aclose()
        hooks = [*self._retired, *([self._hook] if self._hook else [])]
        self.detach_classifier()
        self._retired = []
        for hook in hooks:
            if abandon_model:
                # its reader closes once the chunk under way ends, if the process lives on
                threading.Thread(target=hook.close, name="model-close", daemon=True).start()
            else:
                await asyncio.get_running_loop().run_in_executor(None, hook.close)
        if self.writer is not None:
            self.writer.close()

    def _new_fetcher(self, config: FeedsConfig) -> Fetcher:
        return Fetcher(HttpPolicy.from_defaults(config.defaults), clock=self._clock)

    async def update_config(self, config: FeedsConfig) -> None:
        """Adopt an edited feeds.yaml; a change of HTTP defaults gets a fresh fetcher."""
        assert self.poller is not None and self.fetcher is not None
        if config.defaults != self.config.defaults:
            old, self.fetcher = self.fetcher, self._new_fetcher(config)
            self.poller.fetcher = self.fetcher
            await old.aclose()
        self.config = config
        self.poller.config = config
        if self._on_config is not None:
            self._on_config(config)  # immutable: others may keep it as their copy

    async def run(
        self,
        stop: asyncio.Event,
        *,
        listener: Listener | None = None,
        feeds_path: Path | None = None,
        check_every: float = FEEDS_CHECK_SECONDS,
        backups: int = 0,
    ) -> None:
        """Poll on schedule until ``stop`` is set; then cancel running polls cleanly. The
        data folder is marked in use meanwhile (a restore is refused), and with
        ``backups`` a daily backup is made, that many kept. On a server's database (whose
        backups are the server's), only the program holding the poller's lock polls;
        another waits as a standby and takes over when the first is gone."""
        if self.database.conninfo is None:
            assert self.db_path is not None
            with in_use(self.db_path):
                await self._run(stop, listener, feeds_path, check_every, backups)
            return
        from monitor.store.postgres.lock import PollerLock  # noqa: PLC0415 - psycopg

        lock = PollerLock(self.database.conninfo, str(self.database))
        standing_by = False  # said once, not at every try
        try:
            while not stop.is_set():
                if await asyncio.to_thread(lock.acquire):
                    said = log.warning if standing_by else log.info  # a take-over is news
                    said("%s: this program polls the sources", self.database)
                    if await self._run_while_held(lock, stop, listener, feeds_path, check_every):
                        return
                    log.error("%s: the poller's lock was lost; waiting as a standby", self.database)
                    standing_by = True
                elif not standing_by:
                    log.warning("%s: another program polls; waiting as a standby", self.database)
                    standing_by = True
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), STANDBY_SECONDS)
        finally:
            lock.release()

    async def _run_while_held(
        self,
        lock: PollerLock,
        stop: asyncio.Event,
        listener: Listener | None,
        feeds_path: Path | None,
        check_every: float,
    ) -> bool:
        """Poll while the lock is ours; True when stopped, False when the lock was lost."""

        async def watch() -> None:
            while await asyncio.to_thread(lock.held):
                await asyncio.sleep(LOCK_CHECK_SECONDS)

        polling = asyncio.create_task(self._run(stop, listener, feeds_path, check_every, 0))
        watching = asyncio.create_task(watch())
        await asyncio.wait({polling, watching}, return_when=asyncio.FIRST_COMPLETED)
        for task in (watching, polling):  # the one still running is cancelled
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        return polling.done() and not polling.cancelled()

    async def _run(
        self,
        stop: asyncio.Event,
        listener: Listener | None,
        feeds_path: Path | None,
        check_every: float,
        backups: int,
    ) -> None:
        assert self.poller is not None and self.writer is not None
        scheduler = PollScheduler(self.poller, clock=self._clock, listener=listener)
        scheduler.start(await self.writer.call(Store.source_states))
        self.scheduler = scheduler
        backlog = (
            asyncio.create_task(self.classify_backlog(self._announce(Task.CLASSIFY)))
            if self._hook
            else None
        )
        tasks = []
        if self.database.postgres:  # the team's sources, when they are kept in the database
            every = min(check_every, TEAM_FEEDS_CHECK_SECONDS)
            tasks.append(asyncio.create_task(self._watch_team_feeds(scheduler, every)))
        if feeds_path is not None:
            tasks.append(asyncio.create_task(self._watch_feeds(feeds_path, scheduler, check_every)))
        if backups:
            tasks.append(asyncio.create_task(self._back_up_daily(backups)))
        if self.evidence_dir is not None:
            tasks.append(asyncio.create_task(self._keep_evidence_often()))
        try:
            await stop.wait()
        finally:
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            if backlog is not None:
                backlog.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await backlog
            self.scheduler = None
            await scheduler.shutdown()

    async def reload(self, config: FeedsConfig) -> None:
        """Adopt an edited feeds.yaml now (sources added, removed, changed)."""
        await self.update_config(config)
        if self.scheduler is not None:
            self.scheduler.sync(config)

    async def poll_now(
        self, source_ids: list[str] | None = None, progress: Progress | None = None
    ) -> list[SourceReport]:
        """Poll now: through the schedule when it runs (no source runs twice at once);
        ``progress`` counts the sources done."""
        assert self.poller is not None
        if self.scheduler is not None:
            return await self.scheduler.poll_now(source_ids, progress)
        chosen = None if source_ids is None else [self.config.source(i) for i in source_ids]
        return await self.poller.poll(chosen, progress)

    async def classify_backlog(self, progress: Progress | None = None) -> int:
        """Classify stored items that have no current classification (polled while the
        classifier was unavailable, or stopped before it finished); ``progress`` counts
        the items."""
        progress = progress if progress is not None else Progress(Task.CLASSIFY)
        with progress:
            if self._hook is None or self.writer is None:
                return 0
            hook, classifier = self._hook, self._hook.classifier
            loop = asyncio.get_running_loop()
            version = await loop.run_in_executor(None, lambda: classifier.version)
            ids = await self.writer.call(lambda store: store.to_classify(version))
            # Rules run on items new to them, not again on those a newer model re-reads.
            fresh = set(await self.writer.call(lambda store: store.never_classified(ids)))
            progress.update(total=len(ids))
            for start in range(0, len(ids), BACKLOG_CHUNK):
                chunk = ids[start : start + BACKLOG_CHUNK]
                try:
                    await hook(chunk)
                    await self.apply_rules([i for i in chunk if i in fresh])  # now scored
                except MonitorError as exc:
                    log.warning("classifying earlier items stopped: %s", exc)
                    break
                progress.advance(len(chunk))
            if ids:
                log.info("classified %d items that were waiting", len(ids))
            return len(ids)

    async def apply_rules(self, ids: Sequence[int]) -> None:
        """Run the rules switched on over the items ``ids`` (a rule acts on an item once,
        so items seen again, classified later, are no trouble)."""
        enabled = self.rules.current().enabled if self.rules is not None else ()
        if not enabled or self.writer is None:
            return
        sources = {s.id: s for s in self.config.sources}
        await self.writer.call(lambda store: run_on_items(store, enabled, ids, sources))

    def _announce(self, task: Task) -> Progress:
        progress = Progress(task)
        if self._on_progress is not None:
            self._on_progress(progress)
        return progress

    async def _back_up_daily(self, keep: int) -> None:
        """Check every hour whether today's backup is due (it also is after a sleep)."""
        assert self.db_path is not None
        while True:
            try:
                if backup.due(self.db_path, keep=keep):
                    progress = self._announce(Task.BACKUP)
                    made = await asyncio.to_thread(
                        backup.automatic, self.db_path, keep=keep, progress=progress
                    )
                    if made is not None:
                        log.info("backed up the database to %s", made)
            except MonitorError as exc:
                log.error("the daily backup failed: %s", exc)
            await asyncio.sleep(BACKUP_CHECK_SECONDS)

    async def _watch_feeds(self, path: Path, scheduler: PollScheduler, every: float) -> None:
        """Reload feeds.yaml when it changes on disk; a broken edit keeps the last good one."""
        seen = _mtime(path)
        while True:
            await asyncio.sleep(every)
            current = _mtime(path)
            if current == seen:
                continue
            seen = current
            try:
                config = FeedsFile.load(path).config
            except ConfigError as exc:
                log.error("%s; still using the previous sources", exc)
                continue
            await self.update_config(config)
            scheduler.sync(config)
            log.info("reloaded %s: %d enabled sources", path, len(config.enabled_sources))

    async def _watch_team_feeds(self, scheduler: PollScheduler, every: float) -> None:
        """Reload the team's sources when an editor saves them in the database (read again
        at the first check too: a change made while the engine started is not missed)."""
        assert self.writer is not None
        seen: str | None = None
        while True:
            await asyncio.sleep(every)
            try:
                found = await self.writer.call(Store.team_feeds)
            except StoreError as exc:  # the server out of reach for now: asked again
                log.warning("%s", exc)
                continue
            if found is None or found[0] == seen:  # the text: two saves in one second
                continue
            seen = found[0]
            try:
                config = FeedsFile.from_text(found[0], TEAM_FEEDS).config
            except ConfigError as exc:
                log.error("%s; still using the previous sources", exc)
                continue
            await self.update_config(config)
            scheduler.sync(config)
            log.info("reloaded the team's sources: %d enabled", len(config.enabled_sources))


def _mtime(path: Path) -> float | None:
    try:
        return path.stat().st_mtime
    except OSError:
        return None
