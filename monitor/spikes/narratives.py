"""Narrative spikes over the stored items: the daily number of flagged items of each
category, of each category in each country and under each source tag (from feeds.yaml),
judged against its own baseline (:mod:`monitor.spikes.detect`), with the items that make
each spike up.

Days are the analyst's local days. Items a source listed before the day it was first
read (the fetch log) are not counted: they are what a feed still held then, not all it
published, and a source added today would otherwise make yesterday leap. A series is
known from the day its first source was first read, and is judged once it has two weeks
behind it. Today is judged on its items so far."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol

from monitor.config import SourceConfig
from monitor.spikes.model import DEFAULT, SeriesKey, Spike, SpikeConfig
from monitor.store import FirstRead, FlaggedItem


class SpikeReads(Protocol):
    def flagged_between(self, start: datetime, end: datetime) -> list[FlaggedItem]: ...
    def first_reads(self) -> dict[str, FirstRead]: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class NarrativeSpike:
    """A spike and the items of its series on its day, newest first."""

    spike: Spike
    items: tuple[int, ...]

    @property
    def key(self) -> SeriesKey:
        return self.spike.key

    def as_json(self) -> dict[str, Any]:
        spike = self.spike
        return {
            "category": spike.key.category,
            "country": spike.key.country,
            "tag": spike.key.tag,
            "day": spike.day.isoformat(),
            "count": spike.count,
            "baseline": round(spike.baseline, 2),
            "ratio": round(spike.ratio, 1),
            "score": round(spike.score, 2),
            "items": list(self.items),
        }


def local_day(moment: datetime) -> date:
    """The day ``moment`` falls on where the analyst is (the system's time zone)."""
    return moment.astimezone().date()


def local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


def _keys(category: str, source: SourceConfig | None) -> list[SeriesKey]:
    keys = [SeriesKey(category)]
    if source is not None:
        if source.country:
            keys.append(SeriesKey(category, country=source.country))
        keys.extend(SeriesKey(category, tag=tag) for tag in dict.fromkeys(source.tags))
    return keys


def _backlog(found: FlaggedItem, first: FirstRead | None) -> bool:
    """Whether ``found`` is what its feed still listed when it was first read, not news:
    published before that day, or undated (its date the fetch's) and fetched then."""
    if first is None:
        return False
    if local_day(found.published) < local_day(first.started):
        return True
    return found.estimated and found.fetched is not None and found.fetched <= first.finished


def narrative_spikes(
    store: SpikeReads,
    sources: Mapping[str, SourceConfig],
    first: date,
    last: date,
    *,
    config: SpikeConfig = DEFAULT,
) -> list[NarrativeSpike]:
    """The spikes of the days ``first`` to ``last`` (local days, both included): by day,
    the highest score first."""
    from monitor.spikes.detect import find_spikes  # noqa: PLC0415 - numpy, when counting

    if last < first:
        return []
    start = local_midnight(first - timedelta(days=config.window_days))
    flagged = store.flagged_between(start, local_midnight(last + timedelta(days=1)))
    reads = store.first_reads()
    counts: dict[SeriesKey, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    items: dict[tuple[SeriesKey, date], list[int]] = defaultdict(list)
    known: dict[SeriesKey, date] = {}
    for found in flagged:
        read = reads.get(found.source)
        if _backlog(found, read):
            continue
        day = local_day(found.published)
        begun = local_day(read.started) if read else day
        for key in _keys(found.category, sources.get(found.source)):
            counts[key][day] += 1
            items[key, day].append(found.item_id)
            # A category is known from its first source's first read on. A country or a
            # tag, from its latest source's: a source added to it (or one renamed, whose
            # old items no longer have its country) is no rise, and it learns again.
            if key.country or key.tag:
                known[key] = max(known.get(key, begun), begun)
            else:
                known[key] = min(known.get(key, begun), begun)
    for key, begun in known.items():  # known from then on, each day without items a 0
        counts[key] = {day: n for day, n in counts[key].items() if day >= begun}
        counts[key].setdefault(begun, 0)
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    spikes = find_spikes(counts, days, config=config)
    return [
        NarrativeSpike(spike=spike, items=tuple(items[spike.key, spike.day])) for spike in spikes
    ]


def strongest(spikes: Sequence[NarrativeSpike]) -> list[NarrativeSpike]:
    """Each rise once, the highest score first: a category's rise that is also a rise of
    one of its countries or tags, with the same items, is kept once, in the series where
    it stands out most (where they stand out alike: the category, then its country)."""
    kept: list[NarrativeSpike] = []
    seen: set[tuple[str, date, tuple[int, ...]]] = set()

    def rank(spike: NarrativeSpike) -> tuple[float, int, tuple[str, str, str]]:
        narrower = 2 if spike.key.tag else 1 if spike.key.country else 0
        return (-spike.spike.score, narrower, spike.key.sort_key())

    for spike in sorted(spikes, key=rank):
        mark = (spike.key.category, spike.spike.day, spike.items)
        if mark not in seen:
            seen.add(mark)
            kept.append(spike)
    return kept
