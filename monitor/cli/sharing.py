"""``keys init | export | trust | list | forget`` and ``share export | import``: the
organisation's signing key, the partners' keys it trusts, and signed bundles of
confirmed findings exchanged with them (monitor/sharing, docs/sharing.md)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click

from monitor.cli.brief import period_of
from monitor.cli.context import AppContext, pass_app
from monitor.cli.output import local_time, output_option, table
from monitor.sharing import bundle as bundles
from monitor.sharing.keys import Keys, spaced


def _findings(count: int) -> str:
    return f"{count} finding" if count == 1 else f"{count} findings"


def _keys(app: AppContext) -> Keys:
    app.locations.ensure()
    return Keys(app.locations.data_dir)


@click.group()
def keys() -> None:
    """The organisation's signing key (Ed25519) and the partners' keys it trusts: a
    bundle is imported only when a trusted key signed it."""


@keys.command("init")
@click.option("--name", "organisation", help="The organisation's name, as partners see it.")
@pass_app
def keys_init(app: AppContext, organisation: str | None) -> None:
    """Make the organisation's key pair: the private key in the system keyring (or, where
    there is none, a file in the data folder only its owner may read)."""
    name = organisation or app.settings().organisation
    if not name:
        raise click.UsageError("give --name ORGANISATION (or set organisation in settings)")
    own, where = _keys(app).init(name)
    click.echo(f"key made for {own.organisation}")
    click.echo(f"fingerprint: {spaced(own.fingerprint)}")
    click.echo(f"private key: {where}; keep a backup of it: partners trust this key only")


@keys.command("export")
@output_option("Where to write the public key.", required=True)
@pass_app
def keys_export(app: AppContext, output: Path) -> None:
    """Write the organisation's public key, to hand to partners."""
    own = _keys(app).export(output)
    click.echo(f"{output}: public key of {own.organisation}")
    click.echo(f"fingerprint: {spaced(own.fingerprint)} (partners check it with you)")


@keys.command("trust")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--name", help="The partner's name here [default: the name in the file].")
@pass_app
def keys_trust(app: AppContext, file: Path, name: str | None) -> None:
    """Trust a partner's public key: check its fingerprint with the partner by phone or
    in person first."""
    trusted = _keys(app).trust(file, name)
    click.echo(f"trusted {trusted.organisation}: {spaced(trusted.fingerprint)}")


@keys.command("list")
@pass_app
def keys_list(app: AppContext) -> None:
    """The organisation's key and the partners' keys, with their fingerprints."""
    store = _keys(app)
    own = store.own()
    rows = []
    if own is not None:
        rows.append(["own", own.organisation, spaced(own.fingerprint), own.added or "-"])
    rows += [
        ["partner", p.organisation, spaced(p.fingerprint), p.added or "-"] for p in store.partners()
    ]
    if not rows:
        click.echo("no keys yet: make one with 'pushback-monitor keys init --name NAME'")
        return
    table(["", "organisation", "fingerprint", "since"], rows, flexible=1)


@keys.command("forget")
@click.argument("name")
@pass_app
def keys_forget(app: AppContext, name: str) -> None:
    """Stop trusting a partner's key (its findings already imported stay)."""
    gone = _keys(app).forget(name)
    click.echo(f"no longer trusted: {gone.organisation} ({spaced(gone.fingerprint)})")


@click.group()
def share() -> None:
    """Signed bundles of confirmed findings, exchanged with partner organisations."""


@share.command("export")
@click.option("--week", metavar="YYYY-WNN", help="An ISO week, e.g. 2026-W48.")
@click.option("--from", "first", metavar="DATE", help="First day (e.g. 2026-11-01), with --to.")
@click.option("--to", "last", metavar="DATE", help="Last day, included.")
@click.option(
    "--item",
    "ids",
    type=int,
    multiple=True,
    metavar="ID",
    help="Only this confirmed item (repeat for several) [default: every finding].",
)
@click.option(
    "--pseudonymise",
    is_flag=True,
    help="Private persons' names and handles as pseudonyms (docs/privacy.md).",
)
@output_option("Where to write the bundle (a .zip file).", required=True)
@pass_app
def share_export(
    app: AppContext,
    week: str | None,
    first: str | None,
    last: str | None,
    ids: tuple[int, ...],
    pseudonymise: bool,
    output: Path,
) -> None:
    """Write the findings confirmed here and published in a period, signed with the
    organisation's key: title, link, source, dates, categories, severity, actors, the
    notes marked as shareable, and the evidence's hashes. Partners' findings are not
    passed on."""
    if not (week or first or last):
        raise click.UsageError("give --week, or --from and --to")
    period = period_of(week, first, last)
    signer = _keys(app)
    own = signer.need_own()
    pseudonyms = None
    if pseudonymise:
        from monitor.sharing.pseudonyms import Pseudonyms  # noqa: PLC0415 - only with the flag

        pseudonyms = Pseudonyms.for_folder(app.locations.data_dir)
    store = app.open_store()
    try:
        document = bundles.manifest(
            store,
            own,
            period,
            source_names=app.source_names(store),
            pseudonyms=pseudonyms,
            ids=ids or None,
        )
    finally:
        store.close()
    if ids and len(document["findings"]) < len(set(ids)):
        raise click.UsageError(
            "some of the items given are not findings of the period (confirmed here, "
            "published in it): " + ", ".join(str(i) for i in ids)
        )
    count = bundles.write(output, document, signer)
    how = ", pseudonymised" if pseudonymise else ""
    click.echo(f"{output}: {_findings(count)} of {period.label}{how}, signed by {own.organisation}")


@share.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@pass_app
def share_import(app: AppContext, file: Path) -> None:
    """Add a partner's bundle to the "From partners" queue, once its signature is checked
    against the keys trusted here. Findings imported before are not added again."""
    found = bundles.read(file, _keys(app))
    store = app.open_store()
    try:
        done = bundles.add(store, found, datetime.now(UTC))
    finally:
        store.close()
    click.echo(
        f"{file}: {_findings(len(done.added))} added from {found.organisation} "
        f"(signed {local_time(found.created)}, key {spaced(found.key)})"
        + (f"; {done.known} imported before" if done.known else "")
    )
