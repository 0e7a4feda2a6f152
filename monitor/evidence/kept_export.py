"""An item's kept evidence exported (:func:`monitor.evidence.export`) only once its file
is checked against what the store noted when each record was kept: a record missing, one
with another hash, time or status, or a page the store never noted, and nothing is
written."""

from __future__ import annotations

from pathlib import Path

from monitor.evidence.errors import EvidenceError
from monitor.evidence.export import Export, export
from monitor.evidence.keeping import evidence_path
from monitor.evidence.reader import read_evidence
from monitor.evidence.records import KeptRecord
from monitor.i18n import _
from monitor.store import EvidenceRecord, EvidenceState
from monitor.store.times import iso


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
    found = {r.record_id: r for r in read_evidence(kept).records}
    noted = {record.record_id for record in state.records}
    for record in state.records:
        if not _as_noted(found.get(record.record_id), record):
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
    for other in found.values():
        if other.type == "response" and other.record_id not in noted:
            message = _("{path}: record {record} is not one the store noted; nothing was exported")
            raise EvidenceError(kept, message.format(path=kept, record=other.record_id))
    return export(kept, output)


def _as_noted(kept: KeptRecord | None, record: EvidenceRecord) -> bool:
    """Whether the record in the file is the one the store noted: its digest, its time
    (to the second), its type, and a page's status."""
    if kept is None or kept.payload_sha256 != record.sha256:
        return False
    if iso(kept.date) != iso(record.fetched):
        return False
    if record.kind in ("page", "feed"):
        return kept.type == "response" and kept.http_status == record.status
    return kept.type in ("metadata", "resource")
