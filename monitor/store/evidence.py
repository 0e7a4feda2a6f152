"""What the store knows of kept evidence (monitor/evidence keeps the WARC files): which
items are to be kept, each record kept, when each was re-checked, and when one was
found deleted or changed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from monitor.store.sql import Sql
from monitor.store.times import from_iso, iso


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceRecord:
    """One record kept: the feed entry, or one version of the page."""

    kind: str  # "entry" or "page"
    url: str
    sha256: str  # of the payload (the entry's bytes, the page's body)
    fetched: datetime
    record_id: str  # its WARC-Record-ID
    status: int | None = None  # the page's HTTP status

    def as_json(self) -> dict[str, object]:
        return {"sha256": self.sha256, "fetched": iso(self.fetched), "url": self.url}


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceState:
    """An item's evidence: what is kept, and how its re-checks stand."""

    item_id: int
    wanted: datetime  # when it was first confirmed or escalated
    kept: datetime | None  # when its entry was kept (None: not yet)
    checked: datetime | None  # the last re-check that had an answer
    next_check: datetime
    checks: int  # re-checks that had an answer
    failures: int  # re-checks in a row without one
    deleted: datetime | None
    deleted_how: str | None  # "HTTP 404", "gone from the feed", "removed from the channel"
    changed: datetime | None  # the last time a new version of the page was kept
    problem: str | None  # why the last attempt failed
    records: tuple[EvidenceRecord, ...] = ()

    @property
    def latest_page(self) -> EvidenceRecord | None:
        pages = [r for r in self.records if r.kind == "page"]
        return pages[-1] if pages else None


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceTask:
    """An item whose evidence is to be kept or re-checked, with what keeping it needs."""

    item_id: int
    source: str
    external_id: str
    url: str | None
    title: str
    text: str
    html: str
    author: str | None
    published: datetime
    fetched: datetime
    language: str | None
    state: EvidenceState


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceUpdate:
    """What one attempt found, to record in one write."""

    item_id: int
    records: Sequence[EvidenceRecord] = ()
    kept: datetime | None = None  # the entry was kept now
    checked: datetime | None = None  # a re-check had an answer now
    next_check: datetime
    failures: int = 0
    deleted: datetime | None = None
    deleted_how: str | None = None
    changed: datetime | None = None
    problem: str | None = None


_STATE = (
    "e.item_id, e.wanted, e.kept, e.checked, e.next_check, e.checks, e.failures,"
    " e.deleted, e.deleted_how, e.changed, e.problem"
)


def _when(value: str | datetime | None) -> datetime | None:
    return value if isinstance(value, datetime) or value is None else from_iso(value)


def _state(row: Sequence[object], records: tuple[EvidenceRecord, ...]) -> EvidenceState:
    wanted, next_check = _when(row[1]), _when(row[4])  # type: ignore[arg-type]
    assert wanted is not None and next_check is not None
    return EvidenceState(
        item_id=int(row[0]),  # type: ignore[call-overload]
        wanted=wanted,
        kept=_when(row[2]),  # type: ignore[arg-type]
        checked=_when(row[3]),  # type: ignore[arg-type]
        next_check=next_check,
        checks=int(row[5]),  # type: ignore[call-overload]
        failures=int(row[6]),  # type: ignore[call-overload]
        deleted=_when(row[7]),  # type: ignore[arg-type]
        deleted_how=row[8],  # type: ignore[arg-type]
        changed=_when(row[9]),  # type: ignore[arg-type]
        problem=row[10],  # type: ignore[arg-type]
        records=records,
    )


def want(conn: Sql, item_id: int, when: str) -> None:
    """The item is confirmed or escalated: its evidence is to be kept (once)."""
    conn.execute(
        "INSERT INTO evidence_items (item_id, wanted, next_check) VALUES (?, ?, ?)"
        " ON CONFLICT (item_id) DO NOTHING",
        (item_id, when, when),
    )


def _records(conn: Sql, ids: Sequence[int]) -> dict[int, list[EvidenceRecord]]:
    found: dict[int, list[EvidenceRecord]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "SELECT item_id, kind, url, sha256, fetched, record_id, status FROM evidence"  # noqa: S608
            f" WHERE item_id IN ({marks}) ORDER BY item_id, id",
            chunk,
        ):
            fetched = _when(row[4])
            assert fetched is not None
            found.setdefault(row[0], []).append(
                EvidenceRecord(
                    kind=row[1],
                    url=row[2],
                    sha256=row[3],
                    fetched=fetched,
                    record_id=row[5],
                    status=row[6],
                )
            )
    return found


def states(conn: Sql, ids: Sequence[int]) -> dict[int, EvidenceState]:
    """The evidence of those of ``ids`` that have any to keep."""
    ordered = sorted(set(ids))
    rows = []
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows += conn.execute(
            f"SELECT {_STATE} FROM evidence_items e WHERE e.item_id IN ({marks})",  # noqa: S608
            chunk,
        ).fetchall()
    records = _records(conn, [r[0] for r in rows])
    return {r[0]: _state(r, tuple(records.get(r[0], ()))) for r in rows}


def due(conn: Sql, now: datetime | None, limit: int | None) -> list[EvidenceTask]:
    """Items not known deleted whose evidence is to be kept or re-checked by ``now``
    (None: all of them), the longest waiting first."""
    where, params = "e.deleted IS NULL", []
    if now is not None:
        where += " AND e.next_check <= ?"
        params.append(iso(now))
    rows = conn.execute(
        f"SELECT {_STATE}, i.source, i.external_id, i.url, i.title, i.text, i.html,"  # noqa: S608
        " i.author, i.published, i.fetched, i.language FROM evidence_items e"
        f" JOIN items i ON i.id = e.item_id WHERE {where} ORDER BY e.next_check, e.item_id"
        + (" LIMIT ?" if limit is not None else ""),
        [*params, *([limit] if limit is not None else [])],
    ).fetchall()
    records = _records(conn, [r[0] for r in rows])
    tasks = []
    for row in rows:
        published, fetched = _when(row[18]), _when(row[19])
        assert published is not None and fetched is not None
        tasks.append(
            EvidenceTask(
                item_id=row[0],
                source=row[11],
                external_id=row[12],
                url=row[13],
                title=row[14],
                text=row[15],
                html=row[16],
                author=row[17],
                published=published,
                fetched=fetched,
                language=row[20],
                state=_state(row, tuple(records.get(row[0], ()))),
            )
        )
    return tasks


def record(conn: Sql, update: EvidenceUpdate) -> None:
    """What one attempt kept and found; the caller holds the transaction."""
    for kept in update.records:
        conn.execute(
            "INSERT INTO evidence (item_id, kind, url, sha256, fetched, record_id, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                update.item_id,
                kept.kind,
                kept.url,
                kept.sha256,
                iso(kept.fetched),
                kept.record_id,
                kept.status,
            ),
        )
    conn.execute(
        "UPDATE evidence_items SET kept = coalesce(kept, ?), checked = coalesce(?, checked),"
        " checks = checks + ?, next_check = ?, failures = ?,"
        " deleted = coalesce(deleted, ?), deleted_how = coalesce(deleted_how, ?),"
        " changed = coalesce(?, changed), problem = ? WHERE item_id = ?",
        (
            iso(update.kept),
            iso(update.checked),
            1 if update.checked else 0,
            iso(update.next_check),
            update.failures,
            iso(update.deleted),
            update.deleted_how,
            iso(update.changed),
            update.problem,
            update.item_id,
        ),
    )


def gone_from_feed(
    conn: Sql, source: str, present: Sequence[str], since: datetime, now: datetime
) -> list[int]:
    """Kept items of ``source`` published at or after ``since`` (the oldest entry its
    feed still lists) whose entries are no longer among ``present``: deleted, as far as
    the feed can tell. The ids so marked."""
    listed = set(present)
    rows = conn.execute(
        "SELECT e.item_id, i.external_id FROM evidence_items e JOIN items i"
        " ON i.id = e.item_id WHERE i.source = ? AND e.deleted IS NULL AND e.kept IS NOT NULL"
        " AND NOT i.published_estimated AND i.published >= ?",
        (source, iso(since)),
    ).fetchall()
    gone = [item_id for item_id, external_id in rows if external_id not in listed]
    for item_id in gone:
        conn.execute(
            "UPDATE evidence_items SET deleted = ?, deleted_how = ? WHERE item_id = ?",
            (iso(now), "gone from the feed", item_id),
        )
    return gone
