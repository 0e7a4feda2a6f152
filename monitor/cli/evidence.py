"""``evidence check | export ID -o FILE.warc.gz | show ID``: the evidence kept of
confirmed and escalated items (monitor/evidence), re-checked now, written out with a
manifest an outsider can verify, or listed."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import click

from monitor.cli.context import AppContext, pass_app
from monitor.cli.output import local_time, output_option, table
from monitor.errors import ConfigError, MonitorError
from monitor.evidence.keeping import KeepReport, deleted_text
from monitor.evidence.kept_export import export_kept
from monitor.store import EvidenceState
from monitor.store.times import iso


def evidence_fields(state: EvidenceState | None) -> dict[str, object]:
    """What ``items --json`` says of an item's evidence: ``deleted`` (ISO time or null)
    and ``evidence`` (``{"sha256", "fetched", "url"}`` per record kept, oldest first)."""
    if state is None:
        return {"deleted": None, "evidence": []}
    return {
        "deleted": iso(state.deleted),
        "evidence": [record.as_json() for record in state.records],
    }


@click.group()
def evidence() -> None:
    """Evidence kept of confirmed and escalated items: their entries and pages as WARC
    records with SHA-256, re-checked for deletion and change."""


@evidence.command("check")
@click.option("--json", "as_json", is_flag=True, help="The counts as one JSON object.")
@pass_app
def check(app: AppContext, as_json: bool) -> None:
    """Keep the evidence asked for, and re-check every kept item now (one request each,
    through the same HTTP policy as polling)."""
    from monitor.engine import Engine  # noqa: PLC0415 - the engine, only for this

    try:
        config = app.feeds_file().config
    except ConfigError as exc:
        raise ConfigError(f"{exc}; the sources' addresses are needed to re-check") from exc
    app.locations.ensure()

    async def main() -> KeepReport:
        async with Engine(
            app.locations.database, config, evidence_dir=app.locations.data_dir
        ) as engine:
            engine.check_evidence_here()
            return await engine.keep_evidence(everything=True)

    report = asyncio.run(main())
    counts = dict(vars(report))
    if as_json:
        click.echo(json.dumps(counts))
        return
    click.echo(
        f"kept {counts['kept']} items' evidence; re-checked {counts['checked']}: "
        f"{counts['changed']} changed, {counts['deleted']} deleted; "
        f"{counts['unknown']} did not answer (asked again later)"
        + (
            f"; {counts['failed']} could not be written (see evidence show)"
            if counts["failed"]
            else ""
        )
    )


@evidence.command("export")
@click.argument("item_id", type=int)
@output_option(
    "The WARC file to write (FILE.warc.gz); its manifest and checksum go beside it.", required=True
)
@pass_app
def export_evidence(app: AppContext, item_id: int, output: Path) -> None:
    """Write item ITEM_ID's evidence, verified, with a manifest of its records' hashes
    (FILE.warc.gz.manifest.json) and the file's sha256 (FILE.warc.gz.sha256)."""
    store = app.open_store()
    try:
        state = store.evidence_states([item_id]).get(item_id)
    finally:
        store.close()
    done = export_kept(app.locations.data_dir, item_id, state, output)
    click.echo(
        f"wrote {done.warc} ({len(done.records)} records, sha256 {done.sha256}), "
        f"{done.manifest.name} and {done.checksum.name}"
    )


@evidence.command("show")
@click.argument("item_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
@pass_app
def show_evidence(app: AppContext, item_id: int, as_json: bool) -> None:
    """What is kept of item ITEM_ID and how its re-checks stand."""
    store = app.open_store()
    try:
        state = store.evidence_states([item_id]).get(item_id)
    finally:
        store.close()
    if state is None:
        raise MonitorError(
            f"item {item_id} has no evidence to keep (it is not confirmed or escalated)"
        )
    if as_json:
        click.echo(
            json.dumps(
                {
                    "item": item_id,
                    "deleted": state.deleted.isoformat() if state.deleted else None,
                    "deleted_how": state.deleted_how,
                    "changed": state.changed.isoformat() if state.changed else None,
                    "next_check": state.next_check.isoformat(),
                    "problem": state.problem,
                    "evidence": [r.as_json() | {"kind": r.kind} for r in state.records],
                },
                indent=2,
            )
        )
        return
    if state.deleted:
        click.echo(deleted_text(state))
    if state.records:
        table(
            ["kind", "fetched", "status", "sha256", "address"],
            [
                [r.kind, local_time(r.fetched), r.status or "", r.sha256, r.url]
                for r in state.records
            ],
            flexible=4,
        )
    else:
        click.echo("nothing kept yet")
    if state.problem:
        click.echo(f"last attempt: {state.problem}")
    if not state.deleted:
        click.echo(f"next re-check: {local_time(state.next_check)}")
