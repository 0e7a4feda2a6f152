"""What the store remembers of each source between polls (ETag, Last-Modified, cursor,
successes, failures, when to poll next, what it is called: the feed's own title and the
name feeds.yaml gave it) and the fetch log: one row a fetch, skip or failure. The caller
holds the transaction of every write."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from monitor.models import Batch, Item, Outcome, SaveResult, SourceState
from monitor.store.batch import upsert_items
from monitor.store.sql import Cursor, Sql
from monitor.store.times import from_iso, iso
from monitor.urls import redact


@dataclass(frozen=True, slots=True)
class Attempt:
    """One fetch of a source: when it began and ended, and when to poll the source next."""

    started: datetime
    finished: datetime
    next_poll: datetime


def state(conn: Sql, source_id: str) -> SourceState:
    rows = _rows(conn.execute("SELECT * FROM sources WHERE id = ?", (source_id,)))
    return _state(rows[0]) if rows else SourceState(source=source_id)


def states(conn: Sql) -> dict[str, SourceState]:
    return {row["id"]: _state(row) for row in _rows(conn.execute("SELECT * FROM sources"))}


def save_batch(
    conn: Sql,
    source_id: str,
    items: Sequence[Item],
    batch: Batch,
    attempt: Attempt,
    warnings: Sequence[str],
    name: str | None = None,
) -> SaveResult:
    """A successful fetch: its new and edited items, the source's state and the log.
    ``name`` is the one feeds.yaml gives the source (None: none of its own), kept with
    the feed's title so that the source keeps a name once feeds.yaml no longer lists it."""
    _ensure(conn, source_id)
    result = upsert_items(conn, source_id, items, attempt.finished)
    changes: dict[str, Any] = {
        "last_attempt": iso(attempt.started),
        "last_success": iso(attempt.finished),
        "consecutive_failures": 0,
        "next_poll": iso(attempt.next_poll),
        "retry_after": None,
        "last_warning": "\n".join(warnings) or None,
        "name": name,
        "moved_to": batch.moved_to,  # cleared once the address answers without one
    }
    if title := feed_title(batch):
        changes["title"] = title
    if batch.not_modified:
        changes.pop("last_warning")
    else:
        changes.update(etag=batch.etag, last_modified=batch.last_modified)
    if batch.cursor:
        changes["cursor"] = json.dumps(batch.cursor, sort_keys=True)
    _update(conn, source_id, changes)
    _log(
        conn,
        source_id,
        Outcome.NOT_MODIFIED if batch.not_modified else Outcome.OK,
        attempt.started,
        attempt.finished,
        http_status=batch.http_status,
        result=result,
        message="\n".join(warnings),
    )
    return result


MAX_TITLE = 200  # characters of a feed's title kept as its source's name


def feed_title(batch: Batch) -> str | None:
    """The feed's own title on one line, if it gave one."""
    title = " ".join((batch.feed_title or "").split())
    return title[:MAX_TITLE] or None


def record_failure(
    conn: Sql,
    source_id: str,
    message: str,
    attempt: Attempt,
    *,
    retry_after: datetime | None,
    http_status: int | None,
) -> int:
    """A failed fetch; returns the number of consecutive failures."""
    _ensure(conn, source_id)
    conn.execute(
        "UPDATE sources SET last_attempt = ?, last_error = ?, last_error_at = ?,"
        " consecutive_failures = consecutive_failures + 1, next_poll = ?,"
        " retry_after = ? WHERE id = ?",
        (
            iso(attempt.started),
            message,
            iso(attempt.finished),
            iso(attempt.next_poll),
            iso(retry_after),
            source_id,
        ),
    )
    _log(
        conn,
        source_id,
        Outcome.ERROR,
        attempt.started,
        attempt.finished,
        http_status=http_status,
        message=message,
    )
    row = conn.execute(
        "SELECT consecutive_failures FROM sources WHERE id = ?", (source_id,)
    ).fetchone()
    return int(row[0])


def record_skip(conn: Sql, source_id: str, reason: str, when: datetime) -> None:
    _log(conn, source_id, Outcome.SKIPPED, when, when, message=reason)


def _ensure(conn: Sql, source_id: str) -> None:
    conn.execute("INSERT INTO sources (id) VALUES (?) ON CONFLICT DO NOTHING", (source_id,))


def _update(conn: Sql, source_id: str, changes: dict[str, Any]) -> None:
    columns = ", ".join(f"{name} = ?" for name in changes)
    conn.execute(
        f"UPDATE sources SET {columns} WHERE id = ?",  # noqa: S608 - names are ours
        (*changes.values(), source_id),
    )


def _log(
    conn: Sql,
    source_id: str,
    outcome: Outcome,
    started: datetime,
    finished: datetime,
    *,
    http_status: int | None = None,
    result: SaveResult | None = None,
    message: str = "",
) -> None:
    conn.execute(
        "INSERT INTO fetch_log (source, started, finished, outcome, http_status, items_new,"
        " items_updated, duplicates, message, seconds) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            source_id,
            iso(started),
            iso(finished),
            outcome,
            http_status,
            len(result.new_item_ids) if result else 0,
            result.updated if result else 0,
            result.duplicates if result else 0,
            message or None,
            round((finished - started).total_seconds(), 3),
        ),
    )


def _rows(cursor: Cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _state(row: dict[str, Any]) -> SourceState:
    return SourceState(
        source=row["id"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        cursor=json.loads(row["cursor"]) if row["cursor"] else {},
        last_attempt=from_iso(row["last_attempt"]),
        last_success=from_iso(row["last_success"]),
        # redacted again: errors stored by versions that kept a proxy's password in them
        last_error=redact(row["last_error"]) if row["last_error"] else None,
        last_error_at=from_iso(row["last_error_at"]),
        last_warning=redact(row["last_warning"]) if row["last_warning"] else None,
        consecutive_failures=row["consecutive_failures"] or 0,
        next_poll=from_iso(row["next_poll"]),
        retry_after=from_iso(row["retry_after"]),
        title=row["title"],
        name=row["name"],
        moved_to=row.get("moved_to"),
    )
