"""The brief as an A4 PDF (fpdf2), in DejaVu Sans (:mod:`.fonts`): Dutch and other
accented letters, Greek, Cyrillic and Georgian all have their glyphs. Tables take their
column widths from their content (:mod:`.columns`); charts are placed at the size they
were drawn for, so that their text is as large as the body's."""

from __future__ import annotations

import io
import unicodedata
from typing import Any

from monitor.brief import columns, fonts
from monitor.brief.blocks import Block, Heading, Paragraph, Picture, Span, Table

FONT = "DejaVu"
SIZES = {1: 20, 2: 15, 3: 12.5, 4: 11}
TEXT = 10
SMALL = 8.5
CELL = 8.5  # the tables' text
PADDING = 1.2  # between a cell's border and its text, left and right
ROW_PADDING = 0.8  # above and below it: rows stay compact, so the charts fit on page 1
LINK = (26, 61, 110)


def _printable(text: str) -> str:
    """``text`` with the characters DejaVu lacks (emoji, CJK) left out: a symbol simply
    goes, anything else shows as "□" so the reader sees something was there."""
    covered = fonts.covered(fonts.folder() / f"{fonts.REGULAR}.ttf")
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
    folder = fonts.folder()
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


def column_widths(pdf: Any, table: Table) -> list[float]:
    """The table's column widths in millimetres across the page, from its content."""

    def measure(text: str, bold: bool) -> float:
        pdf.set_font(FONT, "B" if bold else "", CELL)
        return float(pdf.get_string_width(_printable(text)))

    # a hair more than the padding: fpdf2 wraps a word that fits only to the last 0.01 mm
    return columns.widths(columns.texts(table), measure, width=pdf.epw, padding=PADDING + 0.3)


def _table(pdf: Any, table: Table) -> None:
    from fpdf.fonts import FontFace  # noqa: PLC0415

    widths = column_widths(pdf, table)
    aligns = ["RIGHT" if i in table.numeric else "LEFT" for i in range(len(widths))]
    pdf.set_font(FONT, "", CELL)
    heading = FontFace(emphasis="BOLD", fill_color=(238, 241, 246))
    with pdf.table(
        col_widths=widths,
        width=pdf.epw,
        text_align=aligns,  # never justified: that stretches a short header across its cell
        headings_style=heading,
        line_height=4.3,
        padding=(ROW_PADDING, PADDING),
    ) as grid:
        row = grid.row()
        for title, align in zip(table.header, aligns, strict=True):
            row.cell(columns.breakable(_printable(title)), align=align)
        for cells in table.rows:
            row = grid.row()
            for span, align in zip(cells, aligns, strict=True):
                style = FontFace(emphasis=_style(span) or None, color=LINK if span.link else None)
                row.cell(
                    columns.breakable(_printable(span.text)),
                    align=align,
                    link=span.link,
                    style=style,
                )
    pdf.ln(3)


def chart_width(pdf: Any, picture: Picture) -> float:
    """The width in millimetres a chart is placed at: the one it was drawn for (its text
    then has the size it was drawn with), or the page's if that is less."""
    return float(min(pdf.epw, picture.chart.width * 25.4))


def _room_for(pdf: Any, picture: Picture) -> float:
    """The height a chart takes on the page."""
    from PIL import Image  # noqa: PLC0415

    with Image.open(io.BytesIO(picture.chart.png)) as image:
        width, height = image.size
    return chart_width(pdf, picture) * height / width


def _room_for_block(pdf: Any, block: Block) -> float:
    if isinstance(block, Picture):
        return _room_for(pdf, block)
    if isinstance(block, Table):
        return min(45.0, 6.0 * (len(block.rows) + 1))  # its header and a few rows
    return 20.0  # a paragraph's first lines


def _room_after(pdf: Any, blocks: list[Block], index: int) -> float:
    """Room for a heading, the headings right after it and the first thing they head."""
    needed = 0.0
    for block in blocks[index:]:
        if isinstance(block, Heading):
            needed += 12 if block.level <= 3 else 8
            continue
        return needed + _room_for_block(pdf, block)
    return needed


def render(blocks: list[Block], *, title: str, language: str) -> bytes:
    pdf = _document(title, language)
    pdf.set_text_color(34, 34, 34)
    for index, block in enumerate(blocks):
        if isinstance(block, Heading):
            needed = _room_after(pdf, blocks, index)
            if pdf.get_y() + needed > pdf.h - pdf.b_margin:
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
            pdf.image(
                io.BytesIO(block.chart.png), w=chart_width(pdf, block), alt_text=block.chart.title
            )
            pdf.ln(3)
    return bytes(pdf.output())
