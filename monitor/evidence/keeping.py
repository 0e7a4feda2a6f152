"""Keeping and re-checking the evidence of confirmed and escalated items.

Confirming or escalating an item asks for its evidence (:func:`monitor.store.evidence.want`,
in the decision's own write); a round here, run on the engine's schedule and by
``evidence check``, does the slow part off that write:

- **keep**: the entry as the store has it from its feed (a ``resource`` record, JSON) and,
  where the item has a web address, the page there (fetched through the one HTTP policy);
- **re-check**, politely: one fetch per item, a day after it was kept, then every two,
  four and at most seven days; a page that did not answer is asked again an hour later,
  then two, four… hours later, at most a day. A different page is kept beside the
  earlier versions (changed); a 404 or 410 is a deletion; for a Telegram post the
  channel's "post not found" is. Nothing else counts as deleted.

Files: ``<data folder>/evidence/<item id>.warc.gz``, one per item. What is kept of an item
and from which addresses is :mod:`monitor.evidence.pages`; an export checked against what
the store noted, :mod:`monitor.evidence.kept_export`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from monitor.config import SourceConfig
from monitor.errors import FetchError, HTTPStatusError
from monitor.evidence.capture import DEFAULT_TIMEOUT, PageCapture, fetch_page
from monitor.evidence.errors import EvidenceError
from monitor.evidence.pages import (
    ENTRY_TYPE,
    entry_body,
    feed_url,
    page_url,
    telegram_gone,
    visible_text_sha256,
)
from monitor.evidence.recheck import RecheckState, classify_recheck
from monitor.evidence.records import KeptRecord
from monitor.evidence.writer import FeedEntry, keep_entry, keep_page
from monitor.fetch import Clock, Fetcher, utc_now
from monitor.i18n import _
from monitor.sources.base import request_options
from monitor.store import EvidenceRecord, EvidenceState, EvidenceTask, EvidenceUpdate, StoreWriter
from monitor.store import evidence as evidence_store
from monitor.urls import is_web_address

log = logging.getLogger(__name__)

EVIDENCE_DIR = "evidence"
ROUND = 20  # items kept or re-checked in one scheduled round, the longest waiting first
FIRST_CHECK = timedelta(days=1)
LONGEST_CHECK = timedelta(days=7)
RETRY = timedelta(hours=1)
LONGEST_RETRY = timedelta(days=1)
HOST_GAP = 2.0  # seconds between two requests to one host

# How a deletion was found, as the store records it (shown translated).
HOW_HTTP = "HTTP {status}"
HOW_FEED = evidence_store.HOW_FEED
HOW_CHANNEL = "removed from the channel"


def how_text(how: str | None) -> str:
    """How a deletion was found, in the interface language."""
    known = {HOW_FEED: _("gone from the feed"), HOW_CHANNEL: _("removed from the channel")}
    return known.get(how or "", how or "")


def deleted_text(state: EvidenceState) -> str:
    """``deleted on 2026-12-03 — evidence kept (HTTP 404)``."""
    assert state.deleted is not None
    day = state.deleted.astimezone().date().isoformat()
    if state.latest_page is not None:
        text = _("deleted on {day} — evidence kept").format(day=day)
    else:
        text = _("deleted on {day} — only its feed entry was kept").format(day=day)
    return f"{text} ({how_text(state.deleted_how)})"


def evidence_path(data_dir: Path, item_id: int) -> Path:
    return data_dir / EVIDENCE_DIR / f"{item_id}.warc.gz"


@dataclass
class KeepReport:
    kept: int = 0  # items whose evidence was kept now
    checked: int = 0  # re-checks that had an answer
    changed: int = 0
    deleted: int = 0
    unknown: int = 0  # no answer that tells: asked again later
    failed: int = 0  # could not be written (the reason is on the item)


def _escaped(text: str) -> bytes:
    """``text`` as a feed's XML would hold it (``&`` as ``&amp;``)."""
    return text.replace("&", "&amp;").encode("utf-8")


def _as_record(
    kind: str, kept: KeptRecord, url: str, status: int | None = None, text: str | None = None
) -> EvidenceRecord:
    return EvidenceRecord(
        kind=kind,
        url=url,
        sha256=kept.payload_sha256,
        fetched=kept.date,
        record_id=kept.record_id,
        status=status,
        text_sha256=text,
    )


def _next_check(checks: int, now: datetime) -> datetime:
    return now + min(LONGEST_CHECK, FIRST_CHECK * (1 << min(checks, 3)))


def _retry(failures: int, now: datetime) -> datetime:
    return now + min(LONGEST_RETRY, RETRY * (1 << min(max(failures - 1, 0), 5)))


class Keeper:
    """Keeps and re-checks evidence with the engine's fetcher and store writer: one
    request at a time, at least :data:`HOST_GAP` apart for one host, and none more to a
    host that asked to wait (429, Retry-After) in this round."""

    def __init__(
        self,
        writer: StoreWriter,
        fetcher: Fetcher,
        data_dir: Path,
        sources: Mapping[str, SourceConfig],
        *,
        clock: Clock = utc_now,
        gap: float | None = None,
    ) -> None:
        self.writer = writer
        self.fetcher = fetcher
        self.data_dir = data_dir
        self.sources = sources
        self.clock = clock
        self.gap = HOST_GAP if gap is None else gap
        self._last: dict[str, float] = {}  # host: when it was last asked (monotonic)
        self._waiting: set[str] = set()  # hosts that asked to wait
        self._feeds: dict[str, PageCapture | None] = {}  # source id: its feed, this round

    async def round(self, *, everything: bool = False, limit: int | None = ROUND) -> KeepReport:
        """Keep and re-check what is due (``everything``: every item not known deleted,
        due or not, as ``evidence check`` does); the items are this round's alone."""
        now = self.clock()
        tasks = await self.writer.call(
            lambda store: store.claim_evidence(now, limit, everything=everything)
        )
        report = KeepReport()
        for task in tasks:
            update = await self.one(task, report)
            await self.writer.call(lambda store: store.record_evidence(update))  # noqa: B023
        return report

    async def one(self, task: EvidenceTask, report: KeepReport) -> EvidenceUpdate:
        source = self.sources.get(task.source)
        path = evidence_path(self.data_dir, task.item_id)
        now = self.clock()
        try:
            if task.state.kept is None:
                return await self._keep(task, source, path, now, report)
            return await self._recheck(task, source, path, now, report)
        except EvidenceError as exc:
            report.failed += 1
            failures = task.state.failures + 1
            log.warning("evidence of item %d not kept: %s", task.item_id, exc)
            return EvidenceUpdate(
                item_id=task.item_id,
                next_check=_retry(failures, now),
                failures=failures,
                problem=str(exc),
            )

    async def _fetch(self, url: str, source: SourceConfig | None) -> PageCapture | FetchError:
        """The page, through the source's own proxy, timeout and headers; a fault is an
        outcome, not raised."""
        host = urlsplit(url).hostname or ""
        if host in self._waiting:
            return FetchError(url, _("the server asked to wait; asked again later"))
        wait = self._last.get(host, -self.gap) + self.gap - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
        options = request_options(source) if source is not None else {}
        try:
            return await fetch_page(
                self.fetcher,
                url,
                timeout=options.get("timeout", DEFAULT_TIMEOUT),
                proxy=options.get("proxy"),
                clock=self.clock,
            )
        except FetchError as exc:
            if isinstance(exc, HTTPStatusError) and exc.status == 429:
                self._waiting.add(host)
            return exc
        finally:
            self._last[host] = time.monotonic()

    async def _keep(
        self,
        task: EvidenceTask,
        source: SourceConfig | None,
        path: Path,
        now: datetime,
        report: KeepReport,
    ) -> EvidenceUpdate:
        entry = FeedEntry(
            body=entry_body(task),
            content_type=ENTRY_TYPE,
            feed_url=feed_url(task, source),
            fetched_at=task.fetched,
            record_type="metadata",
        )
        kept = await asyncio.to_thread(keep_entry, path, entry)
        records = [_as_record("entry", kept, entry.feed_url)]
        report.kept += 1
        records += await self._feed(task, source, path)
        url = page_url(task, source)
        if url is None:
            return EvidenceUpdate(
                item_id=task.item_id, records=records, kept=now, next_check=now + LONGEST_CHECK
            )
        outcome = await self._fetch(url, source)
        problem = str(outcome) if isinstance(outcome, FetchError) else None
        if isinstance(outcome, PageCapture):
            try:
                text = visible_text_sha256(outcome.body)
                records.append(await self._response(path, outcome, "page", text))
            except EvidenceError as exc:  # the entry is kept; the page is fetched later
                report.failed += 1
                problem = str(exc)
        if problem is not None:  # kept without its page: asked again soon
            # (a 404 at the first try is asked once more before it counts as a deletion)
            return EvidenceUpdate(
                item_id=task.item_id,
                records=records,
                kept=now,
                next_check=_retry(1, now),
                failures=1,
                problem=problem,
            )
        assert isinstance(outcome, PageCapture)
        gone = telegram_gone(source, outcome)
        report.deleted += gone
        return EvidenceUpdate(
            item_id=task.item_id,
            records=records,
            kept=now,
            next_check=_next_check(0, now),
            deleted=now if gone else None,
            deleted_how=HOW_CHANNEL if gone else None,
        )

    async def _feed(
        self, task: EvidenceTask, source: SourceConfig | None, path: Path
    ) -> list[EvidenceRecord]:
        """The feed as its server sends it now, with its headers, when it still holds the
        item's entry (its id or its address in the bytes): what the feed itself said.
        Fetched once a round for all its items; a feed that cannot be had adds nothing."""
        if source is None or source.kind != "rss" or not is_web_address(source.url):
            return []
        assert source.url is not None
        if source.id not in self._feeds:
            got = await self._fetch(source.url, source)
            self._feeds[source.id] = got if isinstance(got, PageCapture) else None
        capture = self._feeds[source.id]
        marks = [m for m in (task.external_id, task.url) if m]
        if capture is None or not any(_escaped(m) in capture.body for m in marks):
            return []
        return [await self._response(path, capture, "feed")]

    async def _response(
        self, path: Path, capture: PageCapture, kind: str, text: str | None = None
    ) -> EvidenceRecord:
        """``capture`` appended to the item's file; its response record as the store
        notes it (``text``: the hash of a page's visible text)."""
        kept = await asyncio.to_thread(keep_page, path, capture)
        response = next(r for r in kept if r.type == "response")
        return _as_record(kind, response, capture.requested_url, capture.status, text)

    async def _recheck(
        self,
        task: EvidenceTask,
        source: SourceConfig | None,
        path: Path,
        now: datetime,
        report: KeepReport,
    ) -> EvidenceUpdate:
        url = page_url(task, source)
        state = task.state
        if url is None:  # nothing to fetch: the feed alone can tell (gone from the feed)
            return EvidenceUpdate(item_id=task.item_id, next_check=now + LONGEST_CHECK)
        latest = state.latest_page
        found = classify_recheck(
            latest.sha256 if latest else None, await self._fetch(url, source), checked_at=now
        )
        if found.state is RecheckState.UNKNOWN:
            report.unknown += 1
            failures = state.failures + 1
            return EvidenceUpdate(
                item_id=task.item_id,
                next_check=_retry(failures, now),
                failures=failures,
                problem=found.reason,
            )
        report.checked += 1
        if found.state is RecheckState.DELETED:
            report.deleted += 1
            return EvidenceUpdate(
                item_id=task.item_id,
                checked=now,
                next_check=now,
                deleted=now,
                deleted_how=HOW_HTTP.format(status=found.status),
            )
        assert found.capture is not None
        records: list[EvidenceRecord] = []
        changed = None
        gone = telegram_gone(source, found.capture)
        text = visible_text_sha256(found.capture.body)
        same_text = latest is not None and latest.text_sha256 == text
        if found.state is RecheckState.CHANGED and not same_text:  # a new version is kept
            records = [await self._response(path, found.capture, "page", text)]
            changed = None if latest is None or gone else now  # the first one is no change
            report.changed += changed is not None
        report.deleted += gone
        return EvidenceUpdate(
            item_id=task.item_id,
            records=records,
            checked=now,
            next_check=_next_check(state.checks + 1, now),
            changed=changed,
            deleted=now if gone else None,
            deleted_how=HOW_CHANNEL if gone else None,
        )
