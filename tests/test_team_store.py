"""The commands on a PostgreSQL server, chosen by --database or PUSHBACK_MONITOR_DATABASE:
a poll, the item list, a decision and a brief work as on SQLite; two analysts share the
queue; a server that cannot be reached is said plainly, never as a traceback."""

from __future__ import annotations

import dataclasses
import json
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from conftest import FEEDS, write_feeds
from feedserver import FeedServer
from storedata import new_item, save

from monitor.errors import StoreError, StoreUnavailable
from monitor.store import Action, Database, QueueQuery, Store
from monitor.store.classifications import Classification

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


@pytest.fixture
def team_database(
    postgres_server: str, _migrated_template: str, monkeypatch: pytest.MonkeyPatch
) -> Any:
    from postgres import _new_database

    with _new_database(postgres_server, _migrated_template) as url:
        monkeypatch.setenv("PUSHBACK_MONITOR_DATABASE", url)
        yield url


@pytest.fixture
def hrw_feeds(server: FeedServer, feeds_path: Path) -> None:
    """feeds.yaml with one source: Human Rights Watch's two stories, on the local server."""
    hrw = server.file("/hrw.atom", FEEDS / "hrw.atom", "application/atom+xml")
    write_feeds(feeds_path, [{"id": "hrw", "kind": "rss", "url": hrw}])


@pytest.mark.usefixtures("hrw_feeds")
def test_poll_items_review_and_brief_run_on_the_server(
    run_cli: Any, team_database: str, tmp_path: Path
) -> None:
    assert run_cli("poll").exit_code == 0
    items = json.loads(run_cli("items", "--json").output)
    assert len(items) == 2 and {i["source"] for i in items} == {"hrw"}
    first = items[0]["id"]
    decided = run_cli("review", str(first), "--labels", "civic_space", "--analyst", "sanne")
    assert decided.exit_code == 0, decided.output
    (shown,) = [i for i in json.loads(run_cli("items", "--json").output) if i["id"] == first]
    assert (shown["status"], shown["categories"]) == ("confirmed", ["civic_space"])
    # the data folder has no database file of its own: everything is on the server
    assert not (tmp_path / "home" / "pushback.db").exists()
    published = datetime.fromisoformat(items[0]["published"])
    day = published.date().isoformat()
    out = tmp_path / "brief.md"
    brief = run_cli("brief", "--from", day, "--to", day, "-o", str(out), "--lang", "en")
    assert brief.exit_code == 0, brief.output
    assert items[0]["title"] in out.read_text(encoding="utf-8")


@pytest.mark.usefixtures("hrw_feeds")
def test_the_option_names_the_server_as_well_as_the_variable(
    run_cli: Any, postgres_url: str
) -> None:
    assert run_cli("--database", postgres_url, "poll").exit_code == 0  # migrates a new one
    assert len(json.loads(run_cli("--database", postgres_url, "items", "--json").output)) == 2
    assert json.loads(run_cli("items", "--json").output) == []  # the data folder's own


def test_backups_of_a_server_are_the_servers(run_cli: Any, team_database: str) -> None:
    result = run_cli("backup")
    assert result.exit_code == 1
    assert "PostgreSQL server" in result.output and "pg_dump" in result.output


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_server_that_cannot_be_reached_is_said_plainly(run_cli: Any) -> None:
    url = f"postgresql://analyst:secret@127.0.0.1:{_closed_port()}/pushback"
    with pytest.raises(StoreUnavailable) as caught:
        Store.open(url)
    assert caught.value.reason == "unreachable"
    said = str(caught.value)
    port = url.rsplit(":", 1)[1].split("/", 1)[0]
    assert said.startswith(f"postgresql://analyst@127.0.0.1:{port}/pushback: ")
    assert "cannot be reached" in said and "secret" not in said
    result = run_cli("--database", url, "items")
    assert result.exit_code == 1
    assert "the database server cannot be reached" in result.output
    assert "secret" not in result.output and "Traceback" not in result.output


def test_two_analysts_share_one_queue(postgres_url: str) -> None:
    sanne, joost = Store.open(postgres_url), Store.open(postgres_url)
    try:
        ids = save(sanne, [new_item("nos", str(n), f"Story {n}", NOW) for n in range(3)], NOW)
        assert joost.queue_ids(QueueQuery(queue="all")) == sorted(ids, reverse=True)
        sanne.record_decision(ids[0], Action.REJECT, analyst="sanne")
        assert joost.item(ids[0]).status == "rejected"  # type: ignore[union-attr]
        joost.record_decision(ids[1], Action.ESCALATE, analyst="joost")
        assert [d.analyst for d in sanne.decisions(ids[1])] == ["joost"]
        assert sanne.queue_counts(NOW).queues["escalated"] == 1
    finally:
        sanne.close()
        joost.close()


@pytest.mark.parametrize(
    ("given", "postgres", "shown"),
    [
        (
            "postgresql://sanne:pw@db.example.org:5433/team",
            True,
            "postgresql://sanne@db.example.org:5433/team",
        ),
        (
            "host=db.example.org dbname=team user=joost password=pw",
            True,
            "postgresql://joost@db.example.org/team",
        ),
        ("service=pushback", True, "postgresql service pushback"),
        ("/data/pushback.db", False, "/data/pushback.db"),
        ("pushback.db", False, "pushback.db"),
    ],
)
def test_a_database_is_a_file_or_a_server_and_said_without_its_password(
    given: str, postgres: bool, shown: str
) -> None:
    database = Database.of(given)
    assert database.postgres is postgres
    assert str(database) == shown


@pytest.mark.parametrize(
    "typed", ["gender & ideologie", "'gender' | !ideologie", "gender:* (ideologie", "\\' <-> \""]
)
def test_operators_typed_in_a_search_are_words_not_syntax(postgres_url: str, typed: str) -> None:
    store = Store.open(postgres_url)
    try:
        (gender,) = save(store, [new_item("nos", "1", "Gender en ideologie", NOW)], NOW)
        found = store.queue_ids(QueueQuery(queue="all", search=typed))
        assert found == ([] if typed.startswith("\\") else [gender])
    finally:
        store.close()


def test_after_losing_the_server_a_decision_is_unavailable_then_goes_through(
    postgres_url: str,
) -> None:
    """The app keeps a decision the database cannot take and tries it again (ui/triage.py):
    for that, losing the server must be "unavailable", and the next try must reconnect."""
    store = Store.open(postgres_url)
    try:
        (item,) = save(store, [new_item("nos", "1", "Story", NOW)], NOW)
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid != pg_backend_pid()"
            )
        with pytest.raises(StoreUnavailable) as caught:
            store.record_decision(item, Action.CONFIRM, labels=["civic_space"])
        assert caught.value.reason == "unreachable"
        assert "the decision on item" in str(caught.value) and "was not saved" in str(caught.value)
        decided = store.record_decision(item, Action.CONFIRM, labels=["civic_space"])
        assert decided.status == "confirmed" and len(store.decisions(item)) == 1
    finally:
        store.close()


def test_a_connection_string_that_cannot_be_read_is_not_repeated() -> None:
    with pytest.raises(StoreError) as caught:
        Store.open("postgresql://sanne:s3%zzcret@db.example.org/pushback")
    assert "cannot be read" in str(caught.value) and "zzcret" not in str(caught.value)


def test_nul_characters_are_taken_out_and_missing_scores_sort_lowest(
    database: Path | str,
) -> None:
    store = Store.open(database)
    try:
        item = new_item("nos", "1", "Tit\x00le", NOW, text="te\x00xt", author="A\x00")
        item = dataclasses.replace(item, meta={"tags": ["a\x00b"]})
        scored, plain = save(store, [item, new_item("nos", "2", "Plain", NOW)], NOW)
        stored = store.item(scored)
        assert stored is not None
        assert (stored.title, stored.text, stored.author, stored.meta) == (
            "Title", "text", "A", {"tags": ["ab"]},
        )  # fmt: skip
        store.save_classifications(
            [
                Classification(
                    item_id=scored, model_version="m", content_hash="h1", scores={"anti_aid": 0.5},
                    categories=["anti_aid"], explanation={},
                )
            ],
            {},
            None,
        )  # fmt: skip
        by_score = QueueQuery(queue="all", sort="score")
        assert store.queue_ids(by_score) == [scored, plain]  # as on SQLite: missing last
        assert store.queue_ids(QueueQuery(queue="all", sort="score", descending=False)) == [
            plain,
            scored,
        ]
    finally:
        store.close()
