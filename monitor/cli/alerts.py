"""``alerts [--since DATE] [--json]``: narrative spikes, days on which the flagged items of
a category (in a country, under a source tag) rose well above their own baseline."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import click

from monitor.cli.context import AppContext, given_date, pass_app
from monitor.cli.output import table
from monitor.spikes.narratives import NarrativeSpike, local_day, narrative_spikes

DAYS = 7  # without --since: the last week, today included


EARLIEST = date(1970, 1, 1)


def _day(value: str | None, today: date) -> date | None:
    if value is None:
        return None
    day = given_date(value, date.fromisoformat)
    if not EARLIEST <= day <= today:
        raise click.BadParameter(
            f"{value}: choose a day from {EARLIEST.isoformat()} to today ({today.isoformat()})"
        )
    return day


def where(spike: NarrativeSpike) -> str:
    """``NL``, ``tag news`` or nothing: which part of the category rose."""
    key = spike.key
    if key.country:
        return key.country
    return f"tag {key.tag}" if key.tag else ""


@click.command()
@click.option(
    "--since",
    "since_text",
    metavar="DATE",
    help=f"Rises on DATE (2026-11-24) and after (default: the last {DAYS} days).",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON array.")
@pass_app
def alerts(app: AppContext, since_text: str | None, as_json: bool) -> None:
    """Narrative spikes: which categories rose well above their own baseline, on which
    day, and the items that make each rise up."""
    today = local_day(datetime.now().astimezone())
    first = _day(since_text, today) or today - timedelta(days=DAYS - 1)
    sources = app.sources(without="only whole categories are counted")
    store = app.open_store()
    try:
        found = narrative_spikes(store, sources, first, today)
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps([s.as_json() for s in found], ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo(f"no narrative spikes since {first.isoformat()}")
        return
    table(
        ["day", "category", "where", "items", "usual", "score", "ids"],
        [
            [
                s.spike.day.isoformat(),
                s.key.category,
                where(s),
                s.spike.count,
                f"{s.spike.baseline:.1f}",
                f"{s.spike.score:.1f}",
                " ".join(str(i) for i in s.items),
            ]
            for s in found
        ],
        flexible=6,
    )
    click.echo(
        "usual: the items expected of that weekday; score 3 = as many would come by chance"
        " once in 1,000 days"
    )
