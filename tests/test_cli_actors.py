"""``review --undo-actors`` takes back a record of actors as the app's undo does: an
``undo`` entry in the log restoring the actors before it, the decisions left alone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from briefdata import STORIES, build


def _actors(run_cli: Any, item_id: int) -> tuple[str, list[tuple[str, str]]]:
    """The item's status and actors (name, kind) as ``items --json`` lists them."""
    listed = json.loads(run_cli("items", "--json").output)
    (item,) = (i for i in listed if i["id"] == item_id)
    return item["status"], [(a["name"], a["kind"]) for a in item["actors"]]


def test_undo_actors_restores_the_actors_before_and_keeps_the_decision(
    run_cli: Any, isolated_home: Path
) -> None:
    isolated_home.mkdir(parents=True)
    item_id = build(isolated_home / "pushback.db")[0]
    assert STORIES[0].decision == "confirm"  # recorded with Kabinet-Schoof as its actor
    before = ("confirmed", [("Kabinet-Schoof", "organisation")])
    assert _actors(run_cli, item_id) == before
    recorded = run_cli("review", str(item_id), "--actor", "PVV", "--actor", "person:Klever")
    assert recorded.exit_code == 0 and "actors: PVV, Klever" in recorded.output
    undone = run_cli("review", str(item_id), "--undo-actors")
    assert undone.exit_code == 0, undone.output
    assert undone.output == (
        f"item {item_id}: the last actors record taken back; actors: Kabinet-Schoof\n"
    )
    assert _actors(run_cli, item_id) == before  # the actors before, with their kind
    # repeated, it goes further back, past the records already taken back
    assert "actors: none" in run_cli("review", str(item_id), "--undo-actors").output
    assert _actors(run_cli, item_id) == ("confirmed", [])
    nothing = run_cli("review", str(item_id), "--undo-actors")
    assert nothing.exit_code == 1
    assert f"error: item {item_id} has no actors to undo" in nothing.output
    shown = run_cli("show", str(item_id)).output
    assert shown.count("actors → confirmed") == 2 and shown.count("undo → confirmed") == 2


def test_undo_and_undo_actors_each_take_back_their_own(run_cli: Any, isolated_home: Path) -> None:
    isolated_home.mkdir(parents=True)
    item_id = build(isolated_home / "pushback.db")[0]
    run_cli("review", str(item_id), "--escalate", "--actor", "PVV")
    # --undo takes back the escalation, not the actors recorded after the confirmation
    assert f"item {item_id}: confirmed" in run_cli("review", str(item_id), "--undo").output
    assert _actors(run_cli, item_id) == ("confirmed", [("PVV", "organisation")])
    both = run_cli("review", str(item_id), "--reject", "--undo-actors")
    assert both.exit_code == 0, both.output
    assert f"item {item_id}: rejected" in both.output
    assert "actors record taken back; actors: Kabinet-Schoof" in both.output
    assert _actors(run_cli, item_id) == ("rejected", [("Kabinet-Schoof", "organisation")])
    helped = run_cli("review", "--help").output
    assert "--undo-actors" in helped and "Notes and actors stay" in " ".join(helped.split())


def test_undo_actors_refuses_what_it_cannot_do(run_cli: Any, isolated_home: Path) -> None:
    isolated_home.mkdir(parents=True)
    item_id = build(isolated_home / "pushback.db")[0]
    mixed = run_cli("review", str(item_id), "--undo-actors", "--actor", "PVV")
    assert mixed.exit_code == 2
    assert "give only one of --actor, --no-actors and --undo-actors" in mixed.output
    missing = run_cli("review", "999", "--undo-actors")
    assert missing.exit_code == 1 and "error: no item with id 999" in missing.output
    assert _actors(run_cli, item_id) == ("confirmed", [("Kabinet-Schoof", "organisation")])
