"""What every command needs: where data lives, feeds.yaml, the store."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

import click

from monitor.config import FeedsFile, Locations, SourceConfig
from monitor.errors import ConfigError
from monitor.feeds_place import FeedsPlace
from monitor.fetch import Fetcher, HttpPolicy
from monitor.settings import Settings, load_settings
from monitor.sharing.keys import partner_names
from monitor.source_names import source_names
from monitor.store import Store

T = TypeVar("T")


@dataclass
class AppContext:
    locations: Locations

    def feeds_file(self) -> FeedsFile:
        """feeds.yaml: on a team database that keeps the team's sources, those (an edit
        goes back to the database), else the file."""
        return self.feeds_place().load()

    def sources(self, *, without: str | None = None) -> dict[str, SourceConfig]:
        """feeds.yaml's sources by id. A feeds.yaml that cannot be read is an error, or,
        with ``without`` (what is lost without them), a warning and no sources."""
        try:
            return {s.id: s for s in self.feeds_file().config.sources}
        except ConfigError as exc:
            if without is None:
                raise
            click.echo(f"warning: {exc}; {without}", err=True)
            return {}

    def feeds_place(self) -> FeedsPlace:
        return FeedsPlace(self.locations, lambda: self.settings().analyst_name)

    def save_team_feeds(self, document: str) -> None:
        self.feeds_place().save_team(document)

    def settings(self) -> Settings:
        self.locations.ensure()
        return load_settings(self.locations.data_dir)

    def open_store(self) -> Store:
        self.locations.ensure()
        return Store.open(self.locations.database, folder=self.locations.data_dir)

    def source_names(self, store: Store) -> dict[str, str]:
        """Source id → the name it is shown by (:mod:`monitor.source_names`); when
        feeds.yaml cannot be read, the names the store remembers."""
        try:
            sources = self.feeds_file().config.sources
        except ConfigError:
            sources = ()
        return partner_names(self.locations.data_dir) | source_names(sources, store.source_states())

    def with_fetcher(self, work: Callable[[Fetcher], Coroutine[Any, Any, T]]) -> T:
        """Run ``work`` with a fetcher under the feeds.yaml HTTP policy."""
        policy = HttpPolicy.from_defaults(self.feeds_file().config.defaults)

        async def main() -> T:
            async with Fetcher(policy) as fetcher:
                return await work(fetcher)

        return asyncio.run(main())


pass_app = click.make_pass_decorator(AppContext)


def fail(message: str, code: int = 1) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def given_date(value: str, parse: Callable[[str], T]) -> T:
    """``value`` read with ``parse`` (``date.fromisoformat``, ``datetime.fromisoformat``);
    what it cannot read is named, with an example of a date it can."""
    try:
        return parse(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date; write it as 2026-11-24") from exc
