"""Files that ship with the program: the default feeds.yaml and resources/.

In a source checkout they sit at the top of the repository; an installed wheel
carries them in ``monitor/_bundled``; a frozen app unpacks them next to the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from monitor.errors import MonitorError


def _roots() -> list[Path]:
    package = Path(__file__).resolve().parent
    roots = [package / "_bundled", package.parent]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.insert(0, Path(frozen))
    return roots


def bundled_path(name: str) -> Path:
    """Path of a shipped file or folder, e.g. ``"feeds.yaml"`` or ``"resources/taxonomy.yaml"``."""
    for root in _roots():
        candidate = root / name
        if candidate.exists():
            return candidate
    searched = ", ".join(str(root) for root in _roots())
    raise MonitorError(f"the installation is incomplete: {name} not found in {searched}")
