"""The brief's two charts, drawn with matplotlib (imported only when a brief is made):
confirmed items per day and category, and the sources with the most confirmed items."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from monitor.brief.data import Brief
from monitor.brief.texts import Words

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class Chart:
    kind: str  # "daily" or "sources"
    title: str
    png: bytes  # for DOCX and PDF
    svg: str  # for HTML: sharp at any size


def _figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure  # noqa: PLC0415 - only when a brief is made

    figure = Figure(figsize=(width, height), dpi=150, layout="constrained")
    figure.patch.set_facecolor("white")
    return figure


def _render(figure: Figure, kind: str, title: str) -> Chart:
    png, svg = io.BytesIO(), io.StringIO()
    figure.savefig(png, format="png")
    figure.savefig(svg, format="svg", metadata={"Date": None})
    return Chart(kind=kind, title=title, png=png.getvalue(), svg=svg.getvalue())


def _style(axes: Any) -> None:
    axes.spines[["top", "right"]].set_visible(False)
    axes.tick_params(labelsize=8)


def daily(brief: Brief, words: Words) -> Chart | None:
    """Stacked bars: confirmed items per day, one colour per category."""
    if not brief.findings:
        return None
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415

    figure = _figure(7.0, 3.0)
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
    step = max(1, len(days) // 14)  # at most about two weeks of labels
    axes.set_xticks(
        range(0, len(days), step), [words.short_day(days[i]) for i in range(0, len(days), step)]
    )
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    _style(axes)
    return _render(figure, "daily", words._("Confirmed items per day and category"))


def top_sources(brief: Brief, words: Words) -> Chart | None:
    """Horizontal bars: the sources with the most confirmed items."""
    if not brief.top_sources:
        return None
    from matplotlib.ticker import MaxNLocator  # noqa: PLC0415

    names = [name if len(name) <= 40 else name[:38] + "…" for name, _ in brief.top_sources]
    counts = [count for _, count in brief.top_sources]
    figure = _figure(7.0, 0.9 + 0.28 * len(names))
    axes = figure.add_subplot()
    axes.barh(range(len(names)), counts, color="#4a6fa5", height=0.6)
    axes.set_yticks(range(len(names)), names)
    axes.invert_yaxis()  # the most first
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    _style(axes)
    return _render(figure, "sources", words._("Sources with the most confirmed items"))


def charts(brief: Brief, words: Words) -> list[Chart]:
    return [chart for chart in (daily(brief, words), top_sources(brief, words)) if chart]
