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

Files: ``<data folder>/evidence/<item id>.warc.gz``, one per item.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from monitor.config import SourceConfig
from monitor.errors import FetchError, HTTPStatusError
from monitor.evidence.capture import PageCapture, fetch_page
from monitor.evidence.errors import EvidenceError
from monitor.evidence.export import Export, export
from monitor.evidence.reader import read_evidence
from monitor.evidence.recheck import DELETED_STATUSES, RecheckState, classify_recheck
from monitor.evidence.records import KeptRecord
from monitor.evidence.writer import FeedEntry, keep_entry, keep_page
from monitor.fetch import Clock, Fetcher, utc_now
from monitor.i18n import _
from monitor.store import EvidenceRecord, EvidenceState, EvidenceTask, EvidenceUpdate, StoreWriter
from monitor.urls import is_web_address

log = logging.getLogger(__name__)

EVIDENCE_DIR = "evidence"
ROUND = 20  # items kept or re-checked in one scheduled round, the longest waiting first
FIRST_CHECK = timedelta(days=1)
LONGEST_CHECK = timedelta(days=7)
RETRY = timedelta(hours=1)
LONGEST_RETRY = timedelta(days=1)
TELEGRAM_GONE = b"tgme_widget_message_error"  # the embed page of a post that is not there
ENTRY_TYPE = "application/json; charset=utf-8"

# How a deletion was found, as the store records it (shown translated).
HOW_HTTP = "HTTP {status}"
HOW_FEED = "gone from the feed"
HOW_CHANNEL = "removed from the channel"


def how_text(how: str | None) -> str:
    """How a deletion was found, in the interface language."""
    known = {HOW_FEED: _("gone from the feed"), HOW_CHANNEL: _("removed from the channel")}
    return known.get(how or "", how or "")


def deleted_text(state: EvidenceState) -> str:
    """``deleted on 2026-12-03 — evidence kept (HTTP 404)``."""
    assert state.deleted is not None
    day = state.deleted.astimezone().date().isoformat()
    if state.records:
        text = _("deleted on {day} — evidence kept").format(day=day)
    else:
        text = _("deleted on {day} — nothing was kept before").format(day=day)
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


def export_kept(data_dir: Path, item_id: int, state: EvidenceState | None, output: Path) -> Export:
    """Item ``item_id``'s evidence written to ``output`` (:func:`~monitor.evidence.export`),
    once its file holds every record the store noted, each with the hash noted then: a
    file rewritten with fresh digests is refused, and nothing is written."""
    kept = evidence_path(data_dir, item_id)
    if state is None or not kept.exists():
        message = _(
            "item {item} has no evidence kept in {folder} (it is kept once the item is"
            " confirmed or escalated; evidence check keeps what waits)"
        )
        raise EvidenceError(kept, message.format(item=item_id, folder=kept.parent))
    found = {r.record_id: r.payload_sha256 for r in read_evidence(kept).records}
    for record in state.records:
        if found.get(record.record_id) != record.sha256:
            message = (
                _("{path}: record {record} ({kind}, {url}) is missing from the file")
                if record.record_id not in found
                else _(
                    "{path}: record {record} ({kind}, {url}) differs from what the store"
                    " noted when it was kept; nothing was exported"
                )
            )
            raise EvidenceError(
                kept,
                message.format(
                    path=kept, record=record.record_id, kind=record.kind, url=record.url
                ),
            )
    return export(kept, output)


def entry_body(task: EvidenceTask) -> bytes:
    """The item's entry as the store has it from its feed, as JSON."""
    fields = {
        "source": task.source,
        "id": task.external_id,
        "url": task.url,
        "title": task.title,
        "author": task.author,
        "published": task.published.isoformat(),
        "language": task.language,
        "text": task.text,
        "html": task.html,
    }
    return json.dumps(fields, ensure_ascii=False, indent=1).encode("utf-8")


def _feed_url(task: EvidenceTask, source: SourceConfig | None) -> str:
    address = source.url if source is not None else None
    if address and is_web_address(address):
        return address
    if task.url and is_web_address(task.url):
        return task.url
    return f"urn:pushback:{task.source}"


def page_url(task: EvidenceTask, source: SourceConfig | None) -> str | None:
    """Where the item's page is fetched: its address (a Telegram post's embed page,
    which says when the post is gone); None without a web address."""
    if not task.url or not is_web_address(task.url):
        return None
    if source is not None and source.kind == "telegram":
        return f"{task.url.split('?', 1)[0]}?embed=1&mode=tme"
    return task.url


def _as_record(kind: str, kept: KeptRecord, url: str, status: int | None = None) -> EvidenceRecord:
    return EvidenceRecord(
        kind=kind,
        url=url,
        sha256=kept.payload_sha256,
        fetched=kept.date,
        record_id=kept.record_id,
        status=status,
    )


def _next_check(checks: int, now: datetime) -> datetime:
    return now + min(LONGEST_CHECK, FIRST_CHECK * (1 << min(checks, 3)))


def _retry(failures: int, now: datetime) -> datetime:
    return now + min(LONGEST_RETRY, RETRY * (1 << min(max(failures - 1, 0), 5)))


class Keeper:
    """Keeps and re-checks evidence with the engine's fetcher and store writer."""

    def __init__(
        self,
        writer: StoreWriter,
        fetcher: Fetcher,
        data_dir: Path,
        sources: Mapping[str, SourceConfig],
        *,
        clock: Clock = utc_now,
    ) -> None:
        self.writer = writer
        self.fetcher = fetcher
        self.data_dir = data_dir
        self.sources = sources
        self.clock = clock

    async def round(self, *, everything: bool = False, limit: int | None = ROUND) -> KeepReport:
        """Keep and re-check what is due (``everything``: every item not known deleted,
        due or not, as ``evidence check`` does)."""
        now = self.clock()
        tasks = await self.writer.call(
            lambda store: store.evidence_due(None if everything else now, limit)
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
            feed_url=_feed_url(task, source),
            fetched_at=task.fetched,
        )
        kept = await asyncio.to_thread(keep_entry, path, entry)
        records = [_as_record("entry", kept, entry.feed_url)]
        report.kept += 1
        url = page_url(task, source)
        if url is None:
            return EvidenceUpdate(
                item_id=task.item_id, records=records, kept=now, next_check=now + LONGEST_CHECK
            )
        try:
            capture = await fetch_page(self.fetcher, url, clock=self.clock)
        except FetchError as exc:  # kept without its page; the re-check asks again
            status = exc.status if isinstance(exc, HTTPStatusError) else None
            deleted = status in DELETED_STATUSES
            return EvidenceUpdate(
                item_id=task.item_id,
                records=records,
                kept=now,
                next_check=_retry(1, now),
                failures=0 if deleted else 1,
                deleted=now if deleted else None,
                deleted_how=HOW_HTTP.format(status=status) if deleted else None,
                problem=None if deleted else str(exc),
            )
        records += await self._page(path, capture)
        gone = self._telegram_gone(source, capture)
        return EvidenceUpdate(
            item_id=task.item_id,
            records=records,
            kept=now,
            next_check=_next_check(0, now),
            deleted=now if gone else None,
            deleted_how=HOW_CHANNEL if gone else None,
        )

    async def _page(self, path: Path, capture: PageCapture) -> list[EvidenceRecord]:
        kept = await asyncio.to_thread(keep_page, path, capture)
        response = next(r for r in kept if r.type == "response")
        return [_as_record("page", response, capture.url, capture.status)]

    def _telegram_gone(self, source: SourceConfig | None, capture: PageCapture) -> bool:
        return bool(source and source.kind == "telegram" and TELEGRAM_GONE in capture.body)

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
        try:
            outcome: PageCapture | FetchError = await fetch_page(
                self.fetcher, url, clock=self.clock
            )
        except FetchError as exc:
            outcome = exc
        found = classify_recheck(latest.sha256 if latest else None, outcome, checked_at=now)
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
        gone = self._telegram_gone(source, found.capture)
        if found.state is RecheckState.CHANGED:  # kept: "post not found" is evidence too
            records = await self._page(path, found.capture)
            first = latest is None  # the first page kept is no change
            changed = None if first or gone else now
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
