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

Beside it, what a demanding reader of the sources wants to see (:class:`SourceHealth`):
the share of polls answered "not modified" (a server that honours conditional requests
costs little to poll), items a day, the last new item, the current error streak, the
mean fetch time; and what to do about it (:class:`Offer`): a source whose address
redirects for good is offered its new address, one whose server answers ``410 Gone``
is offered to be switched off.

Whether the computer seems to be **offline** is decided here too (:func:`offline`): when
nearly every source fails for want of a network (a name that cannot be resolved, a
network that cannot be reached), that is said once instead of listing the sources as
failing one by one. An error counts when it carries one of the operating system's words
or numbers for it (in English or as the engine's catalogs translate them: an error is
stored in the language the app ran in); the network library's "All connection attempts
failed" counts by the number the engine adds to it.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from monitor.config.schema import SourceConfig
from monitor.errors import MonitorError
from monitor.i18n import _, catalog, ngettext
from monitor.models import SourceState
from monitor.settings import LANGUAGES
from monitor.store import FetchStats, ReadStore, SourceActivity

# Offline: at least this share of the sources heard from fail for want of a network, and
# at least this many (one source's unknown host is a typo, not a missing network).
OFFLINE_SHARE = 0.8
OFFLINE_MIN = 2
# The operating system's words for "no network" (the C library may translate them, so
# their numbers too), and the network library's; matched without regard to case.
NO_NETWORK_WORDS = (
    "Name or service not known",  # glibc: no such name, or no DNS server answers
    "Temporary failure in name resolution",  # glibc: no DNS server reachable
    "No address associated with hostname",
    "nodename nor servname provided",  # macOS
    "getaddrinfo failed",  # Windows
    "Network is unreachable",
    "No route to host",
)
NO_NETWORK_ERRNOS = re.compile(
    r"\[Errno (-2|-3|-5|8|101|113|51|65|11001|11002|11004|10051|10065)\]"
)


STATS_DAYS = 30  # the fetch log's window for the shares and times


class Offer(StrEnum):
    """What the health of a source suggests doing about it."""

    UPDATE_ADDRESS = "update_address"  # it redirects for good: take the new address
    SWITCH_OFF = "switch_off"  # its server says it is gone (410)


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
    answered: int = 0  # polls its server answered in the last STATS_DAYS days
    not_modified: int = 0  # of those, "304 Not Modified"
    fetch_seconds: float | None = None  # an answered poll's mean time
    last_status: int | None = None  # the HTTP status of its latest poll
    moved_to: str | None = None  # where its address redirects for good

    @property
    def failing(self) -> bool:
        return self.status is Health.FAILING

    @property
    def items_per_day(self) -> float:
        return round(self.items_7d / 7, 1)

    @property
    def not_modified_share(self) -> float | None:
        """The share of answered polls that were "not modified" (None: none answered)."""
        return round(self.not_modified / self.answered, 3) if self.answered else None

    @property
    def offer(self) -> Offer | None:
        """What to do about the source, if anything (nothing for one switched off)."""
        if self.status is Health.OFF:
            return None
        if self.last_status == 410:  # HTTP: "Gone"
            return Offer.SWITCH_OFF
        if self.moved_to:
            return Offer.UPDATE_ADDRESS
        return None


def status(source: SourceConfig, state: SourceState | None, silent: bool = False) -> Health:
    if not source.enabled:
        return Health.OFF
    if state is None or state.last_attempt is None:
        return Health.NEVER
    if state.consecutive_failures:
        return Health.FAILING
    return Health.SILENT if silent else Health.OK


def assess(
    source: SourceConfig,
    state: SourceState | None,
    activity: SourceActivity | None = None,
    stats: FetchStats | None = None,
) -> SourceHealth:
    found = status(source, state, activity is not None and activity.silent)
    stats = stats or FetchStats()
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
        answered=stats.answered,
        not_modified=stats.not_modified,
        fetch_seconds=stats.mean_seconds,
        last_status=stats.last_status,
        # an address the source already has is no news (feeds.yaml changed since)
        moved_to=state.moved_to if state and state.moved_to != source.url else None,
    )


def assess_all(
    sources: Iterable[SourceConfig],
    states: Mapping[str, SourceState],
    activity: Mapping[str, SourceActivity],
    stats: Mapping[str, FetchStats] | None = None,
) -> dict[str, SourceHealth]:
    """Every source's health, in the order of ``sources``."""
    stats = stats or {}
    return {s.id: assess(s, states.get(s.id), activity.get(s.id), stats.get(s.id)) for s in sources}


def failing(healths: Mapping[str, SourceHealth]) -> dict[str, str]:
    """The failing sources and their last errors (never a switched-off one)."""
    return {source: found.error for source, found in healths.items() if found.failing}


def read(
    store: ReadStore, sources: Iterable[SourceConfig], now: datetime | None = None
) -> dict[str, SourceHealth]:
    """The health of ``sources`` as stored: a read, so off the GUI thread in the app."""
    chosen = list(sources)
    now = now or datetime.now(UTC)
    intervals = {s.id: s.interval for s in chosen}
    activity = store.source_activity(intervals, now)
    stats = store.fetch_stats(now - timedelta(days=STATS_DAYS))
    return assess_all(chosen, store.source_states(), activity, stats)


# -- offline ------------------------------------------------------------------------------


@functools.cache
def _no_network_words() -> tuple[str, ...]:
    """The words of :data:`NO_NETWORK_WORDS`, in English and in every catalog's language."""
    words = set(NO_NETWORK_WORDS)
    for language in LANGUAGES:
        try:
            words.update(catalog(language).gettext(word) for word in NO_NETWORK_WORDS)
        except MonitorError:
            continue  # a catalog not compiled: its errors are English
    return tuple(sorted(word.casefold() for word in words))


def no_network(error: str) -> bool:
    """Whether ``error`` (a source's last error) says the network could not be reached at
    all, rather than that the source's server answered badly or not in time."""
    if NO_NETWORK_ERRNOS.search(error):
        return True
    folded = error.casefold()
    return any(word in folded for word in _no_network_words())


@dataclass(frozen=True, slots=True)
class Offline:
    """The computer seems to be offline: ``unreachable`` sources could not be reached."""

    unreachable: int

    @property
    def headline(self) -> str:
        return _("No network: the computer seems to be offline")

    @property
    def detail(self) -> str:
        return ngettext(
            "{count} source could not be reached",
            "{count} sources could not be reached",
            self.unreachable,
        ).format(count=self.unreachable)

    @property
    def message(self) -> str:
        """ "No network: the computer seems to be offline — 37 sources could not be reached"."""
        return f"{self.headline} — {self.detail}"


def offline(failing: Mapping[str, str], sources: int) -> Offline | None:
    """Whether the computer seems to be offline, given the failing sources and their last
    errors (:func:`failing`) and the number of sources heard from: switched on and polled
    (failing or not). Counting only those, a first round of polls without a network is
    called offline as its polls fail, not once the last one has."""
    unreachable = sum(no_network(error) for error in failing.values())
    needed = max(OFFLINE_MIN, math.ceil(OFFLINE_SHARE * sources))
    return Offline(unreachable) if unreachable >= needed else None


def offline_in(healths: Mapping[str, SourceHealth]) -> Offline | None:
    """:func:`offline` of every source's health (:func:`read`)."""
    heard = sum(found.status not in (Health.OFF, Health.NEVER) for found in healths.values())
    return offline(failing(healths), heard)
