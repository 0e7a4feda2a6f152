"""``pushback-monitor``: with no command it opens the desktop app; the commands run headless."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
import sys
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any, TypeVar

import click

from monitor import __version__
from monitor.cli import backup as backup_commands
from monitor.cli import encryption as encryption_commands
from monitor.cli import review as review_commands
from monitor.cli.alerts import alerts
from monitor.cli.brief import brief
from monitor.cli.context import AppContext, fail, pass_app
from monitor.cli.evidence import evidence
from monitor.cli.items import items
from monitor.cli.output import RedactingFormatter, local_time, table
from monitor.cli.progress import printed
from monitor.cli.rules import rules
from monitor.cli.sharing import keys, share
from monitor.cli.sources import sources
from monitor.cli.team import team
from monitor.config import FeedsConfig, Locations
from monitor.engine import Engine
from monitor.errors import ClassifierError, ConfigError, MonitorError
from monitor.feeds_place import FeedsPlace
from monitor.models import Outcome, SourceReport
from monitor.progress import Task
from monitor.rules import RulesOnDisk
from monitor.scheduler import ScheduleEvent
from monitor.store.cipher import driver_errors

if TYPE_CHECKING:
    from monitor.classify.service import Classifier

log = logging.getLogger("monitor")
GUI_ENTRY_GROUP = "pushback_monitor.gui"
_F = TypeVar("_F", bound=Callable[..., Any])


class _Group(click.Group):
    """Turns engine errors into one clear line and an exit code (2: configuration)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ConfigError as exc:
            for problem in exc.problems:
                click.echo(f"error: {problem}", err=True)
            sys.exit(2)
        except MonitorError as exc:
            fail(str(exc))
        except driver_errors("DatabaseError") as exc:  # read outside the store's own methods
            where = ctx.obj.locations.db_path if isinstance(ctx.obj, AppContext) else "database"
            fail(f"{where}: the database is damaged or cannot be read ({exc})")


def _open_desktop(ctx: click.Context) -> None:
    # The desktop app registers itself as an entry point, so the engine never imports it.
    found = entry_points(group=GUI_ENTRY_GROUP, name="desktop")
    if not found:
        fail("the desktop app is not installed; use a command, see --help")
    app: AppContext = ctx.obj
    launch = next(iter(found)).load()
    sys.exit(launch(app.locations))


def _place(flag: str, kind: click.Path, envvar: str, what: str, default: str) -> Callable[[_F], _F]:
    """A global option saying where data lives, which ``envvar`` may set instead."""
    return click.option(
        flag, type=kind, envvar=envvar, help=f"{what} [env {envvar}; default: {default}]."
    )


@click.group(
    cls=_Group,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@_place(
    "--data-dir",
    click.Path(file_okay=False),
    "PUSHBACK_MONITOR_HOME",
    "Folder of the database",
    "the platform's user data folder",
)
@_place(
    "--feeds",
    click.Path(dir_okay=False),
    "PUSHBACK_MONITOR_FEEDS",
    "The feeds.yaml to use",
    "feeds.yaml in the data folder",
)
@click.option(
    "--database",
    metavar="URL",
    envvar="PUSHBACK_MONITOR_DATABASE",
    help="The store: a SQLite file's path, or a PostgreSQL server as a libpq connection"
    " string (postgresql://user@host/dbname, or service=NAME) for a team sharing one queue"
    " [env PUSHBACK_MONITOR_DATABASE; default: pushback.db in the data folder].",
)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debugging).")
@click.version_option(__version__, prog_name="pushback-monitor")
@click.pass_context
def cli(
    ctx: click.Context,
    data_dir: str | None,
    feeds: str | None,
    database: str | None,
    verbose: int,
) -> None:
    """Pushback Monitor watches news and social feeds for anti-rights narratives and
    threats to civic space. Without a command, it opens the desktop app."""
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)]
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])
    ctx.obj = AppContext(Locations.resolve(data_dir, feeds, database))
    encryption_commands.use_terminal()  # an encrypted database's passphrase, when needed
    if ctx.invoked_subcommand is None:
        _open_desktop(ctx)


cli.add_command(sources)
cli.add_command(brief)
cli.add_command(backup_commands.backup)
cli.add_command(backup_commands.restore)
cli.add_command(encryption_commands.encrypt)
cli.add_command(encryption_commands.decrypt)
cli.add_command(team)
cli.add_command(rules)
cli.add_command(alerts)
cli.add_command(evidence)
cli.add_command(items)
cli.add_command(keys)
cli.add_command(share)
for command in (
    review_commands.classify,
    review_commands.train,
    review_commands.quality,
    review_commands.evaluate,
    review_commands.review,
    review_commands.show,
):
    cli.add_command(command)


def _print_reports(reports: list[SourceReport]) -> None:
    rows = []
    for report in reports:
        detail = report.message or "; ".join(report.warnings)
        rows.append(
            [
                report.source,
                report.outcome,
                report.new,
                report.updated,
                report.duplicates,
                f"{report.seconds:.1f}s",
                detail,
            ]
        )
    table(["source", "result", "new", "edited", "dups", "time", "detail"], rows, flexible=6)
    for report in reports:  # the table may cut messages short; errors are shown in full
        if report.outcome is Outcome.ERROR and not report.local:
            click.echo(f"\n{report.source}: {report.message}", err=True)
    local = [r for r in reports if r.local]
    if local:  # one fault of this computer, not one per source
        click.echo(f"\n{len(local)} sources not stored: {local[0].message}", err=True)
    ok = sum(r.outcome in (Outcome.OK, Outcome.NOT_MODIFIED) for r in reports)
    failed = sum(r.outcome is Outcome.ERROR and not r.local for r in reports)
    click.echo(f"\n{ok} sources polled, {failed} failed, {sum(r.new for r in reports)} new items.")


@cli.command()
@click.option(
    "--source",
    "source_ids",
    multiple=True,
    metavar="ID",
    help="Poll only this source (repeatable); disabled sources too.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the per-source results as JSON.")
@pass_app
def poll(app: AppContext, source_ids: tuple[str, ...], as_json: bool) -> None:
    """Poll once: fetch every enabled source, store the new items and print a per-source
    summary. Exits 0 when the poll ran (failed sources are reported), 2 when feeds.yaml is
    invalid."""
    config = app.feeds_file().config
    try:
        chosen = [config.source(i) for i in source_ids] if source_ids else None
    except KeyError as exc:
        raise ConfigError(f"{config.path.name}: no source with id {exc.args[0]!r}") from exc

    if chosen is None and not config.enabled_sources:
        click.echo(f"warning: nothing to poll: {_no_sources(config)}", err=True)
        if as_json:
            click.echo("[]")
        return
    classifier = _classifier_or_none(app)
    rules = RulesOnDisk(app.locations.rules_path)

    async def main() -> tuple[list[SourceReport], int]:
        async with Engine(
            app.locations.database, config, classifier=classifier, rules=rules
        ) as engine:
            assert engine.poller is not None
            reports = await engine.poller.poll(chosen)
            # items an earlier poll stored but could not classify (stopped, no model)
            return reports, await engine.classify_backlog()

    reports, waiting = asyncio.run(main())
    if waiting:
        click.echo(f"{waiting} items stored earlier were classified too", err=True)
    if as_json:
        click.echo(json.dumps([_report_json(r) for r in reports], indent=2))
    else:
        _print_reports(reports)


def _no_sources(config: FeedsConfig) -> str:
    """Why a feeds.yaml without an enabled source polls nothing."""
    if config.sources:
        return f"all {len(config.sources)} sources in {config.path} are disabled (enabled: false)"
    return f"{config.path} has no sources; add one with `pushback-monitor sources add ADDRESS`"


def _classifier_or_none(app: AppContext) -> Classifier | None:
    """The classifier for new items; when it cannot be loaded, polling goes on and the
    items wait unclassified."""
    settings = app.settings()
    if not settings.classifier.enabled:
        return None
    from monitor.classify import runner  # noqa: PLC0415 - loads the model libraries

    store = app.open_store()
    try:
        return runner.open_classifier(store, app.locations, settings, progress=printed(Task.LOAD))
    except ClassifierError as exc:
        click.echo(f"warning: {exc}; new items will wait unclassified", err=True)
        return None
    finally:
        store.close()


def _report_json(report: SourceReport) -> dict[str, Any]:
    return {
        "source": report.source,
        "outcome": report.outcome,
        "local": report.local,
        "new": report.new,
        "updated": report.updated,
        "duplicates": report.duplicates,
        "message": report.message,
        "warnings": list(report.warnings),
        "next_poll": report.next_poll.isoformat() if report.next_poll else None,
        "seconds": round(report.seconds, 3),
    }


@cli.command()
@pass_app
def run(app: AppContext) -> None:
    """Run headless: poll every enabled source on its schedule until interrupted
    (Ctrl+C or SIGTERM stop cleanly). Edits to feeds.yaml are picked up while running."""
    if not logging.getLogger().isEnabledFor(logging.INFO):
        logging.getLogger().setLevel(logging.INFO)
    if not logging.getLogger().isEnabledFor(logging.DEBUG):  # -vv shows every request
        for chatty in ("httpx", "apscheduler"):
            logging.getLogger(chatty).setLevel(logging.WARNING)
    feeds_file = app.feeds_file()
    settings = app.settings()
    if not feeds_file.config.enabled_sources:
        log.warning("nothing to poll yet: %s (edits are picked up)", _no_sources(feeds_file.config))

    def on_event(event: ScheduleEvent) -> None:
        report = event.report
        if event.kind == "finished" and report is not None:
            if report.outcome is Outcome.ERROR:
                log.warning(
                    "%s failed: %s (next try %s)",
                    report.source,
                    report.message,
                    local_time(report.next_poll),
                )
            else:
                log.info(
                    "%s: %s, %d new, next poll %s",
                    report.source,
                    report.outcome,
                    report.new,
                    local_time(report.next_poll),
                )
        elif event.kind in ("skipped", "woke"):
            log.info("%s%s", f"{event.source}: " if event.source else "", event.message)

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        async with Engine(
            app.locations.database,
            feeds_file.config,
            classifier=_classifier_or_none(app),
            rules=RulesOnDisk(app.locations.rules_path),
            evidence_dir=app.locations.data_dir,
        ) as engine:
            log.info(
                "polling %d sources from %s; stop with Ctrl+C",
                len(feeds_file.config.enabled_sources),
                feeds_file.path,
            )
            await engine.run(
                stop,
                listener=on_event,
                feeds_path=FeedsPlace.watched_path(feeds_file),
                backups=settings.backups,
            )
        log.info("stopped; the database is closed")

    asyncio.run(main())


def main() -> None:
    cli(prog_name="pushback-monitor")
