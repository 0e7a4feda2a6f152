"""poll → normalise → store → classify, for one source or many at once.

A failing source never stops the others: each source's outcome is contained in its own
:class:`SourceReport`, and its failure is recorded (with the full error text and the
backed-off next poll) in the store. A fault of this computer (disk full, read-only
folder, database busy) is no source's failure: it is reported, never counted or backed
off, and the source is tried again soon.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
import traceback
from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import datetime

from monitor import pacing
from monitor.config.schema import FeedsConfig, SourceConfig
from monitor.dedup import resolve_repeated_ids
from monitor.errors import HTTPStatusError, MonitorError, StoreError, StoreUnavailable
from monitor.fetch import Clock, Fetcher, utc_now
from monitor.models import Batch, Item, Outcome, SaveResult, SourceReport, SourceState
from monitor.normalize import normalize
from monitor.progress import Progress, Task
from monitor.sources import KINDS
from monitor.store import Store, StoreWriter
from monitor.urls import redact

log = logging.getLogger(__name__)

# Told of every source's report as it comes (after its new items were classified).
OnReport = Callable[[SourceReport], None]
Classify = Callable[[Sequence[int]], Awaitable[None]]
# New items go to the classifier this many at a time, each chunk's results stored before
# the next begins: a poll cancelled while classifying (the app quits) stops between
# chunks and loses at most the chunk under way; what is left is classified next time.
CLASSIFY_CHUNK = 64
# Kinds whose every answer is the whole feed: an entry missing from one, among older ones
# still there, was taken out. (Mastodon and Telegram answer with what is new since the
# last poll, Bluesky with search results.)
WHOLE_FEEDS = frozenset({"rss"})
REORDERED = ("reddit.com",)  # feeds sorted by popularity, with posts pinned on top
WINDOW_ENTRIES = 3  # entries with dates a feed needs before its window is trusted


def normalise_batch(
    source: SourceConfig, batch: Batch, fetched: datetime
) -> tuple[list[Item], list[str]]:
    """Normalised items of a batch. Entries with neither title nor text are dropped; an
    entry that cannot be normalised is skipped with a warning naming it, never the batch."""
    items = []
    warnings: list[str] = []
    empty = 0
    for entry in batch.entries:
        try:
            item = normalize(
                entry,
                source_id=source.id,
                fetched=fetched,
                base_url=batch.base_url,
                feed_language=batch.feed_language,
                source_language=source.language,
            )
        except Exception as exc:  # one odd entry must not cost the others
            log.warning("%s: entry %s skipped", source.id, entry.url, exc_info=True)
            name = entry.url or entry.external_id or entry.title[:60]
            warnings.append(f"entry {name!r} skipped: {type(exc).__name__}: {exc}")
            continue
        if item.title or item.text:
            items.append(item)
        else:
            empty += 1
    items, repeated = resolve_repeated_ids(items)
    if empty:
        warnings.append(f"{empty} entries with neither title nor text skipped")
    return items, warnings + repeated


async def _in_chunks(classify: Classify, ids: Sequence[int]) -> None:
    for start in range(0, len(ids), CLASSIFY_CHUNK):
        await classify(ids[start : start + CLASSIFY_CHUNK])


class Poller:
    """Polls sources with a shared :class:`Fetcher` and stores through a :class:`StoreWriter`."""

    def __init__(
        self,
        config: FeedsConfig,
        writer: StoreWriter,
        fetcher: Fetcher,
        *,
        clock: Clock = utc_now,
        on_report: OnReport | None = None,
        classify: Classify | None = None,
        after_classify: Classify | None = None,
    ) -> None:
        self.config = config
        self.writer = writer
        self.fetcher = fetcher
        self.clock = clock
        self.on_report = on_report
        self.classify = classify
        self.after_classify = after_classify  # the rules, on each source's new items

    async def poll(
        self, sources: Iterable[SourceConfig] | None = None, progress: Progress | None = None
    ) -> list[SourceReport]:
        """Poll several sources concurrently (within the fetcher's limits); ``progress``
        counts the sources done."""
        chosen = list(self.config.enabled_sources if sources is None else sources)
        counted = progress if progress is not None else Progress(Task.POLL)
        counted.update(total=len(chosen))
        with counted:
            states = await self.writer.call(Store.source_states)

            async def one(source: SourceConfig) -> SourceReport:
                report = await self.poll_source(source, states.get(source.id))
                counted.advance()
                return report

            return list(await asyncio.gather(*(one(s) for s in chosen)))

    async def poll_source(
        self, source: SourceConfig, state: SourceState | None = None
    ) -> SourceReport:
        started = self.clock()
        clock_start = time.perf_counter()
        if state is None:
            state = await self.writer.call(lambda store: store.source_state(source.id))
        if state.retry_after and state.retry_after > started:
            reason = f"the server asked to wait until {state.retry_after:%Y-%m-%d %H:%M} UTC"
            await self._record_skip(source.id, reason, started)
            return self._report(
                SourceReport(
                    source=source.id,
                    outcome=Outcome.SKIPPED,
                    message=reason,
                    next_poll=state.retry_after,
                )
            )
        try:
            report = await self._fetch_and_store(source, state, started)
        except asyncio.CancelledError:
            raise
        except StoreUnavailable as exc:
            report = self._local_fault(source, exc)
        except MonitorError as exc:
            report = await self._record_failure(source, state, started, exc)
        except Exception as exc:  # a bug in a reader must not stop the other sources
            log.exception("polling %s failed unexpectedly", source.id)
            detail = "".join(traceback.format_exception_only(exc)).strip()
            report = await self._record_failure(
                source, state, started, MonitorError(f"internal error: {detail}")
            )
        return self._report(dataclasses.replace(report, seconds=time.perf_counter() - clock_start))

    async def _fetch_and_store(
        self, source: SourceConfig, state: SourceState, started: datetime
    ) -> SourceReport:
        batch = await KINDS[source.kind].read(source, state, self.fetcher)
        fetched = self.clock()
        # Sanitising and language detection are CPU work: off the loop that downloads.
        items, warnings = await asyncio.to_thread(normalise_batch, source, batch, fetched)
        warnings = [redact(warning) for warning in batch.warnings + warnings]
        upcoming = pacing.next_poll(fetched, source.interval)

        def save(store: Store) -> SaveResult:
            return store.save_batch(
                source.id,
                items,
                batch,
                started=started,
                finished=fetched,
                next_poll=upcoming,
                warnings=warnings,
                name=source.name if source.named else None,
            )

        result = await self.writer.call(save)
        await self._gone_from_feed(source, batch, items, fetched, warnings)
        classified = False
        if result.new_item_ids and self.classify is not None:
            try:
                await _in_chunks(self.classify, result.new_item_ids)
                classified = True
            except MonitorError as exc:  # stored items wait unclassified; the poll succeeded
                warnings.append(f"not classified yet: {exc}")
        # Rules see an item once it has its scores (the backlog runs them otherwise).
        if classified and self.after_classify is not None:
            try:
                await self.after_classify(result.new_item_ids)
            except MonitorError as exc:  # the items are stored; the rules run next time
                warnings.append(f"rules not run: {exc}")
        return SourceReport(
            source=source.id,
            outcome=Outcome.NOT_MODIFIED if batch.not_modified else Outcome.OK,
            new=len(result.new_item_ids),
            updated=result.updated,
            duplicates=result.duplicates,
            seen=len(items),
            new_item_ids=result.new_item_ids,
            warnings=tuple(warnings),
            next_poll=upcoming,
        )

    async def _gone_from_feed(
        self,
        source: SourceConfig,
        batch: Batch,
        items: Sequence[Item],
        fetched: datetime,
        warnings: Sequence[str],
    ) -> None:
        """Kept items a feed no longer lists, among the entries it still lists older
        ones of (its oldest one or more left out: a pinned entry), are missing from it
        (:meth:`Store.gone_from_feed`). Only a whole feed in time order tells: not a
        batch with faults, not an API's page of what is new (Mastodon, Telegram), not a
        search, not a feed sorted by popularity."""
        dated = sorted(i.published for i in items if not i.published_estimated)
        if (
            batch.not_modified
            or warnings
            or len(dated) < WINDOW_ENTRIES
            or source.kind not in WHOLE_FEEDS
            or any(host in (source.url or "") for host in REORDERED)
        ):
            return
        since = dated[len(dated) // 10 + 1]
        present = [i.external_id for i in items]
        addresses = [a for i in items for a in (i.url, i.canonical_url) if a]
        try:
            gone = await self.writer.call(
                lambda store: store.gone_from_feed(source.id, present, addresses, since, fetched)
            )
        except MonitorError as exc:  # the batch is stored; the next poll looks again
            log.warning("%s: could not look for deleted items: %s", source.id, exc)
            return
        if gone:
            log.info("%s: %d kept items are gone from the feed", source.id, len(gone))

    async def _record_failure(
        self, source: SourceConfig, state: SourceState, started: datetime, error: MonitorError
    ) -> SourceReport:
        finished = self.clock()
        retry_after = error.retry_after if isinstance(error, HTTPStatusError) else None
        failures = state.consecutive_failures + 1
        upcoming = pacing.next_poll(finished, source.interval, failures, retry_after)
        message = redact(str(error))  # shown, stored and logged: never with a password

        def record(store: Store) -> int:
            return store.record_failure(
                source.id,
                message,
                started=started,
                finished=finished,
                next_poll=upcoming,
                retry_after=retry_after,
                http_status=error.status if isinstance(error, HTTPStatusError) else None,
            )

        try:
            await self.writer.call(record)
        except StoreError as store_error:
            message = f"{message} (and the failure could not be recorded: {store_error})"
        return SourceReport(
            source=source.id, outcome=Outcome.ERROR, message=message, next_poll=upcoming
        )

    def _local_fault(self, source: SourceConfig, error: StoreUnavailable) -> SourceReport:
        """The disk is full, the folder read-only or the database busy: a fault of this
        computer, not of the source. Nothing is counted or recorded (the database is what
        fails) and nothing backs off: the source is tried again soon."""
        log.warning("%s: not stored: %s", source.id, error)
        return SourceReport(
            source=source.id,
            outcome=Outcome.ERROR,
            local=True,
            message=f"{redact(str(error))} (a problem on this computer, not of the source)",
            next_poll=self.clock() + pacing.jittered(pacing.LOCAL_RETRY),
        )

    async def _record_skip(self, source_id: str, reason: str, when: datetime) -> None:
        try:
            await self.writer.call(lambda store: store.record_skip(source_id, reason, when))
        except StoreError:
            log.warning("could not record that %s was skipped", source_id, exc_info=True)

    def _report(self, report: SourceReport) -> SourceReport:
        if self.on_report is not None:
            self.on_report(report)
        return report
