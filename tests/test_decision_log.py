"""What recording a decision returns is the row the log holds, read as the history reads
it; an undo takes back the latest decision still standing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from uidata import populate

from monitor.errors import StoreError
from monitor.models import ItemStatus
from monitor.store import Action, Store


@pytest.fixture
def story(database: Path | str) -> int:
    """The id of one of the stories of a store (classified, none decided yet)."""
    return populate(database)[0]


@pytest.fixture
def store(database: Path | str, story: int) -> Iterator[Store]:
    opened = Store.open(database)
    yield opened
    opened.close()


def test_what_is_returned_is_what_the_log_holds(store: Store, story: int) -> None:
    item_id = story
    returned = [
        store.record_decision(
            item_id, Action.CONFIRM, labels=["civic_space"], severity="high", analyst="sanne"
        ),
        store.record_decision(item_id, Action.NOTE, note="seen before"),
        store.record_decision(item_id, Action.RELABEL, labels=["civic_space", "rule_of_law"]),
        store.record_decision(item_id, Action.REJECT),
        store.record_decision(item_id, Action.UNDO),
        store.record_decision(item_id, Action.UNDO),
    ]
    assert returned == store.decisions(item_id)
    assert [d.undoes for d in returned[-2:]] == [returned[3].id, returned[2].id]
    assert returned[-1].status is ItemStatus.CONFIRMED
    assert returned[-1].labels == ["civic_space"] and returned[-1].severity == "high"


def test_an_undo_with_nothing_standing_is_refused(store: Store, story: int) -> None:
    item_id = story
    store.record_decision(item_id, Action.NOTE, note="a note is no decision")
    with pytest.raises(StoreError, match="has no decision to undo"):
        store.record_decision(item_id, Action.UNDO)
    store.record_decision(item_id, Action.ESCALATE)
    undone = store.record_decision(item_id, Action.UNDO)
    assert (undone.status, undone.labels) == (ItemStatus.PENDING, None)
    with pytest.raises(StoreError, match="has no decision to undo"):
        store.record_decision(item_id, Action.UNDO)
