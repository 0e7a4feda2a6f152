"""Starting while the database cannot be reached: a window says so, names the server
(never a password), counts the decisions kept from last time, tries again by itself and
on request, lets the analyst quit, and lets the app in once the database answers."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from monitor.config import Locations
from monitor.errors import StoreError, StoreUnavailable
from ui import app, server_wait, waiting_file
from ui.i18n import Languages
from ui.server_wait import ServerWait, wait_for_database


@pytest.fixture(autouse=True, scope="module")
def english(qapp: QApplication) -> None:
    """The English texts with their plural forms, whichever tests ran before."""
    Languages(qapp).apply("en")


DOWN = StoreUnavailable(
    "postgresql://db/team: the database server cannot be reached", "unreachable"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_it_tries_again_by_itself_until_the_database_answers(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_wait, "RETRY_S", 1)
    tries: list[int] = []

    def probe() -> None:
        tries.append(1)
        if len(tries) < 3:
            raise DOWN

    dialog = ServerWait("postgresql://sanne@db.example.org/team", DOWN, probe)
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "<b>The database server cannot be reached.</b>"
    assert dialog.where.text() == "postgresql://sanne@db.example.org/team"
    assert dialog.state.text() == "Trying again in 1 second…"
    assert not dialog.kept.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.show()
    assert len(tries) == 3


def test_try_now_does_not_wait_for_the_count(qtbot: QtBot) -> None:
    tries: list[int] = []
    dialog = ServerWait("postgresql://db/team", DOWN, lambda: tries.append(1) or None)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        dialog.try_now.click()
    assert tries == [1]  # at once, not after RETRY_S seconds


def test_a_fault_waiting_does_not_mend_is_raised(qtbot: QtBot) -> None:
    def probe() -> None:
        raise StoreError('postgresql://db/team: password authentication failed for user "sanne"')

    def try_now() -> None:  # once the dialog is open
        _dialog().try_now.click()

    QTimer.singleShot(0, try_now)
    with pytest.raises(StoreError, match="password authentication failed"):
        wait_for_database("postgresql://db/team", DOWN, probe)


def _dialog() -> ServerWait:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ServerWait)
    return dialog


def test_starting_against_a_server_that_is_down_waits_and_may_quit(
    qtbot: QtBot, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"postgresql://sanne:geheim@127.0.0.1:{_free_port()}/team"
    monkeypatch.setenv("PUSHBACK_MONITOR_DATABASE", url)
    locations = Locations.resolve()
    locations.ensure()
    kept = {"format": 1, "commands": [], "steps": [{}, {}]}
    (locations.data_dir / waiting_file.NAME).write_text(json.dumps(kept), encoding="utf-8")
    seen: dict[str, object] = {}

    def read_and_quit() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ServerWait):
            QTimer.singleShot(50, read_and_quit)  # the start is still being tried
            return
        seen.update(
            heading=dialog.heading.text(),
            where=dialog.where.text(),
            kept=dialog.kept.text() if dialog.kept.isVisibleTo(dialog) else None,
        )
        dialog.quit.click()

    QTimer.singleShot(0, read_and_quit)
    assert app.start_when_reachable(locations) is None
    port = url.rsplit(":", 1)[1].split("/", maxsplit=1)[0]
    assert seen == {
        "heading": "<b>The database server cannot be reached.</b>",
        "where": f"postgresql://sanne@127.0.0.1:{port}/team",
        "kept": "2 decisions kept from the last session will be sent once it answers.",
    }
    assert waiting_file.count(locations.data_dir / waiting_file.NAME) == 2  # still kept
