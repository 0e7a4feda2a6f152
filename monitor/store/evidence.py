"""What the store knows of kept evidence (monitor/evidence keeps the WARC files): which
items are to be kept, each record kept, when each was re-checked, and when one was
found deleted or changed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from monitor.store.sql import Sql, chunks, marks_for
from monitor.store.times import iso, read_time

HOW_FEED = "gone from the feed"  # how a deletion the feed told of is recorded


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceRecord:
    """One record kept: the feed entry, or one version of the page."""

    kind: str  # "entry" or "page"
    url: str
    sha256: str  # of the payload (the entry's bytes, the page's body)
    fetched: datetime
    record_id: str  # its WARC-Record-ID
    status: int | None = None  # the page's HTTP status
    text_sha256: str | None = None  # of the page's visible text (what "changed" compares)

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


def _state(row: Sequence[object], records: tuple[EvidenceRecord, ...]) -> EvidenceState:
    wanted, next_check = read_time(row[1]), read_time(row[4])  # type: ignore[arg-type]
    assert wanted is not None and next_check is not None
    return EvidenceState(
        item_id=int(row[0]),  # type: ignore[call-overload]
        wanted=wanted,
        kept=read_time(row[2]),  # type: ignore[arg-type]
        checked=read_time(row[3]),  # type: ignore[arg-type]
        next_check=next_check,
        checks=int(row[5]),  # type: ignore[call-overload]
        failures=int(row[6]),  # type: ignore[call-overload]
        deleted=read_time(row[7]),  # type: ignore[arg-type]
        deleted_how=row[8],  # type: ignore[arg-type]
        changed=read_time(row[9]),  # type: ignore[arg-type]
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
    for chunk in chunks(ids):
        marks = marks_for(chunk)
        for row in conn.execute(
            "SELECT item_id, kind, url, sha256, fetched, record_id, status, text_sha256"  # noqa: S608
            " FROM evidence"
            f" WHERE item_id IN ({marks}) ORDER BY item_id, id",
            chunk,
        ):
            fetched = read_time(row[4])
            assert fetched is not None
            found.setdefault(row[0], []).append(
                EvidenceRecord(
                    kind=row[1],
                    url=row[2],
                    sha256=row[3],
                    fetched=fetched,
                    record_id=row[5],
                    status=row[6],
                    text_sha256=row[7],
                )
            )
    return found


def states(conn: Sql, ids: Sequence[int]) -> dict[int, EvidenceState]:
    """The evidence of those of ``ids`` that have any to keep."""
    ordered = sorted(set(ids))
    rows = []
    for chunk in chunks(ordered):
        marks = marks_for(chunk)
        rows += conn.execute(
            f"SELECT {_STATE} FROM evidence_items e WHERE e.item_id IN ({marks})",  # noqa: S608
            chunk,
        ).fetchall()
    records = _records(conn, [r[0] for r in rows])
    return {r[0]: _state(r, tuple(records.get(r[0], ()))) for r in rows}


CLAIM = timedelta(minutes=30)  # how long a round may keep items to itself
GIVE_UP = 30  # re-checks in a row without an answer, after which an item is left


def claim(conn: Sql, now: datetime, limit: int | None, everything: bool) -> list[EvidenceTask]:
    """Items still confirmed or escalated, not known deleted and not taken by another
    round, whose evidence is to be kept or re-checked by ``now`` (``everything``: due or
    not), the longest waiting first; taken for :data:`CLAIM` (:func:`record` lets go).
    The caller holds the transaction."""
    where = (
        "e.deleted IS NULL AND e.failures < ? AND (e.claimed IS NULL OR e.claimed < ?)"
        " AND i.status IN ('confirmed', 'escalated')"
    )
    params: list[object] = [GIVE_UP, iso(now)]
    if not everything:
        where += " AND e.next_check <= ?"
        params.append(iso(now))
    candidates = [
        row[0]
        for row in conn.execute(
            "SELECT e.item_id FROM evidence_items e JOIN items i ON i.id = e.item_id"  # noqa: S608
            f" WHERE {where} ORDER BY e.next_check, e.item_id"
            + (" LIMIT ?" if limit is not None else ""),
            [*params, *([limit] if limit is not None else [])],
        )
    ]
    taken: list[int] = []
    for chunk in chunks(candidates):
        marks = marks_for(chunk)
        taken += [
            row[0]
            for row in conn.execute(
                f"UPDATE evidence_items SET claimed = ? WHERE item_id IN ({marks})"  # noqa: S608
                " AND (claimed IS NULL OR claimed < ?) RETURNING item_id",
                [iso(now + CLAIM), *chunk, iso(now)],
            )
        ]
    order = {item_id: n for n, item_id in enumerate(candidates)}
    return _tasks(conn, sorted(set(taken), key=order.__getitem__))


def _tasks(conn: Sql, ids: Sequence[int]) -> list[EvidenceTask]:
    rows = {}
    for chunk in chunks(ids):
        marks = marks_for(chunk)
        for row in conn.execute(
            f"SELECT {_STATE}, i.source, i.external_id, i.url, i.title, i.text, i.html,"  # noqa: S608
            " i.author, i.published, i.fetched, i.language FROM evidence_items e"
            f" JOIN items i ON i.id = e.item_id WHERE e.item_id IN ({marks})",
            chunk,
        ):
            rows[row[0]] = row
    records = _records(conn, list(rows))
    tasks = []
    for item_id in ids:
        row = rows[item_id]
        published, fetched = read_time(row[18]), read_time(row[19])
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
            "INSERT INTO evidence (item_id, kind, url, sha256, fetched, record_id, status,"
            " text_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                update.item_id,
                kept.kind,
                kept.url,
                kept.sha256,
                iso(kept.fetched),
                kept.record_id,
                kept.status,
                kept.text_sha256,
            ),
        )
    conn.execute(
        "UPDATE evidence_items SET kept = coalesce(kept, ?), checked = coalesce(?, checked),"
        " checks = checks + ?, next_check = ?, failures = ?,"
        " deleted = coalesce(deleted, ?), deleted_how = coalesce(deleted_how, ?),"
        " changed = coalesce(?, changed), problem = ?, claimed = NULL WHERE item_id = ?",
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


GONE_AFTER = 2  # polls in a row that no longer list a kept item


def gone_from_feed(
    conn: Sql,
    source: str,
    present: Sequence[str],
    addresses: Sequence[str],
    since: datetime,
    now: datetime,
) -> list[int]:
    """Kept items of ``source`` published at or after ``since`` (the feed's window) that
    its entries (``present`` ids, ``addresses``) no longer list: once, they are re-checked
    at once; :data:`GONE_AFTER` polls in a row, deleted as far as the feed can tell. An
    item listed again is no longer missing (nor deleted, if only the feed said so). The
    ids found deleted now."""
    listed, linked = set(present), set(addresses)
    rows = conn.execute(
        "SELECT e.item_id, i.external_id, i.url, i.canonical_url, e.missing, e.deleted_how"
        " FROM evidence_items e JOIN items i ON i.id = e.item_id WHERE i.source = ?"
        " AND e.kept IS NOT NULL AND NOT i.published_estimated AND i.published >= ?"
        " AND (e.deleted IS NULL OR e.deleted_how = ?)",
        (source, iso(since), HOW_FEED),
    ).fetchall()
    gone = []
    for item_id, external_id, url, canonical, missing, how in rows:
        if external_id in listed or url in linked or canonical in linked:
            if missing or how == HOW_FEED:
                conn.execute(
                    "UPDATE evidence_items SET missing = 0, deleted = NULL, deleted_how = NULL"
                    " WHERE item_id = ? AND (deleted IS NULL OR deleted_how = ?)",
                    (item_id, HOW_FEED),
                )
            continue
        if how == HOW_FEED:
            continue  # gone already
        if missing + 1 >= GONE_AFTER:
            gone.append(item_id)
            conn.execute(
                "UPDATE evidence_items SET missing = missing + 1, deleted = ?, deleted_how = ?"
                " WHERE item_id = ?",
                (iso(now), HOW_FEED, item_id),
            )
        else:  # once: look at its page now
            conn.execute(
                "UPDATE evidence_items SET missing = missing + 1, next_check = ? WHERE item_id = ?",
                (iso(now), item_id),
            )
    return gone
