"""Quitting the app while it works: the engine host closes at once, cancelling the work,
and nothing already stored is lost."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any, ClassVar

from conftest import FEEDS
from feedserver import FeedServer, Reply
from pytestqt.qtbot import QtBot

from monitor.config import FeedsFile, Locations
from monitor.progress import Progress
from monitor.store import Store
from ui.engine_host import ClassifierState, EngineHost

SLOW_FEED_SECONDS = 30


def _host(url: str, host_class: type[EngineHost] = EngineHost) -> EngineHost:
    locations = Locations.resolve()
    locations.ensure()
    locations.feeds_path.write_text(
        f'version: 1\nsources:\n  - {{id: feed, kind: rss, url: "{url}"}}\n', encoding="utf-8"
    )
    return host_class(locations, FeedsFile.load(locations.feeds_path).config)


def test_quitting_during_a_slow_poll_takes_a_moment_not_the_poll(
    qtbot: QtBot, server: FeedServer
) -> None:
    slow = server.add("/slow.xml", Reply(200, b"<rss/>", delay=SLOW_FEED_SECONDS))
    host = _host(slow)
    host.start_schedule()
    future = host.poll_now()
    qtbot.waitUntil(lambda: bool(server.seen("/slow.xml")), timeout=10_000)
    started = time.monotonic()
    host.close()
    # generous, as machines are noisy: the feed alone would take 30 s
    assert time.monotonic() - started < 5
    assert future.cancelled()


class _BusyModel:
    """A classifier that computes until the test lets it go (it never does before the
    host has closed)."""

    version = "busy-model"
    uses_embeddings = False
    thresholds: ClassVar[dict[str, float]] = {}

    def __init__(self) -> None:
        self.working = threading.Event()
        self.release = threading.Event()

    def classify(self, inputs: Any, cached: Any) -> tuple[list[Any], dict[int, bytes]]:
        self.working.set()
        self.release.wait(120)
        return [], {}


def test_quitting_while_classifying_does_not_wait_for_the_model(
    qtbot: QtBot, server: FeedServer, isolated_home: Path
) -> None:
    model = _BusyModel()

    class BusyModelHost(EngineHost):
        def _open_classifier(self, progress: Progress) -> Any:
            return model

    host = _host(server.file("/nos.xml", FEEDS / "nos.xml"), BusyModelHost)
    states: list[ClassifierState] = []
    host.classifier_status.connect(lambda state, _detail: states.append(state))
    try:
        host.start_classifier()
        qtbot.waitUntil(lambda: ClassifierState.READY in states, timeout=10_000)
        host.poll_now()
        assert model.working.wait(10), "the poll's new items never reached the model"
        started = time.monotonic()
        host.close()
        assert time.monotonic() - started < 5
        assert not model.release.is_set()  # closed while the model still computes
    finally:
        model.release.set()
    # the poll's items were stored before the model had them; they wait to be classified
    store = Store.open(Locations.resolve().db_path)
    try:
        waiting = store.to_classify(model.version)
    finally:
        store.close()
    assert len(waiting) == 4
