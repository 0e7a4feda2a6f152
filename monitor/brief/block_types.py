"""What a brief is made of: headings, paragraphs of spans, tables and pictures; the
formats (to_docx, to_pdf, to_html, to_markdown) decide how each looks."""

from __future__ import annotations

from dataclasses import dataclass, field

from monitor.brief.charts import Chart
from monitor.urls import web_link


def _only_web_links(block: Span | Heading) -> None:
    # An item's link is whatever its feed said (javascript:, data:, file:…, or markup):
    # a block keeps only an http(s) one, encoded, so that no format can write another.
    if block.link is not None:
        object.__setattr__(block, "link", web_link(block.link))


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None  # an http(s) address; any other is dropped

    def __post_init__(self) -> None:
        _only_web_links(self)


@dataclass(frozen=True)
class Heading:
    level: int  # 1 title, 2 section, 3 subsection, 4 a finding
    text: str
    link: str | None = None  # an http(s) address; any other is dropped

    def __post_init__(self) -> None:
        _only_web_links(self)


@dataclass(frozen=True)
class Paragraph:
    spans: list[Span]
    small: bool = False


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[list[Span]]
    widths: list[float] = field(default_factory=list)  # shares of the page width
    numeric: set[int] = field(default_factory=set)  # right-aligned columns


@dataclass(frozen=True)
class Picture:
    chart: Chart
    fallback: Table  # the same numbers, for formats without images (Markdown)


Block = Heading | Paragraph | Table | Picture


def text(value: str, *, bold: bool = False, italic: bool = False, small: bool = False) -> Paragraph:
    return Paragraph([Span(value, bold=bold, italic=italic)], small=small)
