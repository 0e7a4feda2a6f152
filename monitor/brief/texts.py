"""Every heading, label and date of a brief in its language: the English text is the
message, the Dutch comes from the engine's catalog (:mod:`monitor.i18n`), as every other
translated message of the engine does; numbers and dates are written as each language
writes them."""

from __future__ import annotations

from datetime import date, datetime

from monitor.i18n import N_, catalog

LANGUAGES = ("nl", "en")

MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)
DAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
SEVERITIES = {"high": N_("high"), "medium": N_("medium"), "low": N_("low"), "": N_("not rated")}


class Words:
    """The texts of one language, with its dates and numbers."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._catalog = catalog(language)

    def _(self, message: str, **values: object) -> str:
        """``message`` in this language, its ``{fields}`` filled with ``values``."""
        text = self._catalog.gettext(message)
        return text.format(**values) if values else text

    def ngettext(self, singular: str, plural: str, count: int, **values: object) -> str:
        """The form for ``count`` (its ``{count}`` written as this language writes
        numbers)."""
        text = self._catalog.ngettext(singular, plural, count)
        return text.format(count=self.number(count), **values)

    def month(self, value: date) -> str:
        return self._(MONTHS[value.month - 1])

    def day(self, value: date) -> str:
        return f"{value.day} {self.month(value)} {value.year}"

    def short_day(self, value: date) -> str:
        return f"{self._(DAYS[value.weekday()])} {value.day}-{value.month}"

    def moment(self, value: datetime) -> str:
        local = value.astimezone()
        return f"{self.day(local.date())} {local:%H:%M}"

    def span(self, first: date, last: date) -> str:
        if first.year == last.year and first.month == last.month:
            return f"{first.day}–{last.day} {self.month(first)} {first.year}"
        return f"{self.day(first)} – {self.day(last)}"

    def number(self, value: int) -> str:
        text = f"{value:,}"
        return text.replace(",", ".") if self.language == "nl" else text

    def decimal(self, value: float, digits: int = 2) -> str:
        text = f"{value:.{digits}f}"
        return text.replace(".", ",") if self.language == "nl" else text

    def percent(self, share: float) -> str:
        text = f"{share * 100:.0f}%"
        return text if self.language == "en" else text.replace("%", " %")

    def change(self, now: int, before: int) -> str:
        difference = now - before
        sign = "+" if difference > 0 else ("−" if difference < 0 else "±")
        text = f"{sign}{self.number(abs(difference))}"
        if before:
            text += f" ({sign}{abs(difference) / before * 100:.0f}%)"
        return text

    def severity(self, value: str | None) -> str:
        return self._(SEVERITIES.get(value or "", SEVERITIES[""]))
