"""``pushback-monitor sources …``: manage feeds.yaml and see each source's health (trying
and adding a source: :mod:`monitor.cli.source_add`)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from monitor import health, opml
from monitor.cli.context import AppContext, pass_app
from monitor.cli.output import local_time, output_option, shorten, table
from monitor.cli.source_add import ADDRESS_FIELD, add_source, lookup, test_source
from monitor.config import FeedsConfig, FeedsFile, SourceConfig, format_duration
from monitor.health import Health, SourceHealth
from monitor.models import SourceState
from monitor.source_check import import_opml as import_opml_file
from monitor.source_names import source_name
from monitor.urls import redact

WORDS = {
    Health.OK: "ok",
    Health.SILENT: "gone silent",
    Health.NEVER: "never polled",
    Health.OFF: "switched off",
}


def health_word(found: SourceHealth) -> str:
    """A word or two for a source's health: ok, failing ×n, gone silent, never polled,
    switched off."""
    if found.status is Health.FAILING:
        return f"failing ×{found.failures}"
    return WORDS[found.status]


@click.group()
def sources() -> None:
    """Manage sources (feeds.yaml) and see their health."""


sources.add_command(test_source)
sources.add_command(add_source)


def _read_health(
    app: AppContext, config: FeedsConfig
) -> tuple[dict[str, SourceState], dict[str, SourceHealth]]:
    """Every source's stored state and health."""
    store = app.open_store()
    try:
        return store.source_states(), health.read(store, config.sources)
    finally:
        store.close()


@sources.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array, with full errors.")
@pass_app
def list_sources(app: AppContext, as_json: bool) -> None:
    """List the sources with kind, interval and health."""
    config = app.feeds_file().config
    states, healths = _read_health(app, config)
    if as_json:
        click.echo(
            json.dumps(
                [_source_json(s, states.get(s.id), healths[s.id]) for s in config.sources],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    rows = []
    for source in config.sources:
        found = healths[source.id]
        rows.append(
            [
                source.id,
                source_name(source, states.get(source.id)),
                source.kind,
                format_duration(source.interval),
                "yes" if source.enabled else "no",
                health_word(found),
                local_time(found.last_success),
                local_time(found.next_poll),
                found.error,
            ]
        )
    table(
        ["id", "name", "kind", "every", "on", "health", "last success", "next poll", "last error"],
        rows,
        flexible=8,
    )


def _source_json(
    source: SourceConfig, state: SourceState | None, found: SourceHealth
) -> dict[str, Any]:
    def when(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "id": source.id,
        "name": source_name(source, state),
        "kind": source.kind,
        "address": redact(source.address),
        "proxy": redact(source.proxy) if source.proxy else None,
        "enabled": source.enabled,
        "notify": source.notify,
        "interval": format_duration(source.interval),
        "language": source.language,
        "country": source.country,
        "tags": list(source.tags),
        "health": health_word(found),
        "status": str(found.status),  # ok, failing, silent, never or off: as the app shows it
        "last_success": when(state.last_success) if state else None,
        "last_error": state.last_error if state else None,
        "last_error_at": when(state.last_error_at) if state else None,
        "last_warning": state.last_warning if state else None,
        "consecutive_failures": state.consecutive_failures if state else 0,
        "next_poll": when(state.next_poll) if state else None,
    }


@sources.command("health")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array.")
@click.option(
    "--apply",
    is_flag=True,
    help="Take what is suggested: the new address of a source that moved for good,"
    " switching off one whose server says it is gone.",
)
@pass_app
def source_health(app: AppContext, as_json: bool, apply: bool) -> None:
    """How each source has been answering over the last 30 days: the share of polls
    answered "not modified", items a day, the last new item, the current error streak,
    the mean fetch time; and what to do about it: a permanent redirect is offered as the
    new address, a "410 Gone" as switching the source off; a source silent for much
    longer than its own rhythm is flagged (a switched-off one is never failing)."""
    feeds_file = app.feeds_file()
    config = feeds_file.config
    states, healths = _read_health(app, config)
    if apply:
        _apply_offers(feeds_file, healths)
        return
    if as_json:
        listed = [_health_json(s, states.get(s.id), healths[s.id]) for s in config.sources]
        click.echo(json.dumps(listed, ensure_ascii=False, indent=2))
        return
    rows = []
    for source in config.sources:
        found = healths[source.id]
        share = found.not_modified_share
        rows.append(
            [
                source.id,
                health_word(found),
                "–" if share is None else f"{share:.0%}",
                f"{found.items_per_day:g}",
                local_time(found.last_item),
                str(found.failures),
                "–" if found.fetch_seconds is None else f"{found.fetch_seconds:.2f} s",
            ]
        )
    table(["id", "health", "304s", "items/day", "last item", "errors", "fetch"], rows)
    for source in config.sources:
        if said := _offer_text(healths[source.id]):
            click.echo(f"{source.id}: {said} (`pushback-monitor sources health --apply`)")


def _offer_text(found: SourceHealth) -> str:
    if found.offer is health.Offer.SWITCH_OFF:
        return "its server says it is gone (410): switch it off"
    if found.offer is health.Offer.UPDATE_ADDRESS:
        return f"moved for good to {redact(found.moved_to or '')}: take the new address"
    return ""


def _apply_offers(feeds_file: FeedsFile, healths: dict[str, SourceHealth]) -> None:
    """Take every offer in one save of feeds.yaml (checked whole before it is written)."""
    done = []
    for source_id, found in healths.items():
        if found.offer is health.Offer.UPDATE_ADDRESS and found.moved_to:
            feeds_file.update(source_id, {ADDRESS_FIELD: found.moved_to})
            done.append(f"{source_id}: its url is now {redact(found.moved_to)}")
        elif found.offer is health.Offer.SWITCH_OFF:
            feeds_file.update(source_id, {"enabled": False})
            done.append(f"{source_id}: switched off (its server says it is gone)")
    if done:
        feeds_file.save()
    click.echo("\n".join(done) or "nothing to do: no source has moved or gone")


def _health_json(
    source: SourceConfig, state: SourceState | None, found: SourceHealth
) -> dict[str, Any]:
    offer: dict[str, Any] | None = None
    if found.offer is health.Offer.UPDATE_ADDRESS:
        offer = {"action": str(found.offer), "url": redact(found.moved_to or "")}
    elif found.offer is health.Offer.SWITCH_OFF:
        offer = {"action": str(found.offer), "http_status": found.last_status}
    return {
        "id": source.id,
        "name": source_name(source, state),
        "enabled": source.enabled,
        "status": str(found.status),
        "polls_answered": found.answered,
        "not_modified_share": found.not_modified_share,
        "items_per_day": found.items_per_day,
        "last_item": found.last_item.isoformat() if found.last_item else None,
        "usual_gap_s": found.usual_gap.total_seconds() if found.usual_gap else None,
        "error_streak": found.failures,
        "last_error": found.error or None,
        "mean_fetch_s": found.fetch_seconds,
        "last_http_status": found.last_status,
        "offer": offer,
    }


@sources.command("show")
@click.argument("source_id")
@pass_app
def show_source(app: AppContext, source_id: str) -> None:
    """Show one source's settings and health, with the full text of its last error."""
    config = app.feeds_file().config
    source = lookup(config, source_id)
    store = app.open_store()
    try:
        state = store.source_state(source_id)
        found = health.read(store, [source])[source_id]
    finally:
        store.close()
    for key, value in _source_json(source, state, found).items():
        if value not in (None, [], ""):
            click.echo(f"{key + ':':22} {value}")


@sources.command("remove")
@click.argument("source_id")
@pass_app
def remove_source(app: AppContext, source_id: str) -> None:
    """Remove a source from feeds.yaml. Its stored items are kept."""
    feeds_file = app.feeds_file()
    feeds_file.remove(source_id)
    feeds_file.save()
    click.echo(f"removed {source_id} from {feeds_file.path}")


@sources.command("import-opml")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Show what would be added; change nothing.")
@pass_app
def import_opml(app: AppContext, file: Path, dry_run: bool) -> None:
    """Add the feeds of an OPML file; feeds already present (same address) are skipped."""
    feeds_file = app.feeds_file()
    result = import_opml_file(feeds_file, file)
    for problem in result.rejected:
        click.echo(f"skipped {problem}", err=True)
    for source in result.added:
        click.echo(f"{'would add' if dry_run else 'added'} {source.id}: {source.address}")
    if not dry_run and result.added:
        feeds_file.save()
    skipped = result.present + len(result.rejected)
    click.echo(
        f"{len(result.added)} sources {'to add' if dry_run else 'added'}, {skipped} skipped."
    )


@sources.command("export-opml")
@output_option("Write to this file [default: print].")
@pass_app
def export_opml(app: AppContext, output: Path | None) -> None:
    """Write all sources as OPML 2.0 (readable by other feed readers)."""
    from monitor.config import atomic_write  # noqa: PLC0415

    data = opml.export_opml(app.feeds_file().config.sources)
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        atomic_write(output, data)
        click.echo(f"wrote {shorten(str(output), 200)}")
