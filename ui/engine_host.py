"""The engine, running on its own asyncio thread for the desktop app."""

from __future__ import annotations

from concurrent.futures import Future, wait
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from monitor.config import FeedsConfig
from monitor.engine import Engine
from monitor.models import SourceReport
from monitor.runtime import LoopThread


class EngineHost(QObject):
    """Owns the engine thread. ``source_done`` fires on the GUI thread for every source
    as its poll ends."""

    source_done = Signal(object)  # SourceReport

    def __init__(self, db_path: Path, config: FeedsConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loop = LoopThread()
        self.engine = Engine(db_path, config, on_report=self.source_done.emit)
        self._loop.submit(self.engine.__aenter__()).result()
        self._running: set[Future[list[SourceReport]]] = set()

    def poll_now(self) -> Future[list[SourceReport]]:
        assert self.engine.poller is not None
        future = self._loop.submit(self.engine.poller.poll())
        self._running.add(future)
        future.add_done_callback(self._running.discard)
        return future

    def close(self) -> None:
        """Cancel running polls (what they stored stays), then close the database."""
        running = list(self._running)
        for future in running:
            future.cancel()
        wait(running, timeout=30)
        self._loop.submit(self.engine.__aexit__(None, None, None)).result(timeout=30)
        self._loop.stop()
