"""The detail pane's part for evidence (monitor/evidence): what is kept of the item, only
its hashes, times and addresses (nothing is loaded), and, at the top in red, that the
post was found deleted."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from monitor.store import EvidenceState
from ui.dates import local_minute
from ui.style import GREY, RED

translate = QCoreApplication.translate


def how_deleted(how: str | None) -> str:
    """How a deletion was found (monitor/evidence/keeping.py), in the interface language."""
    known = {
        "gone from the feed": translate("ItemDetail", "gone from the feed"),
        "removed from the channel": translate("ItemDetail", "removed from the channel"),
    }
    return known.get(how or "", how or "")


def deleted_line(evidence: EvidenceState | None) -> list[str]:
    """At the top, in red: the post was deleted, and what was kept of it."""
    if evidence is None or evidence.deleted is None:
        return []
    text = (
        translate("ItemDetail", "Deleted on %1 — evidence kept")
        if evidence.latest_page is not None
        else translate("ItemDetail", "Deleted on %1 — only its feed entry was kept")
    ).replace("%1", local_minute(evidence.deleted))
    how = escape(how_deleted(evidence.deleted_how))
    return [f'<p style="color:{RED}"><b>{escape(text)}</b> ({how})</p>']


def evidence_list(evidence: EvidenceState | None) -> list[str]:
    """What is kept of the item (only hashes, times and addresses: nothing is loaded)."""
    if evidence is None:
        return []
    title = translate("ItemDetail", "Evidence")
    html = [f"<h3>{escape(title)}</h3>"]
    if not evidence.records:
        waiting = translate("ItemDetail", "To be kept at the next round (within minutes).")
        html.append(f"<p>{escape(waiting)}</p>")
        return html
    kinds = {
        "entry": translate("ItemDetail", "the feed entry"),
        "feed": translate("ItemDetail", "the feed, as its server sent it"),
        "page": translate("ItemDetail", "the page"),
    }
    html.append("<ul>")
    for record in evidence.records:
        kind, fetched = kinds.get(record.kind, record.kind), local_minute(record.fetched)
        html.append(
            f"<li>{escape(kind)}, {escape(fetched)}:"
            f' <span style="color:{GREY}">sha256 {escape(record.sha256)}</span><br>'
            f'<span style="color:{GREY}">{escape(record.url)}</span></li>'
        )
    html.append("</ul>")
    if evidence.changed is not None:
        changed = translate("ItemDetail", "The page changed on %1; every version is kept.")
        html.append(f"<p>{escape(changed.replace('%1', local_minute(evidence.changed)))}</p>")
    return html
