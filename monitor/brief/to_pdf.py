"""The brief as an A4 PDF (fpdf2), in DejaVu Sans: Dutch and other accented letters,
Greek, Cyrillic and Georgian all have their glyphs. The font files come with matplotlib,
which draws the charts."""

from __future__ import annotations

import functools
import io
import unicodedata
from pathlib import Path
from typing import Any

from monitor.brief.blocks import Block, Heading, Paragraph, Picture, Span, Table
from monitor.errors import BriefError

FONT = "DejaVu"
SIZES = {1: 20, 2: 15, 3: 12.5, 4: 11}
TEXT = 10
SMALL = 8.5
LINK = (26, 61, 110)


def _fonts() -> Path:
    import matplotlib  # noqa: PLC0415 - only when a PDF is made

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    if not (folder / "DejaVuSans.ttf").exists():
        raise BriefError(f"{folder}: the DejaVu fonts for the PDF are missing")
    return folder


@functools.cache
def _covered(font: Path) -> frozenset[int]:
    """The code points the font has glyphs for."""
    from fontTools.ttLib import TTFont  # noqa: PLC0415

    with TTFont(str(font), lazy=True) as loaded:
        return frozenset(loaded.getBestCmap())


def _printable(text: str) -> str:
    """``text`` with the characters DejaVu lacks (emoji, CJK) left out: a symbol simply
    goes, anything else shows as "□" so the reader sees something was there."""
    covered = _covered(_fonts() / "DejaVuSans.ttf")
    if all(ord(c) in covered for c in text):
        return text
    return "".join(
        c
        if ord(c) in covered or c in "\n\t"
        else ("" if unicodedata.category(c) in ("So", "Sk", "Cf", "Mn") else "□")
        for c in text
    )


def _document(title: str, language: str) -> Any:
    from fpdf import FPDF  # noqa: PLC0415 - only when a PDF is made

    class Document(FPDF):
        def footer(self) -> None:
            """The brief's title and "page / pages" at the foot of every page."""
            self.set_y(-12)
            self.set_font(FONT, "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(self.epw * 0.8, 5, _printable(title))
            self.cell(self.epw * 0.2, 5, f"{self.page_no()} / {{nb}}", align="R")
            self.set_text_color(34, 34, 34)

    pdf = Document(format="A4", unit="mm")
    folder = _fonts()
    for style, name in (
        ("", "DejaVuSans"),
        ("B", "DejaVuSans-Bold"),
        ("I", "DejaVuSans-Oblique"),
        ("BI", "DejaVuSans-BoldOblique"),
    ):
        pdf.add_font(FONT, style, str(folder / f"{name}.ttf"))
    pdf.set_title(title)
    pdf.set_lang(language)
    pdf.set_creator("Pushback Monitor")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


def _style(span: Span) -> str:
    return ("B" if span.bold else "") + ("I" if span.italic else "")


def _paragraph(pdf: Any, spans: list[Span], size: float, height: float) -> None:
    for span in spans:
        pdf.set_font(FONT, _style(span), size)
        if span.link:
            pdf.set_text_color(*LINK)
            pdf.write(height, _printable(span.text), link=span.link)
            pdf.set_text_color(34, 34, 34)
        else:
            pdf.write(height, _printable(span.text))
    pdf.ln(height + 1.5)


def _table(pdf: Any, table: Table) -> None:
    from fpdf.fonts import FontFace  # noqa: PLC0415

    widths = table.widths or [1 / len(table.header)] * len(table.header)
    pdf.set_font(FONT, "", 8.5)
    heading = FontFace(emphasis="BOLD", fill_color=(238, 241, 246))
    with pdf.table(
        col_widths=[w * 100 for w in widths], headings_style=heading, line_height=4.6, padding=1.2
    ) as grid:
        row = grid.row()
        for title in table.header:
            row.cell(_printable(title))
        for cells in table.rows:
            row = grid.row()
            for index, span in enumerate(cells):
                style = FontFace(emphasis=_style(span) or None, color=LINK if span.link else None)
                row.cell(
                    _printable(span.text),
                    align="R" if index in table.numeric else "L",
                    link=span.link,
                    style=style,
                )
    pdf.ln(3)


def _room_for(pdf: Any, picture: Picture) -> float:
    """The height a chart takes at the page's width, with its heading."""
    from PIL import Image  # noqa: PLC0415

    with Image.open(io.BytesIO(picture.chart.png)) as image:
        width, height = image.size
    return float(pdf.epw * height / width)


def _room_after(pdf: Any, blocks: list[Block], index: int) -> float:
    """Room for a heading, the headings right after it and the first thing they head."""
    needed = 0.0
    for block in blocks[index:]:
        if isinstance(block, Heading):
            needed += 12
            continue
        return needed + (_room_for(pdf, block) if isinstance(block, Picture) else 45)
    return needed


def render(blocks: list[Block], *, title: str, language: str) -> bytes:
    pdf = _document(title, language)
    pdf.set_text_color(34, 34, 34)
    for index, block in enumerate(blocks):
        if isinstance(block, Heading):
            needed = _room_after(pdf, blocks, index)
            if block.level <= 3 and pdf.get_y() + needed > pdf.h - pdf.b_margin:
                pdf.add_page()  # a heading stays with what follows it
            pdf.ln(3 if block.level > 2 else 5)
            _paragraph(
                pdf,
                [Span(block.text, bold=True, link=block.link)],
                SIZES[block.level],
                SIZES[block.level] * 0.5,
            )
        elif isinstance(block, Paragraph):
            size = SMALL if block.small else TEXT
            _paragraph(pdf, block.spans, size, size * 0.5)
        elif isinstance(block, Table):
            _table(pdf, block)
        elif isinstance(block, Picture):
            pdf.image(io.BytesIO(block.chart.png), w=pdf.epw, alt_text=block.chart.title)
            pdf.ln(3)
    return bytes(pdf.output())
