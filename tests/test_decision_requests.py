"""A write sent again because its commit's answer was lost records nothing twice: the
program gives each write its own id (``request``), and the store hands back what that
id recorded the first time."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from storedata import new_item, save

from monitor.store import Action, Actor, Store

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


def _items(store: Store, count: int) -> list[int]:
    return save(store, [new_item("nos", str(n), f"Story {n}", NOW) for n in range(count)], NOW)


def test_a_decision_sent_twice_is_recorded_once(database: Path | str) -> None:
    store = Store.open(database)
    try:
        (item,) = _items(store, 1)
        first = store.record_decision(
            item, Action.REJECT, analyst="sanne", expected={item: 0}, request="r-1"
        )
        # the same write again, expecting what it saw then: not a conflict with itself
        again = store.record_decision(
            item, Action.REJECT, analyst="sanne", expected={item: 0}, request="r-1"
        )
        assert again == first
        assert store.decisions(item) == [first]
        # another request is another decision
        second = store.record_decision(item, Action.ESCALATE, analyst="sanne", request="r-2")
        assert store.decisions(item) == [first, second]
        # no id: recorded each time, as before
        store.record_decision(item, Action.NOTE, note="a", analyst="sanne")
        store.record_decision(item, Action.NOTE, note="a", analyst="sanne")
        assert len(store.decisions(item)) == 4
    finally:
        store.close()


def test_every_kind_of_write_sent_twice_is_recorded_once(database: Path | str) -> None:
    store = Store.open(database)
    try:
        ids = _items(store, 3)

        def log() -> list[list[object]]:
            return [[d.id for d in store.decisions(i)] for i in ids]

        writes = [
            lambda: store.record_decisions(ids, "confirm", labels=["anti_gender"], request="a"),
            lambda: store.relabel(ids, add=["anti_srhr"], order=["anti_srhr"], request="b"),
            lambda: store.record_decisions(ids, Action.NOTE, note="seen", request="c"),
            lambda: store.undo_notes(ids, request="d"),
            lambda: store.set_actors(ids[0], [Actor("Forum")], request="e"),
            lambda: store.undo_actors(ids[:1], request="f"),
            lambda: store.record_decisions(ids, Action.UNDO, request="g"),
        ]
        for write in writes:
            first = write()
            before = log()
            assert write() == first
            assert log() == before
        assert [len(entries) for entries in log()] == [7, 5, 5]
        item = store.item(ids[1])
        assert item is not None and item.categories == ["anti_gender"] and item.note is None
    finally:
        store.close()
