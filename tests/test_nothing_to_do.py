"""Commands given nothing to work on say so: a feeds.yaml without sources to poll, a
search without a word to look for."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import write_feeds
from storedata import new_item, save

from monitor.cli.main import cli
from monitor.store import ItemQuery, Store, fts_query
from monitor.store.queue import QueueQuery, queue_ids

WORDLESS = ['"', "*", '""', '"*"', "- !", "«»"]


@pytest.fixture(autouse=True)
def polling_only(isolated_home: Path) -> None:
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "settings.yaml").write_text("classifier:\n  enabled: false\n")


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_an_empty_feeds_file_says_there_is_nothing_to_poll(feeds_path: Path) -> None:
    feeds_path.write_text("")
    result = run("poll")
    assert result.exit_code == 0
    assert f"nothing to poll: {feeds_path} has no sources" in result.output
    assert "sources add" in result.output
    as_json = run("poll", "--json")
    assert json.loads(as_json.stdout) == [] and "nothing to poll" in as_json.stderr


def test_only_disabled_sources_say_so_too(feeds_path: Path) -> None:
    sources = [
        {"id": f"s{n}", "kind": "rss", "url": f"https://e.org/{n}", "enabled": False}
        for n in range(2)
    ]
    write_feeds(feeds_path, sources)
    result = run("poll")
    assert result.exit_code == 0
    assert f"all 2 sources in {feeds_path} are disabled" in result.output


def _store_with_items(path: Path) -> Store:
    store = Store.open(path)
    now = datetime(2026, 11, 30, 12, tzinfo=UTC)
    titles = ["Gender en ideologie", "Het weer"]
    save(store, [new_item("s", f"e{n}", t, now, text=t) for n, t in enumerate(titles)], now)
    return store


@pytest.mark.parametrize("search", WORDLESS)
def test_a_search_without_words_matches_nothing(tmp_path: Path, search: str) -> None:
    assert fts_query(search) == ""
    store = _store_with_items(tmp_path / "s.db")
    try:
        assert store.items(ItemQuery(search=search)) == []
        assert queue_ids(store._conn, QueueQuery(queue="all", search=search)) == []
        assert queue_ids(store._conn, QueueQuery(queue="all", search=search), 10) == []
        assert [i.title for i in store.items(ItemQuery(search="gender -"))] == [
            "Gender en ideologie"
        ]
    finally:
        store.close()


@pytest.mark.parametrize("search", ['"', "*", ""])
def test_the_items_command_says_there_is_nothing_to_search(search: str) -> None:
    result = run("items", "--search", search)
    assert result.exit_code == 2
    assert "--search" in result.output and "nothing to search for" in result.output
