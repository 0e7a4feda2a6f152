"""The store's part for evidence (:mod:`monitor.evidence` keeps the WARC files; see
:mod:`monitor.store.evidence`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from monitor.i18n import _
from monitor.store import evidence
from monitor.store.changes import Changes
from monitor.store.evidence import EvidenceState, EvidenceTask, EvidenceUpdate
from monitor.store.part import StorePart


class EvidenceStore(StorePart):
    """Part of :class:`~monitor.store.Store`."""

    def evidence_states(self, ids: Sequence[int]) -> dict[int, EvidenceState]:
        with self._reading(_("reading the evidence kept")):
            return evidence.states(self._conn, ids)

    def claim_evidence(
        self, now: datetime, limit: int | None = None, *, everything: bool = False
    ) -> list[EvidenceTask]:
        """Items whose evidence is to be kept or re-checked by ``now`` (``everything``:
        due or not), taken for this round (:func:`monitor.store.evidence.claim`)."""
        with self._writing(_("taking evidence to keep")):
            return evidence.claim(self._conn, now, limit, everything)

    def record_evidence(self, update: EvidenceUpdate) -> None:
        with self._writing(_("the evidence of item {item}").format(item=update.item_id)):
            self._tell(Changes.of_items([update.item_id]))
            evidence.record(self._conn, update)

    def gone_from_feed(
        self,
        source: str,
        present: Sequence[str],
        addresses: Sequence[str],
        since: datetime,
        now: datetime,
    ) -> list[int]:
        with self._writing(_("the evidence of {source}").format(source=source)):
            gone = evidence.gone_from_feed(self._conn, source, present, addresses, since, now)
            self._tell(Changes.of_items(gone))
            return gone
