"""A source's health is one rule: the CLI and the app say the same of the same data, and a
switched-off source is never failing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import write_feeds
from pytestqt.qtbot import QtBot
from storedata import new_item, save

from monitor import health
from monitor.classify.taxonomy import load_taxonomy
from monitor.config import Locations, load_feeds
from monitor.health import Health
from monitor.store import Store

NOW = datetime.now(UTC).replace(microsecond=0)
SOURCES = [
    {"id": "works", "kind": "rss", "url": "http://127.0.0.1:9/works"},
    {"id": "quiet", "kind": "rss", "url": "http://127.0.0.1:9/quiet"},
    {"id": "broken", "kind": "rss", "url": "http://127.0.0.1:9/broken"},
    {"id": "new", "kind": "rss", "url": "http://127.0.0.1:9/new"},
    # It failed before it was switched off: off, not failing.
    {"id": "retired", "kind": "rss", "url": "http://127.0.0.1:9/retired", "enabled": False},
]
EXPECTED = {
    "works": Health.OK,
    "quiet": Health.SILENT,
    "broken": Health.FAILING,
    "new": Health.NEVER,
    "retired": Health.OFF,
}


def _delivered(store: Store, source: str, newest: datetime) -> None:
    """Six items an hour apart, the newest at ``newest``, then a successful poll now."""
    items = [
        new_item(
            source,
            f"{source}-{n}",
            f"Story {n}",
            newest - timedelta(hours=n),
            url=f"https://example.org/{source}/{n}",
            text="Some text.",
            html="<p>Some text.</p>",
            language="en",
            content_hash=f"{source}{n}",
        )
        for n in range(6)
    ]
    save(store, items, NOW, NOW + timedelta(hours=1))


def _failed(store: Store, source: str) -> None:
    store.record_failure(
        source, "HTTP 500", started=NOW, finished=NOW, next_poll=NOW + timedelta(hours=1)
    )


@pytest.fixture
def data_folder(isolated_home: Path) -> Locations:
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "settings.yaml").write_text("classifier:\n  enabled: false\n")
    locations = Locations.resolve()
    locations.ensure()
    write_feeds(locations.feeds_path, SOURCES, interval="30m")
    store = Store.open(locations.db_path)
    try:
        _delivered(store, "works", NOW - timedelta(minutes=10))
        # hourly before, nothing for two days: more than three times its rhythm
        _delivered(store, "quiet", NOW - timedelta(days=2))
        _failed(store, "broken")
        _delivered(store, "retired", NOW - timedelta(minutes=10))
        _failed(store, "retired")
        _failed(store, "retired")
    finally:
        store.close()
    return locations


def test_health_of_every_kind_of_source(data_folder: Locations) -> None:
    config = load_feeds(data_folder.feeds_path)
    store = Store.open(data_folder.db_path)
    try:
        found = health.read(store, config.sources, NOW)
    finally:
        store.close()
    assert {source: h.status for source, h in found.items()} == EXPECTED
    assert found["broken"].failures == 1 and found["broken"].error == "HTTP 500"
    assert found["retired"].failures == 2 and found["retired"].error == ""
    assert health.failing(found) == {"broken": "HTTP 500"}
    assert found["quiet"].usual_gap == timedelta(hours=1)


def test_the_cli_and_the_app_agree(qtbot: QtBot, data_folder: Locations, run_cli: Any) -> None:
    from ui.navigator import Navigator

    listing = json.loads(run_cli("sources", "list", "--json").output)
    cli_says = {s["id"]: s["status"] for s in listing}
    words = {s["id"]: s["health"] for s in listing}

    config = load_feeds(data_folder.feeds_path)
    store = Store.open(data_folder.db_path)
    try:
        found = health.read(store, config.sources)
    finally:
        store.close()
    navigator = Navigator(load_taxonomy())
    qtbot.addWidget(navigator)
    navigator.set_health(list(config.sources), found)

    assert cli_says == navigator.source_health() == EXPECTED
    assert navigator.failing() == {"broken": "HTTP 500"}
    assert words == {
        "works": "ok",
        "quiet": "gone silent",
        "broken": "failing ×1",
        "new": "never polled",
        "retired": "switched off",
    }
    table = run_cli("sources", "list").output
    retired = next(line for line in table.splitlines() if line.startswith("retired"))
    assert "switched off" in retired and "HTTP 500" not in retired


def test_a_switched_off_source_is_not_failing_in_the_app(
    qtbot: QtBot, data_folder: Locations
) -> None:
    """The failures the window counts come from the same rule: the retired source's two
    failures are not among them."""
    from ui.navigator import Navigator

    config = load_feeds(data_folder.feeds_path)
    store = Store.open(data_folder.db_path)
    try:
        states = store.source_states()
    finally:
        store.close()
    navigator = Navigator(load_taxonomy())
    qtbot.addWidget(navigator)
    navigator.set_sources(list(config.sources), states, {})
    assert navigator.source_health()["retired"] == Health.OFF
    assert navigator.failing() == {"broken": "HTTP 500"}
