"""The desktop app under test: a data folder with feeds.yaml (comments included), a
small classified review queue, a local server, and the window, shown offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import FEEDS
from feedserver import FeedServer, Reply
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from uidata import populate

from monitor.classify.taxonomy import load_taxonomy
from monitor.config import FeedsFile, Locations
from monitor.store import Store
from ui.engine_host import EngineHost
from ui.i18n import Languages
from ui.main_window import MainWindow

FEEDS_YAML = """\
version: 1
# Our sources, reviewed every quarter.
sources:
  - {{id: nos, name: NOS Nieuws, kind: rss, url: "{nos}", language: nl}}
  # Known to fail: the server answers 500.
  - {{id: guardian, name: The Guardian, kind: rss, url: "{down}", language: en}}
"""


@dataclass
class Desktop:
    window: MainWindow
    host: EngineHost
    ids: list[int]
    locations: Locations
    server: FeedServer
    languages: Languages
    opened: list[str] = field(default_factory=list)

    def stored(self, item_id: int) -> tuple[str, list[str], str | None]:
        store = Store.open(self.locations.database)
        try:
            item = store.item(item_id)
            assert item is not None
            return item.status, item.categories, item.note
        finally:
            store.close()

    def decisions(self, item_id: int) -> list[str]:
        store = Store.open(self.locations.database)
        try:
            return [d.action for d in store.decisions(item_id)]
        finally:
            store.close()

    def key(
        self,
        qtbot: QtBot,
        key: str | Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        if QApplication.activeWindow() is not self.window:  # offscreen: after a dialog
            self.window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)
        qtbot.keyClick(self.window.table, key, modifier)

    def settled(self, qtbot: QtBot) -> None:
        qtbot.waitUntil(lambda: self.window.triage.pending == 0, timeout=10_000)


@pytest.fixture
def desktop(qtbot: QtBot, server: FeedServer, isolated_home: Path) -> Iterator[Desktop]:
    locations = Locations.resolve()
    locations.ensure()
    (isolated_home / "settings.yaml").write_text(
        "version: 1\nanalyst: Sanne\nclassifier:\n  enabled: false\n", encoding="utf-8"
    )
    nos = server.file("/nos.xml", FEEDS / "nos.xml")
    down = server.add("/down.xml", Reply(500, b"overloaded"))
    locations.feeds_path.write_text(FEEDS_YAML.format(nos=nos, down=down), encoding="utf-8")
    ids = populate(
        locations.database,
        pixel=server.add("/pixel.gif", Reply(200, b"GIF89a")),
        style=server.add("/style.css", Reply(200, b"p {}")),
    )
    host = EngineHost(locations, FeedsFile.load(locations.feeds_path).config)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    languages = Languages(app)
    languages.apply("en")
    opened: list[str] = []
    window = MainWindow(
        host,
        load_taxonomy(),
        languages=languages,
        open_url=lambda url: opened.append(url.toString()),
    )
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    window.table.setFocus()
    yield Desktop(window, host, ids, locations, server, languages, opened)
    window.close()
    host.close()
    languages.apply("en")
