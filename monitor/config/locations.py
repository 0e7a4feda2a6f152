"""Where the database and feeds.yaml live: options, then environment, then platform defaults.

The database is the data folder's SQLite file unless ``--database`` or
``PUSHBACK_MONITOR_DATABASE`` names another file or a PostgreSQL server (team mode).

On POSIX the data folder is its owner's alone (0700, its files 0600): it holds what the
analysts watch and decide. Everything in it is tightened at every start, so that a folder
made by an earlier version, or a file written looser since, does not stay readable.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from monitor.bundled import bundled_path
from monitor.config.feeds_file import atomic_write
from monitor.errors import ConfigError
from monitor.store.database import Database

log = logging.getLogger(__name__)

HOME_ENV = "PUSHBACK_MONITOR_HOME"
FEEDS_ENV = "PUSHBACK_MONITOR_FEEDS"
DATABASE_ENV = "PUSHBACK_MONITOR_DATABASE"
APP_NAME = "pushback-monitor"
DATABASE_NAME = "pushback.db"


@dataclass(frozen=True, kw_only=True)
class Locations:
    data_dir: Path
    feeds_path: Path
    feeds_is_default: bool
    database_arg: str | None = None  # a file's path or a libpq connection string

    @property
    def db_path(self) -> Path:
        """The SQLite file (the data folder's, or the one named); on a server, the file
        the data folder would have (backups and restores speak of it)."""
        if self.database_arg and not Database.of(self.database_arg).postgres:
            return Path(self.database_arg).expanduser().resolve()
        return self.data_dir / DATABASE_NAME

    @property
    def database(self) -> Database:
        """Where the store is: :attr:`db_path`, or the PostgreSQL server named."""
        if self.database_arg and Database.of(self.database_arg).postgres:
            return Database.of(self.database_arg)
        return Database(path=self.db_path)

    @property
    def models_dir(self) -> Path:
        return self.data_dir / "models"

    @property
    def rules_path(self) -> Path:
        """The analyst's rules (monitor/rules); none until the first is saved."""
        return self.data_dir / "rules.yaml"

    @property
    def taxonomy_path(self) -> Path:
        """An analysts' own taxonomy: when this file exists it replaces the shipped one."""
        return self.data_dir / "taxonomy.yaml"

    @classmethod
    def resolve(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        feeds: str | os.PathLike[str] | None = None,
        database: str | None = None,
    ) -> Locations:
        """Explicit arguments win, then ``PUSHBACK_MONITOR_HOME``/``_FEEDS``/``_DATABASE``,
        then platformdirs."""
        home = data_dir or os.environ.get(HOME_ENV) or platformdirs.user_data_dir(APP_NAME)
        home_path = Path(home).expanduser().resolve()
        database_arg = database or os.environ.get(DATABASE_ENV) or None
        feeds_arg = feeds or os.environ.get(FEEDS_ENV)
        if feeds_arg:
            return cls(
                data_dir=home_path,
                feeds_path=Path(feeds_arg).expanduser().resolve(),
                feeds_is_default=False,
                database_arg=database_arg,
            )
        return cls(
            data_dir=home_path,
            feeds_path=home_path / "feeds.yaml",
            feeds_is_default=True,
            database_arg=database_arg,
        )

    def ensure(self) -> None:
        """Create the data folder, private to its owner; on first run, copy the shipped
        feeds.yaml into it."""
        try:
            self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            make_private(self.data_dir)
            if self.feeds_is_default and not self.feeds_path.exists():
                atomic_write(self.feeds_path, bundled_path("feeds.yaml").read_bytes())
            # SQLite would create the database (and so its -wal and -shm, which take its
            # permissions) readable by all; an empty file is an empty database.
            if not self.database.postgres:
                with contextlib.suppress(FileExistsError):
                    self.db_path.parent.mkdir(parents=True, exist_ok=True)
                    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
                    os.close(os.open(self.db_path, flags, 0o600))
        except OSError as exc:
            raise ConfigError(f"{exc.filename or self.data_dir}: {exc.strerror or exc}") from exc
        if not self.feeds_path.exists():
            raise ConfigError(f"{self.feeds_path}: feeds file not found")


def make_private(folder: Path) -> None:
    """Take every permission of group and others from ``folder`` and everything in it
    (symbolic links are neither followed nor changed). POSIX only; a file that cannot be
    changed is logged, not fatal."""
    if os.name != "posix":
        return
    paths = [folder]
    for root, dirs, files in os.walk(folder):
        paths += [Path(root, name) for name in (*dirs, *files)]
    for path in paths:
        try:
            mode = path.lstat().st_mode
            if not stat.S_ISLNK(mode) and mode & 0o077:
                path.chmod(stat.S_IMODE(mode) & 0o700)
        except OSError as exc:
            log.warning("%s: cannot make it private: %s", path, exc.strerror or exc)
