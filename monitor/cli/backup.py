"""``backup`` and ``restore``: the database, copied while polling runs, and put back."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click

from monitor.cli.context import AppContext, fail, pass_app
from monitor.cli.output import output_option
from monitor.store import backup as backups


@click.command()
@output_option("The backup file [default: backups/pushback-TIME.db in the data folder].")
@pass_app
def backup(app: AppContext, output: Path | None) -> None:
    """Copy the database to a file, consistently even while polling runs (SQLite's
    online backup), and check the copy. Daily backups are also made automatically while
    the app or `run` runs (settings.yaml: backups, the number kept)."""
    _on_this_computer(app)
    database = app.locations.db_path
    info = backups.backup(database, output or backups.dated(database, datetime.now(UTC)))
    click.echo(f"backed up {info.items} items to {info.path}")


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask before replacing the database.")
@pass_app
def restore(app: AppContext, file: Path, yes: bool) -> None:
    """Replace the database with a backup FILE. The backup is checked first (whole, a
    Pushback Monitor database, not from a newer version); the database it replaces is
    kept beside it. Refused while the desktop app or `run` uses the data folder."""
    _on_this_computer(app)
    checked = backups.check(file)
    database = app.locations.db_path
    if not yes:
        click.confirm(
            f"Replace {database} with {file} ({checked.items} items)?", abort=True, err=True
        )
    info, before = backups.restore(file, database)
    kept = f"; the database before is kept as {before}" if before else ""
    click.echo(f"restored {info.items} items from {file}{kept}")


def _on_this_computer(app: AppContext) -> None:
    """Backups are of the SQLite file; a server's database is the server's to back up."""
    if app.locations.database.postgres:
        fail(
            f"{app.locations.database}: the store is on a PostgreSQL server; back it up"
            " with pg_dump and restore it with pg_restore (docs/team.md)"
        )
    app.locations.ensure()
