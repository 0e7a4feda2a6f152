"""The minimal desktop window: lists stored items and polls on request."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FEEDS, write_feeds
from feedserver import FeedServer, Reply
from pytestqt.qtbot import QtBot

from monitor.config import load_feeds
from monitor.store import Store
from ui.app import has_display
from ui.engine_host import EngineHost
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, server: FeedServer, tmp_path: Path) -> Iterator[MainWindow]:
    feeds = write_feeds(
        tmp_path / "feeds.yaml",
        [
            {"id": "nos", "kind": "rss", "url": server.file("/nos.xml", FEEDS / "nos.xml")},
            {"id": "down", "kind": "rss", "url": server.add("/down.xml", Reply(500, b""))},
        ],
    )
    host = EngineHost(tmp_path / "p.db", load_feeds(feeds))
    main = MainWindow(host, tmp_path / "p.db")
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()
    host.close()


def test_poll_now_fills_the_list_and_reports_failures(qtbot: QtBot, window: MainWindow) -> None:
    assert window.model.rowCount() == 0
    window.poll_action.trigger()
    assert not window.poll_action.isEnabled()
    qtbot.waitUntil(window.poll_action.isEnabled, timeout=20_000)
    assert window.model.rowCount() == 4
    assert window.status.text() == "Poll finished: 4 new items, 1 of 2 sources failed"
    titles = {window.model.index(row, 4).data() for row in range(4)}
    assert "Kabinet wil half miljard minder uitgeven aan ontwikkelingshulp" in titles


def test_selecting_an_item_shows_its_text(qtbot: QtBot, window: MainWindow) -> None:
    window.poll_action.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=20_000)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(window.detail.toPlainText()))
    assert window.model.index(0, 4).data() in window.detail.toPlainText()


def test_the_engine_never_loads_qt_or_torch() -> None:
    code = (
        "import sys, monitor.cli.main, monitor.engine, monitor.scheduler; "
        "bad = [m for m in ('PySide6', 'torch', 'transformers') if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_closing_during_a_poll_cancels_it_cleanly(
    qtbot: QtBot, server: FeedServer, tmp_path: Path
) -> None:
    slow = server.add("/slow.xml", Reply(200, b"<rss/>", delay=30))
    feeds = write_feeds(tmp_path / "feeds.yaml", [{"id": "slow", "kind": "rss", "url": slow}])
    host = EngineHost(tmp_path / "p.db", load_feeds(feeds))
    future = host.poll_now()
    qtbot.waitUntil(lambda: bool(server.seen("/slow.xml")), timeout=10_000)
    host.close()
    assert future.cancelled()
    store = Store.open(tmp_path / "p.db")
    assert store.integrity_ok()
    assert store.source_state("slow").last_attempt is None  # no failure was recorded
    store.close()


def test_without_a_display_the_app_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert has_display() is (not sys.platform.startswith("linux"))
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert has_display()


def test_the_window_classifies_once_the_model_has_loaded(
    qtbot: QtBot, server: FeedServer, app_with_model: Path
) -> None:
    from monitor.config import Locations
    from monitor.store import ItemQuery

    locations = Locations.resolve()
    feeds = write_feeds(
        locations.feeds_path,
        [{"id": "ds", "kind": "rss", "url": server.file("/ds.xml", FEEDS / "wordpress.xml")}],
    )
    host = EngineHost(locations.db_path, load_feeds(feeds))
    main = MainWindow(host, locations.db_path)
    qtbot.addWidget(main)
    with qtbot.waitSignal(
        host.classifier_status,
        timeout=60_000,
        check_params_cb=lambda text: text.startswith("Classifier ready"),
    ):
        host.start_classifier(locations)
    main.poll_action.trigger()
    qtbot.waitUntil(main.poll_action.isEnabled, timeout=60_000)
    store = Store.open(locations.db_path)
    items = store.items(ItemQuery())
    store.close()
    main.close()
    host.close()
    assert len(items) == 2 and all(item.scores for item in items)
