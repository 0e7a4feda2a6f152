"""Narrative spikes (monitor/spikes/), measured on synthetic series with spikes of known
size on known days: the evaluation of tools/spike_quality.py, asserted."""

from __future__ import annotations

import importlib.util
import math
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType

import pytest

from monitor.spikes.detect import find_spikes, judge, series_spikes, weekday_profile
from monitor.spikes.model import FLAT, SeriesKey, Spike, SpikeConfig

TOOL = Path(__file__).resolve().parents[1] / "tools" / "spike_quality.py"
SERIES, DAYS, SEED = 200, 60, 7  # as the figures in the documentation


@pytest.fixture(scope="module")
def quality() -> Iterator[ModuleType]:
    """tools/spike_quality.py, the one place the synthetic evaluation is written."""
    spec = importlib.util.spec_from_file_location("spike_quality", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def poisson_tail(count: int, mean: float) -> float:
    """P(X >= count) for a Poisson X: what a judge with a given baseline would say."""
    below = sum(math.exp(k * math.log(mean) - mean - math.lgamma(k + 1)) for k in range(count))
    return 1.0 - below


def days_from(first: date, counts: list[int]) -> dict[date, int]:
    return {first + timedelta(days=i): count for i, count in enumerate(counts)}


MONDAY = date(2025, 3, 3)


# -- precision and recall -----------------------------------------------------------------


@pytest.mark.parametrize("level", [0.5, 2.0, 8.0, 40.0])
def test_alerts_are_nearly_all_spikes(quality: ModuleType, level: float) -> None:
    """Over spikes of every size (×2 to ×10, one day in fifteen), at least nine alerts in
    ten are spike days, and ordinary days alert about once in a thousand."""
    total = quality.Tally()
    for size in quality.SIZES:
        total += quality.tally(quality.cell(level, size, SERIES, DAYS, SEED))
    assert total.spikes > 2000
    assert total.precision >= 0.9
    assert total.false_rate <= 0.002


def test_big_spikes_are_found(quality: ModuleType) -> None:
    """Spikes of at least three times the usual count and five extra items: at least 80 %
    are found over all levels, and at busy levels nearly all a judge could find who
    knew each day's true usual count."""
    config = SpikeConfig()
    tallies = {level: quality.big(level, SERIES, DAYS, SEED, config) for level in quality.LEVELS}
    everything = sum(tallies.values(), quality.Tally())
    assert everything.spikes > 5000
    assert everything.recall >= 0.8
    assert tallies[8.0].recall >= 0.85
    assert tallies[40.0].recall >= 0.97
    # quiet levels: the baseline is an estimate from a dozen or fifty items
    assert tallies[0.5].recall >= 0.6
    assert tallies[2.0].recall >= 0.6
    for level in (8.0, 40.0):
        assert tallies[level].recall >= tallies[level].best_recall - 0.1


def test_spikes_of_eight_or_more_items_are_found_at_two_a_day(quality: ModuleType) -> None:
    """At two items a day, five extra are often chance (seven items when 2.4 are usual
    happen on one day in a hundred); eight or more extra are found."""
    total = quality.Tally()
    for size in (5.0, 10.0):
        total += quality.tally(quality.cell(2.0, size, SERIES, DAYS, SEED), min_extra=8)
    assert total.spikes > 500
    assert total.recall >= 0.9


@pytest.mark.parametrize(
    ("level", "rhythm"), [(0.5, "flat"), (2.0, "flat"), (2.0, "week"), (8.0, "week")]
)
def test_quiet_series_almost_never_alert(quality: ModuleType, level: float, rhythm: str) -> None:
    week = quality.FLAT_WEEK if rhythm == "flat" else quality.WEEK
    made = quality.quiet(level, SERIES, DAYS, SEED, week=week)
    counted = quality.tally(made)
    assert counted.ordinary == SERIES * DAYS
    assert counted.false_rate <= 0.002  # the bar is 1 %; measured about 0.1 %


def test_extra_variance_is_measured(quality: ModuleType) -> None:
    """A busy series that varies more than Poisson (one story, many outlets) would alert
    every few days against a Poisson baseline; its measured spread keeps that rare."""
    made = quality.quiet(40.0, SERIES, DAYS, SEED, spread=0.1)
    measured = quality.tally(made).false_rate
    poisson_only = quality.tally(made, SpikeConfig(overdispersion=False)).false_rate
    assert poisson_only >= 0.05
    assert measured <= 0.02
    assert measured <= poisson_only / 5


# -- the baseline -------------------------------------------------------------------------


def test_an_earlier_spike_does_not_hide_a_later_one(quality: ModuleType) -> None:
    """Three big spikes in the window (+30 items each, at two a day, in three of its four
    weeks) leave the baseline about where it was: a later spike of +12 is found, where a
    mean of the window would have called it chance."""
    rng = quality.seeded(SEED, "earlier")
    found = hidden_by_mean = 0
    ratios = []
    for i in range(SERIES):
        made = quality.synthetic(rng, SeriesKey("c", country=f"s{i}"), 2.0, 1.0, 30)
        day = next(d for d in made.judged if d.weekday() == 2)  # a Wednesday
        counts = dict(made.counts)
        counts[day] += 12
        before = judge(counts, day, since=quality.START, profile=quality.WEEK)
        for back in (20, 13, 6):
            counts[day - timedelta(days=back)] += 30
        after = judge(counts, day, since=quality.START, profile=quality.WEEK)
        assert before is not None and after is not None
        ratios.append(after.baseline / before.baseline)
        found += after.spike
        window = [counts[day - timedelta(days=k)] for k in range(1, 29)]
        mean = sum(window) / 28 * quality.WEEK[day.weekday()]
        hidden_by_mean += poisson_tail(counts[day], mean) > 1e-3
    assert sum(ratios) / SERIES == pytest.approx(1.0, abs=0.05)
    assert sum(abs(r - 1) <= 0.1 for r in ratios) >= 0.9 * SERIES
    assert found >= 0.95 * SERIES
    assert hidden_by_mean >= 0.5 * SERIES


def test_no_false_monday_after_the_weekend_dip(quality: ModuleType) -> None:
    """Thirty items on a weekday and three at the weekend: Mondays are ordinary days when
    the series borrow the feed's week, and any day is rare to alert when each series,
    judged alone, learns its own; a baseline blind to weekdays would alert on Mondays."""
    strong = (30.0, 30.0, 30.0, 30.0, 30.0, 3.0, 3.0)
    mean = sum(strong) / 7
    week = tuple(f / mean for f in strong)
    made = quality.quiet(mean, SERIES, DAYS, SEED, week=week)
    mondays = [(s, d) for s in made for d in s.judged if d.weekday() == 0]
    together = {
        (spike.key, spike.day)
        for spike in find_spikes(
            {s.key: s.counts for s in made}, [d for _, d in mondays], since=quality.START
        )
    }
    alone = sum(
        len(series_spikes(s.counts, s.judged, key=s.key, since=quality.START)) for s in made
    )
    blind = sum(poisson_tail(s.counts[d], mean) <= 1e-3 for s, d in mondays)
    assert len(mondays) >= 8 * SERIES
    assert len(together) <= 0.01 * len(mondays)
    assert alone <= 0.01 * SERIES * DAYS
    assert blind >= 0.05 * len(mondays)


def test_a_lasting_rise_becomes_the_new_normal(quality: ModuleType) -> None:
    """A series that doubles for good (40 items a day, then 80) alerts on most of its
    first days, and no longer once the rise is two weeks old."""
    rng = quality.seeded(SEED, "lasting")
    first = quality.START
    early = late = 0
    for _ in range(SERIES // 2):
        counts: dict[date, int] = {}
        for offset in range(28 + 40):
            day = first + timedelta(days=offset)
            usual = 40 * quality.WEEK[day.weekday()] * (2 if offset >= 28 else 1)
            counts[day] = quality.poisson(rng, usual)
        found = series_spikes(counts, list(counts), key=SeriesKey("c"), profile=quality.WEEK)
        age = [(spike.day - first).days - 28 for spike in found]
        early += sum(0 <= a < 5 for a in age)
        late += sum(a >= 14 for a in age)
    assert early >= 0.9 * 5 * (SERIES // 2)
    assert late <= 0.01 * 26 * (SERIES // 2)


def test_the_baseline_follows_the_weekday() -> None:
    """Ten items a weekday, two at the weekend. With the feed's week, the baselines are
    ten and two: Monday's ten are ordinary, nine on a Saturday and 25 on a Monday are
    spikes. Judged alone, a series learns part of its week from its own 200 items."""
    week = [10, 10, 10, 10, 10, 2, 2] * 4
    counts = days_from(MONDAY, [*week, 10, 10, 10, 10, 10, 9])
    monday, saturday = MONDAY + timedelta(days=28), MONDAY + timedelta(days=33)
    feed = weekday_profile(counts, monday)
    assert feed == pytest.approx([f * 7 / 54 for f in (10, 10, 10, 10, 10, 2, 2)])
    weekday = judge(counts, monday, profile=feed)
    weekend = judge(counts, saturday, profile=feed)
    assert weekday is not None and weekend is not None
    assert (weekday.baseline, weekday.spike) == (pytest.approx(10), False)
    assert (weekend.baseline, weekend.spike) == (pytest.approx(2), True)
    busy = judge(days_from(MONDAY, [*week, 25]), monday, profile=feed)
    assert busy is not None and busy.spike
    weekday, weekend = judge(counts, monday), judge(counts, saturday)
    assert weekday is not None and weekend is not None
    assert weekday.baseline == pytest.approx(10, rel=0.1)
    assert weekend.baseline <= 0.45 * weekday.baseline


def test_the_score_is_the_chance_of_so_many_items() -> None:
    """A steady four a day, then twelve: the baseline is four and the score is Poisson's
    ``-log10 P(X >= 12)`` (3.04), a little less for the baseline's own uncertainty."""
    counts = days_from(MONDAY, [4] * 28 + [12])
    verdict = judge(counts, MONDAY + timedelta(days=28))
    assert verdict is not None
    assert verdict.baseline == pytest.approx(4.0)
    assert 2.6 <= verdict.score <= -math.log10(poisson_tail(12, 4.0))
    assert verdict.p_value == pytest.approx(10**-verdict.score)


# -- low counts and short histories -------------------------------------------------------


def test_zero_to_two_never_alerts() -> None:
    quiet = days_from(MONDAY, [0] * 28 + [1, 2, 2])
    assert series_spikes(quiet, list(quiet), key=SeriesKey("c")) == []
    sparse = days_from(MONDAY, [0, 0, 1, 0, 0, 0, 0] * 8 + [2])
    assert series_spikes(sparse, list(sparse), key=SeriesKey("c")) == []


def test_three_items_after_a_silent_month_alert() -> None:
    """A category with nothing for four weeks that has three items: a narrative emerges."""
    counts = days_from(MONDAY, [0] * 28 + [3])
    found = series_spikes(counts, list(counts), key=SeriesKey("c"))
    assert [(s.day, s.count) for s in found] == [(MONDAY + timedelta(days=28), 3)]
    assert found[0].baseline == pytest.approx(0.5 / 28)


def test_no_spike_has_fewer_than_the_minimum_count(quality: ModuleType) -> None:
    made = quality.cell(0.5, 10.0, SERIES, DAYS, SEED)
    for minimum in (3, 5):
        config = SpikeConfig(min_count=minimum)
        days = sorted({d for s in made for d in s.judged})
        found = find_spikes({s.key: s.counts for s in made}, days, config=config)
        assert found
        assert min(spike.count for spike in found) >= minimum


def test_a_new_series_raises_nothing_for_two_weeks() -> None:
    burst = [1, 2, 0, 1, 1, 0, 0] * 2
    day = MONDAY + timedelta(days=13)
    young = days_from(MONDAY, [*burst[:13], 40])
    assert judge(young, day) is None
    assert series_spikes(young, list(young), key=SeriesKey("c")) == []
    old = days_from(MONDAY, [*burst, 40])
    verdict = judge(old, day + timedelta(days=1))
    assert verdict is not None and verdict.spike


def test_history_starts_at_since() -> None:
    """Days before ``since`` are unknown, not zero; after it, a day without entry is 0."""
    counts = days_from(MONDAY, [5] * 20 + [40])
    day = MONDAY + timedelta(days=20)
    assert judge(counts, day, since=MONDAY + timedelta(days=10)) is None
    empty = {MONDAY + timedelta(days=20): 6}
    verdict = judge(empty, day, since=MONDAY)
    assert verdict is not None and verdict.spike
    assert judge(empty, day) is None  # watched since its first entry: a new series


# -- the functions ------------------------------------------------------------------------


def test_many_series_agree_with_one_at_a_time(quality: ModuleType) -> None:
    """find_spikes and series_spikes skip the exact tail of counts close to their baseline:
    they find exactly the spikes that judging every day in full finds."""
    made = []
    for level in quality.LEVELS:
        for size in (1.5, 2.0, 3.0):  # spikes near the threshold, at every level
            made += quality.cell(level, size, 10, 40, SEED)
        made += quality.quiet(level, 5, 40, SEED, spread=0.3)
    for series in made:
        quick = series_spikes(
            series.counts, series.judged, key=series.key, since=quality.START, profile=quality.WEEK
        )
        verdicts = [
            judge(series.counts, day, since=quality.START, profile=quality.WEEK)
            for day in series.judged
        ]
        full = [v for v in verdicts if v is not None and v.spike]
        assert [(s.day, s.score) for s in quick] == [(v.day, v.score) for v in full]


def test_counts_close_to_their_baseline_are_never_spikes() -> None:
    """What lets find_spikes skip the exact tail of most counts (a private rule, so
    tested directly): a count less than ``_skip`` standard deviations above its
    baseline never scores a spike, for any baseline, spread and threshold."""
    from monitor.spikes.detect import _skip
    from monitor.spikes.fit import tail_score as _score

    for min_score in (1.5, 2.0, 3.0, 5.0, 8.0):
        skip = _skip(10**-min_score)
        for tenth in range(-20, 31):
            mean = 10 ** (tenth / 10)  # 0.01 to 1,000 items a day
            for width in (0.0, 0.001, 0.01, 0.1, 0.3, 1.0, 3.0):
                below = math.ceil(mean + skip * math.sqrt(mean * (1 + width * mean))) - 1
                assert _score(below, mean, width) < min_score, (min_score, mean, width)


def test_spikes_come_by_day_then_score() -> None:
    steady = [2, 3, 2, 3, 2, 1, 1] * 4
    series = {
        SeriesKey("gender"): days_from(MONDAY, [*steady, 12, 2, 9]),
        SeriesKey("gender", country="NL"): days_from(MONDAY, [*steady, 30, 2, 2]),
        SeriesKey("migration", tag="blogs"): days_from(MONDAY, [*steady, 2, 2, 20]),
    }
    days = [MONDAY + timedelta(days=28 + i) for i in range(3)]
    found = find_spikes(series, days)
    assert [(s.key, s.day) for s in found] == [
        (SeriesKey("gender", country="NL"), days[0]),
        (SeriesKey("gender"), days[0]),
        (SeriesKey("migration", tag="blogs"), days[2]),
        (SeriesKey("gender"), days[2]),
    ]
    assert found == find_spikes(series, reversed(days))  # the same every time
    first = found[0]
    assert isinstance(first, Spike)
    assert first.count == 30
    assert first.ratio == pytest.approx(first.count / first.baseline)
    assert first.extra == pytest.approx(first.count - first.baseline)


def test_the_feed_week_is_the_median_of_each_weekday(quality: ModuleType) -> None:
    totals = days_from(MONDAY, [int(100 * f) for f in quality.WEEK] * 3 + [100, 500, 120])
    profile = weekday_profile(totals, MONDAY + timedelta(days=24))
    assert sum(profile) == pytest.approx(7)
    assert profile == pytest.approx(quality.WEEK, rel=0.02)  # the Tuesday of 500 is one of 4
    assert weekday_profile(totals, MONDAY + timedelta(days=10)) == FLAT  # too little known
    assert weekday_profile({}, MONDAY, since=MONDAY - timedelta(days=28)) == FLAT


def test_thousands_of_series_take_well_under_a_second(quality: ModuleType) -> None:
    made = [
        quality.synthetic(
            quality.seeded(SEED, "speed", i), SeriesKey("c", country=f"s{i}"), level, 4.0, 30
        )
        for i, level in enumerate([0.5, 0.5, 2.0, 8.0, 40.0] * 400)
    ]
    series = {s.key: s.counts for s in made}
    days = sorted({d for s in made for d in s.judged})[-30:]
    began = time.process_time()
    found = find_spikes(series, days, since=quality.START)
    assert time.process_time() - began < 1.0
    assert len(found) > 1000


def test_nonsense_is_refused() -> None:
    with pytest.raises(ValueError, match="min_count"):
        SpikeConfig(min_count=0)
    with pytest.raises(ValueError, match="min_history"):
        SpikeConfig(min_history=30)
    with pytest.raises(ValueError, match="window_days"):
        SpikeConfig(window_days=5, min_history=5)
    with pytest.raises(ValueError, match="-1 items"):
        find_spikes({SeriesKey("c"): {MONDAY: -1}}, [MONDAY])
    with pytest.raises(ValueError, match="weekday profile"):
        judge({MONDAY: 1}, MONDAY, profile=(1.0, 1.0))
    assert find_spikes({}, [MONDAY]) == []
    assert find_spikes({SeriesKey("c"): {MONDAY: 1}}, []) == []
