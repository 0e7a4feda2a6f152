"""The engine's running parts for one asyncio loop: store writer, fetcher, poller, schedule.

Used by the CLI (``poll``, ``run``) and, on a background thread, by the desktop app.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path

import httpx

from monitor.config import FeedsConfig, FeedsFile
from monitor.errors import ConfigError
from monitor.fetch import Clock, Fetcher, HttpPolicy, utc_now
from monitor.pipeline import Classify, Poller, Progress
from monitor.scheduler import Listener, PollScheduler
from monitor.store import Store, StoreWriter

log = logging.getLogger(__name__)
FEEDS_CHECK_SECONDS = 15.0


class Engine:
    """``async with Engine(db_path, config) as engine:`` — poll once, or run the schedule."""

    def __init__(
        self,
        db_path: Path,
        config: FeedsConfig,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock = utc_now,
        classify: Classify | None = None,
        on_report: Progress | None = None,
    ) -> None:
        self.db_path = db_path
        self.config = config
        self._transport = transport
        self._clock = clock
        self._classify = classify
        self._on_report = on_report
        self.writer: StoreWriter | None = None
        self.fetcher: Fetcher | None = None
        self.poller: Poller | None = None

    async def __aenter__(self) -> Engine:
        self.writer = StoreWriter(self.db_path)
        self.fetcher = self._new_fetcher(self.config)
        self.poller = Poller(
            self.config,
            self.writer,
            self.fetcher,
            clock=self._clock,
            on_report=self._on_report,
            classify=self._classify,
        )
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self.fetcher is not None:
            await self.fetcher.aclose()
        if self.writer is not None:
            self.writer.close()

    def _new_fetcher(self, config: FeedsConfig) -> Fetcher:
        return Fetcher(
            HttpPolicy.from_defaults(config.defaults), transport=self._transport, clock=self._clock
        )

    async def update_config(self, config: FeedsConfig) -> None:
        """Adopt an edited feeds.yaml; a change of HTTP defaults gets a fresh fetcher."""
        assert self.poller is not None and self.fetcher is not None
        if config.defaults != self.config.defaults:
            old, self.fetcher = self.fetcher, self._new_fetcher(config)
            self.poller.fetcher = self.fetcher
            await old.aclose()
        self.config = config
        self.poller.config = config

    async def run(
        self,
        stop: asyncio.Event,
        *,
        listener: Listener | None = None,
        feeds_path: Path | None = None,
        check_every: float = FEEDS_CHECK_SECONDS,
    ) -> None:
        """Poll on schedule until ``stop`` is set; then cancel running polls cleanly."""
        assert self.poller is not None and self.writer is not None
        scheduler = PollScheduler(self.poller, clock=self._clock, listener=listener)
        scheduler.start(await self.writer.call(Store.source_states))
        watcher = None
        if feeds_path is not None:
            watcher = asyncio.create_task(self._watch_feeds(feeds_path, scheduler, check_every))
        try:
            await stop.wait()
        finally:
            if watcher is not None:
                watcher.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await watcher
            await scheduler.shutdown()

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


def _mtime(path: Path) -> float | None:
    try:
        return path.stat().st_mtime
    except OSError:
        return None
