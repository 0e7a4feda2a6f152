"""The brief as a Word document: real heading styles, tables whose column widths come from
their content (:mod:`.columns`), clickable links and the charts embedded at the size they
were drawn for."""

from __future__ import annotations

import io
from typing import Any

from monitor.brief import columns, fonts
from monitor.brief.blocks import Block, Heading, Paragraph, Picture, Span, Table

LINK_COLOR = "1A3D6E"
TEXT_WIDTH = 170.0  # millimetres: A4 less two margins of 2 cm
CELL = 9  # points: the tables' text
# Word's and LibreOffice's own space left and right of a cell's text (0.19 cm), and a
# little more: the widths are measured in DejaVu Sans, which is wider than Calibri
# anyway, so a word measured to fit does.
PADDING = 1.9 + 0.3


def _run_style(run: Any, span: Span) -> None:
    run.bold = span.bold or None
    run.italic = span.italic or None


def _link(paragraph: Any, span: Span, text: str | None = None) -> None:
    """A real hyperlink (python-docx has no call for one: the relationship and the
    ``w:hyperlink`` element are made by hand)."""
    from docx.opc.constants import RELATIONSHIP_TYPE  # noqa: PLC0415
    from docx.oxml import OxmlElement  # noqa: PLC0415
    from docx.oxml.ns import qn  # noqa: PLC0415
    from docx.shared import RGBColor  # noqa: PLC0415

    assert span.link is not None
    relation = paragraph.part.relate_to(span.link, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), relation)
    run = paragraph.add_run(span.text if text is None else text)
    _run_style(run, span)
    run.font.underline = True
    run.font.color.rgb = RGBColor.from_string(LINK_COLOR)
    hyperlink.append(run._r)
    paragraph._p.append(hyperlink)


def _spans(paragraph: Any, spans: list[Span]) -> None:
    for span in spans:
        if span.link:
            _link(paragraph, span)
        else:
            _run_style(paragraph.add_run(span.text), span)


def _cell(paragraph: Any, span: Span) -> None:
    text = columns.breakable(span.text)
    if span.link:
        _link(paragraph, span, text)
    else:
        _run_style(paragraph.add_run(text), span)


def _size(paragraph: Any, size: Any) -> None:
    """Every run of ``paragraph`` at ``size``, those of its links too."""
    from docx.text.run import Run  # noqa: PLC0415

    for run in paragraph._p.xpath(".//w:r"):
        Run(run, paragraph).font.size = size


def column_widths(table: Table) -> list[float]:
    """The table's column widths in millimetres across the page, from its content."""

    def measure(text: str, bold: bool) -> float:
        # the table style sets the first column in bold as well as the header
        return fonts.text_width(text, CELL, bold=True)

    return columns.widths(columns.texts(table), measure, width=TEXT_WIDTH, padding=PADDING)


def _row_property(row: Any, name: str) -> None:
    """Switch on the row property ``name`` (``w:tblHeader``: the row again at the top of
    each page the table runs on to; ``w:cantSplit``: the row kept on one page)."""
    from docx.oxml import OxmlElement  # noqa: PLC0415
    from docx.oxml.ns import qn  # noqa: PLC0415

    setting = OxmlElement(name)
    setting.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(setting)


def _table(document: Any, table: Table) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: PLC0415
    from docx.shared import Mm, Pt  # noqa: PLC0415

    grid = document.add_table(rows=1, cols=len(table.header))
    grid.style = "Light Grid Accent 1"
    grid.autofit = False
    _row_property(grid.rows[0], "w:tblHeader")
    for index, title in enumerate(table.header):
        paragraph = grid.rows[0].cells[index].paragraphs[0]
        paragraph.add_run(columns.breakable(title))
        paragraph.paragraph_format.keep_with_next = True  # never alone at a page's foot
    for row in table.rows:
        cells = grid.add_row().cells
        for index, span in enumerate(row):
            _cell(cells[index].paragraphs[0], span)
    widths = [Mm(width) for width in column_widths(table)]
    # Word reads the cells' widths, LibreOffice the grid's: both are set.
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = width
    for row in grid.rows:
        _row_property(row, "w:cantSplit")
        for index, cell in enumerate(row.cells):
            cell.width = widths[index]
            for paragraph in cell.paragraphs:
                if index in table.numeric:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _size(paragraph, Pt(CELL))


def _field(paragraph: Any, instruction: str) -> None:
    """A Word field (``PAGE``, ``NUMPAGES``) that Word fills in when it lays out the pages."""
    from docx.oxml import OxmlElement  # noqa: PLC0415
    from docx.oxml.ns import qn  # noqa: PLC0415

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _footer(section: Any, title: str, width: Any) -> None:
    """The brief's title on the left and "page / pages" on the right of every page."""
    from docx.enum.text import WD_TAB_ALIGNMENT  # noqa: PLC0415
    from docx.shared import Pt, RGBColor, Twips  # noqa: PLC0415

    paragraph = section.footer.paragraphs[0]
    stops = paragraph.paragraph_format.tab_stops
    for inherited in (Twips(4680), Twips(9360)):  # the Footer style's centre and right stops
        stops.add_tab_stop(inherited, WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    paragraph.add_run(f"{title}\t")
    _field(paragraph, "PAGE")
    paragraph.add_run(" / ")
    _field(paragraph, "NUMPAGES")
    paragraph.style.font.size = Pt(8)
    paragraph.style.font.color.rgb = RGBColor(0x6E, 0x6E, 0x6E)


def chart_width(picture: Picture) -> Any:
    """The width a chart is placed at: the one it was drawn for (its text then has the
    size it was drawn with), or the page's if that is less."""
    from docx.shared import Inches, Mm  # noqa: PLC0415

    return min(Inches(picture.chart.width), Mm(TEXT_WIDTH))


def render(blocks: list[Block], *, title: str, language: str) -> bytes:
    import docx  # noqa: PLC0415 - only when a DOCX is made
    from docx.shared import Cm, Pt, RGBColor  # noqa: PLC0415

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    _footer(section, title, Cm(17))
    document.core_properties.title = title
    document.core_properties.language = language
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10.5)
    for block in blocks:
        if isinstance(block, Heading):
            paragraph = document.add_heading(level=0 if block.level == 1 else block.level - 1)
            _spans(paragraph, [Span(block.text, link=block.link)])
        elif isinstance(block, Paragraph):
            paragraph = document.add_paragraph()
            _spans(paragraph, block.spans)
            if block.small:
                for run in paragraph.runs:
                    run.font.size = Pt(8.5)
                    run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        elif isinstance(block, Table):
            _table(document, block)
        elif isinstance(block, Picture):
            document.add_picture(io.BytesIO(block.chart.png), width=chart_width(block))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
