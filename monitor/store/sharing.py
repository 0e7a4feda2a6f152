"""The store's part for findings shared with partners and by them (see
:mod:`monitor.store.partners`; :mod:`monitor.sharing` makes and reads the bundles)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from monitor.i18n import _
from monitor.store import partners
from monitor.store.changes import Changes
from monitor.store.part import StorePart
from monitor.store.partners import OwnFinding, Provenance, SharedFinding


class SharingStore(StorePart):
    """Part of :class:`~monitor.store.Store`."""

    def own_findings(self, start: datetime, end: datetime) -> list[OwnFinding]:
        with self._reading(_("reading the findings to share")):
            return partners.own_findings(self._conn, start, end)

    def provenance(self, ids: Sequence[int]) -> dict[int, Provenance]:
        with self._reading(_("reading where the partners' findings came from")):
            return partners.provenance(self._conn, ids)

    def shared_by_partners(self, ids: Sequence[int]) -> dict[int, list[Provenance]]:
        with self._reading(_("reading the partners' findings")):
            return partners.shared_by_partners(self._conn, ids)

    def partner_findings(self, start: datetime, end: datetime) -> list[int]:
        with self._reading(_("reading the partners' findings")):
            return partners.partner_findings(self._conn, start, end)

    def known_findings(self, key: str, findings: Sequence[str]) -> set[str]:
        with self._reading(_("reading the partners' findings")):
            return partners.known_findings(self._conn, key, findings)

    def add_partner_findings(
        self,
        *,
        organisation: str,
        key: str,
        bundle: str,
        findings: Sequence[SharedFinding],
        now: datetime,
    ) -> list[int]:
        """Store a bundle's findings not stored before, in one transaction; their ids."""
        with self._writing(
            _("adding the findings {organisation} shared").format(organisation=organisation)
        ):
            added = partners.add_findings(
                self._conn,
                organisation=organisation,
                key=key,
                bundle=bundle,
                findings=findings,
                now=now,
            )
            self._tell(Changes(items=frozenset(added), counts=True, new_items=True))
            return added

    def share_note(self, item_id: int, shared: bool) -> bool:
        """Mark the item's note as shareable with partners, or private; whether it has
        a note."""
        with self._writing(_("the note of item {item}").format(item=item_id)):
            done = partners.set_note_shared(self._conn, item_id, shared)
            self._tell(Changes.of_items([item_id]))
            return done
