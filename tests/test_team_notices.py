"""On a team database every write tells the other programs what it changed, within a
second: ids and flags, never text; a program does not hear its own notices again."""

from __future__ import annotations

import queue
from datetime import UTC, datetime

import pytest
from storedata import new_item, save

from monitor.store import Action, Changes, Store, notices
from monitor.store.notices import ChangeListener

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


@pytest.fixture
def heard(postgres_url: str) -> queue.Queue[Changes]:
    return queue.Queue()


def _listen(postgres_url: str, heard: queue.Queue[Changes]) -> ChangeListener:
    listener = ChangeListener(postgres_url, "team", heard.put, poll_s=0.1)
    assert listener.listening.wait(10)
    return listener


def test_another_programs_decisions_and_polls_are_heard_within_a_second(
    postgres_url: str, heard: queue.Queue[Changes], monkeypatch: pytest.MonkeyPatch
) -> None:
    listener = _listen(postgres_url, heard)
    monkeypatch.setattr(notices, "ORIGIN", "another-program")  # the writes are another's
    store = Store.open(postgres_url)
    try:
        ids = save(store, [new_item("nos", str(n), f"Story {n}", NOW) for n in range(3)], NOW)
        polled = heard.get(timeout=1)
        assert (polled.new_items, polled.counts, polled.sources) == (True, True, {"nos"})
        store.record_decisions(ids[:2], Action.REJECT, analyst="joost")
        decided = heard.get(timeout=1)
        assert decided.items == set(ids[:2]) and decided.counts
        store.relabel(ids, add=["civic_space"], analyst="joost")
        assert heard.get(timeout=1).items == set(ids)
    finally:
        store.close()
        listener.close()


def test_a_program_does_not_hear_its_own_writes(
    postgres_url: str, heard: queue.Queue[Changes]
) -> None:
    listener = _listen(postgres_url, heard)
    store = Store.open(postgres_url)
    try:
        (item,) = save(store, [new_item("nos", "1", "Story", NOW)], NOW)
        store.record_decision(item, Action.ESCALATE)
        with pytest.raises(queue.Empty):
            heard.get(timeout=0.5)
    finally:
        store.close()
        listener.close()


def test_a_notice_holds_no_text_and_a_large_change_says_any_item(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    payload = notices.encode(Changes(items=frozenset(range(10_000)), counts=True))
    assert len(payload) < 8000 and notices.decode(payload) == (
        notices.ORIGIN,
        Changes(every_item=True, counts=True),
    )
    assert notices.decode("not a notice") is None
    small = Changes(items=frozenset({3, 1}), sources=frozenset({"nos"}))
    assert notices.decode(notices.encode(small)) == (notices.ORIGIN, small)


def test_after_a_lost_connection_the_listener_says_anything_may_have_changed(
    postgres_url: str, heard: queue.Queue[Changes], monkeypatch: pytest.MonkeyPatch
) -> None:
    import psycopg

    monkeypatch.setattr(notices, "RECONNECT_S", 0.1)
    listener = _listen(postgres_url, heard)
    try:
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE application_name = 'pushback-monitor notices'"
            )
        assert heard.get(timeout=5) == Changes(every_item=True, counts=True, new_items=True)
    finally:
        listener.close()


def test_sqlite_sends_nothing(tmp_path: object) -> None:
    store = Store.open(tmp_path / "one.db")  # type: ignore[operator]
    try:
        (item,) = save(store, [new_item("nos", "1", "Story", NOW)], NOW)
        store.record_decision(item, Action.ESCALATE)  # no pg_notify on SQLite: no error
    finally:
        store.close()
