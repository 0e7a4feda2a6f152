"""The brief as a Word document: real heading styles, tables, clickable links and the
charts embedded."""

from __future__ import annotations

import io
from typing import Any

from monitor.brief.blocks import Block, Heading, Paragraph, Picture, Span, Table

LINK_COLOR = "1A3D6E"


def _run_style(run: Any, span: Span) -> None:
    run.bold = span.bold or None
    run.italic = span.italic or None


def _link(paragraph: Any, span: Span) -> None:
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
    run = paragraph.add_run(span.text)
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


def _table(document: Any, table: Table) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: PLC0415
    from docx.shared import Cm, Pt  # noqa: PLC0415

    grid = document.add_table(rows=1, cols=len(table.header))
    grid.style = "Light Grid Accent 1"
    for index, title in enumerate(table.header):
        cell = grid.rows[0].cells[index]
        cell.text = title
    for row in table.rows:
        cells = grid.add_row().cells
        for index, span in enumerate(row):
            paragraph = cells[index].paragraphs[0]
            _spans(paragraph, [span])
            if index in table.numeric:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if table.widths:
        # Word reads the cells' widths, other programs the grid's: both are set.
        grid.autofit = False
        for column, share in zip(grid.columns, table.widths, strict=True):
            column.width = Cm(17 * share)
    for row in grid.rows:
        for index, cell in enumerate(row.cells):
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)
            if table.widths:
                cell.width = Cm(17 * table.widths[index])


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
            document.add_picture(io.BytesIO(block.chart.png), width=Cm(16.5))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
