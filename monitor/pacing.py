"""When a source is polled next: its interval with jitter, longer after failures.

After ``n`` consecutive failures the wait is ``interval × 2^(n-1)``, capped at 12 hours
(or at the interval, if that is longer), and never shorter than what a server asked for
with ``Retry-After``. A little jitter keeps many sources from firing in the same second.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

MAX_BACKOFF = timedelta(hours=12)
# After a fault of this computer (disk full, database busy), whatever the interval: the
# source did nothing wrong, and polling should resume soon after the fault clears.
LOCAL_RETRY = timedelta(minutes=5)
JITTER = 0.1


def jittered(delay: timedelta, rng: random.Random | None = None) -> timedelta:
    factor: float = 1 + (rng or random).uniform(-JITTER, JITTER)
    return timedelta(seconds=delay.total_seconds() * factor)


def backoff_delay(interval: timedelta, failures: int) -> timedelta:
    if failures <= 0:
        return interval
    cap = max(MAX_BACKOFF, interval)
    return min(interval * (1 << min(failures - 1, 20)), cap)


def next_poll(
    now: datetime,
    interval: timedelta,
    failures: int = 0,
    retry_after: datetime | None = None,
    rng: random.Random | None = None,
) -> datetime:
    when = now + jittered(backoff_delay(interval, failures), rng)
    if retry_after is not None and retry_after > when:
        when = retry_after
    return when
