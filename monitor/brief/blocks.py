"""The brief as a sequence of blocks (headings, paragraphs, tables, charts), built once
in the chosen language; each format then only decides how a block looks."""

from __future__ import annotations

from monitor.brief.block_types import Block, Heading, Paragraph, Picture, Span, Table, text
from monitor.brief.charts import Chart
from monitor.brief.data import Brief, Figures, Finding
from monitor.brief.partners import from_partners
from monitor.brief.rises import rises
from monitor.brief.texts import Words
from monitor.i18n import N_
from monitor.urls import is_web_address

__all__ = ["Block", "Heading", "Paragraph", "Picture", "Span", "Table", "compose", "text"]


FIGURES = (
    ("monitored", N_("Items monitored")),
    ("flagged", N_("Flagged by the model")),
    ("reviewed", N_("Reviewed")),
    ("confirmed", N_("Confirmed as pushback")),
    ("awaiting_review", N_("Awaiting review")),
)


def _figure_rows(words: Words, now: Figures, before: Figures) -> list[list[Span]]:
    rows = []
    for key, label in FIGURES:
        current, previous = getattr(now, key), getattr(before, key)
        rows.append(
            [
                Span(words._(label)),
                Span(words.number(current), bold=key == "confirmed"),
                Span(words.number(previous)),
                Span(words.change(current, previous)),
            ]
        )
    return rows


def _key_figures(brief: Brief, words: Words) -> list[Block]:
    columns = [
        words._("Figure"),
        words._("This period"),
        words._("Previous period"),
        words._("Change"),
    ]
    blocks: list[Block] = [
        Heading(2, words._("Key figures")),
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
                words.ngettext(
                    "{count} flagged item has not been reviewed yet; it is not a finding "
                    "and does not appear in this brief.",
                    "{count} flagged items have not been reviewed yet; they are not findings "
                    "and do not appear in this brief.",
                    brief.figures.awaiting_review,
                ),
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
        Heading(3, words._("Confirmed per category")),
        Table([words._("Category"), *columns[1:]], rows, [0.4, 0.2, 0.2, 0.2], {1, 2, 3}),
    ]
    return blocks


def _charts(brief: Brief, words: Words, charts: list[Chart]) -> list[Block]:
    if not charts:
        return []
    blocks: list[Block] = [Heading(2, words._("Over the period"))]
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
                [words._("Date"), *(brief.category_name(c.id) for c in used)],
                rows,
                numeric=set(range(1, len(used) + 1)),
            )
        else:
            fallback = Table(
                [words._("Source"), words._("Confirmed as pushback")],
                [[Span(name), Span(words.number(count))] for name, count in brief.top_sources],
                numeric={1},
            )
        blocks += [Heading(3, chart.title), Picture(chart, fallback)]
    return blocks


def _meta(finding: Finding, words: Words, brief: Brief) -> str:
    when = words.moment(finding.published)
    if finding.published_estimated:
        when += " (" + words._("date estimated") + ")"
    severity = words._("Severity") + ": " + words.severity(finding.severity)
    parts = [finding.source, when, severity]
    if finding.score is not None:
        parts.append(words._("score") + " " + words.decimal(finding.score))
    others = [brief.category_name(c) for c in finding.categories]
    if len(others) > 1:
        parts.append(", ".join(others))
    return " · ".join(parts)


def _deleted(finding: Finding, words: Words) -> str:
    assert finding.deleted is not None
    day = words.day(finding.deleted.astimezone().date())
    if finding.evidence_kept:
        return words._("Deleted on {date} — evidence kept", date=day)
    return words._("Deleted on {date}", date=day)


def _open(url: str, words: Words) -> Span:
    """A link to a web address (its text: "open"); any other address as plain text."""
    return Span(words._("Open the source"), link=url) if is_web_address(url) else Span(url)


def _findings(brief: Brief, words: Words) -> list[Block]:
    blocks: list[Block] = [Heading(2, words._("Findings by category"))]
    if not brief.findings:
        return [*blocks, text(words._("No confirmed findings in this period."))]
    for category, findings in brief.sections:
        blocks.append(Heading(3, f"{brief.category_name(category)} ({len(findings)})"))
        if not findings:
            blocks.append(text(words._("No confirmed findings in this category."), italic=True))
        for finding in findings:
            blocks.append(Heading(4, finding.title, finding.url))
            blocks.append(text(_meta(finding, words, brief), small=True))
            if finding.deleted is not None:
                blocks.append(text(_deleted(finding, words), bold=True, small=True))
            if finding.excerpt:
                blocks.append(text(finding.excerpt))
            if finding.actors:
                named = ", ".join(actor.name for actor in finding.actors)
                blocks.append(Paragraph([Span(words._("Actors") + ": ", bold=True), Span(named)]))
            if finding.note:
                blocks.append(
                    Paragraph(
                        [
                            Span(words._("Analyst's note") + ": ", bold=True),
                            Span(finding.note, italic=True),
                        ]
                    )
                )
            if finding.url:
                blocks.append(Paragraph([_open(finding.url, words)], small=True))
    return blocks


def _findings_count(words: Words, count: int) -> str:
    return words.ngettext("{count} finding", "{count} findings", count)


def _new(brief: Brief, words: Words) -> list[Block]:
    sources = [
        [
            Span(s.name),
            Span(words._("first seen {date}", date=words.day(s.first_seen.astimezone().date()))),
            Span(_findings_count(words, s.findings)),
        ]
        for s in brief.new_sources
    ]
    blocks: list[Block] = [
        Heading(2, words._("Seen for the first time")),
        Heading(3, words._("New sources")),
    ]
    blocks.append(
        Table(
            [words._("Source"), words._("Date"), words._("Confirmed as pushback")],
            sources,
            [0.5, 0.3, 0.2],
        )
        if sources
        else text(words._("None."))
    )
    return blocks


KINDS = {
    "person": N_("person"),
    "organisation": N_("organisation"),
    "account": N_("account"),
    "office": N_("office"),
}


def _actors(brief: Brief, words: Words) -> list[Block]:
    """The actors recorded on the period's findings, new ones marked; never bylines."""
    blocks: list[Block] = [Heading(2, words._("Actors"))]
    if not brief.actors:
        return [*blocks, text(words._("No actors were recorded on this period's findings."))]
    rows = [
        [
            Span(a.name, bold=a.new),
            Span(words._(KINDS.get(a.kind, a.kind))),
            Span(_findings_count(words, a.findings)),
            Span(words._("new") if a.new else "", bold=True),
        ]
        for a in brief.actors
    ]
    new = sum(a.new for a in brief.actors)
    return [
        *blocks,
        text(
            words._(
                "Those who spread or enact the pushback of the findings, as the analysts "
                "recorded them; new: named on no earlier finding."
            )
        ),
        Table(
            [words._("Actor"), words._("Kind"), words._("Confirmed as pushback"), words._("New")],
            rows,
            [0.45, 0.2, 0.2, 0.15],
        ),
        text(
            words.ngettext(
                "{count} new actor in this period.", "{count} new actors in this period.", new
            ),
            small=True,
        ),
    ]


def _methods(brief: Brief, words: Words) -> list[Block]:
    methods = brief.methods
    order = [c.id for c in brief.taxonomy.categories]
    ranked = sorted(methods.thresholds, key=lambda c: order.index(c) if c in order else 99)
    thresholds = ", ".join(
        f"{brief.category_name(c)} {words.decimal(methods.thresholds[c])}" for c in ranked
    ) or words._("none")
    share = (
        words.percent(methods.reviewed_share)
        if methods.reviewed_share is not None
        else words._("none")
    )
    reviewers = ", ".join(
        name + " (" + words.ngettext("{count} decision", "{count} decisions", count) + ")"
        for name, count in methods.reviewers
    ) or words._("none")
    rows = [
        [Span(words._("Model")), Span(", ".join(methods.models) or words._("none"))],
        [Span(words._("Thresholds")), Span(thresholds)],
        [Span(words._("Reviewed of the flagged items")), Span(share)],
        [Span(words._("Reviewed by")), Span(reviewers)],
    ]
    return [
        Heading(2, words._("Methods")),
        text(
            words._(
                "Pushback Monitor polls the configured sources automatically and has every "
                "item scored by a language model (classification into seven categories, "
                "Dutch and English). Only items an analyst has confirmed count as findings."
            )
        ),
        Table([words._("Aspect"), words._("Value")], rows, [0.3, 0.7]),
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
            Span(words.decimal(f.score) if f.score is not None else words._("—")),
        ]
        for f in brief.findings
    ]
    header = [
        words._("Date"),
        words._("Source"),
        words._("Title"),
        words._("Categories"),
        words._("Severity"),
        words._("Score"),
    ]
    return [
        Heading(2, words._("Appendix: all confirmed items")),
        Table(header, rows, [0.15, 0.15, 0.35, 0.15, 0.1, 0.1], {5}),
    ]


def compose(brief: Brief, charts: list[Chart]) -> list[Block]:
    words = Words(brief.language)
    period = brief.period
    title = words._("Weekly pushback brief") if period.week else words._("Pushback brief")
    when = words.span(period.first, period.last)
    if period.week:
        when = words._("week {week}", week=period.week) + " · " + when
    heading = [part for part in (brief.organisation, when) if part]
    return [
        Heading(1, title),
        text(" · ".join(heading), bold=True),
        text(
            words._("Made on {date} with Pushback Monitor", date=words.moment(brief.generated)),
            small=True,
        ),
        *_key_figures(brief, words),
        *_charts(brief, words, charts),
        *rises(brief, words),
        *_findings(brief, words),
        *from_partners(brief, words),
        *_actors(brief, words),
        *_new(brief, words),
        *_methods(brief, words),
        *_appendix(brief, words),
    ]
