"""The one background-work helper: results of work done off the GUI thread come back here.

Work is either a coroutine on the engine loop or a plain function on a small thread pool;
both give a ``concurrent.futures.Future``. :func:`on_done` delivers its outcome to the GUI
thread through a queued Qt signal. Workers never touch widgets; the callbacks do. A
failure without a handler of its own is shown in a message box, never swallowed.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from monitor.store import Store

T = TypeVar("T")
_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ui-work")


class _Relay(QObject):
    finished = Signal(object)


_alive: set[_Relay] = set()
_running: set[Future[Any]] = set()


def show_error(parent: QWidget | None, error: BaseException) -> None:
    QMessageBox.warning(parent, "Pushback Monitor", str(error))


def on_done(
    future: Future[T],
    success: Callable[[T], Any],
    failure: Callable[[BaseException], Any] | None = None,
    *,
    parent: QWidget | None = None,
) -> None:
    """Call ``success(result)`` or ``failure(error)`` on the GUI thread when ``future`` ends."""
    relay = _Relay()
    _alive.add(relay)

    def deliver(done: Future[T]) -> None:
        _alive.discard(relay)
        if done.cancelled():
            return  # the app is closing (or the work was called off): nobody waits for it
        error = done.exception()
        if error is None:
            success(done.result())
        elif failure is not None:
            failure(error)
        else:
            show_error(parent, error)

    relay.finished.connect(deliver)
    future.add_done_callback(relay.finished.emit)


def run_in_thread(function: Callable[[], T]) -> Future[T]:
    """Run a blocking function (a database read, a file write) off the GUI thread."""
    future = _pool.submit(function)
    _running.add(future)
    future.add_done_callback(_running.discard)
    return future


def read_store(db_path: Path, work: Callable[[Store], T]) -> T:
    """``work(store)`` on a read connection of its own, closed afterwards (call it in
    :func:`run_in_thread`)."""
    store = Store.open(db_path, migrate_schema=False)
    try:
        return work(store)
    finally:
        store.close()


def drain(timeout: float = 10.0) -> None:
    """Wait for the work running off the GUI thread (before the app goes away); results
    that arrive now are dropped."""
    running = list(_running)
    for future in running:
        future.cancel()
    wait(running, timeout=timeout)
    for relay in list(_alive):
        relay.finished.disconnect()
    _alive.clear()
