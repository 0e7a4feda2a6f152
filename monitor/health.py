"""A source's health: the one rule shared by the CLI (``sources list``, ``sources show``)
and the desktop app (navigator, sources dialog, the failures in the status bar).

A source is, in this order of precedence:

- ``off``: switched off in feeds.yaml. Whatever its last polls did, it is never
  ``failing``: nobody is waiting for it, and counting it would keep a warning up that no
  poll can clear.
- ``never``: not polled yet.
- ``failing``: its last poll failed (``failures`` in a row, ``error`` the last one).
- ``silent``: it works but has stopped delivering (see :mod:`monitor.store.activity`).
- ``ok``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from monitor.config.schema import SourceConfig
from monitor.models import SourceState
from monitor.store import ReadStore, SourceActivity


class Health(StrEnum):
    OK = "ok"
    FAILING = "failing"
    SILENT = "silent"
    NEVER = "never"
    OFF = "off"


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceHealth:
    """One source's health with what the views show beside it."""

    source: str
    status: Health
    failures: int = 0  # consecutive failed polls (also kept for a switched-off source)
    error: str = ""  # the last error, while the source is failing
    last_attempt: datetime | None = None
    last_success: datetime | None = None
    next_poll: datetime | None = None
    last_item: datetime | None = None
    usual_gap: timedelta | None = None  # the source's rhythm; None: too little history
    items_7d: int = 0

    @property
    def failing(self) -> bool:
        return self.status is Health.FAILING


def status(source: SourceConfig, state: SourceState | None, silent: bool = False) -> Health:
    if not source.enabled:
        return Health.OFF
    if state is None or state.last_attempt is None:
        return Health.NEVER
    if state.consecutive_failures:
        return Health.FAILING
    return Health.SILENT if silent else Health.OK


def assess(
    source: SourceConfig, state: SourceState | None, activity: SourceActivity | None = None
) -> SourceHealth:
    found = status(source, state, activity is not None and activity.silent)
    return SourceHealth(
        source=source.id,
        status=found,
        failures=state.consecutive_failures if state else 0,
        error=(state.last_error or "") if state and found is Health.FAILING else "",
        last_attempt=state.last_attempt if state else None,
        last_success=state.last_success if state else None,
        next_poll=state.next_poll if state else None,
        last_item=activity.last_item if activity else None,
        usual_gap=activity.usual_gap if activity else None,
        items_7d=activity.items_7d if activity else 0,
    )


def assess_all(
    sources: Iterable[SourceConfig],
    states: Mapping[str, SourceState],
    activity: Mapping[str, SourceActivity],
) -> dict[str, SourceHealth]:
    """Every source's health, in the order of ``sources``."""
    return {s.id: assess(s, states.get(s.id), activity.get(s.id)) for s in sources}


def failing(healths: Mapping[str, SourceHealth]) -> dict[str, str]:
    """The failing sources and their last errors (never a switched-off one)."""
    return {source: found.error for source, found in healths.items() if found.failing}


def read(
    store: ReadStore, sources: Iterable[SourceConfig], now: datetime | None = None
) -> dict[str, SourceHealth]:
    """The health of ``sources`` as stored: a read, so off the GUI thread in the app."""
    chosen = list(sources)
    intervals = {s.id: s.interval for s in chosen}
    activity = store.source_activity(intervals, now or datetime.now(UTC))
    return assess_all(chosen, store.source_states(), activity)
