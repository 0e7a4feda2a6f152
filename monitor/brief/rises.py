"""The brief's *What rose this period*: the narrative spikes of its days
(:mod:`monitor.spikes`), each with its day, category, where, the items and the usual
count, and its latest items named."""

from __future__ import annotations

from monitor.brief.block_types import Block, Heading, Paragraph, Span, Table, text
from monitor.brief.data import Brief
from monitor.brief.texts import Words


def _where(words: Words, country: str | None, tag: str | None) -> str:
    if country:
        return country
    return words._("tag {tag}", tag=tag) if tag else words._("everywhere")


def rises(brief: Brief, words: Words) -> list[Block]:
    """What rose this period: narrative spikes, each against its own usual level."""
    blocks: list[Block] = [
        Heading(2, words._("What rose this period")),
        text(
            words._(
                "Days on which the flagged items of a category, in a country or under a "
                "source tag, rose well above what that weekday usually has in the four "
                "weeks before (so many would come by chance less than once in 1,000 days)."
            )
        ),
    ]
    if not brief.rises:
        return [*blocks, text(words._("Nothing rose well above its usual level."), italic=True)]
    rows = [
        [
            Span(words.short_day(r.day)),
            Span(brief.category_name(r.category)),
            Span(_where(words, r.country, r.tag)),
            Span(words.number(r.count), bold=True),
            Span(words.decimal(r.baseline, 1) if r.baseline >= 0.05 else "0"),
        ]
        for r in brief.rises
    ]
    blocks.append(
        Table(
            [
                words._("Day"),
                words._("Category"),
                words._("Where"),
                words._("Flagged items"),
                words._("Usual"),
            ],
            rows,
            [0.15, 0.35, 0.2, 0.15, 0.15],
            {3, 4},
        )
    )
    for rise in brief.rises:
        where = _where(words, rise.country, rise.tag)
        label = f"{words.short_day(rise.day)} · {brief.category_name(rise.category)} · {where}"
        spans = [Span(label + ": ", bold=True)]
        for n, (title, url) in enumerate(rise.examples):
            spans += [Span("; ")] if n else []
            spans.append(Span(title, link=url))
        blocks.append(Paragraph(spans, small=True))
    return blocks
