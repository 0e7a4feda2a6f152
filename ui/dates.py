"""Qt's dates and Python's, typed both ways (``QDate.toPython`` is typed as any object)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def local_minute(value: datetime | str) -> str:
    """A stored time (or its ISO text) as the analyst's local time, to the minute."""
    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    return when.astimezone().strftime("%Y-%m-%d %H:%M")
