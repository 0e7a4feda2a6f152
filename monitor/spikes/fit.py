"""The fit behind a day's baseline (level, weekday factors, spread), the tail
probabilities that score a count against it, and the feed's weekday pattern; the method
is explained in :mod:`monitor.spikes.detect`."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from statistics import median

import numpy as np
import numpy.typing as npt

from monitor.spikes.model import FLAT, Profile, SpikeConfig

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

# -- the fit ------------------------------------------------------------------------------

_PASSES = 2
_CUT = 2.58  # a day this many standard deviations above expectation is left out
_KEPT_SQUARE = 0.963  # E[Z² | Z ≤ 2.58] for a normal Z: makes up for the tail left out


def fit(window: Ints, start: int, prior: Profile, config: SpikeConfig) -> tuple[Floats, Floats]:
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


def tail_score(count: int, mean: float, width: float) -> float:
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


def feed_profile(totals: Ints, i: int, first: int, day: date, config: SpikeConfig) -> Profile:
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


def checked_profile(profile: Sequence[float]) -> Profile:
    """``profile`` as factors averaging 1."""
    if len(profile) != 7 or any(not 0 <= f < math.inf for f in profile) or not sum(profile):
        raise ValueError(f"a weekday profile is seven factors of at least 0, not {profile!r}")
    mean = sum(profile) / 7
    return tuple(float(f) / mean for f in profile)
