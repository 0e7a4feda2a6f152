"""The one background-work helper: results of work done off the GUI thread come back here.

Work is either a coroutine on the engine loop or a plain function on a small thread pool;
both give a ``concurrent.futures.Future``. :func:`on_done` delivers its outcome to the GUI
thread through a queued Qt signal. Workers never touch widgets; the callbacks do. A
failure without a handler of its own is shown in a message box, never swallowed.

Reading the store goes through :class:`QueryOp`: the work gets a
:class:`~monitor.store.ReadStore` (the worker thread's own read connection, kept for the
next read in that thread: :class:`Reads`)::

    QueryOp(reads, self, lambda store: store.queue_counts(now)).success(show).run()
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from monitor.progress import Progress, Task
from monitor.store import Changes, Database, ReadStore, Store
from ui.changes import ChangeHub
from ui.progress import show_progress

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
        if parent is not None and not shiboken6.isValid(parent):
            return  # the dialog that asked was closed and deleted meanwhile
        error = done.exception()
        if error is None:
            success(done.result())
        elif failure is not None:
            failure(error)
        else:
            show_error(parent, error)

    # Always queued: a future already done when it is handed here (a write refused at
    # once) would otherwise call back at once, inside the caller — a failure handler
    # clearing the undo stack from within the very command being undone.
    relay.finished.connect(deliver, Qt.ConnectionType.QueuedConnection)

    def relay_it(done: Future[T]) -> None:
        # the relay may have gone with the window (drained): then nobody waits
        with contextlib.suppress(RuntimeError):
            relay.finished.emit(done)

    future.add_done_callback(relay_it)


def run_in_thread(function: Callable[[], T]) -> Future[T]:
    """Run a blocking function (a database read, a file write) off the GUI thread."""
    future = _pool.submit(function)
    _running.add(future)
    future.add_done_callback(_running.discard)
    return future


class Reads:
    """Read connections to one database: one per worker thread, opened by its first read
    and kept for the next; :meth:`close` closes them all (after :func:`drain`)."""

    def __init__(self, database: Database, folder: Path | None = None) -> None:
        self.database = database
        self.folder = folder
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[Store] = []

    def store(self) -> ReadStore:
        """The calling thread's read connection."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store.open(self.database, migrate_schema=False, folder=self.folder)
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            opened, self._opened = self._opened, []
        for store in opened:
            store.close()
        self._local = threading.local()


class QueryOp(Generic[T]):
    """A read of the store off the GUI thread: ``op(store)`` runs on the pool with that
    thread's read connection; :meth:`success` gets the result on the GUI thread, and
    :meth:`failure` the error (without one, the error is shown: nothing is dropped)."""

    def __init__(self, reads: Reads, parent: QWidget | None, op: Callable[[ReadStore], T]) -> None:
        self._reads = reads
        self._parent = parent
        self._op = op
        self._success: Callable[[T], Any] = lambda _: None
        self._failure: Callable[[BaseException], Any] | None = None
        self._progress: tuple[Progress, str | None] | None = None

    def success(self, handler: Callable[[T], Any]) -> QueryOp[T]:
        self._success = handler
        return self

    def failure(self, handler: Callable[[BaseException], Any]) -> QueryOp[T]:
        self._failure = handler
        return self

    def with_progress(
        self, title: str | None = None, progress: Progress | None = None
    ) -> QueryOp[T]:
        """The analyst waits for this: shown as every task is (:mod:`ui.progress`: the
        status bar, a dialog after 0.6 s). ``progress``: one the work itself counts on,
        else one that only says that it runs. It ends when the work does."""
        self._progress = (progress or Progress(Task.OTHER), title)
        return self

    def run(self) -> Future[T]:
        reads, op, shown = self._reads, self._op, self._progress
        if shown is None:
            future = run_in_thread(lambda: op(reads.store()))
        else:
            progress, title = shown
            if self._parent is not None:
                show_progress(self._parent, progress, title=title, dialog=True)

            def work() -> T:
                with progress:
                    return op(reads.store())

            future = run_in_thread(work)
        on_done(future, self._success, self._failure, parent=self._parent)
        return future


Write = Callable[[Callable[[Store], Changes]], Future[Changes]]


class WriteOp:
    """A write on the store writer's thread that says what it changed: ``op(store)``
    returns a :class:`~monitor.store.Changes`, which goes to :meth:`success` and to every
    view by ``hub`` (:mod:`ui.changes`); without a failure handler the error is shown."""

    def __init__(
        self, write: Write, hub: ChangeHub, parent: QWidget | None, op: Callable[[Store], Changes]
    ) -> None:
        self._write = write
        self._hub = hub
        self._parent = parent
        self._op = op
        self._success: Callable[[Changes], Any] = lambda _: None
        self._failure: Callable[[BaseException], Any] | None = None

    def success(self, handler: Callable[[Changes], Any]) -> WriteOp:
        self._success = handler
        return self

    def failure(self, handler: Callable[[BaseException], Any]) -> WriteOp:
        self._failure = handler
        return self

    def run(self) -> Future[Changes]:
        future = self._write(self._op)

        def done(changes: Changes) -> None:
            self._hub.tell(changes)
            self._success(changes)

        on_done(future, done, self._failure, parent=self._parent)
        return future


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
