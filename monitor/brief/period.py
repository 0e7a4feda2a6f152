"""The period a brief covers: an ISO week (``2026-W48``) or a range of dates, in the
analyst's local time, with the period just before it for comparison."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from monitor.errors import BriefError
from monitor.i18n import _

_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
MAX_DAYS = 366


@dataclass(frozen=True)
class Period:
    first: date  # the first day included
    last: date  # the last day included
    week: str | None = None  # "2026-W48" when the period is one ISO week

    @property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]

    @property
    def start(self) -> datetime:
        """The first moment, as UTC (local midnight of the first day)."""
        return _midnight(self.first)

    @property
    def end(self) -> datetime:
        """Just after the last moment, as UTC (local midnight after the last day)."""
        return _midnight(self.last + timedelta(days=1))

    @property
    def label(self) -> str:
        return self.week or f"{self.first.isoformat()}_{self.last.isoformat()}"

    def previous(self) -> Period:
        """The period of the same length just before this one."""
        length = self.last - self.first + timedelta(days=1)
        first = self.first - length
        week = _week_label(first) if self.week else None
        return Period(first, self.first - timedelta(days=1), week)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def _week_label(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def iso_week(text: str) -> Period:
    """``2026-W48`` (or ``2026W48``) → Monday 23 to Sunday 29 November 2026."""
    match = _WEEK.match(text.strip())
    if not match:
        raise BriefError(
            _("week {text!r}: write it as YEAR-WNN, for example 2026-W48").format(text=text)
        )
    year, week = int(match[1]), int(match[2])
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError as exc:
        message = _("week {text!r}: {year} has no week {week}")
        raise BriefError(message.format(text=text, year=year, week=week)) from exc
    return Period(monday, monday + timedelta(days=6), _week_label(monday))


def last_complete_week(today: date) -> Period:
    """The ISO week before the one ``today`` falls in."""
    monday = today - timedelta(days=today.weekday())
    return iso_week(_week_label(monday - timedelta(days=7)))


def date_range(first: date, last: date) -> Period:
    if last < first:
        message = _("the period ends ({last}) before it begins ({first})")
        raise BriefError(message.format(last=last, first=first))
    if (last - first).days + 1 > MAX_DAYS:
        message = _("a brief covers at most {days} days; {first} to {last} is longer")
        raise BriefError(message.format(days=MAX_DAYS, first=first, last=last))
    return Period(first, last)


def parse_date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        message = _("{option} {text!r}: not a date; write it as 2026-11-23")
        raise BriefError(message.format(option=option, text=text)) from exc
