"""The engine, running on its own asyncio thread for the desktop app."""

from __future__ import annotations

import asyncio
from concurrent.futures import Future, wait
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from monitor.config import FeedsConfig, Locations
from monitor.engine import Engine
from monitor.errors import MonitorError
from monitor.models import SourceReport
from monitor.runtime import LoopThread
from monitor.settings import load_settings
from monitor.store import Store

if TYPE_CHECKING:
    from monitor.classify.service import Classifier


class EngineHost(QObject):
    """Owns the engine thread. ``source_done`` fires on the GUI thread for every source
    as its poll ends."""

    source_done = Signal(object)  # SourceReport
    classifier_status = Signal(str)  # a sentence for the status bar

    def __init__(self, db_path: Path, config: FeedsConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loop = LoopThread()
        self.engine = Engine(db_path, config, on_report=self.source_done.emit)
        self._loop.submit(self.engine.__aenter__()).result()
        self._running: set[Future[list[SourceReport]]] = set()

    def start_classifier(self, locations: Locations) -> Future[None]:
        """Load (the first time: train) the classifier off the GUI thread, then classify
        new items and those that were waiting."""
        return self._loop.submit(self._start_classifier(locations))

    async def _start_classifier(self, locations: Locations) -> None:
        loop = asyncio.get_running_loop()
        try:
            classifier = await loop.run_in_executor(None, self._open_classifier, locations)
        except MonitorError as exc:
            self.classifier_status.emit(
                self.tr("Classifier unavailable: %1; new items wait unclassified").replace(
                    "%1", str(exc)
                )
            )
            return
        if classifier is None:
            return
        self.engine.attach_classifier(classifier)
        self.classifier_status.emit(
            self.tr("Classifier ready (model %1)").replace("%1", classifier.version)
        )
        await self.engine.classify_backlog()

    def _open_classifier(self, locations: Locations) -> Classifier | None:
        from monitor.classify import runner  # noqa: PLC0415 - loads the model libraries

        settings = load_settings(locations.data_dir)
        if not settings.classifier.enabled:
            return None
        store = Store.open(locations.db_path)
        try:
            return runner.open_classifier(
                store,
                locations,
                settings,
                progress=self.classifier_status.emit,
            )
        finally:
            store.close()

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
