"""``pushback-monitor items``: the stored items, newest first, as a table or as the fixed
``items --json`` shape (with actors, evidence and, for partners' findings, provenance)."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, time

import click

from monitor.cli import actors as actor_commands
from monitor.cli.context import AppContext, given_date, pass_app
from monitor.cli.evidence import evidence_fields
from monitor.cli.output import local_time, table
from monitor.models import ITEM_STATUSES
from monitor.store import ItemQuery, fts_query


def _date(value: str | None) -> datetime | None:
    if value is None:
        return None
    parsed = given_date(value, datetime.fromisoformat)
    if len(value) <= 10:
        parsed = datetime.combine(parsed.date(), time(), tzinfo=None).astimezone()
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@click.command()
@click.option("--status", type=click.Choice(ITEM_STATUSES), help="Only items with this status.")
@click.option("--category", metavar="C", help="Only items flagged for this category id.")
@click.option("--since", metavar="DATE", help="Published on or after DATE (2026-11-24).")
@click.option("--until", metavar="DATE", help="Published before DATE.")
@click.option("--search", metavar="TEXT", help='Full-text search; "quoted phrase", prefix*.')
@click.option("--source", metavar="ID", help="Only items from this source.")
@click.option("--duplicates", is_flag=True, help="Also list items linked as duplicates.")
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    help="At most this many items [default: 50 in the table, all with --json].",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array.")
@pass_app
def items(
    app: AppContext,
    status: str | None,
    category: str | None,
    since: str | None,
    until: str | None,
    search: str | None,
    source: str | None,
    duplicates: bool,
    limit: int | None,
    as_json: bool,
) -> None:
    """List stored items, newest first."""
    if search is not None and not fts_query(search):
        raise click.BadParameter(
            f"nothing to search for in {search!r}: give at least one word", param_hint="--search"
        )
    query = ItemQuery(
        status=status,
        category=category,
        since=_date(since),
        until=_date(until),
        search=search,
        source=source,
        include_duplicates=duplicates,
        limit=limit if limit or as_json else 50,
    )
    store = app.open_store()
    try:
        found = store.items(query)
        total = store.count(dataclasses.replace(query, limit=None))
        actors = store.actors_of([item.id for item in found]) if as_json else {}
        kept = store.evidence_states([item.id for item in found]) if as_json else {}
        shared = store.provenance([item.id for item in found]) if as_json else {}
    finally:
        store.close()
    if as_json:
        shown = [
            item.to_json()
            | {"actors": actor_commands.actors_json(actors.get(item.id, []))}
            | evidence_fields(kept.get(item.id))
            | ({"provenance": shared[item.id].as_json()} if item.id in shared else {})
            for item in found
        ]
        click.echo(json.dumps(shown, ensure_ascii=False, indent=2))
        return
    rows = [
        [
            item.id,
            local_time(item.published),
            item.source,
            item.language or "-",
            item.status,
            ",".join(item.categories) or "-",
            item.title,
        ]
        for item in found
    ]
    table(["id", "published", "source", "lang", "status", "categories", "title"], rows, flexible=6)
    if total > len(found):
        click.echo(f"\n{len(found)} of {total} items shown; use --limit for more.")
