"""How wide each column of a brief's table is on paper (PDF and DOCX), chosen from what
the columns hold: every column at least as wide as its longest word, so that a line only
ever wraps at a space and no word is cut in two, and the rest of the width shared by how
much more room each column's text would take on one line.

A web address or a long handle has no spaces: it may wrap after a ``/`` (and, when it is
long, after a ``-``), and the formats mark those places with a zero-width space
(:func:`breakable`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from monitor.brief.blocks import Table

# text, bold → its width on one line; any unit, as long as it is the one of ``width``
Measure = Callable[[str, bool], float]

LONG = 24  # characters: a word this long may also wrap after a hyphen
ZERO_WIDTH_SPACE = "\u200b"
_AFTER_SLASH = re.compile(r"(?<=/)(?=[^/\s])")
_AFTER_HYPHEN = re.compile(r"(?<=[^\s-]-)(?=[^\s-])")


def pieces(word: str) -> list[str]:
    """The parts of ``word`` that a line may not cut: all of it, or, for an address, the
    parts between its slashes (and the hyphens of a long one)."""
    cuts = [m.start() for m in _AFTER_SLASH.finditer(word)]
    if len(word) >= LONG:
        cuts += [m.start() for m in _AFTER_HYPHEN.finditer(word)]
    edges = [0, *sorted(set(cuts)), len(word)]
    return [word[a:b] for a, b in itertools.pairwise(edges) if b > a]


def breakable(text: str) -> str:
    """``text`` with a zero-width space where :func:`pieces` lets a word wrap."""
    return " ".join(ZERO_WIDTH_SPACE.join(pieces(word)) for word in text.split(" "))


def _least(texts: Sequence[tuple[str, bool]], measure: Measure) -> float:
    return max(
        (measure(piece, bold) for text, bold in texts for w in text.split() for piece in pieces(w)),
        default=0.0,
    )


def _most(texts: Sequence[tuple[str, bool]], measure: Measure) -> float:
    return max(
        (measure(line, bold) for text, bold in texts for line in text.splitlines()), default=0.0
    )


def widths(
    columns: Sequence[Sequence[tuple[str, bool]]],
    measure: Measure,
    *,
    width: float,
    padding: float = 0.0,
) -> list[float]:
    """The widths of ``columns`` (each a column's texts, header included, with whether
    each is bold), adding up to ``width``; ``padding`` is the room a cell keeps free on
    each side of its text.

    Each column gets its longest unbreakable piece. When every column's text fits on one
    line, each gets that and the rest of the width in proportion; otherwise the width left
    after the least is shared in proportion to what each column lacks for one line.
    Only when the longest words alone are wider than the table must a word be cut."""
    least = [_least(texts, measure) + 2 * padding for texts in columns]
    most = [
        max(_most(texts, measure) + 2 * padding, low)
        for texts, low in zip(columns, least, strict=True)
    ]
    if sum(least) >= width:
        return [width * low / sum(least) for low in least]
    if sum(most) <= width:
        return [width * high / sum(most) for high in most]
    free = width - sum(least)
    lacking = [high - low for low, high in zip(least, most, strict=True)]
    return [low + free * lack / sum(lacking) for low, lack in zip(least, lacking, strict=True)]


def texts(table: Table) -> list[list[tuple[str, bool]]]:
    """Each column's texts, its header first (set in bold), as :func:`widths` takes them."""
    return [
        [(title, True), *((row[index].text, row[index].bold) for row in table.rows)]
        for index, title in enumerate(table.header)
    ]
