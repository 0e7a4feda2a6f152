"""The brief's *From partners*: the findings partner organisations shared
(monitor/sharing) that nobody here has decided, each marked with who confirmed it. Only
when the brief is asked to include them."""

from __future__ import annotations

from monitor.brief.block_types import Block, Heading, Paragraph, Span, text
from monitor.brief.data import Brief, PartnerFinding
from monitor.brief.texts import Words
from monitor.urls import is_web_address


def _meta(finding: PartnerFinding, words: Words, brief: Brief) -> str:
    confirmed = words._(
        "Confirmed by {organisation} on {date}",
        organisation=finding.organisation,
        date=words.day(finding.confirmed.astimezone().date()),
    )
    parts = [confirmed, finding.source, words.moment(finding.published)]
    parts.append(words._("Severity") + ": " + words.severity(finding.severity))
    parts.append(", ".join(brief.category_name(c) for c in finding.categories))
    return " · ".join(part for part in parts if part)


def from_partners(brief: Brief, words: Words) -> list[Block]:
    """Nothing when the brief leaves the partners' findings out."""
    if brief.partners is None:
        return []
    blocks: list[Block] = [
        Heading(2, words._("From partners")),
        text(
            words._(
                "Findings that partner organisations confirmed and shared, signed with "
                "their key. Nobody here has reviewed them yet: they are the partners' "
                "judgement, not ours, and are not in the figures above."
            ),
            italic=True,
        ),
    ]
    if not brief.partners:
        return [*blocks, text(words._("No partner shared a finding of this period."))]
    for finding in brief.partners:
        link = finding.url if is_web_address(finding.url) else None
        blocks.append(Heading(4, finding.title, link))
        blocks.append(text(_meta(finding, words, brief), small=True))
        if finding.actors:
            blocks.append(
                Paragraph(
                    [Span(words._("Actors") + ": ", bold=True), Span(", ".join(finding.actors))]
                )
            )
        if finding.note:
            blocks.append(
                Paragraph(
                    [
                        Span(words._("Partner's note") + ": ", bold=True),
                        Span(finding.note, italic=True),
                    ]
                )
            )
    return blocks
