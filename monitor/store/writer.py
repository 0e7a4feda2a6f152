"""The one thread that writes to the database.

Work is submitted as a function of the :class:`Store`; it runs on the writer thread in
order and its result comes back as a future (or awaited from asyncio with :meth:`call`).
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TypeVar

from monitor.store.database import Database
from monitor.store.store import Store

T = TypeVar("T")
log = logging.getLogger(__name__)

_Job = tuple[Callable[[Store], object], "Future[object]"]


class StoreWriter:
    def __init__(self, database: Database | Path | str) -> None:
        self.database = Database.of(database)
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._opened: Future[None] = Future()
        self._thread = threading.Thread(target=self._run, name="store-writer", daemon=True)
        self._thread.start()
        self._opened.result()  # raises StoreError if the database cannot be opened

    def _run(self) -> None:
        try:
            store = Store.open(self.database)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the constructor's thread
            self._opened.set_exception(exc)
            return
        self._opened.set_result(None)
        try:
            while (job := self._jobs.get()) is not None:
                function, future = job
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    future.set_result(function(store))
                except BaseException as exc:  # noqa: BLE001 - the caller gets it from the future
                    future.set_exception(exc)
        finally:
            store.close()

    def submit(self, function: Callable[[Store], T]) -> Future[T]:
        if not self._thread.is_alive():
            raise RuntimeError("the store writer is closed")
        future: Future[T] = Future()
        self._jobs.put((function, future))  # type: ignore[arg-type]
        return future

    async def call(self, function: Callable[[Store], T]) -> T:
        return await asyncio.wrap_future(self.submit(function))

    def close(self) -> None:
        """Finish the queued work, checkpoint and close the database."""
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()

    def __enter__(self) -> StoreWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
