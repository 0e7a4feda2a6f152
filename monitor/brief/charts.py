"""The brief's two charts, drawn with matplotlib (imported only when a brief is made):
confirmed items per day and category, and the sources with the most confirmed items.

They are drawn at the width they are printed at (:data:`WIDTH`, the text width of the
DOCX page and a little less than the PDF's), their labels and legend at the size of the
body text, so that on paper they read as easily as the text around them."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from monitor.brief.data import Brief
from monitor.brief.texts import Words

if TYPE_CHECKING:
    from matplotlib.figure import Figure


WIDTH = 16.5 / 2.54  # inches: 16.5 cm
LABELS = 10.5  # points: the DOCX body text's size (the PDF's is 10)
MOST_DAYS = 8  # labelled days on the axis: more would run into each other


@dataclass(frozen=True)
class Chart:
    kind: str  # "daily" or "sources"
    title: str
    png: bytes  # for DOCX and PDF
    svg: str  # for HTML: sharp at any size
    width: float = WIDTH  # inches: the size it was drawn for
    smallest_text: float = LABELS  # points, at that width


def _figure(height: float) -> Figure:
    from matplotlib.figure import Figure  # noqa: PLC0415 - only when a brief is made

    figure = Figure(figsize=(WIDTH, height), dpi=150, layout="constrained")
    figure.patch.set_facecolor("white")
    return figure


def _smallest_text(figure: Figure) -> float:
    from matplotlib.text import Text  # noqa: PLC0415

    sizes = [t.get_fontsize() for t in figure.findobj(Text) if t.get_visible() and t.get_text()]
    return float(min(sizes, default=LABELS))


def _render(figure: Figure, kind: str, title: str) -> Chart:
    png, svg = io.BytesIO(), io.StringIO()
    figure.savefig(png, format="png")
    figure.savefig(svg, format="svg", metadata={"Date": None})
    return Chart(
        kind=kind,
        title=title,
        png=png.getvalue(),
        svg=svg.getvalue(),
        width=float(figure.get_figwidth()),
        smallest_text=_smallest_text(figure),
    )


def _style(axes: Any) -> None:
    axes.spines[["top", "right"]].set_visible(False)
    axes.tick_params(labelsize=LABELS)


def daily(brief: Brief, words: Words) -> Chart | None:
    """Stacked bars: confirmed items per day, one colour per category."""
    if not brief.findings:
        return None
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415

    figure = _figure(2.6)
    axes = figure.add_subplot()
    days = sorted(brief.daily)
    bottoms = [0] * len(days)
    for category in brief.taxonomy.categories:
        heights = [brief.daily[day].get(category.id, 0) for day in days]
        if not any(heights):
            continue
        axes.bar(
            range(len(days)),
            heights,
            bottom=bottoms,
            color=category.color,
            label=brief.category_name(category.id),
            width=0.7,
        )
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    step = -(-len(days) // MOST_DAYS)
    axes.set_xticks(
        range(0, len(days), step), [words.short_day(days[i]) for i in range(0, len(days), step)]
    )
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    # below the bars, across the width: beside them it would take a third of it
    figure.legend(fontsize=LABELS, frameon=False, loc="outside lower center", ncols=3)
    _style(axes)
    return _render(figure, "daily", words._("Confirmed items per day and category"))


def top_sources(brief: Brief, words: Words) -> Chart | None:
    """Horizontal bars: the sources with the most confirmed items."""
    if not brief.top_sources:
        return None
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415

    names = [name if len(name) <= 40 else name[:38] + "…" for name, _ in brief.top_sources]
    counts = [count for _, count in brief.top_sources]
    figure = _figure(0.8 + 0.3 * len(names))
    axes = figure.add_subplot()
    axes.barh(range(len(names)), counts, color="#4a6fa5", height=0.6)
    axes.set_yticks(range(len(names)), names)
    axes.invert_yaxis()  # the most first
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    _style(axes)
    return _render(figure, "sources", words._("Sources with the most confirmed items"))


def charts(brief: Brief, words: Words) -> list[Chart]:
    return [chart for chart in (daily(brief, words), top_sources(brief, words)) if chart]
