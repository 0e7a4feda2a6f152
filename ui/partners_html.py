"""The detail pane's part for partners (monitor/sharing): where a partner's finding came
from and what the partner said of it, and, on an item of this organisation's, the
partners who confirmed the same story. Only our own markup; every text is escaped."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication

from monitor.sharing.keys import spaced
from monitor.store import Provenance
from ui.dates import local_minute
from ui.style import GREY

PARTNER = "#1565c0"  # the colour of what a partner said

translate = QCoreApplication.translate


def _line(text: str, colour: str = PARTNER) -> str:
    return f'<p style="color:{colour}">{text}</p>'


def shared_by(
    provenance: Provenance,
    names: dict[str, str],
    title: Callable[[int], str],
    source: str = "",
) -> list[str]:
    """A partner's finding: who shared it, what they said, and our items of its story."""
    heading = translate("ItemDetail", "Shared by a partner")
    who = (
        translate("ItemDetail", "Confirmed by %1 on %2 · key %3")
        .replace("%1", f"<b>{escape(provenance.organisation)}</b>")
        .replace("%2", escape(local_minute(provenance.confirmed)))
        .replace("%3", escape(spaced(provenance.key)[:24]) + "…")
    )
    html = [f"<h3>{escape(heading)}</h3>", _line(who)]
    if source:
        html.append(
            _line(translate("ItemDetail", "Their source: %1").replace("%1", escape(source)))
        )
    if provenance.categories:
        shown = ", ".join(names.get(c, c) for c in provenance.categories)
        said = translate("ItemDetail", "Their categories: %1").replace("%1", escape(shown))
        html.append(_line(said))
    if provenance.actors:
        named = ", ".join(a.get("name", "") for a in provenance.actors)
        html.append(_line(translate("ItemDetail", "Their actors: %1").replace("%1", escape(named))))
    if provenance.note:
        note = translate("ItemDetail", "Their note: %1").replace("%1", escape(provenance.note))
        html.append(_line(f"<i>{note}</i>"))
    if provenance.evidence:
        kept = translate("ItemDetail", "They keep evidence of it: %1").replace(
            "%1",
            ", ".join(
                "sha256 " + escape(str(r.get("sha256", ""))[:16]) + "…" for r in provenance.evidence
            ),
        )
        html.append(_line(kept, GREY))
    imported = (
        translate("ItemDetail", "Imported on %1 from bundle %2")
        .replace("%1", escape(local_minute(provenance.imported)))
        .replace("%2", escape(provenance.bundle))
    )
    html.append(_line(imported, GREY))
    for item_id in provenance.same_story:
        ours = translate("ItemDetail", "Your item %1: %2").replace("%1", f"#{item_id}")
        html.append(_line(ours.replace("%2", escape(title(item_id))), GREY))
    if not provenance.same_story:
        html.append(
            _line(escape(translate("ItemDetail", "You have not read this story yourself.")), GREY)
        )
    return html


def also_confirmed_by(told: Sequence[Provenance]) -> list[str]:
    """Our item: the partners that shared the same story."""
    if not told:
        return []
    names = ", ".join(
        f"{escape(p.organisation)} ({escape(local_minute(p.confirmed)[:10])})" for p in told
    )
    return [_line(translate("ItemDetail", "Also confirmed by %1").replace("%1", names))]


def note_marker(shared: bool) -> str:
    """Whether the note may go to partners, under the note."""
    text = (
        translate("ItemDetail", "Shared with partners (Triage › Share the note with partners)")
        if shared
        else translate("ItemDetail", "Private: not shared with partners")
    )
    return f'<p style="color:{GREY}"><small>{escape(text)}</small></p>'
