"""Window sizes that fit the screen they open on."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

MARGIN = 48  # room for the window frame and a panel


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to ``width`` x ``height``, or smaller where the screen is smaller (a
    1366 x 768 laptop must see the whole window, buttons included)."""
    screen = widget.screen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, available.width() - MARGIN)
        height = min(height, available.height() - MARGIN)
    widget.resize(width, height)
