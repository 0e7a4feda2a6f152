"""What a brief says, gathered from the store before any format is written.

Only confirmed items are findings. Flagged items that nobody has reviewed yet are
counted as "awaiting review" and never listed; rejected items appear nowhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from monitor.brief.period import Period
from monitor.classify.taxonomy import Taxonomy
from monitor.config import SourceConfig
from monitor.spikes.narratives import narrative_spikes, strongest
from monitor.store import Actor, EvidenceState, ItemQuery, PeriodCounts, ReadStore, StoredItem

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2, None: 3}
EXCERPT = 280
TOP_SOURCES = 10
RISES = 10  # the strongest rises of the period the brief lists
EXAMPLES = 3  # items named for each rise
PAGE = 500  # partners' findings read in one query


Figures = PeriodCounts  # the counts of a period, as the store reads them


@dataclass(frozen=True, kw_only=True)
class Finding:
    id: int
    title: str
    source: str  # the source's name
    url: str | None
    published: datetime
    published_estimated: bool
    excerpt: str
    note: str | None
    score: float | None
    severity: str | None
    categories: list[str]
    language: str | None
    actors: list[Actor] = field(default_factory=list)  # as the analysts recorded them
    deleted: datetime | None = None  # found deleted since (monitor/evidence)
    evidence_kept: bool = False  # and what was fetched of it is kept


@dataclass(frozen=True, kw_only=True)
class PartnerFinding:
    """A finding a partner organisation shared (monitor/sharing) that nobody here has
    decided: in the brief only when asked for, and marked as the partner's."""

    title: str
    url: str | None
    source: str  # the name the partner gives the source
    published: datetime
    organisation: str  # as this organisation trusts the partner's key
    confirmed: datetime  # when the partner confirmed it
    categories: list[str]
    severity: str | None
    actors: list[str]
    note: str | None  # the partner's note, shared


@dataclass(frozen=True, kw_only=True)
class NewSource:
    name: str
    first_seen: datetime
    findings: int


@dataclass(frozen=True, kw_only=True)
class BriefActor:
    """An actor the analysts recorded on the period's findings (never a byline)."""

    name: str
    kind: str  # an ActorKind value
    findings: int  # the period's findings that name it
    new: bool  # no finding before the period names it


@dataclass(frozen=True, kw_only=True)
class Rise:
    """A narrative spike of the period (:mod:`monitor.spikes`): a day on which a
    category's flagged items, in a country or under a source tag, rose well above their
    usual level."""

    category: str
    country: str | None
    tag: str | None
    day: date
    count: int
    baseline: float  # the items usual on that weekday
    score: float  # -log10 of the chance of as many: 3 = once in 1,000 days
    examples: list[tuple[str, str | None]]  # title and address of its latest items


@dataclass(frozen=True, kw_only=True)
class Methods:
    models: list[str]
    thresholds: dict[str, float]
    reviewed_share: float | None  # of the flagged items, the share decided
    reviewers: list[tuple[str, int]]  # analyst, decisions


@dataclass(frozen=True, kw_only=True)
class Brief:
    period: Period
    previous: Period
    organisation: str
    language: str  # nl or en
    generated: datetime
    taxonomy: Taxonomy
    figures: Figures
    previous_figures: Figures
    daily: dict[date, dict[str, int]]  # confirmed findings per day and category
    top_sources: list[tuple[str, int]]
    sections: list[tuple[str, list[Finding]]]  # category id → its findings, in order
    new_sources: list[NewSource]
    rises: list[Rise]
    actors: list[BriefActor]
    methods: Methods
    findings: list[Finding]  # every finding once, for the appendix
    partners: list[PartnerFinding] | None = None  # None: the brief leaves them out

    def category_name(self, category: str) -> str:
        try:
            return self.taxonomy.category(category).name.get(self.language, category)
        except KeyError:
            return category


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= EXCERPT:
        return text
    return text[:EXCERPT].rsplit(" ", 1)[0] + " …"


def _finding(
    item: StoredItem,
    names: Mapping[str, str],
    actors: list[Actor],
    evidence: EvidenceState | None = None,
) -> Finding:
    return Finding(
        id=item.id,
        title=item.title,
        source=names.get(item.source, item.meta.get("partner_source", item.source)),
        url=item.url,
        published=item.published,
        published_estimated=item.published_estimated,
        excerpt=_excerpt(item.text) if item.text != item.title else "",
        note=item.note or None,
        score=max(item.scores.values()) if item.scores else None,
        severity=item.severity,
        categories=list(item.categories),
        language=item.language,
        actors=actors,
        deleted=evidence.deleted if evidence else None,
        evidence_kept=bool(evidence and evidence.latest_page),
    )


def _order(finding: Finding) -> tuple[int, float, str]:
    return SEVERITY_ORDER.get(finding.severity, 3), -(finding.score or 0.0), finding.title


def _new_sources(
    store: ReadStore, period: Period, names: Mapping[str, str], found: Counter[str]
) -> list[NewSource]:
    return [
        NewSource(
            name=names.get(source, source),
            first_seen=first,
            findings=found[names.get(source, source)],
        )
        for source, first in store.first_fetched(period.start, period.end)
    ]


def _actors(store: ReadStore, period: Period) -> list[BriefActor]:
    """The actors recorded on the period's findings, most findings first; new: named on
    no finding published before the period. An item's author is none of them unless an
    analyst recorded it (the byline of a report on pushback is no actor)."""
    return [
        BriefActor(
            name=named.actor.name,
            kind=named.actor.kind,
            findings=named.findings,
            new=named.first_finding >= period.start,
        )
        for named in store.period_actors(period.start, period.end)
    ]


def _methods(
    store: ReadStore, period: Period, figures: Figures, thresholds: Mapping[str, float]
) -> Methods:
    review = store.period_review(period.start, period.end)
    used = {**review.thresholds, **thresholds}
    return Methods(
        models=review.models,
        thresholds=dict(sorted(used.items())),
        reviewed_share=review.reviewed_flagged / figures.flagged if figures.flagged else None,
        reviewers=review.reviewers,
    )


def _rises(store: ReadStore, period: Period, sources: Mapping[str, SourceConfig]) -> list[Rise]:
    found = strongest(narrative_spikes(store, sources, period.first, period.last))[:RISES]
    rises = []
    for rise in sorted(found, key=lambda r: (r.spike.day, -r.spike.score)):
        items = [store.item(i) for i in rise.items[:EXAMPLES]]
        rises.append(
            Rise(
                category=rise.key.category,
                country=rise.key.country,
                tag=rise.key.tag,
                day=rise.spike.day,
                count=rise.spike.count,
                baseline=rise.spike.baseline,
                score=rise.spike.score,
                examples=[(i.title, i.url) for i in items if i is not None],
            )
        )
    return rises


def _partners(store: ReadStore, period: Period) -> list[PartnerFinding]:
    ids = store.partner_findings(period.start, period.end)
    shared = store.provenance(ids)
    items = {
        item.id: item
        for start in range(0, len(ids), PAGE)
        for item in store.items(
            ItemQuery(ids=tuple(ids[start : start + PAGE]), include_duplicates=True)
        )
    }
    found = []
    for item_id in ids:
        item, told = items.get(item_id), shared.get(item_id)
        if item is None or told is None:
            continue
        found.append(
            PartnerFinding(
                title=item.title,
                url=item.url,
                source=str(item.meta.get("partner_source", "")),
                published=item.published,
                organisation=told.organisation,
                confirmed=told.confirmed,
                categories=list(told.categories),
                severity=told.severity,
                actors=[actor["name"] for actor in told.actors],
                note=told.note,
            )
        )
    return sorted(found, key=lambda f: (SEVERITY_ORDER.get(f.severity, 3), f.published))


def gather(
    store: ReadStore,
    period: Period,
    *,
    taxonomy: Taxonomy,
    language: str,
    organisation: str = "",
    source_names: Mapping[str, str] | None = None,
    sources: Mapping[str, SourceConfig] | None = None,
    thresholds: Mapping[str, float] | None = None,
    now: datetime | None = None,
    partners: bool = False,
) -> Brief:
    """Everything a brief on ``period`` shows, read from ``store``."""
    names = dict(source_names or {})
    current = store.period_counts(period.start, period.end)
    stored = store.items(ItemQuery(status="confirmed", since=period.start, until=period.end))
    recorded = store.actors_of([item.id for item in stored])
    kept = store.evidence_states([item.id for item in stored])
    findings = sorted(
        (_finding(i, names, recorded.get(i.id, []), kept.get(i.id)) for i in stored), key=_order
    )
    daily: dict[date, dict[str, int]] = {day: {} for day in period.days}
    for finding in findings:
        day = finding.published.astimezone().date()
        for category in finding.categories:
            counts = daily.setdefault(day, {})
            counts[category] = counts.get(category, 0) + 1
    by_source = Counter(finding.source for finding in findings)
    sections = [
        (category.id, [f for f in findings if category.id in f.categories])
        for category in taxonomy.categories
    ]
    return Brief(
        period=period,
        previous=period.previous(),
        organisation=organisation,
        language=language,
        generated=now or datetime.now(UTC),
        taxonomy=taxonomy,
        figures=current,
        previous_figures=store.period_counts(period.previous().start, period.previous().end),
        daily=daily,
        top_sources=by_source.most_common(TOP_SOURCES),
        sections=sections,
        new_sources=_new_sources(store, period, names, by_source),
        rises=_rises(store, period, sources or {}),
        actors=_actors(store, period),
        methods=_methods(store, period, current, thresholds or {}),
        findings=sorted(findings, key=lambda f: (f.published, f.id)),
        partners=_partners(store, period) if partners else None,
    )
