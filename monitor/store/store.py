"""The SQLite store: items, source health, the fetch log.

One :class:`Store` owns one connection and is used from one thread. Writes happen on the
writer thread (:mod:`monitor.store.writer`); other threads open their own read
connections. Every batch of a source is stored in one transaction, so a crash loses
nothing already committed and never leaves half a batch.
"""

from __future__ import annotations

import contextlib
import errno
import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from monitor.errors import StoreError, StoreUnavailable
from monitor.models import Batch, Item, Outcome, SaveResult, SourceState
from monitor.progress import Progress
from monitor.store import activity, classifications, decisions, queue, reports
from monitor.store.activity import SourceActivity
from monitor.store.batch import upsert_items
from monitor.store.classifications import Classification, ClassifyInput, ModelRecord
from monitor.store.decisions import Action, Decision, Judged, LabelledItem
from monitor.store.migrations import migrate
from monitor.store.queries import ItemQuery, StoredItem, count_items, select_items
from monitor.store.queue import Alert, QueueCounts, QueueQuery, QueueRow, SelectionCategories
from monitor.store.read import ReadStore
from monitor.store.reports import PeriodCounts, PeriodReview
from monitor.store.times import from_iso, iso
from monitor.urls import redact

# How long a write waits for another program's write to finish: longer than storing the
# largest batch takes, so that an analyst's decision waits for a poll instead of failing.
BUSY_SECONDS = 60
PROGRESS_STEP = 500  # items between two steps of a bulk decision's progress


# Local faults that pass (or that the user can clear): what they are called, and said.
_UNAVAILABLE = {
    "full": "the disk is full",
    "busy": "the database is busy in another program",
    "read-only": "the database or its folder is read-only",
}
_OS_FAULTS = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "full",
    errno.EROFS: "read-only",
    errno.EACCES: "read-only",
    errno.EPERM: "read-only",
}


def _sqlite_fault(text: str) -> str | None:
    if "disk is full" in text:
        return "full"
    if "locked" in text or "busy" in text:
        return "busy"
    if "readonly" in text or "read-only" in text:
        return "read-only"
    return None


@contextlib.contextmanager
def translate_errors(path: Path | None, doing: str) -> Iterator[None]:
    """sqlite3 errors become :class:`StoreError` naming the database file; a full disk,
    a read-only folder or a busy database (from SQLite or the file system) become
    :class:`StoreUnavailable`."""
    where = str(path) if path else "the database"
    try:
        yield
    except (sqlite3.OperationalError, OSError) as exc:
        if isinstance(exc, OSError):
            reason = _OS_FAULTS.get(exc.errno or 0)
            if reason is None:
                raise
        elif (reason := _sqlite_fault(str(exc))) is None:
            raise StoreError(f"{where}: {doing} failed: {exc}") from exc
        message = f"{where}: {_UNAVAILABLE[reason]}; {doing} was not saved"
        raise StoreUnavailable(message, reason) from exc
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"{where}: the database is damaged or not a Pushback Monitor "
            f"database ({exc}); {doing} failed"
        ) from exc


class Store:
    def __init__(self, db: sqlite_utils.Database, path: Path | None) -> None:
        self._db = db
        self.path = path

    @classmethod
    def open(cls, path: Path | str, *, migrate_schema: bool = True) -> Store:
        db_path = Path(path)
        with translate_errors(db_path, "opening the database"):
            db_path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(db_path, timeout=BUSY_SECONDS, check_same_thread=False)
            db = sqlite_utils.Database(conn, execute_plugins=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
            conn.execute("PRAGMA foreign_keys = ON")
            if migrate_schema:
                if db.journal_mode != "wal":
                    db.enable_wal()
                conn.execute("PRAGMA synchronous = NORMAL")
                migrate(db, db_path)
            else:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return cls(db, db_path)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if self.path is not None:
                self._db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        self._db.close()

    @property
    def _conn(self) -> sqlite3.Connection:
        """The store's own connection: nothing outside ``monitor/store`` runs SQL."""
        return self._db.conn

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """One write transaction. It takes the write lock at its start (``BEGIN
        IMMEDIATE``), so that while another program writes it waits (the busy timeout):
        a deferred transaction that reads first could not wait when it came to write."""
        if self._conn.in_transaction:
            with self._db.atomic():  # a savepoint inside the outer transaction
                yield
            return
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.rollback()
            raise
        self._conn.commit()

    # -- sources -----------------------------------------------------------------------

    def source_state(self, source_id: str) -> SourceState:
        with translate_errors(self.path, f"reading the state of {source_id}"):
            cursor = self._conn.execute("SELECT * FROM sources WHERE id = ?", (source_id,))
            row = cursor.fetchone()
        if row is None:
            return SourceState(source=source_id)
        return _state(dict(zip([d[0] for d in cursor.description], row, strict=True)))

    def source_states(self) -> dict[str, SourceState]:
        with translate_errors(self.path, "reading the sources' state"):
            return {row["id"]: _state(row) for row in self._db["sources"].rows}

    def _ensure_source(self, source_id: str) -> None:
        self._conn.execute("INSERT OR IGNORE INTO sources (id) VALUES (?)", (source_id,))

    def save_batch(
        self,
        source_id: str,
        items: Sequence[Item],
        batch: Batch,
        *,
        started: datetime,
        finished: datetime,
        next_poll: datetime,
        warnings: Sequence[str] = (),
    ) -> SaveResult:
        """Store a successful fetch: new and edited items, source state and log, in one
        transaction."""
        with translate_errors(self.path, f"the batch of {source_id}"), self._writing():
            self._ensure_source(source_id)
            result = upsert_items(self._conn, source_id, items, finished)
            state_changes: dict[str, Any] = {
                "last_attempt": iso(started),
                "last_success": iso(finished),
                "consecutive_failures": 0,
                "next_poll": iso(next_poll),
                "retry_after": None,
                "last_warning": "\n".join(warnings) or None,
            }
            if batch.not_modified:
                state_changes.pop("last_warning")
            else:
                state_changes.update(etag=batch.etag, last_modified=batch.last_modified)
            if batch.cursor:
                state_changes["cursor"] = json.dumps(batch.cursor, sort_keys=True)
            self._update_source(source_id, state_changes)
            self._log(
                source_id,
                Outcome.NOT_MODIFIED if batch.not_modified else Outcome.OK,
                started,
                finished,
                http_status=batch.http_status,
                result=result,
                message="\n".join(warnings),
            )
        return result

    def record_failure(
        self,
        source_id: str,
        message: str,
        *,
        started: datetime,
        finished: datetime,
        next_poll: datetime,
        retry_after: datetime | None = None,
        http_status: int | None = None,
    ) -> int:
        """Record a failed fetch; return the number of consecutive failures."""
        with translate_errors(self.path, f"the failure of {source_id}"), self._writing():
            self._ensure_source(source_id)
            self._conn.execute(
                "UPDATE sources SET last_attempt = ?, last_error = ?, last_error_at = ?,"
                " consecutive_failures = consecutive_failures + 1, next_poll = ?,"
                " retry_after = ? WHERE id = ?",
                (iso(started), message, iso(finished), iso(next_poll), iso(retry_after), source_id),
            )
            self._log(
                source_id,
                Outcome.ERROR,
                started,
                finished,
                http_status=http_status,
                message=message,
            )
            row = self._conn.execute(
                "SELECT consecutive_failures FROM sources WHERE id = ?", (source_id,)
            ).fetchone()
        return int(row[0])

    def record_skip(self, source_id: str, reason: str, when: datetime) -> None:
        with translate_errors(self.path, f"the skip of {source_id}"), self._writing():
            self._log(source_id, Outcome.SKIPPED, when, when, message=reason)

    def _update_source(self, source_id: str, changes: dict[str, Any]) -> None:
        columns = ", ".join(f"{name} = ?" for name in changes)
        self._conn.execute(
            f"UPDATE sources SET {columns} WHERE id = ?",  # noqa: S608 - names are ours
            (*changes.values(), source_id),
        )

    def _log(
        self,
        source_id: str,
        outcome: Outcome,
        started: datetime,
        finished: datetime,
        *,
        http_status: int | None = None,
        result: SaveResult | None = None,
        message: str = "",
    ) -> None:
        self._conn.execute(
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

    # -- items -------------------------------------------------------------------------

    def items(self, query: ItemQuery) -> list[StoredItem]:
        with translate_errors(self.path, "reading items"):
            return select_items(self._conn, query)

    def count(self, query: ItemQuery) -> int:
        with translate_errors(self.path, "counting items"):
            return count_items(self._conn, query)

    def item(self, item_id: int) -> StoredItem | None:
        found = self.items(ItemQuery(ids=(item_id,), include_duplicates=True, limit=1))
        return found[0] if found else None

    def edits(self, item_id: int) -> list[dict[str, Any]]:
        with translate_errors(self.path, f"reading the edits of item {item_id}"):
            return list(
                self._db.query(
                    "SELECT edited, old_title, old_text FROM item_edits"
                    " WHERE item_id = ? ORDER BY id",
                    [item_id],
                )
            )

    def duplicates_of(self, item_id: int) -> list[StoredItem]:
        return self.items(ItemQuery(duplicate_of=item_id, include_duplicates=True))

    # -- classification and review -----------------------------------------------------

    def classification_inputs(self, ids: Sequence[int]) -> list[ClassifyInput]:
        with translate_errors(self.path, "reading items to classify"):
            return classifications.inputs(self._conn, ids)

    def to_classify(self, model_version: str, *, everything: bool = False) -> list[int]:
        with translate_errors(self.path, "finding items to classify"):
            return classifications.to_classify(self._conn, model_version, everything)

    def cached_embeddings(self, ids: Sequence[int], encoder: str) -> dict[int, bytes]:
        with translate_errors(self.path, "reading embeddings"):
            return classifications.embeddings(self._conn, ids, encoder)

    def save_classifications(
        self, results: Sequence[Classification], vectors: dict[int, bytes], encoder: str | None
    ) -> int:
        with translate_errors(self.path, "the classifications"), self._writing():
            return classifications.save(self._conn, results, vectors, encoder)

    def apply_thresholds(self, thresholds: dict[str, float]) -> list[int]:
        """Flag every stored classification again with ``thresholds`` (after a change in
        the settings); returns the items whose categories changed."""
        with translate_errors(self.path, "applying new thresholds"), self._writing():
            return classifications.apply_thresholds(self._conn, thresholds)

    @property
    def folder(self) -> Path | None:
        """The database's folder: the data folder, which model folders are relative to."""
        return self.path.resolve().parent if self.path else None

    def register_model(self, record: ModelRecord) -> None:
        with translate_errors(self.path, f"model {record.version}"), self._writing():
            classifications.register_model(self._conn, record, self.folder)

    def active_model(self) -> ModelRecord | None:
        with translate_errors(self.path, "reading the active model"):
            return classifications.active_model(self._conn, self.folder)

    def models(self) -> list[ModelRecord]:
        with translate_errors(self.path, "reading the models"):
            return classifications.models(self._conn, self.folder)

    def record_decision(
        self,
        item_id: int,
        action: str,
        *,
        labels: list[str] | None = None,
        note: str | None = None,
        analyst: str | None = None,
        severity: str | None = None,
    ) -> Decision:
        with translate_errors(self.path, f"the decision on item {item_id}"), self._writing():
            return decisions.record(
                self._conn,
                item_id,
                action,
                labels=labels,
                note=note,
                analyst=analyst,
                severity=severity,
            )

    def record_decisions(
        self,
        item_ids: Sequence[int],
        action: str,
        *,
        labels: list[str] | None = None,
        note: str | None = None,
        analyst: str | None = None,
        severity: str | None = None,
        progress: Progress | None = None,
    ) -> list[Decision]:
        """The same decision on several items, all or none, in one transaction;
        ``progress`` counts the items done."""
        with (
            translate_errors(self.path, f"the decisions on {len(item_ids)} items"),
            self._writing(),
        ):
            return _each(
                item_ids,
                progress,
                lambda item_id: decisions.record(
                    self._conn,
                    item_id,
                    action,
                    labels=labels,
                    note=note,
                    analyst=analyst,
                    severity=severity,
                ),
            )

    def relabel(
        self,
        item_ids: Sequence[int],
        *,
        add: Sequence[str] = (),
        remove: Sequence[str] = (),
        order: Sequence[str] = (),
        analyst: str | None = None,
        progress: Progress | None = None,
    ) -> list[Decision]:
        """Add categories to or take them off each item's own (in ``order``), as one
        relabel decision per item, all or none in one transaction."""
        with (
            translate_errors(self.path, f"relabelling {len(item_ids)} items"),
            self._writing(),
        ):
            return _each(
                item_ids,
                progress,
                lambda item_id: decisions.record(
                    self._conn,
                    item_id,
                    Action.RELABEL,
                    labels=decisions.relabelled(self._conn, item_id, add, remove, order),
                    analyst=analyst,
                ),
            )

    def decisions(self, item_id: int) -> list[Decision]:
        with translate_errors(self.path, f"reading the decisions on item {item_id}"):
            return decisions.history(self._conn, item_id)

    def labelled_items(self) -> list[LabelledItem]:
        with translate_errors(self.path, "reading the decisions"):
            return decisions.labelled_items(self._conn)

    def judged_since(self, since: str, model_version: str) -> list[Judged]:
        with translate_errors(self.path, "reading the decisions"):
            return decisions.judged_since(self._conn, since, model_version)

    def count_flagged(self) -> int:
        """Pending items (not duplicates) that the model flagged: the review queue."""
        with translate_errors(self.path, "counting the review queue"):
            row = self._conn.execute(
                "SELECT count(*) FROM items i JOIN classifications c ON c.item_id = i.id"
                " WHERE i.status = 'pending' AND i.duplicate_of IS NULL AND c.categories != '[]'"
            ).fetchone()
        return int(row[0])

    def decisions_since(self, created: str | None) -> int:
        with translate_errors(self.path, "counting the decisions"):
            return decisions.count_since(self._conn, created)

    # -- what the views read (the queue, its counts, alerts, activity) ----------------

    def queue_ids(self, query: QueueQuery, limit: int | None = None) -> list[int]:
        with translate_errors(self.path, "reading the queue"):
            return queue.queue_ids(self._conn, query, limit)

    def queue_rows(self, ids: Sequence[int]) -> dict[int, QueueRow]:
        with translate_errors(self.path, "reading the queue"):
            return queue.queue_rows(self._conn, ids)

    def queue_counts(self, since: datetime) -> QueueCounts:
        """Items per queue and per category in review; per source since ``since``."""
        with translate_errors(self.path, "counting the queues"):
            return queue.queue_counts(self._conn, since)

    def alerts(self, ids: Sequence[int], thresholds: dict[str, float]) -> list[Alert]:
        with translate_errors(self.path, "reading new items for alerts"):
            return queue.alerts(self._conn, ids, thresholds)

    def source_activity(
        self, intervals: Mapping[str, timedelta], now: datetime
    ) -> dict[str, SourceActivity]:
        with translate_errors(self.path, "reading the sources' activity"):
            return activity.source_activity(self._conn, intervals, now)

    def queue_categories(self, query: QueueQuery) -> SelectionCategories:
        with translate_errors(self.path, "reading the queue's categories"):
            return queue.queue_categories(self._conn, query)

    def selection_categories(self, ids: Sequence[int]) -> SelectionCategories:
        with translate_errors(self.path, "reading the selection's categories"):
            return queue.selection_categories(self._conn, ids)

    def languages(self) -> list[str]:
        """The languages items are in, for choosing one."""
        with translate_errors(self.path, "reading the languages"):
            rows = self._conn.execute(
                "SELECT DISTINCT language FROM items WHERE language IS NOT NULL ORDER BY 1"
            )
            return [row[0] for row in rows]

    # -- what a report on a period reads (the brief) -----------------------------------

    def period_counts(self, start: datetime, end: datetime) -> PeriodCounts:
        with translate_errors(self.path, "counting the period's items"):
            return reports.period_counts(self._conn, start, end)

    def first_fetched(self, start: datetime, end: datetime) -> list[tuple[str, datetime]]:
        with translate_errors(self.path, "reading the fetch log"):
            return reports.first_fetched(self._conn, start, end)

    def authors_before(self, authors: Sequence[str], before: datetime) -> set[str]:
        with translate_errors(self.path, "reading the authors"):
            return reports.authors_before(self._conn, authors, before)

    def period_review(self, start: datetime, end: datetime) -> PeriodReview:
        with translate_errors(self.path, "reading how the period was reviewed"):
            return reports.period_review(self._conn, start, end)

    def integrity_ok(self) -> bool:
        try:
            row = self._conn.execute("PRAGMA integrity_check").fetchone()
        except sqlite3.DatabaseError:
            return False
        return bool(row and row[0] == "ok")


def _each(
    item_ids: Sequence[int], progress: Progress | None, decide: Callable[[int], Decision]
) -> list[Decision]:
    """``decide`` each item in turn (the caller holds the transaction), counting them in
    ``progress`` a step of :data:`PROGRESS_STEP` items at a time."""
    done = []
    for item_id in item_ids:
        done.append(decide(item_id))
        if progress is not None and len(done) % PROGRESS_STEP == 0:
            progress.advance(PROGRESS_STEP)
    if progress is not None:
        progress.advance(len(done) % PROGRESS_STEP)
    return done


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
    )


def _reads(store: Store) -> ReadStore:
    """(For the type checker: the SQLite store offers every read of the interface.)"""
    return store
