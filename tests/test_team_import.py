"""`team import --from-sqlite`: an analyst's store moves into the team's without loss or
duplicates — items matched by source and entry, decisions with their undos, notes and
actors, sources' state, models — the counts checked and printed; a second run adds
nothing; an item the team decided already keeps the team's decisions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from storedata import new_item, save

from monitor.store import Action, Actor, ActorKind, ItemQuery, Store

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


@pytest.fixture
def analyst_folder(tmp_path: Path, trained_model: Any) -> Path:
    """Sanne's data folder: five stories, one a duplicate of another source's, decided,
    noted, undone and given actors; the shipped model registered."""
    folder = tmp_path / "sanne"
    store = Store.open(folder / "pushback.db")
    try:
        ids = save(
            store,
            [
                new_item("nos", str(n), f"Story {n}", NOW, url=f"https://e.org/{n}")
                for n in range(4)
            ],
            NOW,
        )
        (copy,) = save(store, [new_item("rtl", "a", "Story 0", NOW, url="https://e.org/0")], NOW)
        assert store.item(copy).duplicate_of == ids[0]  # type: ignore[union-attr]
        store.record_decision(
            ids[0], Action.CONFIRM, labels=["civic_space"], severity="high", analyst="sanne"
        )
        store.record_decision(ids[0], Action.NOTE, note="seen on TV", analyst="sanne")
        store.record_decision(ids[1], Action.REJECT, analyst="sanne")
        store.record_decision(ids[1], Action.UNDO, analyst="sanne")
        store.record_decision(ids[2], Action.ESCALATE, analyst="sanne")
        store.set_actors(
            ids[0], [Actor("Forum voor Democratie", ActorKind.ORGANISATION)], analyst="sanne"
        )
        store.record_failure("rtl", "HTTP 503", started=NOW, finished=NOW, next_poll=NOW)
        store.register_model(trained_model)
    finally:
        store.close()
    return folder


@pytest.fixture
def team_import(run_cli: Any, postgres_url: str) -> Callable[[Path], Result]:
    """``team import --from-sqlite FOLDER`` into the test's team database."""

    def run(folder: Path) -> Result:
        return run_cli("--database", postgres_url, "team", "import", "--from-sqlite", str(folder))

    return run


def test_an_analysts_store_moves_in_whole_and_only_once(
    team_import: Callable[[Path], Result],
    analyst_folder: Path,
    postgres_url: str,
    trained_model: Any,
) -> None:
    team = Store.open(postgres_url)
    try:  # the team has story 3 already, and decided it
        (known,) = save(team, [new_item("nos", "3", "Story 3", NOW, url="https://e.org/3")], NOW)
        team.record_decision(known, Action.REJECT, analyst="joost")
    finally:
        team.close()
    first = team_import(analyst_folder)
    assert first.exit_code == 0, first.output
    assert "items: 4 new, 1 the team had already" in first.output
    assert "decisions: 6 on 3 items (1 notes, 1 actors)" in first.output
    assert "sources: 1 new; models: 1 new" in first.output  # nos is the team's already
    team = Store.open(postgres_url)
    try:
        items = {
            i.title + "/" + i.source: i for i in team.items(ItemQuery(include_duplicates=True))
        }
        zero, one, two = items["Story 0/nos"], items["Story 1/nos"], items["Story 2/nos"]
        assert (zero.status, zero.categories, zero.severity, zero.note) == (
            "confirmed",
            ["civic_space"],
            "high",
            "seen on TV",
        )
        assert one.status == "pending" and two.status == "escalated"
        # the confirmed and escalated items' evidence is kept anew for the team
        assert set(team.evidence_states([zero.id, one.id, two.id])) == {zero.id, two.id}
        assert items["Story 0/rtl"].duplicate_of == zero.id
        assert items["Story 3/nos"].status == "rejected"  # the team's decision stands
        log = team.decisions(one.id)
        assert [d.action for d in log] == ["reject", "undo"] and log[1].undoes == log[0].id
        assert [a.name for a in team.actors_of([zero.id])[zero.id]] == ["Forum voor Democratie"]
        assert team.source_state("rtl").last_error == "HTTP 503"
        active = team.active_model()  # the team had none: the one moved in is used
        assert active is not None and active.version == trained_model.version
        assert team.count(ItemQuery(include_duplicates=True)) == 5
    finally:
        team.close()
    again = team_import(analyst_folder)
    assert again.exit_code == 0, again.output
    assert "items: 0 new, 5 the team had already" in again.output
    assert "decisions: 0 on 0 items" in again.output
    assert "3 items' decisions were moved before" in again.output
    assert "sources: 0 new; models: 0 new" in again.output


def test_a_folder_without_a_database_is_refused(
    team_import: Callable[[Path], Result], tmp_path: Path
) -> None:
    result = team_import(tmp_path)
    assert result.exit_code == 1
    assert (
        f"{tmp_path / 'pushback.db'}: no Pushback Monitor database in this folder" in result.output
    )


def test_a_model_kept_in_the_analysts_data_folder_comes_along(
    team_import: Callable[[Path], Result], tmp_path: Path, postgres_url: str
) -> None:
    from monitor.store.classifications import ModelRecord

    folder = tmp_path / "sanne"
    (folder / "models" / "head-7").mkdir(parents=True)
    store = Store.open(folder / "pushback.db")  # records it relative to the data folder
    store.register_model(
        ModelRecord(
            version="head-7", created="2026-11-30T10:00:00+00:00", backend="embedding-head",
            path=str(folder / "models" / "head-7"), encoder=None, metrics={}, trained_on={},
        )
    )  # fmt: skip
    store.close()
    moved = team_import(folder)
    assert "models: 1 new" in moved.output, moved.output
    team = Store.open(postgres_url)
    try:
        active = team.active_model()
        assert active is not None and active.path == str(folder / "models" / "head-7")
    finally:
        team.close()
