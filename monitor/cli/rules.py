"""``rules list | test NAME | run [NAME]``: the rules in rules.yaml, tried without
changing anything, or run over the stored items."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import click

from monitor.cli.context import AppContext, pass_app
from monitor.cli.output import local_time, table
from monitor.errors import ConfigError
from monitor.rules import Rule, RuleSet, RulesFile, dry_run, run_over_store
from monitor.rules.describe import actions_text, conditions_text


def _rules(app: AppContext) -> RuleSet:
    app.locations.ensure()
    return RulesFile.load(app.locations.rules_path).rules


def _named(app: AppContext, name: str) -> Rule:
    found = _rules(app).named(name)
    if found is None:
        known = ", ".join(_rules(app).names) or "none yet"
        raise ConfigError(
            f"{app.locations.rules_path.name}: no rule named {name!r} (rules: {known})"
        )
    return found


@click.group()
def rules() -> None:
    """Rules without code, kept in rules.yaml in the data folder."""


@rules.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON array.")
@pass_app
def list_rules(app: AppContext, as_json: bool) -> None:
    """The rules, what they look for and what they do."""
    found = _rules(app).rules
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        "name": r.name,
                        "enabled": r.enabled,
                        "notify": r.notify,
                        "when": conditions_text(r.when),
                        "then": actions_text(r.then),
                        "line": r.line,
                    }
                    for r in found
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    if not found:
        click.echo(f"no rules yet; write them in {app.locations.rules_path} (see docs/watch.md)")
        return
    table(
        ["name", "on", "when", "then"],
        [
            [r.name, "yes" if r.enabled else "off", conditions_text(r.when), actions_text(r.then)]
            for r in found
        ],
        flexible=2,
    )


@rules.command("test")
@click.argument("name")
@click.option(
    "--days",
    default=30,
    show_default=True,
    type=click.IntRange(1, 3650),
    help="Look at the items published in the last DAYS days.",
)
@click.option("--json", "as_json", is_flag=True, help='Print {"matches": N, "items": [ids…]}.')
@pass_app
def test_rule(app: AppContext, name: str, days: int, as_json: bool) -> None:
    """What rule NAME would match, without changing anything."""
    rule = _named(app, name)
    # trying goes on without the sources' tags and countries; running does not (what it
    # decides stays)
    sources = app.sources(without="conditions on tags and countries match nothing")
    store = app.open_store()
    try:
        found = dry_run(store, rule, sources, days=days)
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps({"matches": len(found), "items": [m.item_id for m in found]}))
        return
    if found:
        table(
            ["id", "published", "source", "status", "words", "title"],
            [
                [
                    m.item_id,
                    local_time(m.published),
                    m.source,
                    m.status,
                    ", ".join(m.words),
                    m.title,
                ]
                for m in found
            ],
            flexible=5,
        )
    click.echo(f"rule {rule.name!r} would match {len(found)} items of the last {days} days")


@rules.command("run")
@click.argument("name", required=False)
@click.option(
    "--days",
    type=click.IntRange(1, 3650),
    help="Only the items published in the last DAYS days (default: every item).",
)
@pass_app
def run_rules(app: AppContext, name: str | None, days: int | None) -> None:
    """Run rule NAME (or every rule switched on) over the stored items."""
    chosen = [_named(app, name)] if name else list(_rules(app).enabled)
    if not chosen:
        click.echo("no rules switched on")
        return
    sources = app.sources()
    analyst = app.settings().analyst_name
    since = datetime.now(UTC) - timedelta(days=days) if days else None
    store = app.open_store()
    try:
        outcomes = run_over_store(store, chosen, sources, analyst=analyst, since=since)
    finally:
        store.close()
    for rule in chosen:
        done = outcomes[rule.name]
        line = f"{rule.name}: {done.matched} new matches, {len(done.decided)} decisions"
        if rule.then.alert:
            line += f", {len(done.alerts)} alerts"
        if done.left:
            line += f", {done.left} left as they were (decided by an analyst, or nothing to change)"
        click.echo(line)
