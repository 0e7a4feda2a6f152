"""Taking back a note is an "undo" in the log, as the docs promise (not a note with empty
text); it restores the note before it and leaves the decision standing. ``show`` says
how serious a finding is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from uidata import STORIES, THRESHOLD, populate

from monitor.config import Locations
from monitor.models import ItemStatus
from monitor.store import Action, Store


def test_the_undo_of_a_note_is_an_undo_that_restores_the_note_before(
    database: Path | str,
) -> None:
    store = Store.open(database)
    item_id = populate(database)[0]
    confirmed = store.record_decision(item_id, Action.CONFIRM, severity="high")
    first = store.record_decision(item_id, Action.NOTE, note="check the source")
    second = store.record_decision(item_id, Action.NOTE, note="the ministry confirmed it")
    (undone,) = store.undo_notes([item_id], analyst="sanne")
    assert (undone.action, undone.undoes, undone.note) == (
        Action.UNDO,
        second.id,
        "check the source",
    )
    assert (undone.status, undone.severity) == (ItemStatus.CONFIRMED, "high")
    item = store.item(item_id)
    assert item is not None and item.note == "check the source"
    (again,) = store.undo_notes([item_id])
    assert again.undoes == first.id and again.note is None
    item = store.item(item_id)
    assert item is not None and item.note is None and item.status == ItemStatus.CONFIRMED
    assert [d.action for d in store.decisions(item_id)] == [
        Action.CONFIRM,
        Action.NOTE,
        Action.NOTE,
        Action.UNDO,
        Action.UNDO,
    ]
    # the confirmation still stands: an undo of it takes back the confirmation itself
    assert store.record_decision(item_id, Action.UNDO).undoes == confirmed.id
    store.close()


def test_show_gives_the_severity(run_cli: Any) -> None:
    ids = populate(Locations.resolve().db_path)
    flagged = next(
        i for i, s in zip(ids, STORIES, strict=True) if max(s.scores.values()) >= THRESHOLD
    )
    assert run_cli("review", str(flagged), "--confirm", "--severity", "medium").exit_code == 0
    header = run_cli("show", str(flagged)).output.splitlines()[1]
    assert header.endswith(" · confirmed · severity medium")
    plain = next(i for i in ids if i != flagged)
    assert "severity" not in run_cli("show", str(plain)).output.splitlines()[1]
