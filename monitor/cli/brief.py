"""``pushback-monitor brief``: the weekly pushback brief, or the period's items."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from monitor import brief as briefs
from monitor.brief.formats import SUFFIXES
from monitor.cli.context import AppContext, pass_app
from monitor.cli.output import output_option, shorten
from monitor.errors import BriefError, ConfigError

if TYPE_CHECKING:
    from monitor.sharing.pseudonyms import Pseudonymiser


def period_of(week: str | None, first: str | None, last: str | None) -> briefs.Period:
    try:
        if week and (first or last):
            raise click.UsageError("give --week, or --from and --to, not both")
        if week:
            return briefs.iso_week(week)
        if first or last:
            if not (first and last):
                raise click.UsageError("give both --from and --to")
            return briefs.date_range(
                briefs.parse_date(first, "--from"), briefs.parse_date(last, "--to")
            )
        return briefs.last_complete_week(date.today())
    except BriefError as exc:
        raise click.UsageError(str(exc)) from exc


def _format(form: str | None, output: Path | None) -> str:
    """The format asked for, or the one the output file's name gives; a file named for
    one format is never written in another."""
    named = briefs.format_of(output) if output is not None else None
    if form is None:
        if output is None:
            return "docx"
        if named is None:
            known = ", ".join(suffix for suffixes in SUFFIXES.values() for suffix in suffixes)
            raise click.BadParameter(
                f"{output}: its name gives no format; end it in one of {known}, or give --format",
                param_hint="'-o' / '--output'",
            )
        return named
    if named is not None and named != form:
        raise click.UsageError(
            f"-o {output} names a {named} file, but --format says {form}: "
            f"give --format {named}, or a file name ending in {SUFFIXES[form][0]}"
        )
    return form


def _pseudonyms(app: AppContext) -> Pseudonymiser:
    from monitor.sharing.pseudonyms import Pseudonyms  # noqa: PLC0415 - only with the flag

    app.locations.ensure()
    return Pseudonyms.for_folder(app.locations.data_dir)


@click.command()
@click.option(
    "--week", metavar="YYYY-WNN", help="An ISO week, e.g. 2026-W48 [default: last complete week]."
)
@click.option("--from", "first", metavar="DATE", help="First day (e.g. 2026-11-01), with --to.")
@click.option("--to", "last", metavar="DATE", help="Last day, included.")
@click.option(
    "--format",
    "form",
    type=click.Choice(briefs.FORMATS),
    help="docx, pdf, html or md: the brief; csv or json: the period's items with "
    "their labels, actors and decisions [default: the one -o's extension names, else "
    "docx].",
)
@output_option(
    "Where to write it; its extension (.docx, .pdf, .html, .md, .csv, .json) gives the "
    "format [default: pushback-brief-PERIOD-LANG.FORMAT here]."
)
@click.option(
    "--lang",
    "language",
    type=click.Choice(("nl", "en")),
    help="Language of the brief [default: the interface language in settings.yaml, else nl].",
)
@click.option(
    "--pseudonymise",
    is_flag=True,
    help="csv and json: private persons' handles and names as stable pseudonyms, public "
    "figures and organisations on public-names.txt named (docs/privacy.md).",
)
@click.option(
    "--partners",
    is_flag=True,
    help="Add a section with the findings partners shared (share import) that nobody "
    "here has decided, each marked with who confirmed it (docx, pdf, html, md).",
)
@pass_app
def brief(
    app: AppContext,
    week: str | None,
    first: str | None,
    last: str | None,
    form: str | None,
    output: Path | None,
    language: str | None,
    pseudonymise: bool,
    partners: bool,
) -> None:
    """Write the pushback brief for a week (or any period): key figures against the
    period before, charts, the confirmed findings per category by severity and score,
    sources and actors seen for the first time, a methods note and an appendix. Only
    confirmed items are findings; flagged items not yet reviewed are only counted."""
    from monitor.classify.runner import taxonomy_for  # noqa: PLC0415 - not needed elsewhere

    period = period_of(week, first, last)
    form = _format(form, output)
    if pseudonymise and form not in ("csv", "json"):
        raise click.UsageError(
            f"--pseudonymise goes with --format csv or json (a {form} brief names what "
            "the analysts confirmed, for the organisation itself)"
        )
    settings = app.settings()
    try:
        sources = {s.id: s for s in app.feeds_file().config.sources}
    except ConfigError as exc:  # the brief needs the sources' names, countries and tags
        click.echo(
            f"warning: {exc.problems[0]}; sources are named by their ids, and what rose is"
            " counted by category only",
            err=True,
        )
        sources = {}
    names = {s.id: s.name for s in sources.values()}
    request = briefs.Request(
        period=period,
        format=form,
        language=language or settings.language or "nl",
        organisation=settings.organisation,
        source_names=names,
        sources=sources,
        thresholds=settings.classifier.thresholds,
        partners=partners,
        pseudonyms=_pseudonyms(app) if pseudonymise else None,
    )
    target = output or Path(request.file_name())
    store = app.open_store()
    try:
        data = briefs.build(store, request, taxonomy_for(app.locations))
    finally:
        store.close()
    briefs.save(data, target)
    click.echo(f"wrote {shorten(str(target), 200)} ({len(data):,} bytes, {period.label})")
