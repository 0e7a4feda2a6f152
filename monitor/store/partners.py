"""Findings shared with partner organisations and shared by them (monitor/sharing).

A finding this organisation shares is an item it confirmed itself (none a partner
shared), told by the fields of :class:`OwnFinding`. A finding a partner shared becomes an
item of its own, of the source ``partner:<first 16 digits of the key's fingerprint>`` and
the status ``partner``, with its :class:`Provenance` beside it: it is in the "From
partners" queue, never among this organisation's decisions, counts or spikes, and it is
not classified, until an analyst decides it (confirming it makes it their own). It is
linked to the items here that tell the same story (the same address once tracking
parameters are left out, or the same title) whenever they were read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from monitor import dedup
from monitor.models import ItemStatus
from monitor.store.sql import Sql, chunks, marks_for
from monitor.store.times import iso, read_time
from monitor.urls import canonical_url, dedup_key

PARTNER_SOURCE = "partner:"


def partner_source(key: str) -> str:
    """The source id of a partner's findings: the key's fingerprint, shortened."""
    return PARTNER_SOURCE + key[:16]


@dataclass(frozen=True, slots=True, kw_only=True)
class SharedFinding:
    """A finding as bundles carry it: what an organisation confirmed, in its words."""

    finding: str  # stable within the organisation that shares it
    title: str
    url: str | None
    source: str  # the name the sharing organisation gives the source
    published: datetime
    confirmed: datetime  # when it was (last) confirmed there
    language: str | None = None
    categories: tuple[str, ...] = ()
    severity: str | None = None
    actors: tuple[dict[str, str], ...] = ()  # {"name", "kind"}
    note: str | None = None  # only a note the analyst marked as shareable
    evidence: tuple[dict[str, Any], ...] = ()  # {"sha256", "fetched", "url", "kind"}


@dataclass(frozen=True, slots=True, kw_only=True)
class OwnFinding:
    """An item this organisation confirmed, with what it may share of it."""

    item_id: int
    source: str  # the source id
    external_id: str
    title: str
    url: str | None
    author: str | None
    published: datetime
    confirmed: datetime
    language: str | None
    categories: tuple[str, ...]
    severity: str | None
    note: str | None  # None unless marked as shareable


@dataclass(frozen=True, slots=True, kw_only=True)
class Provenance:
    """Where an imported finding came from, and what the partner said of it."""

    item_id: int
    organisation: str
    key: str  # the fingerprint of the key that signed it
    finding: str
    confirmed: datetime
    bundle: str  # the bundle's id (the first 16 digits of its manifest's SHA-256)
    imported: datetime
    categories: tuple[str, ...] = ()
    severity: str | None = None
    actors: tuple[dict[str, str], ...] = ()
    note: str | None = None
    evidence: tuple[dict[str, Any], ...] = ()
    same_story: tuple[int, ...] = field(default=())  # this organisation's items

    def as_json(self) -> dict[str, Any]:
        """The ``provenance`` of ``items --json``."""
        return {
            "organisation": self.organisation,
            "key": self.key,
            "confirmed": iso(self.confirmed),
            "bundle": self.bundle,
        }


def own_findings(conn: Sql, start: datetime, end: datetime) -> list[OwnFinding]:
    """The items confirmed here (not a partner's) published in [start, end), oldest
    first, as the brief counts them: duplicates left out."""
    rows = conn.execute(
        "SELECT i.id, i.source, i.external_id, i.title, i.url, i.author, i.published,"
        " coalesce((SELECT max(d.created) FROM decisions d WHERE d.item_id = i.id"
        " AND d.status = 'confirmed' AND d.action IN ('confirm', 'relabel')), i.fetched),"
        " i.language, i.labels, i.severity,"
        " CASE WHEN i.note_shared THEN i.note END"
        " FROM items i WHERE i.status = 'confirmed' AND i.duplicate_of IS NULL"
        " AND i.published >= ? AND i.published < ?"
        " AND NOT EXISTS (SELECT 1 FROM provenance p WHERE p.item_id = i.id)"
        " ORDER BY i.published, i.id",
        (iso(start), iso(end)),
    ).fetchall()
    return [
        OwnFinding(
            item_id=r[0],
            source=r[1],
            external_id=r[2],
            title=r[3],
            url=r[4],
            author=r[5],
            published=_time(r[6]),
            confirmed=_time(r[7]),
            language=r[8],
            categories=tuple(json.loads(r[9]) if r[9] else ()),
            severity=r[10],
            note=r[11] or None,
        )
        for r in rows
    ]


def _time(value: Any) -> datetime:
    read = read_time(value)
    assert read is not None
    return read


def _hash(finding: SharedFinding) -> str:
    words = "\n".join((finding.title, finding.url or "", finding.source))
    return hashlib.sha256(words.encode()).hexdigest()


_ITEM = (
    "INSERT INTO items (source, external_id, url, canonical_url, title, text, html,"
    " published, published_estimated, fetched, language, language_detected, content_hash,"
    " meta, status, labels, severity, flagged) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_PROVENANCE = (
    "INSERT INTO provenance (item_id, organisation, key, finding, confirmed, bundle,"
    " imported, labels, severity, actors, note, evidence, story_key, title_key)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def known_findings(conn: Sql, key: str, findings: Sequence[str]) -> set[str]:
    """Those of ``findings`` signed by ``key`` that are stored already."""
    found: set[str] = set()
    for chunk in chunks(findings):
        found.update(
            row[0]
            for row in conn.execute(
                f"SELECT finding FROM provenance WHERE key = ? AND finding IN"  # noqa: S608
                f" ({marks_for(chunk)})",
                (key, *chunk),
            )
        )
    return found


def add_findings(
    conn: Sql,
    *,
    organisation: str,
    key: str,
    bundle: str,
    findings: Sequence[SharedFinding],
    now: datetime,
) -> list[int]:
    """Store the partner's findings not stored before (by key and finding id); the new
    items' ids. The caller holds the transaction."""
    known = known_findings(conn, key, [f.finding for f in findings])
    source = partner_source(key)
    added: list[int] = []
    for finding in findings:
        if finding.finding in known:
            continue
        known.add(finding.finding)  # a bundle that lists a finding twice adds it once
        canonical = canonical_url(finding.url)
        labels = json.dumps(list(finding.categories))
        meta = json.dumps({"partner_source": finding.source}, ensure_ascii=False)
        conn.execute(
            _ITEM,
            (source, finding.finding, finding.url, canonical, finding.title, "", "",
             iso(finding.published), False, iso(now), finding.language, False,
             _hash(finding), meta, ItemStatus.PARTNER, labels, finding.severity, False),
        )  # fmt: skip
        (item_id,) = conn.execute(
            "SELECT id FROM items WHERE source = ? AND external_id = ?",
            (source, finding.finding),
        ).fetchone()
        conn.execute(
            _PROVENANCE,
            (item_id, organisation, key, finding.finding, iso(finding.confirmed), bundle,
             iso(now), labels, finding.severity,
             json.dumps(list(finding.actors), ensure_ascii=False), finding.note,
             json.dumps(list(finding.evidence)), dedup_key(canonical),
             dedup.title_key(finding.title)),
        )  # fmt: skip
        added.append(item_id)
    return added


# This organisation's items that tell the story of the partner's finding ``p``.
_SAME_STORY = (
    "SELECT {ids} FROM items o WHERE o.id != p.item_id AND o.duplicate_of IS NULL"
    " AND o.source NOT LIKE 'partner:%'"
    " AND (o.dedup_key = p.story_key OR o.title_key = p.title_key)"
)


def provenance(conn: Sql, ids: Sequence[int]) -> dict[int, Provenance]:
    """The provenance of those of ``ids`` that partners shared, with the items here
    that tell the same story."""
    found: dict[int, Provenance] = {}
    for chunk in chunks(ids):
        for r in conn.execute(
            "SELECT p.item_id, p.organisation, p.key, p.finding, p.confirmed, p.bundle,"  # noqa: S608
            " p.imported, p.labels, p.severity, p.actors, p.note, p.evidence, "
            f"({_SAME_STORY.format(ids=conn.string_list('CAST(o.id AS TEXT)'))})"
            f" FROM provenance p WHERE p.item_id IN ({marks_for(chunk)})",
            chunk,
        ):
            found[r[0]] = Provenance(
                item_id=r[0],
                organisation=r[1],
                key=r[2],
                finding=r[3],
                confirmed=_time(r[4]),
                bundle=r[5],
                imported=_time(r[6]),
                categories=tuple(json.loads(r[7]) if r[7] else ()),
                severity=r[8],
                actors=tuple(json.loads(r[9]) if r[9] else ()),
                note=r[10],
                evidence=tuple(json.loads(r[11]) if r[11] else ()),
                same_story=tuple(sorted(int(i) for i in (r[12] or "").split(",") if i)),
            )
    return found


def shared_by_partners(conn: Sql, ids: Sequence[int]) -> dict[int, list[Provenance]]:
    """For those of ``ids`` that are this organisation's items, the partners' findings
    that tell the same story."""
    found: dict[int, list[Provenance]] = {}
    for chunk in chunks(ids):
        pairs = conn.execute(
            "SELECT o.id, p.item_id FROM items o JOIN provenance p"  # noqa: S608
            " ON p.story_key = o.dedup_key OR p.title_key = o.title_key"
            f" WHERE o.id IN ({marks_for(chunk)}) AND o.source NOT LIKE 'partner:%'",
            chunk,
        ).fetchall()
        told = provenance(conn, [partner for _, partner in pairs])
        for own, partner in pairs:
            if partner in told:
                found.setdefault(own, []).append(told[partner])
    return found


def partner_findings(conn: Sql, start: datetime, end: datetime) -> list[int]:
    """The partners' findings published in [start, end) that no analyst here decided."""
    rows = conn.execute(
        "SELECT i.id FROM items i WHERE i.status = ? AND i.published >= ?"
        " AND i.published < ? ORDER BY i.published, i.id",
        (ItemStatus.PARTNER, iso(start), iso(end)),
    )
    return [row[0] for row in rows]


def set_note_shared(conn: Sql, item_id: int, shared: bool) -> bool:
    """Mark the item's note as shareable with partners (or private again); whether the
    item has a note to mark."""
    row = conn.execute("SELECT note FROM items WHERE id = ?", (item_id,)).fetchone()
    if row is None or (shared and not row[0]):
        return False
    conn.execute("UPDATE items SET note_shared = ? WHERE id = ?", (shared, item_id))
    return True
