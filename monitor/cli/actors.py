"""The actors of an item from the command line: what ``review --actor``, ``--no-actors``
and ``--undo-actors`` record, and what ``show`` lists and suggests."""

from __future__ import annotations

import click

from monitor.actors import Suggester, guess_kind
from monitor.brief.to_table import actor_json
from monitor.cli.context import AppContext
from monitor.config import SourceConfig
from monitor.errors import ConfigError, StoreError
from monitor.store import Actor, ActorKind, Store, StoredItem


def actors_json(actors: list[Actor]) -> list[dict[str, str]]:
    """An item's actors as ``items --json`` gives them (as the brief's JSON export does)."""
    return [actor_json(a) for a in actors]


def _actor(value: str, known: dict[str, Actor]) -> Actor:
    """``NAME`` or ``KIND:NAME``; without a kind, the one it was recorded with before, or
    else a guess from the name (see :func:`monitor.actors.guess_kind`)."""
    kind, _, name = value.partition(":")
    if name.strip() and kind.strip() in set(ActorKind):
        return Actor(" ".join(name.split()), ActorKind(kind.strip()))
    name = " ".join(value.split())
    if not name:
        raise click.BadParameter("an actor needs a name", param_hint="--actor")
    return known.get(name.casefold(), Actor(name, guess_kind(name)))


def change_actors(
    store: Store, item_id: int, values: tuple[str, ...], *, undo: bool, analyst: str
) -> str:
    """Record ``values`` as the item's actors (none: take them all off), or with ``undo``
    take back its latest actors entry still standing; what the item is told it has now."""
    if undo:
        if store.item(item_id) is None:
            raise StoreError(f"no item with id {item_id}")
        (decision,) = store.undo_actors([item_id], analyst=analyst)
        taken_back = "the last actors record taken back; "
    else:
        known = {a.name.casefold(): a for a in store.known_actors()}
        chosen = [_actor(value, known) for value in values]
        decision = store.set_actors(item_id, chosen, analyst=analyst)
        taken_back = ""
    return f"item {item_id}: {taken_back}actors: {', '.join(decision.actors or []) or 'none'}"


def review_actors(
    app: AppContext, item_id: int, actors: tuple[str, ...], *, undo: bool, analyst: str | None
) -> None:
    settings = app.settings()
    store = app.open_store()
    try:
        named = change_actors(
            store, item_id, actors, undo=undo, analyst=analyst or settings.analyst_name
        )
    finally:
        store.close()
    click.echo(named)


def _source(app: AppContext, source_id: str) -> SourceConfig | None:
    try:
        sources = app.feeds_file().config.sources
    except ConfigError:
        return None
    return next((s for s in sources if s.id == source_id), None)


def show_actors(
    app: AppContext, item: StoredItem, recorded: list[Actor], known: list[Actor]
) -> None:
    """The item's recorded actors, and what the suggestions would add (with why)."""
    named = ", ".join(f"{a.name} ({a.kind})" for a in recorded) or "none recorded"
    click.echo(f"\nactors: {named}")
    source = _source(app, item.source)
    suggested = Suggester(known).suggest(
        item,
        source_kind=source.kind if source else None,
        source_name=source.name if source else None,
        exclude=recorded,
    )
    for suggestion in suggested:
        actor = suggestion.actor
        click.echo(
            f"  suggested: {actor.name} ({actor.kind}; {suggestion.why}: {suggestion.evidence!r})"
        )
