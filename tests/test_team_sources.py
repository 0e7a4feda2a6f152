"""A team's sources kept in its database: imported from a feeds.yaml (comments and all),
exported as they are, edited by the CLI for everyone, polled by the worker, and reloaded
by a running worker within seconds of an editor's change."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import FEEDS, write_feeds
from feedserver import FeedServer
from teamdata import TEAM_YAML

from monitor.config import TEAM_FEEDS, FeedsFile
from monitor.engine import Engine
from monitor.store import Store


@pytest.fixture
def team(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("PUSHBACK_MONITOR_DATABASE", postgres_url)
    return postgres_url


def test_imported_sources_are_the_teams_exported_as_they_were_and_polled(
    run_cli: Any, team: str, server: FeedServer, feeds_path: Path, tmp_path: Path
) -> None:
    write_feeds(feeds_path, [])  # the worker's own feeds.yaml, which no longer counts
    hrw = server.file("/hrw.atom", FEEDS / "hrw.atom", "application/atom+xml")
    given = tmp_path / "team-feeds.yaml"
    given.write_text(TEAM_YAML.format(hrw=hrw), encoding="utf-8")
    assert run_cli("team", "sources", "export").exit_code == 1  # none yet
    imported = run_cli("team", "sources", "import", str(given))
    assert imported.exit_code == 0, imported.output
    assert "1 sources are the team's now (1 enabled)" in imported.output
    assert run_cli("team", "sources", "export").output == given.read_text(encoding="utf-8")
    listed = json.loads(run_cli("sources", "list", "--json").output)
    assert [s["id"] for s in listed] == ["hrw"]
    polled = run_cli("poll")
    assert polled.exit_code == 0 and "hrw" in polled.output
    assert len(json.loads(run_cli("items", "--json").output)) == 2


def test_a_cli_edit_goes_to_the_teams_sources(
    run_cli: Any, team: str, tmp_path: Path, server: FeedServer
) -> None:
    given = tmp_path / "team-feeds.yaml"
    given.write_text(TEAM_YAML.format(hrw="https://www.hrw.org/rss"), encoding="utf-8")
    assert run_cli("team", "sources", "import", str(given)).exit_code == 0
    nos = server.file("/nos.xml", FEEDS / "nos.xml")
    added = run_cli("sources", "add", nos, "--id", "nos", "--no-test")
    assert added.exit_code == 0, added.output
    exported = run_cli("team", "sources", "export").output
    assert "id: nos" in exported and "# The team's sources, reviewed" in exported


def test_a_broken_feeds_file_is_refused_with_its_line_and_changes_nothing(
    run_cli: Any, team: str, tmp_path: Path
) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(TEAM_YAML.format(hrw="https://www.hrw.org/rss"), encoding="utf-8")
    assert run_cli("team", "sources", "import", str(good)).exit_code == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "version: 1\nsources:\n  - id: x\n    kind: rss\n    url: 12\n", encoding="utf-8"
    )
    result = run_cli("team", "sources", "import", str(bad))
    assert result.exit_code == 2
    assert "bad.yaml:5: source “x” (sources[0]): url: 12 is not an http(s) address" in result.output
    assert run_cli("team", "sources", "export").output == good.read_text(encoding="utf-8")


def test_a_running_worker_follows_an_editors_change(postgres_url: str, server: FeedServer) -> None:
    hrw = server.file("/hrw.atom", FEEDS / "hrw.atom", "application/atom+xml")
    nos = server.file("/nos.xml", FEEDS / "nos.xml")
    first = TEAM_YAML.format(hrw=hrw)
    store = Store.open(postgres_url)
    store.save_team_feeds(first, "joost")
    store.close()

    async def main() -> set[str]:
        config = FeedsFile.from_text(first, TEAM_FEEDS).config
        stop = asyncio.Event()
        async with Engine(postgres_url, config) as engine:
            running = asyncio.create_task(engine.run(stop, check_every=0.1))
            editor = Store.open(postgres_url)
            editor.save_team_feeds(
                first + f'  - id: nos\n    kind: rss\n    url: "{nos}"\n', "joost"
            )
            editor.close()
            for _ in range(100):
                if len(engine.config.sources) == 2:
                    break
                await asyncio.sleep(0.05)
            stop.set()
            await running
            return {s.id for s in engine.config.sources}

    assert asyncio.run(main()) == {"hrw", "nos"}
