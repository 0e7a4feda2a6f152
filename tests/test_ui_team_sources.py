"""The Sources dialog on a team database that keeps the team's sources: it shows and
changes those (not the analyst's own feeds.yaml), comments kept, for an editor; an
analyst who is no editor sees them with the changing buttons off, and is told why."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from desktop import Desktop
from pytestqt.qtbot import QtBot
from teamdata import CIVICUS, TEAM_YAML
from test_team_roles import as_role

from monitor.config import TEAM_FEEDS
from monitor.feeds_place import FeedsPlace
from monitor.store import Store
from ui.sources_dialog import CHANGING, SourcesDialog

TWO_SOURCES = TEAM_YAML.format(hrw="https://www.hrw.org/rss/news") + CIVICUS


@pytest.fixture
def team(postgres_url: str, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Any:
    monkeypatch.setenv("PUSHBACK_MONITOR_DATABASE", postgres_url)
    desktop: Desktop = request.getfixturevalue("desktop")
    store = Store.open(postgres_url)
    try:
        store.save_team_feeds(TWO_SOURCES, "editor")
    finally:
        store.close()
    return desktop


def _dialog(qtbot: QtBot, desktop: Desktop, feeds: FeedsPlace) -> SourcesDialog:
    dialog = SourcesDialog(desktop.host, feeds, desktop.window.reads, desktop.window)
    qtbot.addWidget(dialog)
    return dialog


def _team_document(desktop: Desktop) -> str:
    store = Store.open(desktop.locations.database)
    try:
        found = store.team_feeds()
    finally:
        store.close()
    assert found is not None
    return found[0]


def test_an_editor_changes_the_teams_sources_not_her_own_file(qtbot: QtBot, team: Desktop) -> None:
    own = team.locations.feeds_path.read_text(encoding="utf-8")
    dialog = _dialog(qtbot, team, team.window.feeds)
    assert [s.id for s in dialog.model.sources] == ["hrw", "civicus"]
    assert dialog.team and dialog.may_change
    assert not dialog.team_note.isHidden()
    assert dialog.team_note.text().startswith("The team's sources, kept in its database")
    assert all(dialog.buttons[name].isEnabled() for name in CHANGING)

    dialog.remove([dialog.model.sources[1]])
    dialog._set_enabled([dialog.model.sources[0]], False)
    document = _team_document(team)
    assert "civicus" not in document and "enabled: false" in document
    assert "# The team's sources, reviewed every quarter" in document  # comments kept
    assert team.locations.feeds_path.read_text(encoding="utf-8") == own  # hers untouched
    # the app's schedule has the team's sources now
    qtbot.waitUntil(lambda: [s.id for s in team.host.config.sources] == ["hrw"])


def test_an_analyst_sees_them_but_cannot_change_them(
    qtbot: QtBot, team: Desktop, run_cli: Any, postgres_url: str
) -> None:
    assert run_cli("team", "init").exit_code == 0
    assert run_cli("team", "add", "sanne").exit_code == 0  # an analyst, not an editor
    hers = dataclasses.replace(team.locations, database_arg=as_role(postgres_url, "sanne"))
    feeds = FeedsPlace(hers)
    assert feeds.load().path == TEAM_FEEDS
    dialog = _dialog(qtbot, team, feeds)
    assert [s.id for s in dialog.model.sources] == ["hrw", "civicus"]
    assert dialog.team and not dialog.may_change
    assert dialog.team_note.text().endswith("Only the team's editors can change them.")
    assert not any(dialog.buttons[name].isEnabled() for name in CHANGING)
    assert dialog.buttons["poll"].isEnabled() and dialog.buttons["export"].isEnabled()
    before = _team_document(team)
    dialog.edit()  # double-click: nothing opens
    # a change tried all the same (the buttons off) is refused, and said why
    dialog.remove([dialog.model.sources[0]])
    assert dialog.notice.text() == (
        f"{hers.database}: only the team's editors may change its sources (an editor is"
        " added with `pushback-monitor team add LOGIN --role editor`)"
    )
    assert _team_document(team) == before
