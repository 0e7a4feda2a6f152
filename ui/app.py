"""Start the desktop app: the window first, the engine's work in the background."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from dataclasses import dataclass
from typing import NoReturn

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from monitor import passphrase
from monitor.bundled import bundled_path
from monitor.classify.taxonomy import load_taxonomy
from monitor.config import Locations
from monitor.errors import MonitorError, StoreUnavailable
from monitor.feeds_place import FeedsPlace
from monitor.settings import load_settings
from monitor.store import Store
from ui import platform_check, waiting_file
from ui.background import activate_running
from ui.encryption_box import convert_requested, unlock_at_start
from ui.engine_host import EngineHost
from ui.i18n import Languages
from ui.main_window import MainWindow
from ui.server_wait import wait_for_database
from ui.worker import drain, on_done

APP_ID = "io.github.pushback_monitor.PushbackMonitor"  # names the .desktop file in packaging/linux


def has_display() -> bool:
    """Whether Qt can open a window here (it aborts the process when it cannot)."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Pushback Monitor")
    app.setOrganizationName("Pushback Monitor")
    app.setDesktopFileName(APP_ID)
    with contextlib.suppress(MonitorError):  # a missing icon is cosmetic
        app.setWindowIcon(QIcon(str(bundled_path("resources/icons/pushback-monitor.svg"))))
    return app


def open_window(locations: Locations, app: QApplication) -> tuple[EngineHost, MainWindow]:
    """The engine host and the main window, shown; polling and the classifier start as
    soon as the window is on screen. Raises :class:`MonitorError` for bad files."""
    languages = Languages(app)
    try:
        language = load_settings(locations.data_dir).language
    except MonitorError:
        language = ""  # the window says what is wrong with settings.yaml
    languages.apply(language)
    locations.ensure()
    own = locations.taxonomy_path
    taxonomy = load_taxonomy(own if own.exists() else None)
    feeds = FeedsPlace(locations).load()  # the team's, on a team database that keeps them
    host = EngineHost(
        locations, feeds.config, watch_feeds=FeedsPlace.watched_path(feeds) is not None
    )
    try:
        window = MainWindow(host, taxonomy, languages=languages)
    except BaseException:
        host.close()  # opened for nothing: the caller may try again
        raise
    window.show()
    # A failure of either is shown in a message box (the worker's default), never lost.
    QTimer.singleShot(0, lambda: on_done(host.start_schedule(), lambda _: None, parent=window))
    QTimer.singleShot(0, lambda: on_done(host.start_classifier(), lambda _: None, parent=window))
    return host, window


@dataclass(frozen=True)
class Session:
    """The app as started: run it once, and it closes what it opened."""

    app: QApplication
    host: EngineHost
    window: MainWindow

    def run(self) -> int:
        """The event loop until the app quits; then the window, the engine and the
        background work are closed, whatever the loop ended with."""
        try:
            return self.app.exec()
        finally:
            self.window.close()
            self.host.close()
            drain()


def start(locations: Locations) -> Session:
    """The application, the engine host and the main window, shown, for the app and the
    tools that picture it. Raises :class:`MonitorError` for bad files."""
    app = application()
    host, window = open_window(locations, app)
    return Session(app, host, window)


def main(locations: Locations) -> int:
    if not has_display():
        print(
            "error: no display to open the window on; run a command instead "
            "(pushback-monitor --help)",
            file=sys.stderr,
        )
        return 1
    problem = platform_check.check()  # before Qt loads its platform plugin
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    if activate_running(locations.data_dir, application()):
        return 0  # the app already runs on this data folder: its window is shown instead
    passphrase.use_for_this_program(None)  # asked here, never on a terminal
    while True:
        try:
            session = start_when_reachable(locations)
        except MonitorError as exc:
            QMessageBox.critical(None, "Pushback Monitor", str(exc))
            return 2
        if session is None:
            return 0  # the analyst quit while the database could not be reached
        code = session.run()
        if not convert_requested(locations):  # encrypted or decrypted: the app opens again
            return end_process(code)


def start_when_reachable(locations: Locations) -> Session | None:
    """:func:`start`, waiting as long as the database cannot be reached (a team's server
    down, a file busy in another program) with a window that says so; None when the
    analyst quits meanwhile (or gives no passphrase for an encrypted database)."""
    if not unlock_at_start(locations):
        return None
    database = locations.database

    def probe() -> None:
        Store.open(database, migrate_schema=False).close()

    while True:
        try:
            return start(locations)
        except StoreUnavailable as exc:
            journal = locations.data_dir / waiting_file.NAME
            if not wait_for_database(str(database), exc, probe, journal):
                return None


def end_process(code: int) -> NoReturn:
    """End the app at once, once :meth:`Session.run` has closed it (everything handed to
    the store is stored). Python's own exit would first wait for threads still busy with
    work that was called off (a classification under way, the classifier still loading),
    for as long as that work takes; it is done again at the next start."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
