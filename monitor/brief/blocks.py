"""The brief as a sequence of blocks (headings, paragraphs, tables, charts), built once
in the chosen language; each format then only decides how a block looks."""

from __future__ import annotations

from dataclasses import dataclass, field

from monitor.brief.charts import Chart
from monitor.brief.data import Brief, Figures, Finding
from monitor.brief.texts import Words
from monitor.urls import is_web_address, web_link


def _only_web_links(block: Span | Heading) -> None:
    # An item's link is whatever its feed said (javascript:, data:, file:…, or markup):
    # a block keeps only an http(s) one, encoded, so that no format can write another.
    if block.link is not None:
        object.__setattr__(block, "link", web_link(block.link))


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None  # an http(s) address; any other is dropped

    def __post_init__(self) -> None:
        _only_web_links(self)


@dataclass(frozen=True)
class Heading:
    level: int  # 1 title, 2 section, 3 subsection, 4 a finding
    text: str
    link: str | None = None  # an http(s) address; any other is dropped

    def __post_init__(self) -> None:
        _only_web_links(self)


@dataclass(frozen=True)
class Paragraph:
    spans: list[Span]
    small: bool = False


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[list[Span]]
    widths: list[float] = field(default_factory=list)  # shares of the page width
    numeric: set[int] = field(default_factory=set)  # right-aligned columns


@dataclass(frozen=True)
class Picture:
    chart: Chart
    fallback: Table  # the same numbers, for formats without images (Markdown)


Block = Heading | Paragraph | Table | Picture


def text(value: str, *, bold: bool = False, italic: bool = False, small: bool = False) -> Paragraph:
    return Paragraph([Span(value, bold=bold, italic=italic)], small=small)


def _figure_rows(words: Words, now: Figures, before: Figures) -> list[list[Span]]:
    rows = []
    for key in ("monitored", "flagged", "reviewed", "confirmed", "awaiting_review"):
        current, previous = getattr(now, key), getattr(before, key)
        rows.append(
            [
                Span(words(key)),
                Span(words.number(current), bold=key == "confirmed"),
                Span(words.number(previous)),
                Span(words.change(current, previous)),
            ]
        )
    return rows


def _key_figures(brief: Brief, words: Words) -> list[Block]:
    columns = [words("figure"), words("this_period"), words("previous_period"), words("change")]
    blocks: list[Block] = [
        Heading(2, words("key_figures")),
        Table(
            columns,
            _figure_rows(words, brief.figures, brief.previous_figures),
            [0.4, 0.2, 0.2, 0.2],
            {1, 2, 3},
        ),
    ]
    if brief.figures.awaiting_review:
        blocks.append(
            text(
                words("awaiting_note", count=words.number(brief.figures.awaiting_review)),
                italic=True,
            )
        )
    rows = []
    for category in brief.taxonomy.categories:
        now = brief.figures.per_category.get(category.id, 0)
        before = brief.previous_figures.per_category.get(category.id, 0)
        rows.append(
            [
                Span(brief.category_name(category.id)),
                Span(words.number(now)),
                Span(words.number(before)),
                Span(words.change(now, before)),
            ]
        )
    blocks += [
        Heading(3, words("per_category")),
        Table([words("category"), *columns[1:]], rows, [0.4, 0.2, 0.2, 0.2], {1, 2, 3}),
    ]
    return blocks


def _charts(brief: Brief, words: Words, charts: list[Chart]) -> list[Block]:
    if not charts:
        return []
    blocks: list[Block] = [Heading(2, words("charts"))]
    for chart in charts:
        if chart.kind == "daily":
            used = [
                c
                for c in brief.taxonomy.categories
                if any(day.get(c.id) for day in brief.daily.values())
            ]
            rows = [
                [
                    Span(words.short_day(day)),
                    *(Span(str(brief.daily[day].get(c.id, 0))) for c in used),
                ]
                for day in sorted(brief.daily)
            ]
            fallback = Table(
                [words("date"), *(brief.category_name(c.id) for c in used)],
                rows,
                numeric=set(range(1, len(used) + 1)),
            )
        else:
            fallback = Table(
                [words("source"), words("confirmed")],
                [[Span(name), Span(words.number(count))] for name, count in brief.top_sources],
                numeric={1},
            )
        blocks += [Heading(3, chart.title), Picture(chart, fallback)]
    return blocks


def _meta(finding: Finding, words: Words, brief: Brief) -> str:
    when = words.moment(finding.published)
    if finding.published_estimated:
        when += f" ({words('estimated')})"
    parts = [finding.source, when, f"{words('severity')}: {words.severity(finding.severity)}"]
    if finding.score is not None:
        parts.append(f"{words('score')} {words.decimal(finding.score)}")
    others = [brief.category_name(c) for c in finding.categories]
    if len(others) > 1:
        parts.append(", ".join(others))
    return " · ".join(parts)


def _open(url: str, words: Words) -> Span:
    """A link to a web address (its text: "open"); any other address as plain text."""
    return Span(words("open"), link=url) if is_web_address(url) else Span(url)


def _findings(brief: Brief, words: Words) -> list[Block]:
    blocks: list[Block] = [Heading(2, words("findings"))]
    if not brief.findings:
        return [*blocks, text(words("no_findings"))]
    for category, findings in brief.sections:
        blocks.append(Heading(3, f"{brief.category_name(category)} ({len(findings)})"))
        if not findings:
            blocks.append(text(words("no_findings_category"), italic=True))
        for finding in findings:
            blocks.append(Heading(4, finding.title, finding.url))
            blocks.append(text(_meta(finding, words, brief), small=True))
            if finding.excerpt:
                blocks.append(text(finding.excerpt))
            if finding.note:
                blocks.append(
                    Paragraph(
                        [Span(f"{words('note')}: ", bold=True), Span(finding.note, italic=True)]
                    )
                )
            if finding.url:
                blocks.append(Paragraph([_open(finding.url, words)], small=True))
    return blocks


def _new(brief: Brief, words: Words) -> list[Block]:
    sources = [
        [
            Span(s.name),
            Span(words("first_seen", date=words.day(s.first_seen.astimezone().date()))),
            Span(words("findings_count", count=s.findings)),
        ]
        for s in brief.new_sources
    ]
    actors = [
        [Span(a.name), Span(a.source), Span(words("findings_count", count=a.findings))]
        for a in brief.new_actors
    ]
    blocks: list[Block] = [Heading(2, words("new")), Heading(3, words("new_sources"))]
    blocks.append(
        Table([words("source"), words("date"), words("confirmed")], sources, [0.5, 0.3, 0.2])
        if sources
        else text(words("no_new"))
    )
    blocks.append(Heading(3, words("new_actors")))
    blocks.append(
        Table([words("new_actors"), words("source"), words("confirmed")], actors, [0.4, 0.4, 0.2])
        if actors
        else text(words("no_new"))
    )
    return blocks


def _methods(brief: Brief, words: Words) -> list[Block]:
    methods = brief.methods
    order = [c.id for c in brief.taxonomy.categories]
    ranked = sorted(methods.thresholds, key=lambda c: order.index(c) if c in order else 99)
    thresholds = ", ".join(
        f"{brief.category_name(c)} {words.decimal(methods.thresholds[c])}" for c in ranked
    ) or words("none")
    share = (
        words.percent(methods.reviewed_share)
        if methods.reviewed_share is not None
        else words("none")
    )
    reviewers = ", ".join(
        f"{name} ({words('decisions', count=count)})" for name, count in methods.reviewers
    ) or words("none")
    rows = [
        [Span(words("model")), Span(", ".join(methods.models) or words("none"))],
        [Span(words("thresholds")), Span(thresholds)],
        [Span(words("reviewed_share")), Span(share)],
        [Span(words("reviewers")), Span(reviewers)],
    ]
    return [
        Heading(2, words("methods")),
        text(words("methods_text")),
        Table([words("aspect"), words("value")], rows, [0.3, 0.7]),
    ]


def _appendix(brief: Brief, words: Words) -> list[Block]:
    if not brief.findings:
        return []
    rows = [
        [
            Span(words.moment(f.published)),
            Span(f.source),
            Span(f.title, link=f.url),
            Span(", ".join(brief.category_name(c) for c in f.categories)),
            Span(words.severity(f.severity)),
            Span(words.decimal(f.score) if f.score is not None else words("not_rated")),
        ]
        for f in brief.findings
    ]
    header = [
        words("date"),
        words("source"),
        words("title_column"),
        words("categories"),
        words("severity"),
        words("score"),
    ]
    return [
        Heading(2, words("appendix")),
        Table(header, rows, [0.15, 0.15, 0.35, 0.15, 0.1, 0.1], {5}),
    ]


def compose(brief: Brief, charts: list[Chart]) -> list[Block]:
    words = Words(brief.language)
    period = brief.period
    title = words("title") if period.week else words("title_range")
    when = words.span(period.first, period.last)
    if period.week:
        when = f"{words('week', week=period.week)} · {when}"
    heading = [part for part in (brief.organisation, when) if part]
    return [
        Heading(1, title),
        text(" · ".join(heading), bold=True),
        text(words("generated", date=words.moment(brief.generated)), small=True),
        *_key_figures(brief, words),
        *_charts(brief, words, charts),
        *_findings(brief, words),
        *_new(brief, words),
        *_methods(brief, words),
        *_appendix(brief, words),
    ]
