"""``encrypt`` and ``decrypt``: the database file with a passphrase (SQLCipher), and
plain again; and how every other command asks for the passphrase of an encrypted one."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from monitor import passphrase as passphrases
from monitor.cli.context import AppContext, fail, pass_app
from monitor.errors import MonitorError
from monitor.store import cipher, encryption

LOST = (
    "Keep the passphrase safe: without it nobody can open {database} again, and no one "
    "can recover the data."
)


def ask_on_terminal(file: Path, problem: str | None) -> str | None:
    """The passphrase of ``file``, typed (hidden) on the terminal; None without one."""
    if not sys.stdin.isatty():
        return None
    if problem:
        click.echo(f"error: {problem}", err=True)
    try:
        answer: str = click.prompt(f"Passphrase for {file}", hide_input=True, err=True)
    except click.Abort:
        return None
    return answer


def use_terminal() -> None:
    """Commands that open an encrypted database ask for its passphrase (after the
    environment and the keyring) when they first open it."""
    passphrases.use_for_this_program(ask_on_terminal)


@click.command()
@click.option(
    "--remember/--no-remember",
    default=False,
    help="Keep the passphrase in the system keyring, so that the app and the commands"
    " open the database without asking; only where a system keyring works, never in a"
    " file beside the database [default: --no-remember].",
)
@pass_app
def encrypt(app: AppContext, remember: bool) -> None:
    """Encrypt the database file with a passphrase (SQLCipher: AES-256), asked twice on a
    terminal or taken from PUSHBACK_MONITOR_PASSPHRASE. The encrypted copy's tables are
    counted row by row before it replaces the file. Refused while the desktop app, `run`
    or another program has the database open. Backups made from now on are encrypted
    too. A lost passphrase cannot be recovered, and the data is lost with it."""
    database = _local_file(app)
    if cipher.encrypted(database):
        fail(f"{database} is encrypted already")
    passphrase = _new_passphrase(database)
    converted = encryption.encrypt(database, passphrase)
    click.echo(
        f"encrypted {database}: {converted.rows.get('items', 0)} items; the rows of its"
        f" {len(converted.rows)} tables counted in the copy"
    )
    if not remember:
        passphrases.forget(database)  # one kept for an earlier encryption opens nothing now
    elif passphrases.remember(database, passphrase):
        click.echo("the passphrase is kept in the system keyring")
    else:
        click.echo(
            "warning: no system keyring works here, so the passphrase is not kept; give it"
            f" with {cipher.PASSPHRASE_ENV}, or type it when asked",
            err=True,
        )


@click.command()
@pass_app
def decrypt(app: AppContext) -> None:
    """Decrypt the database file again (the passphrase from PUSHBACK_MONITOR_PASSPHRASE,
    the system keyring, or asked on a terminal). The plain copy's tables are counted row
    by row before it replaces the file; the passphrase kept in the keyring is forgotten.
    Refused while the desktop app, `run` or another program has the database open."""
    database = _local_file(app)
    if not cipher.encrypted(database):
        fail(f"{database} is not encrypted")
    passphrase = cipher.key_for(database)
    assert passphrase is not None  # the file is encrypted: a passphrase, or an error
    converted = encryption.decrypt(database, passphrase)
    passphrases.forget(database)
    click.echo(
        f"decrypted {database}: {converted.rows.get('items', 0)} items; the rows of its"
        f" {len(converted.rows)} tables counted in the copy"
    )


def _local_file(app: AppContext) -> Path:
    """The database file on this computer; refused for a team's server."""
    if app.locations.database.postgres:
        fail(
            f"{app.locations.database}: the store is on a PostgreSQL server; encrypt and"
            " decrypt are for the database file on this computer (the server's disks are"
            " its administrator's to protect)"
        )
    database = app.locations.db_path
    if not database.is_file():
        fail(f"{database}: no database there yet")
    return database


def _new_passphrase(database: Path) -> str:
    """The passphrase to encrypt with: the environment's, else typed twice."""
    given = os.environ.get(cipher.PASSPHRASE_ENV)
    if given:
        encryption.check_new_passphrase(given)
        return given
    if not sys.stdin.isatty():
        fail(
            f"{database}: no passphrase to encrypt it with; set {cipher.PASSPHRASE_ENV},"
            " or run the command in a terminal to type one"
        )
    click.echo(LOST.format(database=database), err=True)

    def checked(text: str) -> str:
        try:
            encryption.check_new_passphrase(text)
        except MonitorError as exc:
            raise click.BadParameter(str(exc)) from exc
        return text

    chosen: str = click.prompt(
        "New passphrase",
        hide_input=True,
        confirmation_prompt="Repeat the passphrase",
        value_proc=checked,
        err=True,
    )
    return chosen
