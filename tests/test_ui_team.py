"""The window on a team's PostgreSQL database: what another analyst decides shows in the
list and in the item shown within a second, without a refresh; the window's own
decisions are written to the server."""

from __future__ import annotations

from typing import Any

import pytest
from desktop import Desktop
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from monitor.store import Action, Store, notices
from ui.queue_model import COLUMNS


@pytest.fixture
def team(postgres_url: str, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Any:
    monkeypatch.setenv("PUSHBACK_MONITOR_DATABASE", postgres_url)
    desktop: Desktop = request.getfixturevalue("desktop")
    listener = desktop.window.engine.team.listener
    assert listener is not None and listener.listening.wait(10)
    return desktop


def test_another_analysts_decision_shows_within_a_second(
    qtbot: QtBot, team: Desktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = team.window
    item_id = window.current_id()
    assert item_id is not None and window.model.row(0).status == "pending"  # type: ignore[union-attr]
    assert not (team.locations.data_dir / "pushback.db").exists()  # all on the server
    monkeypatch.setattr(notices, "ORIGIN", "joost-laptop")  # his program, not this one
    joost = Store.open(team.locations.database)
    try:
        joost.record_decision(item_id, Action.REJECT, analyst="joost")
    finally:
        joost.close()
    qtbot.waitUntil(lambda: window.model.row(0).status == "rejected", timeout=1_000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "joost" in window.detail.browser.toPlainText(), timeout=1_000)


def test_the_windows_own_decisions_go_to_the_server(qtbot: QtBot, team: Desktop) -> None:
    item_id = team.window.current_id()
    assert item_id is not None
    team.key(qtbot, "e")
    team.settled(qtbot)
    assert team.stored(item_id)[0] == "escalated"
    assert team.decisions(item_id) == ["escalate"]


def test_the_item_another_analyst_has_open_is_marked_and_hers_is_held(
    qtbot: QtBot, team: Desktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = team.window
    first, second = window.model.item_id(0), window.model.item_id(1)
    store = Store.open(team.locations.database)
    try:
        # hers: the item shown is held, under her name, once she stops on it
        qtbot.waitUntil(lambda: store.queue_rows([first])[first].holders == ("Sanne",))
        monkeypatch.setattr(notices, "ORIGIN", "joost-laptop")
        store.hold(second, "joost")  # he opens the second item at his computer
        title = window.model.index(1, COLUMNS.index("title"))
        qtbot.waitUntil(lambda: str(title.data()).startswith("◉ "), timeout=1_000)
        assert "joost has it open" in str(title.data(Qt.ItemDataRole.ToolTipRole))
        assert not str(window.model.index(0, COLUMNS.index("title")).data()).startswith(
            "◉"
        )  # hers: no mark
        window.select_row(1)  # she goes on to it: her lease moves along
        qtbot.waitUntil(
            lambda: (
                set(store.queue_rows([second])[second].holders) == {"Sanne", "joost"}
                and store.queue_rows([first])[first].holders == ()
            )
        )
    finally:
        store.close()
