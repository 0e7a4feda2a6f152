"""``team``: setting up a team's PostgreSQL database (the schema and the roles)."""

from __future__ import annotations

from pathlib import Path

import click

from monitor.cli.context import AppContext, fail, pass_app
from monitor.cli.output import output_option
from monitor.i18n import _
from monitor.store import Database, Store


@click.group()
def team() -> None:
    """A team's shared database on PostgreSQL (--database or PUSHBACK_MONITOR_DATABASE;
    see docs/team.md)."""


def _server(app: AppContext) -> Database:
    database = app.locations.database
    if database.conninfo is None:
        fail(
            f"{database}: team mode needs a PostgreSQL database: give it with --database"
            " or PUSHBACK_MONITOR_DATABASE (see docs/team.md)"
        )
    return database


@team.command("init")
@pass_app
def init(app: AppContext) -> None:
    """Create or upgrade the schema and the roles analysts, editors and the worker are
    members of, each with least privilege. Run it as the database's owner, once and after
    every upgrade of Pushback Monitor; running it again changes nothing else."""
    from monitor.store.postgres import connection, roles, schema  # noqa: PLC0415 - psycopg

    database = _server(app)
    assert database.conninfo is not None
    where = str(database)
    with connection.translate_errors(where, _("setting up the team's database")):
        conn = connection.connect(database.conninfo, migrate_schema=False)
        try:
            migrated = schema.migrate(conn)
            created = roles.init(conn)
        finally:
            conn.close()
    click.echo(
        f"{where}: schema " + (f"migrated ({', '.join(migrated)})" if migrated else "up to date")
    )
    click.echo(
        "roles "
        + (f"created: {', '.join(created)}" if created else "present")
        + f"; privileges granted to {', '.join(roles.GROUPS.values())}"
    )


@team.command("add")
@click.argument("login")
@click.option(
    "--role",
    "group",
    type=click.Choice(["analyst", "editor", "worker"]),
    default="analyst",
    show_default=True,
    help="analyst: reads and decides; editor: also changes the sources; worker: polls,"
    " classifies and trains (the `run` on the server).",
)
@pass_app
def add(app: AppContext, login: str, group: str) -> None:
    """Give LOGIN (a PostgreSQL role, made now without a password if it is missing) a
    place in the team. Set its password with ALTER ROLE … PASSWORD, or give it a client
    certificate; each analyst keeps theirs in ~/.pgpass (docs/team.md)."""
    from monitor.store.postgres import connection, roles  # noqa: PLC0415 - psycopg

    database = _server(app)
    assert database.conninfo is not None
    where = str(database)
    with connection.translate_errors(where, _("adding {login} to the team").format(login=login)):
        conn = connection.connect(database.conninfo, migrate_schema=False)
        try:
            made = roles.add_member(conn, login, group)
        finally:
            conn.close()
    click.echo(f"{login}: {'made, ' if made else ''}member of {roles.GROUPS[group]}")


@team.command("import")
@click.option(
    "--from-sqlite",
    "data_dir",
    required=True,
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="An analyst's data folder (the one with pushback.db).",
)
@pass_app
def import_(app: AppContext, data_dir: Path) -> None:
    """Move an analyst's items, decisions, notes, actors, sources' state and models into
    the team's database. Items the team has already are matched, not stored twice; on an
    item the team has decided already, the team's decisions stand. The counts are checked
    before anything is committed, and printed; running it again adds nothing."""
    from monitor.config.locations import DATABASE_NAME  # noqa: PLC0415

    database = _server(app)
    path = data_dir / DATABASE_NAME
    if not path.is_file():
        fail(f"{path}: no Pushback Monitor database in this folder")
    theirs, ours = Store.open(path), Store.open(database)
    try:
        moved = ours.move_in(theirs)
    finally:
        ours.close()
        theirs.close()
    click.echo(f"{path} → {database}")
    click.echo(f"items: {moved.items} new, {moved.items_known} the team had already")
    click.echo(
        f"decisions: {moved.decisions} on {moved.decided_items} items"
        f" ({moved.notes} notes, {moved.actors} actors)"
    )
    if moved.kept_team_decisions:
        click.echo(f"  {moved.kept_team_decisions} items the team had decided keep its decisions")
    if moved.already_moved:
        click.echo(f"  {moved.already_moved} items' decisions were moved before")
    click.echo(f"sources: {moved.sources} new; models: {moved.models} new")
    for version in moved.skipped_models:
        click.echo(f"  model {version} left out: its folder is gone", err=True)


@team.group("sources")
def team_sources() -> None:
    """The team's sources kept in its database, so that editors change them for everyone
    and the worker follows at once (instead of a feeds.yaml on the worker's disk)."""


@team_sources.command("import")
@click.argument("file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@pass_app
def sources_import(app: AppContext, file: Path) -> None:
    """Make FILE (a feeds.yaml, checked first: every fault with its line and field) the
    team's sources, comments and all. An editor's role may; the worker reloads them
    within seconds."""
    from monitor.config import FeedsFile  # noqa: PLC0415

    _server(app)
    checked = FeedsFile.load(file)  # a fault stops here, naming the file and line
    app.save_team_feeds(file.read_text(encoding="utf-8"))
    click.echo(
        f"{file}: {len(checked.config.sources)} sources are the team's now"
        f" ({len(checked.config.enabled_sources)} enabled)"
    )


@team_sources.command("export")
@output_option("Write to FILE [default: print].")
@pass_app
def sources_export(app: AppContext, output: Path | None) -> None:
    """Write the team's sources as they are kept, a feeds.yaml with its comments."""
    from monitor.config import atomic_write  # noqa: PLC0415

    _server(app)
    store = app.open_store()
    try:
        found = store.team_feeds()
    finally:
        store.close()
    if found is None:
        fail(
            f"{app.locations.database}: the team keeps no sources in the database yet;"
            " see `team sources import`"
        )
    assert found is not None
    if output is None:
        click.echo(found[0], nl=False)
    else:
        atomic_write(output, found[0].encode("utf-8"))
        click.echo(f"wrote the team's sources to {output}")
