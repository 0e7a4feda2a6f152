"""Where the database and feeds.yaml live: options, then environment, then platform defaults."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from monitor.bundled import bundled_path
from monitor.errors import ConfigError

HOME_ENV = "PUSHBACK_MONITOR_HOME"
FEEDS_ENV = "PUSHBACK_MONITOR_FEEDS"
APP_NAME = "pushback-monitor"
DATABASE_NAME = "pushback.db"


@dataclass(frozen=True, kw_only=True)
class Locations:
    data_dir: Path
    feeds_path: Path
    feeds_is_default: bool

    @property
    def db_path(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def models_dir(self) -> Path:
        return self.data_dir / "models"

    @property
    def taxonomy_path(self) -> Path:
        """An analysts' own taxonomy: when this file exists it replaces the shipped one."""
        return self.data_dir / "taxonomy.yaml"

    @classmethod
    def resolve(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        feeds: str | os.PathLike[str] | None = None,
    ) -> Locations:
        """Explicit arguments win, then ``PUSHBACK_MONITOR_HOME``/``_FEEDS``, then platformdirs."""
        home = data_dir or os.environ.get(HOME_ENV) or platformdirs.user_data_dir(APP_NAME)
        home_path = Path(home).expanduser().resolve()
        feeds_arg = feeds or os.environ.get(FEEDS_ENV)
        if feeds_arg:
            return cls(
                data_dir=home_path,
                feeds_path=Path(feeds_arg).expanduser().resolve(),
                feeds_is_default=False,
            )
        return cls(data_dir=home_path, feeds_path=home_path / "feeds.yaml", feeds_is_default=True)

    def ensure(self) -> None:
        """Create the data folder; on first run, copy the shipped feeds.yaml into it."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            if self.feeds_is_default and not self.feeds_path.exists():
                shutil.copyfile(bundled_path("feeds.yaml"), self.feeds_path)

        except OSError as exc:
            raise ConfigError(f"{exc.filename or self.data_dir}: {exc.strerror or exc}") from exc
        if not self.feeds_path.exists():
            raise ConfigError(f"{self.feeds_path}: feeds file not found")
