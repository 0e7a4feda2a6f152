"""The HTML of the detail pane, built from an item, its explanation and the taxonomy.

Kept apart from the widget so it can be read (and tested) as plain text. Everything that
comes from a feed is escaped; the only markup is ours, and it refers to nothing outside
the document (no images, no style sheets).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any, TypedDict

from PySide6.QtCore import QCoreApplication

from monitor.classify.taxonomy import Taxonomy
from monitor.models import ItemStatus
from monitor.store import Action, Actor, ActorKind, Decision, EvidenceState, Provenance, StoredItem
from ui.dates import local_minute
from ui.evidence_html import deleted_line, evidence_list
from ui.i18n import decimal
from ui.partners_html import also_confirmed_by, note_marker, shared_by
from ui.style import GREY

EMPTY = "#e4e4e4"  # the part of a score bar not filled
TICK = "#222222"  # the threshold's tick across a score bar
BAR_HEIGHT = 10
NOWRAP = "width='1%' style='white-space: nowrap' valign='middle'"  # as wide as the text


translate = QCoreApplication.translate


@dataclass(frozen=True, kw_only=True)
class Headings:
    """The pane's fixed texts, in the interface language."""

    categories: str
    scores: str
    nearest_labelled_examples: str
    decisions: str
    text: str
    also_reported_by: str
    note: str
    not_classified_yet: str
    actors: str


def headings() -> Headings:
    return Headings(
        categories=translate("ItemDetail", "Categories"),
        scores=translate("ItemDetail", "Scores"),
        nearest_labelled_examples=translate("ItemDetail", "Nearest labelled examples"),
        decisions=translate("ItemDetail", "Decisions"),
        text=translate("ItemDetail", "Text"),
        also_reported_by=translate("ItemDetail", "Also reported by"),
        note=translate("ItemDetail", "Note"),
        not_classified_yet=translate("ItemDetail", "Not classified yet."),
        actors=translate("ItemDetail", "Actors"),
    )


def kind_name(kind: str) -> str:
    """A kind of actor in the interface language."""
    names = {
        ActorKind.PERSON: translate("ItemDetail", "person"),
        ActorKind.ORGANISATION: translate("ItemDetail", "organisation"),
        ActorKind.ACCOUNT: translate("ItemDetail", "account"),
        ActorKind.OFFICE: translate("ItemDetail", "office"),
    }
    return names.get(ActorKind(kind), kind) if kind in set(ActorKind) else kind


def _actors(actors: Sequence[Actor]) -> list[str]:
    if not actors:
        return []
    named = ", ".join(f"{a.name} ({kind_name(a.kind)})" for a in actors)
    return [f"<p><b>{escape(headings().actors)}:</b> {escape(named)}</p>"]


class NearestExample(TypedDict):
    """One of a category's nearest labelled examples in a stored explanation."""

    text: str
    similarity: float


class CategoryExplanation(TypedDict, total=False):
    """What a stored explanation holds for one category (the pane reads its examples)."""

    nearest: list[NearestExample]


@dataclass(frozen=True, kw_only=True)
class Cue:
    category: str
    field: str  # "title" or "text"
    start: int
    end: int


def find_cues(taxonomy: Taxonomy, item: StoredItem) -> list[Cue]:
    """Cue terms as they stand in the item now (a stored explanation may predate an edit)."""
    return [
        Cue(category=match.category, field=name, start=match.start, end=match.end)
        for name, text in (("title", item.title), ("text", item.text))
        for match in taxonomy.find_cues(text)
    ]


def highlighted(
    text: str, cues: Sequence[Cue], colors: dict[str, str], names: dict[str, str]
) -> str:
    """``text`` escaped, with every cue term on a background in its category's colour."""
    parts, position = [], 0
    for cue in sorted(cues, key=lambda c: (c.start, -c.end)):
        if cue.start < position or cue.end > len(text):
            continue  # overlaps the previous term: leave it plain
        color = colors.get(cue.category, GREY)
        parts.append(escape(text[position : cue.start]))
        parts.append(
            f'<span style="background-color: {tint(color)}; color: #000000;"'
            f' title="{escape(names.get(cue.category, cue.category))}">'
            f"<u>{escape(text[cue.start : cue.end])}</u></span>"
        )
        position = cue.end
    parts.append(escape(text[position:]))
    return "".join(parts).replace("\n\n", "</p><p>").replace("\n", "<br>")


def tint(color: str, strength: float = 0.35) -> str:
    """``color`` mixed with white: a background that text stays readable on."""
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    mixed = (round(255 - (255 - c) * strength) for c in (red, green, blue))
    return "#" + "".join(f"{c:02x}" for c in mixed)


def _bar(score: float, threshold: float, color: str) -> str:
    """The score as a filled bar, with a dark tick on the bar itself at the threshold."""
    filled = max(1, round(score * 100))
    mark = min(max(1, round(threshold * 100)), 99)

    def stretch(start: int, stop: int) -> str:  # the bar from start to stop (per cent)
        parts = ((min(stop, filled) - start, color), (stop - max(start, filled), EMPTY))
        return "".join(
            f'<td width="{width}%" height="{BAR_HEIGHT}" bgcolor="{fill}"></td>'
            for width, fill in parts
            if width > 0
        )

    tick = f'<td width="2" bgcolor="{TICK}"></td>'
    return (
        '<table width="100%" cellspacing="0" cellpadding="0">'
        f"<tr>{stretch(0, mark)}{tick}{stretch(mark, 100)}</tr></table>"
    )


def status_name(status: ItemStatus) -> str:
    names = {
        ItemStatus.PENDING: translate("ItemDetail", "to review"),
        ItemStatus.CONFIRMED: translate("ItemDetail", "confirmed"),
        ItemStatus.REJECTED: translate("ItemDetail", "rejected"),
        ItemStatus.ESCALATED: translate("ItemDetail", "escalated"),
        ItemStatus.PARTNER: translate("ItemDetail", "a partner's finding"),
    }
    return names[status]


def decided_by(decision: Decision) -> str:
    """Who recorded a decision: its analyst, or the rule it was made in the name of."""
    if decision.rule:
        return translate("ItemDetail", "rule “%1”").replace("%1", decision.rule)
    return decision.analyst or ""


def severity_name(severity: str) -> str:
    names = {
        "high": translate("ItemDetail", "severity high"),
        "medium": translate("ItemDetail", "severity medium"),
        "low": translate("ItemDetail", "severity low"),
    }
    return names.get(severity, severity)


def _heading(
    item: StoredItem,
    cues: list[Cue],
    colors: dict[str, str],
    names: dict[str, str],
    source_name: Callable[[str], str],
) -> list[str]:
    heading = headings()
    when = local_minute(item.published)
    if item.published_estimated:
        when = translate("ItemDetail", "about %1 (no date in the feed)").replace("%1", when)
    facts = [source_name(item.source), when, item.language or "?", status_name(item.status)]
    if item.severity:
        facts.append(severity_name(item.severity))
    if item.author:
        facts.append(item.author)
    html = [
        f"<h2>{highlighted(item.title, [c for c in cues if c.field == 'title'], colors, names)}"
        "</h2>",
        f'<p style="color:#555555">{escape(" · ".join(facts))}</p>',
    ]
    if item.url:
        link = escape(translate("ItemDetail", "Open in browser"))
        html.append(
            f'<p><a href="{escape(item.url)}">{link}</a> '
            f'<span style="color:{GREY}">{escape(item.url)}</span></p>'
        )
    if item.categories:
        chosen = ", ".join(names.get(c, c) for c in item.categories)
        html.append(f"<p><b>{escape(heading.categories)}:</b> {escape(chosen)}</p>")
    return html


def _scores(
    item: StoredItem, thresholds: dict[str, float], colors: dict[str, str], names: dict[str, str]
) -> list[str]:
    heading = headings()
    if not item.scores:
        return [f"<p style='color:{GREY}'>{escape(heading.not_classified_yet)}</p>"]
    # The names and the values never wrap: their columns are as wide as the longest
    # (in the language in use), the bars take the rest, each row's three cells centred.
    html = [
        f"<h3>{escape(heading.scores)}</h3><table width='100%' cellspacing='0' cellpadding='3'>"
    ]
    for name, score in sorted(item.scores.items(), key=lambda pair: -pair[1]):
        threshold = thresholds.get(name, 0.5)
        tag = "b" if score >= threshold else "span"
        bar = _bar(score, threshold, colors.get(name, GREY))
        html.append(
            f"<tr><td {NOWRAP}><{tag}>{escape(names.get(name, name))}</{tag}></td>"
            f"<td width='98%' valign='middle'>{bar}</td>"
            f"<td {NOWRAP} align='right'>{decimal(score)} / {decimal(threshold)}</td></tr>"
        )
    html.append("</table>")
    return html


def _nearest(
    explanation: dict[str, Any], colors: dict[str, str], names: dict[str, str]
) -> list[str]:
    heading = headings()
    explained: dict[str, CategoryExplanation] = explanation.get("categories", {})
    nearest = [
        (name, example)
        for name, detail in explained.items()
        for example in detail.get("nearest", [])
    ]
    if not nearest:
        return []
    html = [f"<h3>{escape(heading.nearest_labelled_examples)}</h3><ul>"]
    for name, example in nearest:
        html.append(
            f"<li><span style='color:{colors.get(name, GREY)}'>{escape(names.get(name, name))}"
            f"</span> ({decimal(example['similarity'])}): {escape(example['text'])}</li>"
        )
    html.append("</ul>")
    return html


def _decisions(decisions: Sequence[Decision], names: dict[str, str]) -> list[str]:
    heading = headings()
    if not decisions:
        return []
    actions = {
        Action.CONFIRM: translate("ItemDetail", "confirmed"),
        Action.REJECT: translate("ItemDetail", "rejected: not pushback"),
        Action.RELABEL: translate("ItemDetail", "relabelled"),
        Action.ESCALATE: translate("ItemDetail", "escalated"),
        Action.NOTE: translate("ItemDetail", "note"),
        Action.ACTORS: translate("ItemDetail", "actors:"),
        Action.UNDO: translate("ItemDetail", "undone"),
        Action.FLAG: translate("ItemDetail", "flagged"),
    }
    html = [f"<h3>{escape(heading.decisions)}</h3><ul>"]
    for decision in decisions:
        parts = [
            local_minute(decision.created),
            decided_by(decision),
            actions[decision.action],
        ]
        labels = ", ".join(names.get(c, c) for c in decision.labels or [])
        if labels and decision.action in (Action.CONFIRM, Action.RELABEL, Action.FLAG):
            parts.append(f"({labels})")
        if decision.severity and decision.action is not Action.UNDO:
            parts.append(f"[{severity_name(decision.severity)}]")
        if decision.note:
            parts.append(f"— {decision.note}")
        if decision.actors is not None:
            none = translate("ItemDetail", "none")
            named = ", ".join(decision.actors) or none
            parts.append(named if decision.action is Action.ACTORS else f"(→ {named})")
        html.append(f"<li>{escape(' '.join(p for p in parts if p))}</li>")
    html.append("</ul>")
    return html


def render(
    item: StoredItem,
    *,
    taxonomy: Taxonomy,
    language: str,
    thresholds: dict[str, float],
    duplicates: Sequence[StoredItem] = (),
    decisions: Sequence[Decision] = (),
    evidence: EvidenceState | None = None,
    source_name: Callable[[str], str] = str,
    actors: Sequence[Actor] = (),
    provenance: Provenance | None = None,
    partners: Sequence[Provenance] = (),
    title_of: Callable[[int], str] = str,
) -> str:
    """The whole detail pane for ``item``; ``language`` picks the category names;
    ``provenance``: where a partner's finding came from, ``partners``: those that shared
    the story of one of ours (``title_of`` names our items)."""
    heading = headings()
    colors = {c.id: c.color for c in taxonomy.categories}
    names = {c.id: c.name.get(language, c.id) for c in taxonomy.categories}
    explanation = item.explanation or {}
    thresholds = {**explanation.get("thresholds", {}), **thresholds}
    cues = find_cues(taxonomy, item)
    html = _heading(item, cues, colors, names, source_name)
    html += also_confirmed_by(partners)
    if provenance is not None:
        html += shared_by(provenance, names, title_of, str(item.meta.get("partner_source", "")))
    gone = evidence is not None and evidence.deleted is not None
    if gone:  # what is left of it comes first
        html += deleted_line(evidence) + evidence_list(evidence)
    html += _actors(actors)
    html += _scores(item, thresholds, colors, names)
    body = highlighted(item.text, [c for c in cues if c.field == "text"], colors, names)
    html.append(f"<h3>{escape(heading.text)}</h3><p>{body}</p>")
    html += _nearest(explanation, colors, names)
    if duplicates:
        html.append(f"<h3>{escape(heading.also_reported_by)}</h3><ul>")
        for other in duplicates:
            where = escape(source_name(other.source))
            html.append(
                f"<li>{where}: {escape(other.title)} ({local_minute(other.published)})</li>"
            )
        html.append("</ul>")
    if item.note:
        html.append(f"<h3>{escape(heading.note)}</h3><p>{escape(item.note)}</p>")
        html.append(note_marker(item.note_shared))
    html += _decisions(decisions, names)
    if not gone:
        html += evidence_list(evidence)
    return "".join(html)
