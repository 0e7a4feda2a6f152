"""How well spikes are found: synthetic series with spikes of known size on known days.

    .venv/bin/python tools/spike_quality.py [--series 200] [--days 60] [--seed 7]

Each series has a weekly rhythm (Monday to Friday 1.2 times the average day, Saturday
and Sunday 0.5 times) at an average of 0.5, 2, 8 or 40 flagged items a day, Poisson
counts around it, and 28 days of history before the days judged. On about one day in
fifteen (history included, so that earlier spikes sit in the baselines) a story adds
``(size - 1) × the day's usual count`` items, rounded. All series of a level and size
are judged together, as the app judges its series.

Prints Markdown tables: the share of spikes found by level and size, beside the share
that a judge knowing each day's true usual count would find at the same threshold (the
best possible: a few items more on a quiet day can be chance); precision and false
alarms per level; the spikes of at least three times the usual count and five extra
items; false alarms on series without spikes, including series that vary more than
Poisson; and the time taken to judge 2,000 series over 30 days. tests/test_spikes.py
asserts on the same evaluation.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.spikes.detect import find_spikes
from monitor.spikes.model import SeriesKey, SpikeConfig

LEVELS = (0.5, 2.0, 8.0, 40.0)
SIZES = (2.0, 3.0, 5.0, 10.0)
WEEK = (1.2, 1.2, 1.2, 1.2, 1.2, 0.5, 0.5)  # Monday first; averages 1
FLAT_WEEK = (1.0,) * 7
HISTORY = 28
SPIKE_RATE = 1 / 15
START = date(2025, 1, 6)  # a Monday; each series starts up to six days later


@dataclass(frozen=True, slots=True)
class Synthetic:
    """One made-up series: its counts, the days judged, its spikes (day → extra items)
    and each day's usual count (the mean its ordinary count was drawn from)."""

    key: SeriesKey
    counts: dict[date, int]
    judged: tuple[date, ...]
    spikes: dict[date, int]
    usual: dict[date, float]


def seeded(*parts: object) -> random.Random:
    """A generator that gives the same numbers for the same parts."""
    return random.Random(":".join(map(str, parts)))  # noqa: S311 - reproducible, not secret


def poisson(rng: random.Random, mean: float) -> int:
    """A Poisson draw by inversion (the standard library has none before Python 3.13)."""
    threshold, count, term = rng.random(), 0, math.exp(-mean)
    total = term
    while total < threshold and term > 0:
        count += 1
        term *= mean / count
        total += term
    return count


def synthetic(
    rng: random.Random,
    key: SeriesKey,
    level: float,
    size: float,
    days: int,
    *,
    spread: float = 0.0,
    week: Sequence[float] = WEEK,
    spike_rate: float = SPIKE_RATE,
) -> Synthetic:
    """A series of ``HISTORY + days`` days; ``spread`` > 0 makes it vary more than Poisson
    (the day's mean drawn from a gamma distribution: variance ``mean + spread·mean²``)."""
    first = START + timedelta(days=rng.randrange(7))
    counts: dict[date, int] = {}
    spikes: dict[date, int] = {}
    usual: dict[date, float] = {}
    for offset in range(HISTORY + days):
        day = first + timedelta(days=offset)
        mean = usual[day] = level * week[day.weekday()]
        drawn = rng.gammavariate(1 / spread, mean * spread) if spread else mean
        count = poisson(rng, drawn)
        extra = round((size - 1) * mean)
        if rng.random() < spike_rate and extra > 0:
            spikes[day] = extra
            count += extra
        counts[day] = count
    judged = tuple(first + timedelta(days=HISTORY + d) for d in range(days))
    return Synthetic(key, counts, judged, spikes, usual)


def cell(level: float, size: float, series: int, days: int, seed: int) -> list[Synthetic]:
    """The series of one level and spike size (the same for the same seed)."""
    rng = seeded(seed, level, size)
    return [
        synthetic(rng, SeriesKey(f"level {level}", country=f"s{i}"), level, size, days)
        for i in range(series)
    ]


def quiet(
    level: float,
    series: int,
    days: int,
    seed: int,
    *,
    spread: float = 0.0,
    week: Sequence[float] = WEEK,
) -> list[Synthetic]:
    """Series without a single spike."""
    rng = seeded(seed, "quiet", level, spread, week)
    return [
        synthetic(
            rng, SeriesKey("quiet", country=f"s{i}"), level, 1.0, days, spread=spread, week=week
        )
        for i in range(series)
    ]


@dataclass(frozen=True, slots=True)
class Tally:
    """Alerts against the truth over the days judged."""

    found: int = 0  # spike days alerted
    missed: int = 0  # spike days not alerted
    false: int = 0  # ordinary days alerted
    ordinary: int = 0  # ordinary days judged
    possible: int = 0  # spike days a judge knowing the usual count would alert

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.found + other.found,
            self.missed + other.missed,
            self.false + other.false,
            self.ordinary + other.ordinary,
            self.possible + other.possible,
        )

    @property
    def spikes(self) -> int:
        return self.found + self.missed

    @property
    def recall(self) -> float:
        return self.found / self.spikes if self.spikes else math.nan

    @property
    def best_recall(self) -> float:
        return self.possible / self.spikes if self.spikes else math.nan

    @property
    def precision(self) -> float:
        alerts = self.found + self.false
        return self.found / alerts if alerts else math.nan

    @property
    def false_rate(self) -> float:
        return self.false / self.ordinary if self.ordinary else math.nan


def tally(
    made: Sequence[Synthetic], config: SpikeConfig | None = None, *, min_extra: int = 0
) -> Tally:
    """Judge the series' days together; spikes of fewer than ``min_extra`` extra items
    count neither as found nor as missed (an alert on one is no false alarm either)."""
    config = config or SpikeConfig()
    days = sorted({day for series in made for day in series.judged})
    alerts = find_spikes({s.key: s.counts for s in made}, days, config=config, since=START)
    alerted = {(spike.key, spike.day) for spike in alerts}
    found = missed = false = ordinary = possible = 0
    for series in made:
        for day in series.judged:
            hit = (series.key, day) in alerted
            extra = series.spikes.get(day)
            if extra is None:
                ordinary += 1
                false += hit
            elif extra >= min_extra:
                found += hit
                missed += not hit
                possible += clear(series.counts[day], series.usual[day], config)
    return Tally(found, missed, false, ordinary, possible)


def clear(count: int, usual: float, config: SpikeConfig) -> bool:
    """Whether ``count`` is a spike against its true usual count (Poisson): the best any
    judge could do at the same threshold."""
    if count < config.min_count:
        return False
    below = sum(math.exp(k * math.log(usual) - usual - math.lgamma(k + 1)) for k in range(count))
    return 1.0 - below <= config.alpha


def big(level: float, series: int, days: int, seed: int, config: SpikeConfig) -> Tally:
    """The spikes of at least three times the usual count and five extra items."""
    total = Tally()
    for size in SIZES:
        if size >= 3:
            total += tally(cell(level, size, series, days, seed), config, min_extra=5)
    return total


# -- the report ---------------------------------------------------------------------------


def row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    return "\n".join([row(head), row(["---"] * len(head)), *(row(r) for r in rows)])


def extra_items(level: float, size: float) -> str:
    """A spike's extra items on a weekday, and at the weekend."""
    weekday, weekend = (round((size - 1) * level * f) for f in (WEEK[0], WEEK[6]))
    return f"+{weekday}/+{weekend}"


def size_table(series: int, days: int, seed: int, config: SpikeConfig) -> str:
    head = ["items a day", *(f"×{size:g}" for size in SIZES)]
    head += ["precision", "false alarms per 1,000 days"]
    rows = []
    for level in LEVELS:
        cells, total = [f"{level:g}"], Tally()
        for size in SIZES:
            counted = tally(cell(level, size, series, days, seed), config)
            total += counted
            cells.append(
                f"{counted.recall:.2f} of {counted.best_recall:.2f} ({extra_items(level, size)})"
            )
        cells += [f"{total.precision:.3f}", f"{1000 * total.false_rate:.1f}"]
        rows.append(cells)
    return table(head, rows)


def big_table(series: int, days: int, seed: int, config: SpikeConfig) -> str:
    rows, everything = [], Tally()
    for level in LEVELS:
        counted = big(level, series, days, seed, config)
        everything += counted
        rows.append(
            [
                f"{level:g}",
                str(counted.spikes),
                f"{counted.recall:.2f}",
                f"{counted.best_recall:.2f}",
            ]
        )
    rows.append(
        [
            "all",
            str(everything.spikes),
            f"{everything.recall:.2f}",
            f"{everything.best_recall:.2f}",
        ]
    )
    return table(["items a day", "spikes", "found", "best possible"], rows)


def quiet_table(series: int, days: int, seed: int) -> str:
    """False alarms per 1,000 days on series without spikes."""
    cases = [(level, 0.0, FLAT_WEEK, "flat week") for level in (0.5, 2.0)]
    cases += [(level, 0.0, WEEK, "weekly rhythm") for level in LEVELS]
    cases += [
        (level, spread, WEEK, f"extra variance {spread:g}")
        for spread in (0.1, 0.3)
        for level in LEVELS[1:]
    ]
    rows = []
    for level, spread, week, what in cases:
        made = quiet(level, series, days, seed, spread=spread, week=week)
        rates = [
            tally(made, SpikeConfig(overdispersion=measured)).false_rate
            for measured in (True, False)
        ]
        rows.append([f"{level:g}", what, *(f"{1000 * rate:.1f}" for rate in rates)])
    head = ["items a day", "series", "false alarms per 1,000 days", "without extra variance"]
    return table(head, rows)


def timing(seed: int) -> float:
    """Seconds to judge 2,000 series over 30 days: mostly quiet ones, as in a real feed."""
    rng = seeded(seed, "timing")
    levels = [0.5] * 10 + [2.0] * 6 + [8.0] * 3 + [40.0]
    made = [
        synthetic(rng, SeriesKey("timing", country=f"s{i}"), rng.choice(levels), 4.0, 30)
        for i in range(2000)
    ]
    days = sorted({day for series in made for day in series.judged})[-30:]
    began = time.perf_counter()
    find_spikes({s.key: s.counts for s in made}, days, since=START)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--series", type=int, default=200, help="series per table cell")
    parser.add_argument("--days", type=int, default=60, help="days judged per series")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    config, n, days, seed = SpikeConfig(), args.series, args.days, args.seed
    print(f"{n} series × {days} days a cell; a spike on one day in {round(1 / SPIKE_RATE)}.\n")
    print("Spikes found, of the best possible (extra items on a weekday/at the weekend):\n")
    print(size_table(n, days, seed, config))
    print("\nSpikes of at least ×3 and +5 items:\n")
    print(big_table(n, days, seed, config))
    print("\nSeries without spikes:\n")
    print(quiet_table(n, days, seed))
    print(f"\n2,000 series × 30 days judged in {timing(seed):.2f} s.")


if __name__ == "__main__":
    main()
