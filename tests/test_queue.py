from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from storedata import new_item, save

from monitor.errors import StoreError
from monitor.progress import Progress
from monitor.store import Store
from monitor.store.activity import SourceActivity, source_activity
from monitor.store.classifications import Classification
from monitor.store.queue import (
    QueueQuery,
    alerts,
    queue_counts,
    queue_ids,
    queue_rows,
)

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def make_store(database: Path | str) -> tuple[Store, list[int]]:
    store = Store.open(database)
    ids = []
    for n, (title, language, source) in enumerate(
        [
            ("Abortusverbod aangenomen", "nl", "a"),
            ("Foreign agent law passed", "en", "b"),
            ("Weerbericht", "nl", "a"),
            ("Zebra's in de dierentuin", "nl", "b"),
            ("Soros pays protesters", "en", "a"),
        ]
    ):
        item = new_item(
            source,
            str(n),
            title,
            NOW - timedelta(days=n),
            url=f"https://e.org/{n}",
            text=title,
            html=title,
            fetched=NOW,
            language=language,
        )
        ids += save(store, [item], NOW)  # one batch per item keeps the ids in order
    flagged = {
        ids[0]: (["anti_srhr"], 0.9),
        ids[1]: (["civic_space"], 0.7),
        ids[4]: (["disinformation", "civic_space"], 0.8),
    }
    results = [
        Classification(
            item_id=i,
            model_version="m",
            content_hash="h",
            scores={"anti_srhr": flagged.get(i, ([], 0.1))[1]},
            categories=flagged.get(i, ([], 0))[0],
            explanation={},
        )
        for i in ids
    ]
    store.save_classifications(results, {}, None)
    return store, ids


def test_queues_filters_and_sorts(database: Path | str) -> None:
    store, ids = make_store(database)
    conn = store._conn
    assert queue_ids(conn, QueueQuery()) == [ids[0], ids[1], ids[4]]
    assert queue_ids(conn, QueueQuery(category="civic_space")) == [ids[1], ids[4]]
    assert queue_ids(conn, QueueQuery(queue="all", language="nl")) == [ids[0], ids[2], ids[3]]
    assert queue_ids(conn, QueueQuery(queue="all", source="b")) == [ids[1], ids[3]]
    assert queue_ids(conn, QueueQuery(sort="score")) == [ids[0], ids[4], ids[1]]
    assert queue_ids(conn, QueueQuery(sort="score", descending=False)) == [ids[1], ids[4], ids[0]]
    assert queue_ids(conn, QueueQuery(queue="all", sort="title", descending=False))[0] == ids[0]
    assert queue_ids(conn, QueueQuery(min_score=0.75)) == [ids[0], ids[4]]
    assert queue_ids(conn, QueueQuery(queue="all", search="soros")) == [ids[4]]
    assert queue_ids(conn, QueueQuery(queue="all", since=NOW - timedelta(days=1, hours=1))) == [
        ids[0],
        ids[1],
    ]
    assert queue_ids(conn, QueueQuery(), limit=2) == [ids[0], ids[1]]
    assert len(queue_ids(conn, QueueQuery(queue="all"))) == 5
    rows = queue_rows(conn, [ids[4]])
    assert sorted(rows[ids[4]].categories) == ["civic_space", "disinformation"]
    assert rows[ids[4]].score == 0.8 and rows[ids[4]].status == "pending"
    store.close()


def test_decisions_move_items_between_queues_and_counts(database: Path | str) -> None:
    store, ids = make_store(database)
    store.record_decision(ids[0], "reject")
    store.record_decision(ids[1], "relabel", labels=["rule_of_law"])
    store.record_decision(ids[3], "relabel", labels=["anti_aid"])  # the model missed it
    store.record_decision(ids[4], "escalate")
    conn = store._conn
    assert queue_ids(conn, QueueQuery()) == []
    assert queue_ids(conn, QueueQuery(queue="rejected")) == [ids[0]]
    assert queue_ids(conn, QueueQuery(queue="confirmed")) == [ids[1], ids[3]]
    assert queue_ids(conn, QueueQuery(queue="confirmed", category="rule_of_law")) == [ids[1]]
    assert queue_ids(conn, QueueQuery(queue="escalated", category="civic_space")) == [ids[4]]
    counts = queue_counts(conn, NOW - timedelta(days=7))
    assert counts.queues == {
        "review": 0,
        "escalated": 1,
        "confirmed": 2,
        "rejected": 1,
        "partner": 0,
        "all": 5,
    }
    assert counts.sources == {"a": 3, "b": 2}
    store.record_decision(ids[4], "undo")
    assert queue_ids(conn, QueueQuery()) == [ids[4]]
    assert queue_counts(conn, NOW - timedelta(days=7)).categories == {
        "civic_space": 1,
        "disinformation": 1,
    }
    store.close()


def _published(store: Store, source: str, times: list[datetime]) -> None:
    items = [
        new_item(source, f"{source}-{n}", f"Bericht {n}", when, content_hash=f"{source}{n}")
        for n, when in enumerate(times)
    ]
    save(store, items, NOW)


def test_a_source_that_stops_delivering_goes_silent(database: Path | str) -> None:
    store = Store.open(database)
    hourly = [NOW - timedelta(hours=h) for h in range(10, 40)]  # quiet for ten hours now
    daily = [NOW - timedelta(days=d, hours=2) for d in range(8)]
    _published(store, "hourly", hourly)
    _published(store, "daily", daily)
    _published(store, "new", hourly[:3])  # too little history to judge
    intervals = dict.fromkeys(("hourly", "daily", "new", "empty"), timedelta(minutes=30))
    activity = source_activity(store._conn, intervals, NOW)
    assert activity["hourly"].usual_gap == timedelta(hours=1)
    assert activity["hourly"].silent  # ten hours > three times one hour
    assert activity["hourly"].last_item == hourly[0]
    assert not activity["daily"].silent and activity["daily"].usual_gap == timedelta(days=1)
    assert activity["daily"].items_7d == 7
    assert activity["new"].usual_gap is None and not activity["new"].silent
    assert activity["empty"] == SourceActivity()
    # A source polled less often than it posts is judged by its poll interval.
    slow = source_activity(store._conn, {"hourly": timedelta(hours=4)}, NOW)
    assert slow["hourly"].usual_gap == timedelta(hours=4) and not slow["hourly"].silent
    store.close()


def test_alerts_pick_pending_items_above_their_category_threshold(database: Path | str) -> None:
    store, ids = make_store(database)
    found = alerts(store._conn, ids, {"anti_srhr": 0.85})
    assert [(a.item_id, a.scores) for a in found] == [(ids[0], {"anti_srhr": 0.9})]
    assert alerts(store._conn, ids, {"anti_srhr": 0.95}) == []
    store.record_decision(ids[0], "confirm")
    assert alerts(store._conn, ids, {"anti_srhr": 0.85}) == []  # already decided
    store.close()


def test_bulk_decisions_are_all_or_nothing(database: Path | str) -> None:
    store, ids = make_store(database)
    with pytest.raises(StoreError, match="no flagged categories"):
        store.record_decisions([ids[0], ids[2]], "confirm")  # ids[2] has no categories
    assert store.decisions(ids[0]) == []
    done = store.record_decisions([ids[0], ids[1]], "reject", analyst="Sanne")
    assert [d.status for d in done] == ["rejected", "rejected"]
    store.close()


def test_new_thresholds_flag_stored_scores_again(database: Path | str) -> None:
    store, ids = make_store(database)
    store.record_decision(ids[4], "confirm", labels=["disinformation"])
    changed = store.apply_thresholds({"anti_srhr": 0.8})
    # ids[1] (0.7) and ids[4] (0.8 on anti_srhr, and decided) change; ids[0] (0.9) stays
    assert sorted(changed) == sorted([ids[1], ids[4]])
    conn = store._conn
    assert queue_ids(conn, QueueQuery()) == [ids[0]]  # ids[1] left the queue
    assert queue_rows(conn, [ids[4]])[ids[4]].categories == ["disinformation"]  # the analyst's
    assert store.apply_thresholds({"anti_srhr": 0.8}) == []  # nothing more to change
    store.close()


def test_severity_goes_with_a_finding_and_undo_restores_it(database: Path | str) -> None:
    store, ids = make_store(database)
    store.record_decision(ids[0], "confirm", severity="high")
    assert store.item(ids[0]).severity == "high"  # type: ignore[union-attr]
    store.record_decision(ids[0], "note", note="check")  # a note keeps it
    store.record_decision(ids[0], "relabel", labels=["anti_srhr", "rule_of_law"])
    assert store.item(ids[0]).severity == "high"  # type: ignore[union-attr]
    store.record_decision(ids[0], "confirm", severity="low")
    store.record_decision(ids[0], "undo")
    assert store.item(ids[0]).severity == "high"  # type: ignore[union-attr]
    store.record_decision(ids[0], "reject")
    assert store.item(ids[0]).severity is None  # not a finding
    with pytest.raises(StoreError, match="unknown severity 'urgent'"):
        store.record_decision(ids[1], "confirm", severity="urgent")
    assert [d.severity for d in store.decisions(ids[0])] == [
        "high",
        "high",
        "high",
        "low",
        "high",
        None,
    ]
    store.close()


def test_a_selection_s_categories_come_from_one_query_of_any_size(database: Path | str) -> None:
    store, ids = make_store(database)
    chosen = [ids[0], ids[1], ids[2], ids[4]]
    summary = store.selection_categories(chosen)
    assert summary.items == 4 and summary.uncategorised == 1  # ids[2]: none
    assert summary.per_category == {"anti_srhr": 1, "civic_space": 2, "disinformation": 1}
    assert summary.shared() == set()
    assert store.selection_categories([ids[1], ids[4]]).shared() == {"civic_space"}
    many = [ids[1], ids[4]] * 50_000 + list(range(10**6, 10**6 + 400_000))  # unknown ids too
    assert store.selection_categories(many).per_category == {"civic_space": 2, "disinformation": 1}
    for queue in ("all", "review"):  # a whole queue, read by its query: the same answer
        whole = queue_ids(store._conn, QueueQuery(queue=queue))
        assert store.queue_categories(QueueQuery(queue=queue)) == store.selection_categories(whole)
    assert store.queue_categories(QueueQuery(queue="all")).uncategorised == 2
    # the read ended its transaction: a later write by another connection is seen
    other = Store.open(database)
    other.record_decisions([ids[2]], "relabel", labels=["anti_aid"])
    other.close()
    assert store.selection_categories([ids[2]]).per_category == {"anti_aid": 1}
    store.close()


def test_a_category_goes_onto_or_off_a_selection_in_one_transaction(database: Path | str) -> None:
    store, ids = make_store(database)
    order = ["anti_gender", "anti_srhr", "civic_space", "disinformation"]

    def labels(item_id: int) -> tuple[str, list[str]]:
        item = store.item(item_id)
        assert item is not None
        return item.status, item.categories

    progress = Progress(total=2)
    store.relabel([ids[0], ids[4]], add=["anti_gender"], order=order, progress=progress)
    assert labels(ids[0]) == ("confirmed", ["anti_gender", "anti_srhr"])  # the model's, plus
    assert labels(ids[4]) == ("confirmed", ["anti_gender", "civic_space", "disinformation"])
    assert progress.done == 2
    store.relabel([ids[0], ids[4]], remove=["civic_space", "anti_srhr"], order=order)
    assert labels(ids[0]) == ("confirmed", ["anti_gender"])
    assert labels(ids[4]) == ("confirmed", ["anti_gender", "disinformation"])
    with pytest.raises(StoreError, match="no item with id 999"):
        store.relabel([ids[1], 999], add=["anti_aid"], order=order)
    assert labels(ids[1]) == ("pending", ["civic_space"])  # all or none
    store.record_decisions([ids[0], ids[4]], "undo")
    assert labels(ids[4]) == ("confirmed", ["anti_gender", "civic_space", "disinformation"])
    store.close()
