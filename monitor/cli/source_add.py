"""``pushback-monitor sources test`` and ``sources add``: what an address is (a feed, a
page announcing one, a channel or account of a kind), fetched once and its items shown
before anything is saved."""

from __future__ import annotations

import click

from monitor import discover
from monitor.cli.context import AppContext, pass_app
from monitor.cli.kind_options import field_options
from monitor.cli.output import local_time, table
from monitor.config import KINDS, FeedsConfig, SourceConfig
from monitor.errors import ConfigError
from monitor.fetch import Fetcher
from monitor.models import Batch, Item
from monitor.source_check import Preview, preview, transient
from monitor.sources import FEED_KIND, SourceDraft

# ADDRESS stands for a feed's own address (the feed kind's url), so that field has no option.
ADDRESS_FIELD = "url"


def lookup(config: FeedsConfig, source_id: str) -> SourceConfig:
    try:
        return config.source(source_id)
    except KeyError as exc:
        raise ConfigError(f"{config.path.name}: no source with id {source_id!r}") from exc


def print_preview(items: list[Item], warnings: list[str], limit: int = 10) -> None:
    for warning in warnings:
        click.echo(f"warning: {warning}")
    click.echo(f"{len(items)} items parsed.")
    rows = [
        [
            local_time(i.published) + ("*" if i.published_estimated else ""),
            i.language or "-",
            i.title,
        ]
        for i in items[:limit]
    ]
    if rows:
        table(["published", "lang", "title"], rows, flexible=2)
    if any(i.published_estimated for i in items[:limit]):
        click.echo("* no usable date in the feed: the fetch time stands in for it")


@click.command("test")
@click.argument("source")
@click.option("--limit", default=10, show_default=True, help="Items to show.")
@pass_app
def test_source(app: AppContext, source: str, limit: int) -> None:
    """Fetch a source once (an id from feeds.yaml, or any address) and show what it
    yields, without storing anything."""
    config = app.feeds_file().config

    async def work(fetcher: Fetcher) -> Preview:
        if "://" in source:
            chosen = transient(await discover.resolve(source, fetcher), config)
            click.echo(f"{source} → {chosen.kind} {chosen.address}")
        else:
            chosen = lookup(config, source)
        return await preview(chosen, fetcher)

    result = app.with_fetcher(work)
    if result.batch.feed_title:
        click.echo(f"feed: {result.batch.feed_title}")
    print_preview(result.items, result.warnings, limit)


@click.command("add")
@click.argument("address", required=False)
@click.option("--id", "source_id", help="Id for the source [default: made from the address].")
@click.option("--name", help="Display name [default: the feed's title].")
@click.option("--kind", type=click.Choice(list(KINDS)), help="Kind, when not given by ADDRESS.")
@field_options(KINDS.values(), without=[ADDRESS_FIELD])
@click.option("--language", help="Language code of the source, e.g. nl.")
@click.option("--country", help="Country code of the source, e.g. NL.")
@click.option("--tag", "tags", multiple=True, help="A tag (repeatable).")
@click.option("--interval", help="How often to poll, e.g. 15m [default: feeds.yaml default].")
@click.option("--disabled", is_flag=True, help="Add the source switched off.")
@click.option("--no-test", is_flag=True, help="Do not fetch the source before adding it.")
@pass_app
def add_source(
    app: AppContext,
    /,
    address: str | None,
    source_id: str | None,
    name: str | None,
    kind: str | None,
    language: str | None,
    country: str | None,
    tags: tuple[str, ...],
    interval: str | None,
    disabled: bool,
    no_test: bool,
    **address_fields: str | None,
) -> None:
    """Add a source to feeds.yaml.

    ADDRESS may be a feed URL, a web page that links to its feed, a YouTube channel or
    playlist, a subreddit (https://www.reddit.com/r/NAME), a Telegram channel
    (https://t.me/NAME), a Bluesky profile or search, or a Mastodon hashtag or account page.
    Without ADDRESS, give --kind and its fields (e.g. --kind mastodon --instance … --hashtag …).
    The source is fetched once first, so a wrong address is caught before it is saved.
    """
    feeds_file = app.feeds_file()
    config = feeds_file.config
    given = {k: v for k, v in address_fields.items() if v is not None}
    if address is None and kind is None:
        raise click.UsageError("give an ADDRESS, or --kind with its fields")

    async def work(fetcher: Fetcher) -> tuple[SourceDraft, Batch | None]:
        found = SourceDraft(kind=kind or FEED_KIND.name)  # without --kind: what ADDRESS is
        if address is not None:
            if "://" not in address and kind is None:
                raise click.UsageError(f"{address!r} is not an address; start with https://")
            if "://" in address:
                found = await discover.resolve(address, fetcher)
        fields = dict(found.address_fields)
        if kind == FEED_KIND.name and address and ADDRESS_FIELD not in fields:
            fields[ADDRESS_FIELD] = address
        draft = SourceDraft(
            kind=kind or found.kind,
            address_fields={**fields, **given},
            tags=tuple(dict.fromkeys([*found.tags, *tags])),
            language=language,
            country=country,
            interval=interval,
            enabled=not disabled,
        )
        if no_test:
            return draft, None
        result = await preview(transient(draft, config), fetcher)
        print_preview(result.items, result.warnings, limit=5)
        return draft, result.batch

    draft, batch = app.with_fetcher(work)
    taken = {s.id for s in config.sources}
    title = batch.feed_title.strip() if batch and batch.feed_title else None
    added = feeds_file.add(
        {**draft, "id": source_id or discover.suggest_id(draft, taken), "name": name or title}
    )
    feeds_file.save()
    click.echo(f"added {added.id} ({added.kind}: {added.address}) to {feeds_file.path}")
