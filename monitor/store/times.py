"""Times in the database: UTC ISO 8601 to the second, so that text order is time order."""

from __future__ import annotations

from datetime import UTC, datetime


def iso(value: datetime | None) -> str | None:
    """Aware datetimes as UTC ISO 8601 to the second, which also sorts as text."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat(timespec="seconds")


def from_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def read_time(value: str | datetime | None) -> datetime | None:
    """A time as a row holds it: ISO text (either database), or already a datetime."""
    return value if isinstance(value, datetime) or value is None else from_iso(value)
