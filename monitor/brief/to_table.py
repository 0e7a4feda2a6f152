"""The period's items with their labels, actors and decisions, as CSV or JSON: every
item published in the period (duplicates once), not only the findings."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from typing import Any

from monitor.brief.period import Period
from monitor.sharing.pseudonyms import PUBLIC_KINDS, Pseudonymiser
from monitor.store import Actor, ItemQuery, ReadStore

CSV_COLUMNS = (
    "id",
    "published",
    "source",
    "title",
    "url",
    "language",
    "status",
    "categories",
    "model_categories",
    "severity",
    "score",
    "note",
    "decisions",
    "last_decision_by",
    "last_decision_at",
    "actors",  # last, so that the columns before keep their places
)
# A spreadsheet reads a cell that starts with one of these as a formula, which can be a
# link (=HYPERLINK(…)) or worse; a feed's text gets a leading ' so it stays text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ACTOR_SEPARATOR = "; "  # between two actors' names in the CSV's one cell


def actor_json(actor: Actor) -> dict[str, str]:
    """One actor as the JSON export and ``items --json`` give it."""
    return {"name": actor.name, "kind": actor.kind}


def _unnamed(row: dict[str, Any], pseudonyms: Pseudonymiser) -> dict[str, Any]:
    """The row with private persons as pseudonyms (docs/privacy.md says which fields)."""

    def note(text: str | None) -> str | None:
        return pseudonyms.text(text) if text else text

    actors = [
        a if a["kind"] in PUBLIC_KINDS else {**a, "name": pseudonyms.person(a["name"])}
        for a in row["actors"]
    ]
    decisions = [
        {**d, "note": note(d["note"]), "analyst": pseudonyms.person(d["analyst"])}
        for d in row["decisions"]
    ]
    return {
        **row,
        "title": pseudonyms.text(row["title"]),
        "url": pseudonyms.url(row["url"]),
        "note": note(row["note"]),
        "actors": actors,
        "decisions": decisions,
    }


def rows(
    store: ReadStore,
    period: Period,
    names: Mapping[str, str],
    pseudonyms: Pseudonymiser | None = None,
) -> list[dict[str, Any]]:
    """The period's items; with ``pseudonyms``, private persons left unnamed."""
    items = store.items(ItemQuery(since=period.start, until=period.end))
    actors = store.actors_of([item.id for item in items])
    found = []
    for item in sorted(items, key=lambda i: (i.published, i.id)):
        decisions = store.decisions(item.id)
        found.append(
            {
                "id": item.id,
                "published": item.published.isoformat(),
                "source": item.source,
                "source_name": names.get(item.source, item.source),
                "title": item.title,
                "url": item.url,
                "language": item.language,
                "status": item.status,
                "categories": item.categories,
                "model_categories": item.model_categories,
                "scores": item.scores,
                "severity": item.severity,
                "note": item.note,
                "actors": [actor_json(a) for a in actors.get(item.id, [])],
                "decisions": [
                    {
                        "action": d.action,
                        "labels": d.labels,
                        "status": d.status,
                        "severity": d.severity,
                        "note": d.note,
                        "analyst": d.analyst,
                        "rule": d.rule,
                        "created": d.created,
                    }
                    for d in decisions
                ],
            }
        )
    return [_unnamed(row, pseudonyms) for row in found] if pseudonyms else found


def to_json(found: list[dict[str, Any]], period: Period) -> bytes:
    document = {
        "period": {
            "first": period.first.isoformat(),
            "last": period.last.isoformat(),
            "week": period.week,
        },
        "items": found,
    }
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _text(value: str | None) -> str:
    value = value or ""
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def actor_names(actors: list[dict[str, str]]) -> str:
    """The actors' names in one cell, in the analyst's order, separated by "; ". A name
    that holds a ``;`` or a ``"`` itself is put in double quotes (its own doubled), so that
    a CSV reader with ``;`` as delimiter (skipping the space) splits the cell back into
    exactly the names recorded."""
    return ACTOR_SEPARATOR.join(
        '"' + name.replace('"', '""') + '"' if ";" in name or '"' in name else name
        for name in (actor["name"] for actor in actors)
    )


def to_csv(found: list[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in found:
        last = row["decisions"][-1] if row["decisions"] else {}
        writer.writerow(
            [
                row["id"],
                row["published"],
                _text(row["source_name"]),
                _text(row["title"]),
                _text(row["url"]),
                row["language"] or "",
                row["status"],
                ";".join(row["categories"]),
                ";".join(row["model_categories"]),
                row["severity"] or "",
                f"{max(row['scores'].values()):.3f}" if row["scores"] else "",
                _text(row["note"]),
                len(row["decisions"]),
                _text(last.get("analyst")),
                last.get("created") or "",
                _text(actor_names(row["actors"])),
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # the BOM lets spreadsheets read UTF-8
