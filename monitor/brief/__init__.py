"""The weekly pushback brief: gathered from the store (:mod:`.data`), laid out once as
blocks in the chosen language (:mod:`.blocks`), then written as DOCX, PDF, HTML or
Markdown; the period's items also go out as CSV or JSON."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from monitor.brief.data import Brief, gather
from monitor.brief.formats import DOCUMENTS, FORMATS, format_of, with_suffix
from monitor.brief.period import Period, date_range, iso_week, last_complete_week, parse_date
from monitor.brief.texts import LANGUAGES, Words
from monitor.classify.taxonomy import Taxonomy
from monitor.config import SourceConfig
from monitor.config.feeds_file import atomic_write
from monitor.errors import BriefError, ConfigError
from monitor.i18n import _
from monitor.progress import Progress, Task
from monitor.store import ReadStore

if TYPE_CHECKING:
    from monitor.brief.blocks import Block
    from monitor.sharing.pseudonyms import Pseudonymiser

RENDER_STEPS = 2  # the charts, then the file


@dataclass(frozen=True, kw_only=True)
class Request:
    period: Period
    format: str = "docx"
    language: str = "nl"
    organisation: str = ""
    source_names: Mapping[str, str] | None = None
    sources: Mapping[str, SourceConfig] | None = None  # their countries and tags (rises)
    thresholds: Mapping[str, float] | None = None
    partners: bool = False  # add the partners' findings nobody here decided (marked)
    pseudonyms: Pseudonymiser | None = None  # csv and json: private persons unnamed

    def file_name(self) -> str:
        suffix = "" if self.format in ("csv", "json") else f"-{self.language}"
        return f"pushback-brief-{self.period.label}{suffix}.{self.format}"


def title_of(brief: Brief) -> str:
    words = Words(brief.language)
    title = words._("Weekly pushback brief") if brief.period.week else words._("Pushback brief")
    return f"{title} {brief.period.label}"


def _gather(store: ReadStore, request: Request, taxonomy: Taxonomy) -> Brief:
    return gather(
        store,
        request.period,
        taxonomy=taxonomy,
        language=request.language,
        organisation=request.organisation,
        source_names=request.source_names,
        sources=request.sources,
        thresholds=request.thresholds,
        partners=request.partners,
    )


def build(
    store: ReadStore, request: Request, taxonomy: Taxonomy, progress: Progress | None = None
) -> bytes:
    """The brief (or the export) as the bytes of its file; ``progress`` counts its steps
    (gathering, drawing the charts, writing the file)."""
    if request.format not in FORMATS:
        message = _("format {format!r}: choose one of {formats}")
        raise BriefError(message.format(format=request.format, formats=", ".join(FORMATS)))
    if request.language not in LANGUAGES:
        raise BriefError(
            _("language {language!r}: choose nl or en").format(language=request.language)
        )
    with progress if progress is not None else Progress(Task.BRIEF) as steps:
        if request.format in ("csv", "json"):
            from monitor.brief import to_table  # noqa: PLC0415

            steps.update(description="reading the period's items", total=1)
            names = dict(request.source_names or {})
            found = to_table.rows(store, request.period, names, request.pseudonyms)
            if request.format == "csv":
                table = to_table.to_csv(found)
            else:
                table = to_table.to_json(found, request.period)
            steps.advance()
            return table
        steps.update(description="gathering the figures and findings", total=RENDER_STEPS + 1)
        brief = _gather(store, request, taxonomy)
        steps.advance()
        return render(brief, request.format, steps)


def render(brief: Brief, form: str, progress: Progress | None = None) -> bytes:
    """One brief in one document format (``progress`` advances by :data:`RENDER_STEPS`)."""
    from monitor.brief import blocks, charts  # noqa: PLC0415 - matplotlib comes with them

    steps = progress if progress is not None else Progress(Task.BRIEF, total=RENDER_STEPS)
    steps.describe("drawing the charts")
    drawn = charts.charts(brief, Words(brief.language))
    steps.advance()
    steps.describe(f"writing the {form} file")
    # Markdown shows each chart's numbers as a table, but the blocks carry both.
    laid_out = blocks.compose(brief, drawn)
    data = _written(laid_out, form, brief)
    steps.advance()
    return data


def _written(laid_out: list[Block], form: str, brief: Brief) -> bytes:
    title = title_of(brief)
    if form == "md":
        from monitor.brief import to_markdown  # noqa: PLC0415

        return to_markdown.render(laid_out)
    if form == "html":
        from monitor.brief import to_html  # noqa: PLC0415

        return to_html.render(laid_out, title=title, language=brief.language)
    if form == "docx":
        from monitor.brief import to_docx  # noqa: PLC0415

        return to_docx.render(laid_out, title=title, language=brief.language)
    from monitor.brief import to_pdf  # noqa: PLC0415

    return to_pdf.render(laid_out, title=title, language=brief.language)


def preview(store: ReadStore, request: Request, taxonomy: Taxonomy) -> tuple[str, dict[str, bytes]]:
    """The brief as HTML for an on-screen preview: charts as ``chart:NAME`` images whose
    PNG bytes come alongside (a preview widget loads nothing from elsewhere)."""
    from monitor.brief import blocks, charts, to_html  # noqa: PLC0415

    brief = _gather(store, request, taxonomy)
    drawn = charts.charts(brief, Words(brief.language))
    page = to_html.render(
        blocks.compose(brief, drawn),
        title=title_of(brief),
        language=brief.language,
        picture=lambda p: f'<p><img src="chart:{p.chart.kind}" width="620"></p>',
    )
    return page.decode("utf-8"), {f"chart:{c.kind}": c.png for c in drawn}


def save(data: bytes, path: Path) -> None:
    """Write the file whole or not at all (a failure leaves no half-written file)."""
    try:
        atomic_write(path, data, private=False)
    except ConfigError as exc:
        raise BriefError(str(exc)) from exc


__all__ = [
    "DOCUMENTS",
    "FORMATS",
    "Brief",
    "Period",
    "Request",
    "build",
    "date_range",
    "format_of",
    "gather",
    "iso_week",
    "last_complete_week",
    "parse_date",
    "preview",
    "render",
    "save",
    "with_suffix",
]
