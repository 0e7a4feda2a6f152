"""Durations (``90s``, ``15m``, ``2h``, ``1d``) and sizes (``512KB``, ``10MB``) in feeds.yaml."""

from __future__ import annotations

import re
from datetime import timedelta

from monitor.i18n import _

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)\s*$")
_DURATION_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)\s*$", re.IGNORECASE)
_SIZE_UNITS = {"B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3}


def parse_duration(text: str) -> timedelta:
    """``"15m"`` → 15 minutes. Raises ``ValueError`` with a message fit for the user."""
    match = _DURATION.match(str(text))
    if not match:
        message = _("{text} is not a duration; write it like 90s, 15m, 2h or 1d")
        raise ValueError(message.format(text=repr(text)))
    return timedelta(seconds=float(match[1]) * _DURATION_UNITS[match[2]])


def format_duration(value: timedelta) -> str:
    """The shortest exact spelling: 900 s → ``"15m"``, 5400 s → ``"90m"``."""
    seconds = value.total_seconds()
    for unit in ("d", "h", "m"):
        size = _DURATION_UNITS[unit]
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


def parse_size(text: str | int) -> int:
    """``"10MB"`` → 10 485 760 bytes; a bare integer is a number of bytes."""
    if isinstance(text, int) and not isinstance(text, bool):
        return text
    match = _SIZE.match(str(text))
    if not match:
        raise ValueError(
            _("{text} is not a size; write it like 512KB or 10MB").format(text=repr(text))
        )
    return int(float(match[1]) * _SIZE_UNITS[match[2].upper()])
