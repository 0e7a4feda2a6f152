"""The brief as one self-contained HTML file: styles inside, charts as inline SVG."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from monitor.brief.blocks import Block, Heading, Paragraph, Picture, Span, Table

STYLE = """
body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; color: #222;
       max-width: 52em; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.8em; margin-bottom: .2em; }
h2 { border-bottom: 2px solid #4a6fa5; padding-bottom: .2em; margin-top: 2em; }
h4 { margin: 1.4em 0 .2em; }
h4 a { color: #1a3d6e; }
p.small { color: #555; font-size: .9em; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; font-size: .92em; }
th, td { border: 1px solid #ccd; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #eef1f6; }
td.n, th.n { text-align: right; white-space: nowrap; }
figure { margin: .5em 0 1.5em; }
figure svg { width: 100%; height: auto; }
@media print { body { max-width: none; } h2 { break-after: avoid; } }
"""


def _span(span: Span) -> str:
    text = escape(span.text)
    if span.bold:
        text = f"<strong>{text}</strong>"
    if span.italic:
        text = f"<em>{text}</em>"
    if span.link:
        text = f'<a href="{escape(span.link)}">{text}</a>'
    return text


def _table(table: Table) -> str:
    def cls(index: int) -> str:
        return ' class="n"' if index in table.numeric else ""

    head = "".join(f"<th{cls(i)}>{escape(h)}</th>" for i, h in enumerate(table.header))
    rows = "".join(
        "<tr>" + "".join(f"<td{cls(i)}>{_span(c)}</td>" for i, c in enumerate(row)) + "</tr>"
        for row in table.rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _svg(svg: str) -> str:
    """matplotlib's SVG without its XML prologue, ready to sit inside the page."""
    return re.sub(r"^.*?(<svg\b)", r"\1", svg, count=1, flags=re.DOTALL)


def inline_svg(picture: Picture) -> str:
    return (
        f'<figure role="img" aria-label="{escape(picture.chart.title)}">'
        f"{_svg(picture.chart.svg)}</figure>"
    )


def render(
    blocks: list[Block],
    *,
    title: str,
    language: str,
    picture: Callable[[Picture], str] = inline_svg,
) -> bytes:
    """The page; ``picture`` writes a chart (inline SVG: the file needs nothing else)."""
    body: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            text = escape(block.text)
            if block.link:
                text = f'<a href="{escape(block.link)}">{text}</a>'
            body.append(f"<h{block.level}>{text}</h{block.level}>")
        elif isinstance(block, Paragraph):
            small = ' class="small"' if block.small else ""
            body.append(f"<p{small}>{''.join(_span(s) for s in block.spans)}</p>")
        elif isinstance(block, Table):
            body.append(_table(block))
        elif isinstance(block, Picture):
            body.append(picture(block))
    page = (
        f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
    return page.encode("utf-8")
