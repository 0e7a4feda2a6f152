"""Configuration: feeds.yaml (sources and polling defaults) and where data lives."""

from monitor.config.feeds_file import TEAM_FEEDS, FeedsFile, atomic_write, load_feeds
from monitor.config.locations import Locations
from monitor.config.schema import KINDS, Defaults, FeedsConfig, SourceConfig
from monitor.config.units import format_duration, parse_duration, parse_size

__all__ = [
    "KINDS",
    "TEAM_FEEDS",
    "Defaults",
    "FeedsConfig",
    "FeedsFile",
    "Locations",
    "SourceConfig",
    "atomic_write",
    "format_duration",
    "load_feeds",
    "parse_duration",
    "parse_size",
]
