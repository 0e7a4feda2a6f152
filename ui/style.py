"""What the widgets share in how they look: the colours of errors and of what matters less,
as style sheets and our HTML write them, and where a number stands in its cell."""

from __future__ import annotations

from PySide6.QtCore import Qt

RED = "#c62828"  # errors, failures and warnings
GREY = "#777777"  # what matters less: an address, a hash, a category no longer known
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # numbers, counts
