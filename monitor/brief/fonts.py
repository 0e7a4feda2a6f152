"""DejaVu Sans, the brief's font on paper: where its files are (they come with matplotlib,
which draws the charts), which characters it has, and how wide a text set in it is."""

from __future__ import annotations

import functools
from pathlib import Path

from monitor.errors import BriefError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
POINT = 25.4 / 72  # millimetres


def folder() -> Path:
    import matplotlib  # noqa: PLC0415 - only when a brief is made

    found = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    if not (found / f"{REGULAR}.ttf").exists():
        raise BriefError(f"{found}: the DejaVu fonts for the brief are missing")
    return found


@functools.cache
def covered(font: Path) -> frozenset[int]:
    """The code points ``font`` has glyphs for."""
    from fontTools.ttLib import TTFont  # noqa: PLC0415

    with TTFont(str(font), lazy=True) as loaded:
        return frozenset(loaded.getBestCmap())


@functools.cache
def _advances(font: Path) -> tuple[dict[int, float], float]:
    """Each character's advance in ems, and the widest one (for characters it lacks)."""
    from fontTools.ttLib import TTFont  # noqa: PLC0415

    with TTFont(str(font), lazy=True) as loaded:
        units = loaded["head"].unitsPerEm
        metrics = loaded["hmtx"]
        advances = {code: metrics[glyph][0] / units for code, glyph in loaded.getBestCmap().items()}
    return advances, max(advances.values())


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of ``text`` on one line at ``size`` points, in millimetres."""
    advances, widest = _advances(folder() / f"{BOLD if bold else REGULAR}.ttf")
    return sum(advances.get(ord(c), widest) for c in text) * size * POINT
