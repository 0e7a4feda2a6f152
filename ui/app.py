"""Start the desktop app: the window first, the engine's work in the background."""

from __future__ import annotations

import contextlib
import os
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from monitor.bundled import bundled_path
from monitor.config import FeedsFile, Locations
from monitor.errors import MonitorError
from ui.engine_host import EngineHost
from ui.main_window import MainWindow


def has_display() -> bool:
    """Whether Qt can open a window here (it aborts the process when it cannot)."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(locations: Locations) -> int:
    if not has_display():
        print(
            "error: no display to open the window on; run a command instead "
            "(pushback-monitor --help)",
            file=sys.stderr,
        )
        return 1
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Pushback Monitor")
    app.setOrganizationName("Pushback Monitor")
    app.setDesktopFileName("pushback-monitor")
    with contextlib.suppress(MonitorError):  # a missing icon is cosmetic
        app.setWindowIcon(QIcon(str(bundled_path("resources/icons/pushback-monitor.svg"))))
    try:
        locations.ensure()
        feeds = FeedsFile.load(locations.feeds_path)
        host = EngineHost(locations.db_path, feeds.config)
    except MonitorError as exc:
        QMessageBox.critical(None, "Pushback Monitor", str(exc))
        return 2
    window = MainWindow(host, locations.db_path)
    window.show()
    host.start_classifier(locations)
    try:
        return app.exec()
    finally:
        host.close()
