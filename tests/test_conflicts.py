"""Two analysts deciding the same item: the second is told, and nothing is overwritten
unseen. An item's version is the latest entry of its decision log; a decision that
expects an older one is refused with what was decided since, and records nothing."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from storedata import new_item, save

from monitor.store import Action, DecisionConflict, ItemQuery, QueueQuery, Store

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


def _items(store: Store, count: int) -> list[int]:
    return save(store, [new_item("nos", str(n), f"Story {n}", NOW) for n in range(count)], NOW)


def test_a_decision_on_an_item_decided_since_it_was_read_is_refused(
    database: Path | str,
) -> None:
    sanne, joost = Store.open(database), Store.open(database)
    try:
        (item,) = _items(sanne, 1)
        seen = sanne.item(item)
        assert seen is not None and seen.version == 0
        assert joost.queue_rows([item])[item].version == 0
        theirs = joost.record_decision(item, Action.REJECT, analyst="joost")
        with pytest.raises(DecisionConflict) as caught:
            sanne.record_decision(
                item, Action.ESCALATE, analyst="sanne", expected={item: seen.version}
            )
        (conflict,) = caught.value.conflicts
        assert conflict.item_id == item and conflict.since == [theirs]
        assert str(caught.value) == f"item {item} was decided by joost since it was read"
        assert sanne.decisions(item) == [theirs]  # nothing recorded
        # having seen theirs, she decides again: her version is theirs now
        now_seen = sanne.item(item)
        assert now_seen is not None and now_seen.version == theirs.id
        mine = sanne.record_decision(
            item, Action.ESCALATE, analyst="sanne", expected={item: now_seen.version}
        )
        assert mine.status == "escalated"
        assert sanne.queue_rows([item])[item].version == mine.id
    finally:
        sanne.close()
        joost.close()


def test_a_bulk_decision_names_every_item_that_moved_and_records_none(
    database: Path | str,
) -> None:
    store = Store.open(database)
    try:
        ids = _items(store, 5)
        seen = {i: row.version for i, row in store.queue_rows(ids).items()}
        store.record_decision(ids[1], Action.NOTE, note="checked", analyst="joost")
        store.set_actors(ids[3], [], analyst="joost")
        before = store.count(ItemQuery(status="confirmed"))
        with pytest.raises(DecisionConflict) as caught:
            store.relabel(ids, add=["civic_space"], analyst="sanne", expected=seen)
        assert [c.item_id for c in caught.value.conflicts] == [ids[1], ids[3]]
        assert str(caught.value) == "2 items were decided by others since they were read"
        assert store.count(ItemQuery(status="confirmed")) == before
        # an item the view never read is not checked: it is decided as before
        unseen = {i: v for i, v in seen.items() if i not in (ids[1], ids[3])}
        decided = store.record_decisions(ids, Action.REJECT, analyst="sanne", expected=unseen)
        assert len(decided) == 5
        assert store.queue_ids(QueueQuery(queue="rejected")) == sorted(ids, reverse=True)
    finally:
        store.close()


def test_analysts_deciding_the_same_items_at_once_never_overwrite_each_other(
    postgres_url: str,
) -> None:
    """Five analysts, each with their own connection, decide the same ten items at once,
    each expecting the version they read: for every item exactly one decision is recorded
    and the others are told."""
    setup = Store.open(postgres_url)
    ids = _items(setup, 10)
    seen = {i: row.version for i, row in setup.queue_rows(ids).items()}
    setup.close()
    start = threading.Barrier(5)
    outcomes: dict[str, list[int] | str] = {}

    def analyst(name: str) -> None:
        store = Store.open(postgres_url)
        try:
            start.wait()
            for item in ids:
                try:
                    store.record_decision(
                        item, Action.REJECT, analyst=name, expected={item: seen[item]}
                    )
                    outcomes.setdefault(name, []).append(item)  # type: ignore[union-attr]
                except DecisionConflict:
                    pass
        except Exception as exc:
            outcomes[name] = repr(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=analyst, args=(f"analyst-{n}",)) for n in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not [o for o in outcomes.values() if isinstance(o, str)], outcomes
    won = sorted(i for o in outcomes.values() for i in o)
    assert won == sorted(ids)  # each item decided once, by one of them
    check = Store.open(postgres_url)
    try:
        assert all(len(check.decisions(i)) == 1 for i in ids)
    finally:
        check.close()


def test_an_analysts_own_later_entries_are_no_conflict(database: Path | str) -> None:
    """Deciding an item twice in quick succession: the second decision was taken before
    the first was written, so it expects the version before both."""
    store = Store.open(database)
    try:
        (item,) = _items(store, 1)
        store.record_decision(item, Action.ESCALATE, analyst="sanne", expected={item: 0})
        store.record_decision(item, Action.NOTE, note="x", analyst="sanne", expected={item: 0})
        with pytest.raises(DecisionConflict):
            store.record_decision(item, Action.REJECT, analyst="joost", expected={item: 0})
    finally:
        store.close()


def test_who_has_an_item_open_is_read_with_its_row_and_lapses(
    database: Path | str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from monitor.store import leases

    store = Store.open(database)
    try:
        first, second = _items(store, 2)
        assert store.hold(first, "sanne").items == {first}
        assert store.hold(first, "joost").items == {first}
        rows = store.queue_rows([first, second])
        assert rows[first].holders == ("joost", "sanne") and rows[second].holders == ()
        moved = store.hold(second, "sanne")  # she goes on to the next item
        assert moved.items == {first, second} and not moved.counts
        assert store.queue_rows([first])[first].holders == ("joost",)
        store.hold(None, "joost")  # his window closed
        assert store.queue_rows([first])[first].holders == ()
        monkeypatch.setattr(leases, "LEASE", -leases.LEASE)  # a lease never renewed
        store.hold(first, "joost")
        assert store.queue_rows([first])[first].holders == ()
    finally:
        store.close()
