"""Reading the ``.npz`` files of a model folder.

A damaged file fails in many ways (``zipfile.BadZipFile`` for a cut-off archive,
``zlib.error`` or ``EOFError`` inside it, ``ValueError`` for a bad array header or a
pickled object): every one becomes a :class:`ClassifierError` that names the file, so
that a broken model never stops collection.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from monitor.errors import ClassifierError


def read_npz(path: Path) -> dict[str, npt.NDArray[Any]]:
    """Every array in ``path``, read in full (so faults show here, not later)."""
    try:
        with np.load(path, allow_pickle=False) as arrays:
            return {key: arrays[key] for key in arrays.files}
    except FileNotFoundError:
        raise
    except Exception as exc:  # zipfile, zlib and numpy each raise their own
        raise ClassifierError(f"{path}: damaged ({type(exc).__name__}: {exc})") from exc
