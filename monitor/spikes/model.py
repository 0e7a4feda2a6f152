"""The parts of spike finding that callers see: which items a series counts, how spikes
are found, and what is found (:mod:`monitor.spikes.detect` explains the method)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

Profile = tuple[float, ...]  # seven weekday factors, Monday first, averaging 1
FLAT: Profile = (1.0,) * 7


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
