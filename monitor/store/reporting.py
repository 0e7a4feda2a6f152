"""The store's part for reports on a period (the weekly brief) and for narrative spikes
(see :mod:`monitor.store.reports`)."""

from __future__ import annotations

from datetime import datetime

from monitor.i18n import _
from monitor.store import reports
from monitor.store.part import StorePart
from monitor.store.reports import FirstRead, FlaggedItem, PeriodCounts, PeriodReview


class ReportStore(StorePart):
    """Part of :class:`~monitor.store.Store`."""

    def period_counts(self, start: datetime, end: datetime) -> PeriodCounts:
        with self._reading(_("counting the period's items")):
            return reports.period_counts(self._conn, start, end)

    def first_fetched(self, start: datetime, end: datetime) -> list[tuple[str, datetime]]:
        with self._reading(_("reading the fetch log")):
            return reports.first_fetched(self._conn, start, end)

    def period_review(self, start: datetime, end: datetime) -> PeriodReview:
        with self._reading(_("reading how the period was reviewed")):
            return reports.period_review(self._conn, start, end)

    def flagged_between(self, start: datetime, end: datetime) -> list[FlaggedItem]:
        with self._reading(_("counting the flagged items of each day")):
            return reports.flagged_between(self._conn, start, end)

    def first_reads(self) -> dict[str, FirstRead]:
        with self._reading(_("reading the fetch log")):
            return reports.first_reads(self._conn)
