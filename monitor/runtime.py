"""An asyncio loop on its own thread, for hosts whose main thread belongs to a GUI."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")


class LoopThread:
    """``submit(coroutine)`` from any thread; the result arrives as a ``concurrent`` future."""

    def __init__(self, name: str = "engine-loop") -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()
        pending = asyncio.all_tasks(self.loop)
        for task in pending:
            task.cancel()
        self.loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        self.loop.close()

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> Future[T]:
        """Run ``coroutine`` on the loop; once the loop has stopped, a future that says so
        (work that arrives late, such as a queued signal after closing, is not run)."""
        if self._thread.is_alive():
            try:
                return asyncio.run_coroutine_threadsafe(coroutine, self.loop)
            except RuntimeError:  # closed in the meantime
                pass
        coroutine.close()
        stopped: Future[T] = Future()
        stopped.set_exception(RuntimeError("the engine has stopped"))
        return stopped

    def stop(self, timeout: float = 10.0) -> None:
        if self._thread.is_alive():
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(timeout)
