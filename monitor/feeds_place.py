"""Where the sources are kept: the data folder's feeds.yaml, or a team database's.

On a team's PostgreSQL database that keeps the team's sources (``team sources import``),
every program reads them there, an edit goes back there (only the team's editors may make
one), and the poller reloads them at once. Elsewhere, and on a team database that keeps
none, the sources are the feeds.yaml of the data folder (or of ``--feeds``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from monitor.config import TEAM_FEEDS, FeedsFile, Locations
from monitor.store import Store


def _nobody() -> str | None:
    return None


@dataclass(frozen=True)
class FeedsPlace:
    locations: Locations
    # who an edit of the team's sources is recorded as (read when it is saved)
    analyst: Callable[[], str | None] = field(default=_nobody)

    def load(self) -> FeedsFile:
        """The sources as they are now: the team's (an edit saved goes to the database),
        else the file (on a first run, the shipped feeds.yaml copied in). Raises
        ConfigError for a faulty feeds.yaml, StoreError when the database cannot be
        read."""
        self.locations.ensure()
        found = self._team_document()
        if found is not None:
            return FeedsFile.from_text(found, TEAM_FEEDS, self.save_team)
        return FeedsFile.load(self.locations.feeds_path)

    def may_change(self, feeds_file: FeedsFile) -> bool:
        """Whether an edit of ``feeds_file`` can be saved: a file, yes; the team's
        sources, by its editors only."""
        if feeds_file.path != TEAM_FEEDS:
            return True
        with self._store() as store:
            return store.may_change_team_feeds()

    @staticmethod
    def watched_path(feeds_file: FeedsFile) -> Path | None:
        """The file the schedule watches for edits made outside the program: that of
        ``feeds_file``; None for the team's sources, watched in the database."""
        return None if feeds_file.path == TEAM_FEEDS else feeds_file.path

    def save_team(self, document: str) -> None:
        """Make ``document`` (a feeds.yaml, checked by the caller) the team's sources."""
        with self._store() as store:
            store.save_team_feeds(document, self.analyst())

    def _team_document(self) -> str | None:
        if not self.locations.database.postgres:
            return None
        with self._store() as store:
            found = store.team_feeds()
        return found[0] if found is not None else None

    def _store(self) -> contextlib.closing[Store]:
        self.locations.ensure()
        return contextlib.closing(
            Store.open(self.locations.database, folder=self.locations.data_dir)
        )
