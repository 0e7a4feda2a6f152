"""The brief as Markdown (tables for the charts: Markdown has no place for images)."""

from __future__ import annotations

from monitor.brief.blocks import Block, Heading, Paragraph, Picture, Span, Table

_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_[]|<>#"})
# A link arrives encoded (monitor.urls.web_link); parentheses would still end its target.
_TARGET = str.maketrans({"(": "%28", ")": "%29"})


def _span(span: Span) -> str:
    text = " ".join(span.text.split()).translate(_SPECIAL)
    if span.bold and text:
        text = f"**{text}**"
    if span.italic and text:
        text = f"*{text}*"
    if span.link:
        text = f"[{text}]({span.link.translate(_TARGET)})"
    # Emphasis may not begin or end with a space: spaces at the edges go outside it.
    before = " " if span.text[:1].isspace() else ""
    after = " " if span.text[-1:].isspace() else ""
    return f"{before}{text}{after}" if text else before or after


def _table(table: Table) -> list[str]:
    header = [" ".join(h.split()).translate(_SPECIAL) for h in table.header]
    align = ["---:" if i in table.numeric else "---" for i in range(len(header))]
    lines = [f"| {' | '.join(header)} |", f"| {' | '.join(align)} |"]
    lines += [f"| {' | '.join(_span(cell) for cell in row)} |" for row in table.rows]
    return [*lines, ""]


def render(blocks: list[Block]) -> bytes:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            title = " ".join(block.text.split()).translate(_SPECIAL)
            if block.link:
                title = _span(Span(block.text, link=block.link))
            lines += [f"{'#' * block.level} {title}", ""]
        elif isinstance(block, Paragraph):
            lines += ["".join(_span(s) for s in block.spans), ""]
        elif isinstance(block, Table):
            lines += _table(block)
        elif isinstance(block, Picture):
            lines += _table(block.fallback)
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")
