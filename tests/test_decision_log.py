"""What recording a decision returns is the row the log holds, read as the history reads
it; an undo takes back the latest decision still standing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.errors import StoreError
from monitor.models import Batch, Item, ItemStatus
from monitor.store import Action, Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "log.db")
    yield opened
    opened.close()


def one_item(store: Store) -> int:
    when = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    item = Item(
        source="nos",
        external_id="1",
        url="https://e.org/1",
        canonical_url="https://e.org/1",
        title="NGO law passed",
        text="NGO law passed",
        html="NGO law passed",
        author=None,
        published=when,
        published_estimated=False,
        fetched=when,
        language="en",
        language_detected=False,
        content_hash="h1",
    )
    saved = store.save_batch("nos", [item], Batch(), started=when, finished=when, next_poll=when)
    return saved.new_item_ids[0]


def test_what_is_returned_is_what_the_log_holds(store: Store) -> None:
    item_id = one_item(store)
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


def test_an_undo_with_nothing_standing_is_refused(store: Store) -> None:
    item_id = one_item(store)
    store.record_decision(item_id, Action.NOTE, note="a note is no decision")
    with pytest.raises(StoreError, match="has no decision to undo"):
        store.record_decision(item_id, Action.UNDO)
    store.record_decision(item_id, Action.ESCALATE)
    undone = store.record_decision(item_id, Action.UNDO)
    assert (undone.status, undone.labels) == (ItemStatus.PENDING, None)
    with pytest.raises(StoreError, match="has no decision to undo"):
        store.record_decision(item_id, Action.UNDO)
