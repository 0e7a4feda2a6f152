"""The engine's evidence rounds (:mod:`monitor.evidence.keeping`): every 10 minutes
while it runs the schedule, and on demand (``evidence check``, the app's button)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from monitor.config import FeedsConfig
from monitor.errors import MonitorError
from monitor.fetch import Clock, Fetcher
from monitor.i18n import _
from monitor.store import Database, StoreWriter

if TYPE_CHECKING:
    from monitor.evidence.keeping import KeepReport
    from monitor.scheduler import PollScheduler

log = logging.getLogger("monitor.engine")
EVIDENCE_SECONDS = 600.0  # how often evidence due is kept and re-checked (a round each)
EVIDENCE_FIRST_SECONDS = 120.0  # the first round: once the first polls are done


class EvidenceRounds:
    """Part of :class:`~monitor.engine.Engine`: what it needs of it is declared here."""

    database: Database
    config: FeedsConfig
    writer: StoreWriter | None
    fetcher: Fetcher | None
    scheduler: PollScheduler | None
    evidence_dir: Path | None
    _clock: Clock
    _evidence_lock: asyncio.Lock

    async def keep_evidence(self, *, everything: bool = False) -> KeepReport:
        """Keep the evidence asked for and re-check what is due (``everything``: every
        item not known deleted, now)."""
        from monitor.evidence.keeping import ROUND, Keeper  # noqa: PLC0415 - when needed

        assert self.writer is not None and self.fetcher is not None
        assert self.evidence_dir is not None
        sources = {s.id: s for s in self.config.sources}
        keeper = Keeper(self.writer, self.fetcher, self.evidence_dir, sources, clock=self._clock)
        async with self._evidence_lock:  # one round at a time in this program
            return await keeper.round(everything=everything, limit=None if everything else ROUND)

    def check_evidence_here(self) -> None:
        """Refuse an evidence round asked for by hand (``evidence check``, the app's
        button) where another program keeps the evidence: on a team database, the one
        that polls, whose data folder holds the files."""
        if self.database.postgres and self.scheduler is None:
            raise MonitorError(
                _(
                    "{database}: on a team database the evidence is kept by the program"
                    " that polls the sources (its data folder holds the files)"
                ).format(database=self.database)
            )

    async def _keep_evidence_often(self) -> None:
        await asyncio.sleep(EVIDENCE_FIRST_SECONDS)
        while True:
            try:
                report = await self.keep_evidence()
                if report.deleted or report.changed:
                    log.info(
                        "evidence: %d deleted, %d changed of %d checked",
                        report.deleted,
                        report.changed,
                        report.checked,
                    )
            except MonitorError as exc:  # the next round tries again
                log.warning("evidence not kept: %s", exc)
            except Exception:  # a fault of ours: said, and the next round tries again
                log.exception("evidence not kept")
            await asyncio.sleep(EVIDENCE_SECONDS)
