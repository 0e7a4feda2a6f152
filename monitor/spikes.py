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

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import NormalDist, median

import numpy as np
import numpy.typing as npt

Profile = tuple[float, ...]  # seven weekday factors, Monday first, averaging 1
FLAT: Profile = (1.0,) * 7

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class SeriesKey:
    """Which items a series counts: a category, optionally within a country or a tag."""

    category: str
    country: str | None = None
    tag: str | None = None

    def sort_key(self) -> tuple[str, str, str]:
        return (self.category, self.country or "", self.tag or "")


@dataclass(frozen=True, slots=True, kw_only=True)
class SpikeConfig:
    """How spikes are found. The defaults made the figures in docs/watch.md
    (``tools/spike_quality.py`` measures them again)."""

    window_days: int = 28  # four whole weeks: each weekday seen four times
    min_history: int = 14  # known days of the window needed to judge a day at all
    min_count: int = 3  # fewer items are never a spike, whatever the baseline
    min_score: float = 3.0  # -log10 of the chance: 1 in 1,000
    weekday_prior_items: float = 100.0  # items at which a series' own week counts half
    overdispersion: bool = True  # measure each series' extra variance (False: Poisson)

    def __post_init__(self) -> None:
        if self.window_days < 7:
            raise ValueError(f"window_days must be at least 7, not {self.window_days}")
        if not 7 <= self.min_history <= self.window_days:
            raise ValueError(
                f"min_history must lie between 7 and window_days, not {self.min_history}"
            )
        if self.min_count < 1:
            raise ValueError(f"min_count must be at least 1, not {self.min_count}")
        if self.min_score <= 0:
            raise ValueError(f"min_score must be positive, not {self.min_score}")
        if self.weekday_prior_items < 0:
            raise ValueError(f"weekday_prior_items may not be negative: {self}")

    @property
    def alpha(self) -> float:
        """The chance at or below which a day is a spike."""
        return math.pow(10.0, -self.min_score)


DEFAULT = SpikeConfig()


@dataclass(frozen=True, slots=True, kw_only=True)
class Judgement:
    """One day of one series against its baseline."""

    day: date
    count: int
    baseline: float  # the count expected of that day
    score: float  # -log10 P(at least ``count`` items by chance); 0 at or below baseline
    spike: bool

    @property
    def p_value(self) -> float:
        return math.pow(10.0, -self.score)


@dataclass(frozen=True, slots=True, kw_only=True)
class Spike:
    """A day on which a series rose significantly above its baseline."""

    key: SeriesKey
    day: date
    count: int
    baseline: float  # the count expected of that day
    score: float  # -log10 of the chance of at least ``count`` items: 3 = 1 in 1,000

    @property
    def ratio(self) -> float:
        """How many times its baseline the day had."""
        return self.count / self.baseline

    @property
    def extra(self) -> float:
        """Items above the baseline."""
        return self.count - self.baseline


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
        return _profile(totals, i, feed_first, day, config)

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
    fixed = _checked(profile)
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
    rows, baselines, widths = _expect(batch, i, day, _checked(profile), config)
    if not rows.size:
        return None
    count = int(batch.counts[0, i])
    baseline = float(baselines[0])
    score = _score(count, baseline, float(widths[0]))
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
    return _profile(batch.counts[0], i, int(batch.firsts[0]), day, config)


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
            score = _score(count, baseline, float(widths[j]))
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
        expected, width = _fit(window, (weekday - int(n)) % 7, prior, config)
        baselines[chosen] = expected[:, weekday]
        widths[chosen] = width[:, weekday]
    return rows, baselines, widths


# -- the fit ------------------------------------------------------------------------------

_PASSES = 2
_CUT = 2.58  # a day this many standard deviations above expectation is left out
_KEPT_SQUARE = 0.963  # E[Z² | Z ≤ 2.58] for a normal Z: makes up for the tail left out


def _fit(window: Ints, start: int, prior: Profile, config: SpikeConfig) -> tuple[Floats, Floats]:
    """What windows of known days (series × days, the first a weekday ``start``) say to
    expect of each weekday (series × 7, Monday first), and the width of the spread
    around it: the series' own extra variance, and the uncertainty of the baseline.

    The first pass expects the weekly median's level on the busier of each weekday and
    an average day (so that a series whose week differs from the prior's keeps its busy
    days); each pass leaves out the days far above what the one before expected."""
    weeks, known = _by_weekday(window, start)
    n = window.shape[1]
    floor = _floor(n)
    days = known.sum(axis=0)  # known days of each weekday
    prior_factors = np.asarray(prior)
    whole = weeks[:, weeks.shape[1] - n // 7 :, :].sum(axis=2)
    guess = np.maximum(np.median(whole, axis=1) / 7, floor)
    expected = guess[:, None] * np.maximum(1.0, prior_factors)
    spread = np.zeros(window.shape[0])
    own = np.zeros(window.shape[0])
    for _ in range(_PASSES):
        cap = expected + _CUT * np.sqrt(expected * (1.0 + spread[:, None] * expected))
        kept = known & (weeks <= cap[:, None, :])
        kept_days = kept.sum(axis=1)
        kept_items = (weeks * kept).sum(axis=1)
        factors, own = _factors(kept_days, kept_items, prior_factors, config.weekday_prior_items)
        weighed = (factors * kept_days).sum(axis=1)  # kept days, each by its weekday
        level = kept_items.sum(axis=1) / np.where(weighed > 0, weighed, 1.0)
        expected = np.maximum(level[:, None] * factors, floor)
        if config.overdispersion:
            squares = (weeks * weeks * kept).sum(axis=1)
            spread = _spread(kept_days, kept_items, squares, expected, 1 + 6 * own)
    return expected, _width(expected, spread, own, days)


def _by_weekday(window: Ints, start: int) -> tuple[Floats, npt.NDArray[np.bool_]]:
    """The windows as series × weeks × weekday (Monday first), padded in front to whole
    weeks, and which of those days are known; each week ends on a window's last day."""
    rows, n = window.shape
    pad = -n % 7
    padded = np.concatenate([np.zeros((rows, pad)), window], axis=1).reshape(rows, -1, 7)
    known = np.concatenate([np.zeros(pad, dtype=bool), np.ones(n, dtype=bool)]).reshape(-1, 7)
    shift = (start - pad) % 7  # the weekday of the first (padded) day
    return np.roll(padded, shift, axis=2), np.roll(known, shift, axis=1)


def _factors(days: Ints, items: Floats, prior: Floats, prior_items: float) -> tuple[Floats, Floats]:
    """Weekday factors from the days kept and their items, by weekday: the series' own,
    blended with ``prior_items`` items' worth of the prior (a series' own pattern means
    little until it has many items); and the weight its own pattern had. A weekday with
    no day kept is taken to follow the prior."""
    total = items.sum(axis=1)
    average = total / np.maximum(days.sum(axis=1), 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        means = np.where(days > 0, items / days, average[:, None] * prior)
        own_total = means.sum(axis=1, keepdims=True)
        own = np.where(own_total > 0, 7 * means / own_total, prior)
    weight = total / (total + prior_items) if prior_items else np.where(total > 0, 1.0, 0.0)
    return weight[:, None] * own + (1 - weight[:, None]) * prior, weight


def _spread(days: Ints, items: Floats, squares: Floats, expected: Floats, fitted: Floats) -> Floats:
    """The extra variance ``a`` (variance = mean + a·mean²) from the quasi-Poisson
    dispersion of the days kept (their count, items and squared items by weekday): their
    squared Pearson residuals, with ``fitted`` parameters' worth of freedom taken off and
    the tail left out made up for; 0 when the days vary no more than Poisson."""
    residuals = ((squares - 2 * expected * items) / expected + days * expected).sum(axis=1)
    kept = days.sum(axis=1)
    mean = (days * expected).sum(axis=1) / np.maximum(kept, 1)
    freedom = kept - fitted
    with np.errstate(divide="ignore", invalid="ignore"):
        dispersion = np.where(freedom > 1, residuals / (_KEPT_SQUARE * freedom), 1.0)
    return np.asarray(np.maximum(0.0, (dispersion - 1.0) / mean), dtype=np.float64)


def _width(expected: Floats, spread: Floats, own: Floats, days: Ints) -> Floats:
    """The spread of a day's count around its baseline beyond Poisson's, as a share of
    the baseline's square: the series' own, plus the baseline's uncertainty (its level
    from the window's total, its weekday factor from that weekday's few days)."""
    total = (expected * days).sum(axis=1)
    mean = total / days.sum()
    level = (1.0 + spread * mean) / total
    factor = own[:, None] ** 2 * (1.0 + spread[:, None] * expected) / (days * expected)
    return np.asarray(spread[:, None] + level[:, None] + factor, dtype=np.float64)


def _floor(known: int) -> float:
    """The least count expected of a day: half an item over the known days."""
    return 0.5 / known


# -- tail probabilities -------------------------------------------------------------------

_LN10 = math.log(10.0)
_TOLERANCE = 1e-12


def _score(count: int, mean: float, width: float) -> float:
    """``-log10 P(X >= count)`` for ``X`` of that mean and variance
    ``mean + width·mean²``; 0 at or below the mean, where nothing is unusual."""
    if count <= mean:
        return 0.0
    return max(0.0, -_log_upper_tail(count, mean, width) / _LN10)


def _log_pmf(k: int, mean: float, width: float) -> float:
    if width <= 0.0:
        return k * math.log(mean) - mean - math.lgamma(k + 1)
    size = 1.0 / width
    return (
        math.lgamma(k + size)
        - math.lgamma(size)
        - math.lgamma(k + 1)
        - size * math.log1p(mean / size)
        + k * (math.log(mean) - math.log(size + mean))
    )


def _step(k: int, mean: float, width: float) -> float:
    """``pmf(k + 1) / pmf(k)``."""
    if width <= 0.0:
        return mean / (k + 1)
    size = 1.0 / width
    return (k + size) / (k + 1) * mean / (size + mean)


def _log_upper_tail(count: int, mean: float, width: float) -> float:
    """``ln P(X >= count)`` for a count above the mean, summed from ``count`` upwards as
    multiples of its own probability, so that a tail of 1e-300 neither underflows nor
    cancels."""
    total = term = 1.0
    k = count
    while True:
        ratio = _step(k, mean, width)
        term *= ratio
        total += term
        k += 1
        # above the mean the ratios only fall: what is left is less than a geometric series
        if term * ratio < _TOLERANCE * total * (1.0 - ratio):
            break
    return _log_pmf(count, mean, width) + math.log(total)


# -- the feed's weekday pattern -----------------------------------------------------------


def _profile(totals: Ints, i: int, first: int, day: date, config: SpikeConfig) -> Profile:
    lo = max(i - config.window_days, first)
    n = i - lo
    if n < config.min_history:
        return FLAT
    window = [int(v) for v in totals[lo:i]]
    start = (day.weekday() - n) % 7
    medians = [0.0] * 7
    for offset in range(7):
        medians[(start + offset) % 7] = float(median(window[offset::7]))
    mean = sum(medians) / 7
    return tuple(m / mean for m in medians) if mean else FLAT


def _checked(profile: Sequence[float]) -> Profile:
    """``profile`` as factors averaging 1."""
    if len(profile) != 7 or any(not 0 <= f < math.inf for f in profile) or not sum(profile):
        raise ValueError(f"a weekday profile is seven factors of at least 0, not {profile!r}")
    mean = sum(profile) / 7
    return tuple(float(f) / mean for f in profile)
