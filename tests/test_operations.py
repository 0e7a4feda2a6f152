"""Reading the store off the GUI thread (ui.worker: Reads, QueryOp) and the store's read
interface: one connection per worker thread, results and errors delivered on the GUI
thread, a database fault always a StoreError, and nothing dropped without a handler."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from monitor.errors import StoreError
from monitor.store import QueueQuery, ReadStore, Store
from ui import worker
from ui.worker import QueryOp, Reads, drain


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "pushback.db"
    Store.open(path).close()
    return path


def test_each_worker_thread_keeps_one_read_connection(qtbot: QtBot, database: Path) -> None:
    reads = Reads(database)
    seen: list[tuple[int, int]] = []

    def who(store: ReadStore) -> tuple[int, int]:
        return threading.get_ident(), id(store)

    for _ in range(6):
        future = QueryOp(reads, None, who).success(seen.append).run()
        future.result(timeout=10)
    qtbot.waitUntil(lambda: len(seen) == 6)
    per_thread = {thread: {store for t, store in seen if t == thread} for thread, _ in seen}
    assert all(len(stores) == 1 for stores in per_thread.values())  # reused, not reopened
    assert threading.get_ident() not in per_thread  # never the GUI thread
    drain()
    reads.close()
    assert reads._opened == []


def test_results_arrive_on_the_gui_thread(qtbot: QtBot, database: Path) -> None:
    reads = Reads(database)
    arrived: list[tuple[object, int]] = []
    QueryOp(reads, None, lambda store: store.queue_counts(datetime.now(UTC))).success(
        lambda counts: arrived.append((counts.queues["review"], threading.get_ident()))
    ).run()
    qtbot.waitUntil(lambda: bool(arrived))
    assert arrived == [(0, threading.get_ident())]
    drain()
    reads.close()


def test_a_damaged_database_reaches_the_failure_handler_as_a_store_error(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "pushback.db"
    store = Store.open(path)
    store.close()
    reads = Reads(path)
    reads.store()  # this thread's connection is open; the file is then overwritten
    path.write_bytes(b"not a database" * 1000)
    errors: list[BaseException] = []
    QueryOp(reads, None, lambda s: s.queue_ids(QueueQuery(queue="all"))).success(
        lambda _: errors.append(AssertionError("no error"))
    ).failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], StoreError), errors[0]
    assert str(path) in str(errors[0])
    drain()
    reads.close()


def test_without_a_failure_handler_the_error_is_shown(
    qtbot: QtBot, database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(worker, "show_error", lambda parent, error: shown.append(str(error)))

    def broken(store: ReadStore) -> None:
        raise StoreError("pushback.db: the disk went away")

    QueryOp(Reads(database), None, broken).run()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["pushback.db: the disk went away"]


@pytest.mark.parametrize(
    ("read", "doing"),
    [
        (lambda s: s.queue_ids(QueueQuery()), "reading the queue"),
        (lambda s: s.queue_rows([1, 2]), "reading the queue"),
        (lambda s: s.queue_counts(datetime.now(UTC)), "counting the queues"),
        (lambda s: s.alerts([1], {"anti_srhr": 0.5}), "reading new items for alerts"),
        (lambda s: s.languages(), "reading the languages"),
        (
            lambda s: s.period_counts(datetime(2026, 1, 1, tzinfo=UTC), datetime.now(UTC)),
            "counting",
        ),
    ],
)
def test_every_read_of_a_damaged_database_is_a_store_error_naming_it(
    tmp_path: Path, read: object, doing: str
) -> None:
    path = tmp_path / "pushback.db"
    Store.open(path).close()
    store = Store.open(path, migrate_schema=False)
    path.write_bytes(b"not a database" * 1000)  # overwritten while open
    with pytest.raises(StoreError, match=doing) as caught:
        read(store)  # type: ignore[operator]
    assert str(path) in str(caught.value)
    store.close()


def test_changes_say_what_a_write_touched() -> None:
    from monitor.store import Changes

    decided = Changes.of_items([3, 4])
    assert decided.touches(3) and not decided.touches(5) and not decided.touches(None)
    assert decided.counts and not decided.new_items
    together = decided | Changes(sources=frozenset({"nos"}), new_items=True)
    assert together.items == {3, 4} and together.sources == {"nos"} and together.new_items
    assert Changes(every_item=True).touches(99)
    assert not Changes() and bool(Changes(counts=True))


def test_a_write_tells_every_view_what_it_changed(qtbot: QtBot, database: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from monitor.store import Changes
    from ui.changes import ChangeHub
    from ui.worker import WriteOp

    hub = ChangeHub()
    heard: list[Changes] = []
    hub.changed.connect(heard.append)
    writer = ThreadPoolExecutor(max_workers=1)
    store = Store.open(database)

    def write(work):  # type: ignore[no-untyped-def]
        return writer.submit(work, store)

    succeeded: list[Changes] = []
    with qtbot.waitSignal(hub.changed):
        WriteOp(write, hub, None, lambda s: Changes.of_items([7])).success(succeeded.append).run()
    assert heard == succeeded == [Changes.of_items([7])]
    with qtbot.waitSignal(hub.changed, timeout=300, raising=False) as nothing:
        WriteOp(write, hub, None, lambda s: Changes()).run().result(timeout=10)
    assert not nothing.signal_triggered  # nothing changed: no view reads again
    failures: list[BaseException] = []

    def broken(s: Store) -> Changes:
        raise StoreError("p.db: the disk is full; the decision was not saved")

    WriteOp(write, hub, None, broken).failure(failures.append).run()
    qtbot.waitUntil(lambda: bool(failures))
    assert heard == [Changes.of_items([7])]  # a failed write tells nobody it changed anything
    writer.shutdown()
    store.close()
