"""Every heading, label and date of a brief, in Dutch and English."""

from __future__ import annotations

from datetime import date, datetime

LANGUAGES = ("nl", "en")

MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
DAYS = {
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Wekelijks overzicht pushback",
        "title_range": "Overzicht pushback",
        "week": "week {week}",
        "generated": "Gemaakt op {date} met Pushback Monitor",
        "key_figures": "Kerncijfers",
        "figure": "Cijfer",
        "this_period": "Deze periode",
        "previous_period": "Vorige periode",
        "change": "Verschil",
        "monitored": "Berichten gevolgd",
        "flagged": "Gemarkeerd door het model",
        "reviewed": "Beoordeeld",
        "confirmed": "Bevestigd als pushback",
        "awaiting_review": "Wacht op beoordeling",
        "per_category": "Bevestigd per categorie",
        "awaiting_note": (
            "{count} gemarkeerde berichten zijn nog niet beoordeeld; ze tellen niet als "
            "bevindingen en staan niet in dit overzicht."
        ),
        "charts": "Verloop",
        "chart_daily": "Bevestigde berichten per dag en categorie",
        "chart_sources": "Bronnen met de meeste bevestigde berichten",
        "findings": "Bevindingen per categorie",
        "no_findings": "Geen bevestigde bevindingen in deze periode.",
        "no_findings_category": "Geen bevestigde bevindingen in deze categorie.",
        "severity": "Ernst",
        "severity_high": "hoog",
        "severity_medium": "middel",
        "severity_low": "laag",
        "severity_none": "niet beoordeeld",
        "score": "score",
        "note": "Notitie analist",
        "open": "Bron openen",
        "new": "Voor het eerst gezien",
        "new_sources": "Nieuwe bronnen",
        "new_actors": "Nieuwe actoren",
        "no_new": "Geen.",
        "first_seen": "eerst gezien {date}",
        "findings_count": "{count} bevindingen",
        "methods": "Werkwijze",
        "methods_text": (
            "Pushback Monitor haalt de ingestelde bronnen automatisch op en laat elk bericht "
            "beoordelen door een taalmodel (classificatie in zeven categorieën, Nederlands en "
            "Engels). Alleen berichten die een analist heeft bevestigd, gelden als bevinding."
        ),
        "model": "Model",
        "thresholds": "Drempels",
        "reviewed_share": "Beoordeeld van de gemarkeerde berichten",
        "reviewers": "Beoordeeld door",
        "aspect": "Onderdeel",
        "value": "Waarde",
        "decisions": "{count} besluiten",
        "appendix": "Bijlage: alle bevestigde berichten",
        "date": "Datum",
        "source": "Bron",
        "title_column": "Titel",
        "categories": "Categorieën",
        "category": "Categorie",
        "not_rated": "—",
        "estimated": "datum geschat",
        "none": "geen",
    },
    "en": {
        "title": "Weekly pushback brief",
        "title_range": "Pushback brief",
        "week": "week {week}",
        "generated": "Made on {date} with Pushback Monitor",
        "key_figures": "Key figures",
        "figure": "Figure",
        "this_period": "This period",
        "previous_period": "Previous period",
        "change": "Change",
        "monitored": "Items monitored",
        "flagged": "Flagged by the model",
        "reviewed": "Reviewed",
        "confirmed": "Confirmed as pushback",
        "awaiting_review": "Awaiting review",
        "per_category": "Confirmed per category",
        "awaiting_note": (
            "{count} flagged items have not been reviewed yet; they are not findings and do "
            "not appear in this brief."
        ),
        "charts": "Over the period",
        "chart_daily": "Confirmed items per day and category",
        "chart_sources": "Sources with the most confirmed items",
        "findings": "Findings by category",
        "no_findings": "No confirmed findings in this period.",
        "no_findings_category": "No confirmed findings in this category.",
        "severity": "Severity",
        "severity_high": "high",
        "severity_medium": "medium",
        "severity_low": "low",
        "severity_none": "not rated",
        "score": "score",
        "note": "Analyst's note",
        "open": "Open the source",
        "new": "Seen for the first time",
        "new_sources": "New sources",
        "new_actors": "New actors",
        "no_new": "None.",
        "first_seen": "first seen {date}",
        "findings_count": "{count} findings",
        "methods": "Methods",
        "methods_text": (
            "Pushback Monitor polls the configured sources automatically and has every item "
            "scored by a language model (classification into seven categories, Dutch and "
            "English). Only items an analyst has confirmed count as findings."
        ),
        "model": "Model",
        "thresholds": "Thresholds",
        "reviewed_share": "Reviewed of the flagged items",
        "reviewers": "Reviewed by",
        "aspect": "Aspect",
        "value": "Value",
        "decisions": "{count} decisions",
        "appendix": "Appendix: all confirmed items",
        "date": "Date",
        "source": "Source",
        "title_column": "Title",
        "categories": "Categories",
        "category": "Category",
        "not_rated": "—",
        "estimated": "date estimated",
        "none": "none",
    },
}


class Words:
    """The texts of one language, with its dates and numbers."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._texts = TEXTS[language]

    def __call__(self, key: str, **values: object) -> str:
        return self._texts[key].format(**values)

    def day(self, value: date) -> str:
        month = MONTHS[self.language][value.month - 1]
        return f"{value.day} {month} {value.year}"

    def short_day(self, value: date) -> str:
        return f"{DAYS[self.language][value.weekday()]} {value.day}-{value.month}"

    def moment(self, value: datetime) -> str:
        local = value.astimezone()
        return f"{self.day(local.date())} {local:%H:%M}"

    def span(self, first: date, last: date) -> str:
        if first.year == last.year and first.month == last.month:
            month = MONTHS[self.language][first.month - 1]
            return f"{first.day}–{last.day} {month} {first.year}"
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
        return self(f"severity_{value}" if value else "severity_none")
