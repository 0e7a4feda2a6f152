"""Narrative spikes: a day on which one series of flagged items rises well above what that
series usually has on that weekday.

A series is the daily number of flagged items of one category, or of one category in one
country, or under one source tag (:class:`SeriesKey`). A day is judged against the 28
days before it; nothing after it counts, so a day's verdict never changes later.

**Baseline** (the count expected of a day) = the series' level × its weekday factor.

- *Level*: items on an average day. The first guess is the median of the window's weekly
  totals, over seven: a week's total sums out the weekday pattern and, at 0–5 items a
  day, is large enough for a median to mean something (the median *day* of a quiet
  category has 0 items). Then, in two passes, the days far above what the last pass
  expected (``_CUT``: 2.58 standard deviations, one ordinary day in 200) are left out,
  and level and weekday factors are fitted to the days kept. Leaving out the far days,
  rather than taking a median of all, keeps a sparse series' few items informative
  while an earlier spike cannot raise the baseline and hide a later one. A lasting rise
  is left out too, until the weekly median follows it (after about two weeks); then it
  is the new normal.
- *Weekday factor*: how busy this weekday is against the average day (1 = average).
  News has fewer items at weekends; against a flat level every Monday would look like a
  rise. A series with hundreds of items has its own pattern, one with a dozen has not,
  so its own factors are blended with a prior, its own counting half once its days kept
  hold ``weekday_prior_items`` (100) items. The prior is the pattern of all series judged
  together (:func:`weekday_profile`: the median total of each weekday), or a flat week
  for one series judged alone.
- A floor of half an item over the window: a series silent for four weeks is not
  expected to have exactly nothing (which would make any item infinitely surprising).

**Significance**: the chance of at least this many items, ``P(X ≥ count)``, for ``X``
Poisson with the baseline as its mean. Counts of rare events are Poisson-like, and the
exact tail stays right at 0–5 items a day, where a z-score (which assumes a bell curve)
is badly wrong. Two things widen it, so that busy series do not alert every week: the
series' own extra variance, measured on the days kept (variance ``mean + a·mean²``, a
negative binomial; ``a`` = 0 for a series that varies no more than Poisson; news varies
more, as one story is covered by many outlets on one day), and the uncertainty of the
baseline, itself an estimate from four weeks (which matters for busy series only). At
large counts this amounts to a z-score with a spread measured robustly. A series far
more variable than Poisson is still measured a little narrow (its highest ordinary days
are left out with the spikes): at 40 items a day whose spread is two to four times
Poisson's, two to four ordinary days in a hundred alert (``tools/spike_quality.py``).
The **score** is ``-log10`` of the chance: 3 means at least this many items would come
by chance once in a thousand days.

A day is a spike when its score reaches ``min_score`` (3) and it has at least
``min_count`` (3) items, so that 0 → 1 or 0 → 2 never is. A day is judged only when at
least ``min_history`` (14) of the 28 days before it are known: a new series (a category
added, a country or a tag first seen) raises no alert in its first two weeks, however
busy, because there is nothing yet to call it unusual against. Known days are those from
``since`` (the day watching began) on, else from the series' first entry (a caller marks
a series watched but empty with a 0); a known day without an entry counts 0.

The arithmetic is done for all series of a day at once (numpy): thousands of series over
a month take a fraction of a second. Tail probabilities, the slow part, are worked out
only for counts more than ``_skip(alpha)`` standard deviations above their baseline;
closer counts of Poisson-like series are never that improbable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import NormalDist

import numpy as np

from monitor.spikes.fit import Floats, Ints, checked_profile, feed_profile, fit, tail_score
from monitor.spikes.model import (
    DEFAULT,
    FLAT,
    Judgement,
    Profile,
    SeriesKey,
    Spike,
    SpikeConfig,
)

# -- public -------------------------------------------------------------------------------


def find_spikes(
    series: Mapping[SeriesKey, Mapping[date, int]],
    days: Iterable[date],
    *,
    config: SpikeConfig = DEFAULT,
    since: date | None = None,
) -> list[Spike]:
    """The spikes of every series on ``days``: by day, then the highest score first.

    Each series borrows the weekday pattern of all of ``series`` together."""
    judged = sorted(set(days))
    if not judged or not series:
        return []
    batch = _Batch.of(series, judged, config, since)
    totals = batch.counts.sum(axis=0)
    feed_first = int(batch.firsts.min())

    def prior(i: int, day: date) -> Profile:
        return feed_profile(totals, i, feed_first, day, config)

    return _spikes(batch, judged, prior, config)


def series_spikes(
    counts: Mapping[date, int],
    days: Iterable[date],
    *,
    key: SeriesKey,
    config: SpikeConfig = DEFAULT,
    since: date | None = None,
    profile: Sequence[float] = FLAT,
) -> list[Spike]:
    """The spikes of one series on ``days``, in order; ``profile`` is the weekday pattern
    it borrows (flat, unless the feed's is known: :func:`weekday_profile`)."""
    judged = sorted(set(days))
    if not judged:
        return []
    batch = _Batch.of({key: counts}, judged, config, since)
    fixed = checked_profile(profile)
    return _spikes(batch, judged, lambda i, day: fixed, config)


def judge(
    counts: Mapping[date, int],
    day: date,
    *,
    config: SpikeConfig = DEFAULT,
    since: date | None = None,
    profile: Sequence[float] = FLAT,
) -> Judgement | None:
    """One day of one series against its baseline, spike or not; ``None`` when too few
    of the days before it are known to judge it (a new series)."""
    batch = _Batch.of({SeriesKey(""): counts}, [day], config, since)
    i = batch.index(day)
    rows, baselines, widths = _expect(batch, i, day, checked_profile(profile), config)
    if not rows.size:
        return None
    count = int(batch.counts[0, i])
    baseline = float(baselines[0])
    score = tail_score(count, baseline, float(widths[0]))
    spike = count >= config.min_count and score >= config.min_score
    return Judgement(day=day, count=count, baseline=baseline, score=score, spike=spike)


def weekday_profile(
    totals: Mapping[date, int],
    day: date,
    *,
    config: SpikeConfig = DEFAULT,
    since: date | None = None,
) -> Profile:
    """The weekday pattern of the whole feed (``totals``: all its flagged items a day) in
    the window before ``day``: each weekday's median total against the average day; flat
    when too little of the window is known, or it holds nothing."""
    batch = _Batch.of({SeriesKey(""): totals}, [day], config, since)
    i = batch.index(day)
    return feed_profile(batch.counts[0], i, int(batch.firsts[0]), day, config)


# -- a day of many series -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Batch:
    """Series as rows of daily counts from ``first`` on, with the position of each one's
    first known day (before the rows begin, or after them when nothing is known)."""

    keys: Sequence[SeriesKey]
    counts: Ints  # series × days
    firsts: Ints
    first: date

    @classmethod
    def of(
        cls,
        series: Mapping[SeriesKey, Mapping[date, int]],
        judged: Sequence[date],
        config: SpikeConfig,
        since: date | None,
    ) -> _Batch:
        first = judged[0] - timedelta(days=config.window_days)
        length = (judged[-1] - first).days + 1
        counts = np.zeros((len(series), length), dtype=np.int64)
        firsts = np.zeros(len(series), dtype=np.int64)
        for row, (key, days) in enumerate(series.items()):
            for day, count in days.items():
                if count < 0:
                    raise ValueError(f"{key}: {day}: a count of {count} items")
                i = (day - first).days
                if 0 <= i < length:
                    counts[row, i] = count
            start = since or (min(days) if days else None)
            firsts[row] = (start - first).days if start else length
        return cls(list(series), counts, firsts, first)

    def index(self, day: date) -> int:
        return (day - self.first).days


def _spikes(
    batch: _Batch,
    judged: Sequence[date],
    prior: Callable[[int, date], Profile],
    config: SpikeConfig,
) -> list[Spike]:
    skip = _skip(config.alpha)
    found: list[Spike] = []
    for day in judged:
        i = batch.index(day)
        rows, baselines, widths = _expect(batch, i, day, prior(i, day), config)
        counts = batch.counts[rows, i]
        deviation = np.sqrt(baselines * (1.0 + widths * baselines))
        candidates = (counts >= config.min_count) & (counts >= baselines + skip * deviation)
        for j in np.flatnonzero(candidates):
            count, baseline = int(counts[j]), float(baselines[j])
            score = tail_score(count, baseline, float(widths[j]))
            if score >= config.min_score:
                key = batch.keys[int(rows[j])]
                found.append(Spike(key=key, day=day, count=count, baseline=baseline, score=score))
    return sorted(found, key=lambda s: (s.day, -s.score, s.key.sort_key()))


def _skip(alpha: float) -> float:
    """How many standard deviations above its baseline a count must lie before its tail
    is worked out: where a normal tail is ten times ``alpha``. Poisson and negative
    binomial tails are heavier than the normal's above the mean, so a count closer than
    that is never as improbable as ``alpha``."""
    return NormalDist().inv_cdf(max(0.5, 1.0 - 10.0 * alpha))


def _expect(
    batch: _Batch, i: int, day: date, prior: Profile, config: SpikeConfig
) -> tuple[Ints, Floats, Floats]:
    """The series that can be judged on day ``i``, with their baselines and the widths
    of their counts' spread (variance = baseline + width·baseline²)."""
    known = np.minimum(config.window_days, i - batch.firsts)
    rows = np.flatnonzero(known >= config.min_history)
    baselines = np.zeros(rows.size)
    widths = np.zeros(rows.size)
    weekday = day.weekday()
    for n in np.unique(known[rows]):  # nearly always one length: the whole window
        chosen = known[rows] == n
        window = batch.counts[rows[chosen], i - n : i]
        expected, width = fit(window, (weekday - int(n)) % 7, prior, config)
        baselines[chosen] = expected[:, weekday]
        widths[chosen] = width[:, weekday]
    return rows, baselines, widths
