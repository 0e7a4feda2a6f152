"""Start the desktop app: the window first, the engine's work in the background."""

from __future__ import annotations

import contextlib
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from monitor.bundled import bundled_path
from monitor.config import FeedsFile, Locations
from monitor.errors import MonitorError
from ui.engine_host import EngineHost
from ui.main_window import MainWindow


def main(locations: Locations) -> int:
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
    try:
        return app.exec()
    finally:
        host.close()
