"""Qt's dates and Python's, typed both ways (``QDate.toPython`` is typed as any object)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
