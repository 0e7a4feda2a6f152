"""The store's part for rules (:mod:`monitor.rules`): the items they look at, and what a
rule's match records (see :mod:`monitor.store.rule_hits`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from monitor.i18n import _
from monitor.store import rule_hits
from monitor.store.changes import Changes
from monitor.store.decisions import Verdict
from monitor.store.part import StorePart
from monitor.store.rule_hits import RuleInput, RuleOutcome


class RuleStore(StorePart):
    """Part of :class:`~monitor.store.Store`."""

    def rule_inputs_after(
        self, after: int, limit: int, since: datetime | None = None
    ) -> list[RuleInput]:
        """A page of stored items for rules to look at, by id (published since ``since``)."""
        with self._reading(_("reading items for rules")):
            return rule_hits.inputs_after(self._conn, after, limit, since)

    def rule_inputs(self, ids: Sequence[int]) -> list[RuleInput]:
        with self._reading(_("reading items for rules")):
            return rule_hits.inputs_of(self._conn, ids)

    def apply_rule(
        self,
        rule: str,
        item_ids: Sequence[int],
        verdict: Verdict | None,
        *,
        alert: bool,
        notify: bool,
        analyst: str | None = None,
    ) -> RuleOutcome:
        """Record that ``rule`` matched ``item_ids`` and its decision on each it may
        change, in one transaction."""
        with self._writing(_("recording what a rule did")):
            outcome = rule_hits.apply(
                self._conn, rule, item_ids, verdict, alert=alert, notify=notify, analyst=analyst
            )
            if outcome.decided:
                self._tell(Changes.of_items(d.item_id for d in outcome.decided))
            return outcome
