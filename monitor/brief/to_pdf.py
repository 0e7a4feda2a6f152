"""The brief as an A4 PDF (fpdf2), in DejaVu Sans (:mod:`.fonts`): Dutch and other
accented letters, Greek, Cyrillic and Georgian all have their glyphs. Tables take their
column widths from their content (:mod:`.columns`); a table that fits on a page is never
split across two (it starts on the next page, its heading with it), a longer one repeats
its header row on each page, and no row is ever cut in two. Charts are placed at the size
they were drawn for, so that their text is as large as the body's."""

from __future__ import annotations

import copy
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
LINE_HEIGHT = 4.3  # of a table's text
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
        text = _printable(span.text)
        first = text.split(" ", 1)[0]
        room = pdf.w - pdf.r_margin - pdf.x
        # A span is written on its own: where its first word does not fit the line, the
        # line ends before it (otherwise the word would be cut between two letters).
        if first and pdf.x > pdf.l_margin + 0.01 and pdf.get_string_width(first) > room:
            pdf.ln(height)
        if span.link:
            pdf.set_text_color(*LINK)
            pdf.write(height, text, link=span.link)
            pdf.set_text_color(34, 34, 34)
        else:
            pdf.write(height, text)
    pdf.ln(height + 1.5)


def column_widths(pdf: Any, table: Table) -> list[float]:
    """The table's column widths in millimetres across the page, from its content."""

    def measure(text: str, bold: bool) -> float:
        pdf.set_font(FONT, "B" if bold else "", CELL)
        return float(pdf.get_string_width(_printable(text)))

    # a hair more than the padding: fpdf2 wraps a word that fits only to the last 0.01 mm
    return columns.widths(columns.texts(table), measure, width=pdf.epw, padding=PADDING + 0.3)


def _grid(pdf: Any, table: Table) -> None:
    """The table drawn from where ``pdf`` is: fpdf2 moves a row that does not fit in the
    rest of a page to the next whole, and repeats the header row above it there."""
    from fpdf.enums import TableHeadingsDisplay  # noqa: PLC0415
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
        repeat_headings=TableHeadingsDisplay.ON_TOP_OF_EVERY_PAGE,
        line_height=LINE_HEIGHT,
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


def _draw(pdf: Any, block: Block) -> None:
    """The block where ``pdf`` is, without the space after it (:func:`_space_after`)."""
    if isinstance(block, Heading):
        pdf.ln(3 if block.level > 2 else 5)
        size = SIZES[block.level]
        _paragraph(pdf, [Span(block.text, bold=True, link=block.link)], size, size * 0.5)
    elif isinstance(block, Paragraph):
        size = SMALL if block.small else TEXT
        _paragraph(pdf, block.spans, size, size * 0.5)
    elif isinstance(block, Table):
        _grid(pdf, block)
    else:
        pdf.image(
            io.BytesIO(block.chart.png), w=chart_width(pdf, block), alt_text=block.chart.title
        )


def _space_after(block: Block) -> float:
    return 3.0 if isinstance(block, Table | Picture) else 0.0


class _Heights:
    """How tall blocks are on paper when they fit on one page: drawn from the top of a
    page of a scratch copy of the document, made before anything is drawn on it (fonts,
    margins and all), that never breaks pages and is never written out."""

    def __init__(self, pdf: Any) -> None:
        self._scratch = copy.deepcopy(pdf)  # a tenth of the time of loading the fonts again
        self._scratch.set_auto_page_break(auto=False)

    def whole(self, pdf: Any, blocks: list[Block]) -> float | None:
        """The height of ``blocks`` together (mm), or None when they are longer than a
        page."""
        room = _page_room(pdf)
        rows = sum(len(b.rows) + 1 for b in blocks if isinstance(b, Table))
        if rows * (LINE_HEIGHT + 2 * ROW_PADDING) > room:
            return None  # too many rows for a page, however short each
        scratch = self._scratch
        scratch.set_y(scratch.t_margin)
        for number, block in enumerate(blocks, start=1):
            _draw(scratch, block)
            if number < len(blocks):  # the space after the last is not theirs to fit
                scratch.ln(_space_after(block))
        height = float(scratch.get_y() - scratch.t_margin)
        return height if height <= room else None


def _page_room(pdf: Any) -> float:
    """The height a page has for the body."""
    return float(pdf.page_break_trigger - pdf.t_margin)


TABLE_START = 45.0  # a long table's header and first rows, kept with its heading


def _room_for_block(pdf: Any, block: Block) -> float:
    if isinstance(block, Picture):
        return _room_for(pdf, block)
    if isinstance(block, Table):
        return TABLE_START
    return 20.0  # a paragraph's first lines


def _headings(blocks: list[Block], index: int) -> int:
    """How many headings follow one another from ``blocks[index]``."""
    count = 0
    while index + count < len(blocks) and isinstance(blocks[index + count], Heading):
        count += 1
    return count


def _led_table(blocks: list[Block], index: int) -> list[Block]:
    """The headings from ``blocks[index]`` with the table they head, and the paragraph
    that introduces it between them if there is one; empty when they head no table."""
    after = index + _headings(blocks, index)
    if after < len(blocks) and isinstance(blocks[after], Paragraph):
        after += 1  # an introduction
    if after < len(blocks) and isinstance(blocks[after], Table):
        return blocks[index : after + 1]
    return []


def _room_after(pdf: Any, blocks: list[Block], index: int, heights: _Heights) -> float:
    """Room for a heading, the headings right after it and what they head first: a table
    whole with its introduction when they fit on a page, else its start."""
    led = _led_table(blocks, index)
    whole = heights.whole(pdf, led) if led else None
    if whole is not None:
        return whole
    needed = 0.0
    for block in blocks[index:]:
        if isinstance(block, Heading):
            needed += 12 if block.level <= 3 else 8
            continue
        return needed + _room_for_block(pdf, block)
    return needed


def _is_led(blocks: list[Block], index: int) -> bool:
    """Whether the table at ``index`` comes right after its heading (or its heading and
    introduction), which has decided where it goes (:func:`_led_table`)."""
    if index >= 1 and isinstance(blocks[index - 1], Heading):
        return True
    return (
        index >= 2
        and isinstance(blocks[index - 1], Paragraph)
        and isinstance(blocks[index - 2], Heading)
    )


def render(blocks: list[Block], *, title: str, language: str) -> bytes:
    pdf = _document(title, language)
    pdf.set_text_color(34, 34, 34)
    heights = _Heights(pdf)
    for index, block in enumerate(blocks):
        if isinstance(block, Heading):
            if pdf.will_page_break(_room_after(pdf, blocks, index, heights)):
                pdf.add_page()  # a heading stays with what follows it
        elif isinstance(block, Table) and not _is_led(blocks, index):
            whole = heights.whole(pdf, [block])
            if whole is not None and pdf.will_page_break(whole):
                pdf.add_page()  # it fits on a page: all of it on the next, not split
        _draw(pdf, block)
        pdf.ln(_space_after(block))
    return bytes(pdf.output())
