"""The store's writes of analysts' decisions: decisions, notes' undos, relabels, actors.

Each is one transaction, all or none. Each checks first that nobody decided its items
since the versions the analyst saw (``expected``; :class:`DecisionConflict` otherwise),
and each may carry the writing program's own id for it (``request``): a write sent again
because its commit's answer was lost (the connection broke just then) hands back what it
recorded the first time instead of recording it twice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from monitor.i18n import _, ngettext
from monitor.progress import Progress
from monitor.store import actors, bulk_decisions, decisions, undo_entries, versions
from monitor.store.actors import Actor
from monitor.store.changes import Changes
from monitor.store.decisions import Decision, Verdict
from monitor.store.part import StorePart
from monitor.store.sql import Sql


class DecisionWrites(StorePart):
    """Part of :class:`~monitor.store.Store`."""

    def _decide(
        self,
        doing: str,
        item_ids: Sequence[int],
        expected: Mapping[int, int] | None,
        analyst: str | None,
        request: str | None,
        write: Callable[[], list[Decision]],
    ) -> list[Decision]:
        with self._writing(doing):
            if (done := decisions.written(self._conn, request)) is not None:
                return done
            versions.claim(self._conn, item_ids, expected, analyst)
            self._tell(Changes.of_items(item_ids))
            return write()

    def _undo_each(
        self,
        doing: str,
        item_ids: Sequence[int],
        expected: Mapping[int, int] | None,
        analyst: str | None,
        request: str | None,
        undo: Callable[[Sql, int, str | None, str | None], Decision],
    ) -> list[Decision]:
        """``undo`` on each item, in one write; ``doing`` may hold ``{count}``."""
        return self._decide(
            doing.format(count=len(item_ids)),
            item_ids,
            expected,
            analyst,
            request,
            lambda: [undo(self._conn, i, analyst, request) for i in item_ids],
        )

    def record_decision(
        self,
        item_id: int,
        action: str,
        *,
        labels: list[str] | None = None,
        note: str | None = None,
        analyst: str | None = None,
        severity: str | None = None,
        expected: Mapping[int, int] | None = None,
        request: str | None = None,
    ) -> Decision:
        """``expected``: the version (:attr:`StoredItem.version`) the analyst saw; if
        another decision was recorded since, :class:`DecisionConflict` and nothing
        recorded."""
        verdict = Verdict(
            action=action,
            labels=labels,
            note=note,
            analyst=analyst,
            severity=severity,
            request=request,
        )
        (decision,) = self._decide(
            _("the decision on item {item}").format(item=item_id),
            [item_id],
            expected,
            analyst,
            request,
            lambda: [decisions.record(self._conn, item_id, verdict)],
        )
        return decision

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
        expected: Mapping[int, int] | None = None,
        request: str | None = None,
    ) -> list[Decision]:
        """The same decision on several items; ``progress`` counts the items done;
        ``expected`` as for :meth:`record_decision` (items it leaves out are not
        checked)."""
        verdict = Verdict(
            action=action,
            labels=labels,
            note=note,
            analyst=analyst,
            severity=severity,
            request=request,
        )
        return self._decide(
            ngettext(
                "the decision on {count} item", "the decisions on {count} items", len(item_ids)
            ).format(count=len(item_ids)),
            item_ids,
            expected,
            analyst,
            request,
            lambda: bulk_decisions.record_many(self._conn, item_ids, verdict, progress),
        )

    def undo_notes(
        self,
        item_ids: Sequence[int],
        *,
        analyst: str | None = None,
        expected: Mapping[int, int] | None = None,
        request: str | None = None,
    ) -> list[Decision]:
        """Take back the latest note of each item (an ``undo`` row restoring the note
        before it)."""
        doing = ngettext(
            "undoing the note on {count} item", "undoing the notes on {count} items", len(item_ids)
        )
        return self._undo_each(doing, item_ids, expected, analyst, request, undo_entries.undo_note)

    def relabel(
        self,
        item_ids: Sequence[int],
        *,
        add: Sequence[str] = (),
        remove: Sequence[str] = (),
        order: Sequence[str] = (),
        analyst: str | None = None,
        progress: Progress | None = None,
        expected: Mapping[int, int] | None = None,
        request: str | None = None,
    ) -> list[Decision]:
        """Add categories to or take them off each item's own (in ``order``), as one
        relabel decision per item."""
        return self._decide(
            ngettext("relabelling {count} item", "relabelling {count} items", len(item_ids)).format(
                count=len(item_ids)
            ),
            item_ids,
            expected,
            analyst,
            request,
            lambda: bulk_decisions.relabel_many(
                self._conn,
                item_ids,
                add=add,
                remove=remove,
                order=order,
                analyst=analyst,
                progress=progress,
                request=request,
            ),
        )

    def set_actors(
        self,
        item_id: int,
        chosen: Sequence[Actor],
        *,
        analyst: str | None = None,
        expected: Mapping[int, int] | None = None,
        request: str | None = None,
    ) -> Decision:
        """Make ``chosen`` the item's actors (an ``actors`` entry in the decision log)."""
        (decision,) = self._decide(
            _("the actors of item {item}").format(item=item_id),
            [item_id],
            expected,
            analyst,
            request,
            lambda: [actors.set_actors(self._conn, item_id, chosen, analyst, request)],
        )
        return decision

    def undo_actors(
        self,
        item_ids: Sequence[int],
        *,
        analyst: str | None = None,
        expected: Mapping[int, int] | None = None,
        request: str | None = None,
    ) -> list[Decision]:
        """Take back the latest ``actors`` entry of each item."""
        doing = ngettext(
            "undoing the actors of {count} item",
            "undoing the actors of {count} items",
            len(item_ids),
        )
        return self._undo_each(doing, item_ids, expected, analyst, request, actors.undo_actors)
