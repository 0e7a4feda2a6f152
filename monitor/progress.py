"""How far long work has got: one plain object that the work updates and any view shows.

The work (a round of polls, classifying, training, loading the classifier, a brief, a
backup) is handed a :class:`Progress`, or makes its own, and updates it from whatever
thread it runs on. An update is a lock and a few assignments, so the work may report
every item. Nothing here knows how progress is shown: the CLI subscribes and prints lines
(:mod:`monitor.cli.progress`); the desktop app reads :meth:`Progress.snapshot` on a timer
and shows every progress in the status bar the same way (``ui/progress.py``).

    progress = Progress(Task.CLASSIFY, total=len(ids))
    for chunk in chunks:
        ...
        progress.advance(len(chunk))
    progress.close()

``total`` may be unknown (``None``: the view shows that something runs, not how far) and
may be learnt later with :meth:`update`; ``description`` says what happens now, in
English (the app names the task in the analyst's language and shows the description as
its detail).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass
from enum import StrEnum
from types import TracebackType
from typing import TypeVar

from monitor.errors import MonitorError

T = TypeVar("T")


class Task(StrEnum):
    """What the work is, so that a view can name it in its own language."""

    POLL = "poll"
    CLASSIFY = "classify"
    LOAD = "load"  # opening the classifier, perhaps installing or training its model
    TRAIN = "train"
    BRIEF = "brief"
    BACKUP = "backup"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A progress at one moment, safe to hand to another thread."""

    task: Task
    description: str
    done: int
    total: int | None
    finished: bool

    @property
    def fraction(self) -> float | None:
        """How much is done, 0…1; ``None`` when the total is unknown."""
        if not self.total:
            return None
        return min(self.done / self.total, 1.0)


Listener = Callable[[Snapshot], None]


class Progress:
    """Done out of total, with a description; updated by the work, read by views."""

    def __init__(
        self, task: Task = Task.OTHER, description: str = "", total: int | None = None
    ) -> None:
        self._lock = threading.Lock()
        self._state = Snapshot(task, description, 0, total, False)
        self._listeners: list[Listener] = []

    # -- updates (from the work's thread) ------------------------------------------------

    def advance(self, steps: int = 1) -> None:
        with self._lock:
            state = self._state
            self._state = Snapshot(
                state.task, state.description, state.done + steps, state.total, state.finished
            )
        self._tell()

    def update(
        self, *, done: int | None = None, total: int | None = None, description: str | None = None
    ) -> None:
        """Set any of done, total and description (``total=0`` also counts as known)."""
        with self._lock:
            state = self._state
            self._state = Snapshot(
                state.task,
                state.description if description is None else description,
                state.done if done is None else done,
                state.total if total is None else total,
                state.finished,
            )
        self._tell()

    def describe(self, description: str) -> None:
        self.update(description=description)

    def close(self) -> None:
        """The work ended (done, failed or stopped): views stop showing it."""
        with self._lock:
            if self._state.finished:
                return
            state = self._state
            self._state = Snapshot(state.task, state.description, state.done, state.total, True)
        self._tell()

    def track(self, items: Iterable[T]) -> Iterator[T]:
        """Yield ``items``, one step each (the total is their number when they have one)."""
        if self.total is None and isinstance(items, Sized):
            self.update(total=len(items))
        for item in items:
            yield item
            self.advance()

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    # -- reading (from anywhere) ---------------------------------------------------------

    def snapshot(self) -> Snapshot:
        return self._state  # replaced whole under the lock, never changed in place

    @property
    def task(self) -> Task:
        return self._state.task

    @property
    def done(self) -> int:
        return self._state.done

    @property
    def total(self) -> int | None:
        return self._state.total

    @property
    def description(self) -> str:
        return self._state.description

    @property
    def finished(self) -> bool:
        return self._state.finished

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with a snapshot after every update, on the updating thread
        (keep it quick); returns what unsubscribes it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def _tell(self) -> None:
        with self._lock:
            listeners = list(self._listeners)
            state = self._state
        for listener in listeners:
            listener(state)

    def __repr__(self) -> str:
        state = self._state
        total = "?" if state.total is None else state.total
        return f"<Progress {state.task} {state.done}/{total} {state.description!r}>"


class Cancelled(MonitorError):
    """The analyst cancelled the work (raised in the work's thread by :class:`Stoppable`)."""


class Stoppable(Progress):
    """A progress the analyst may stop: after :meth:`stop`, the work's next report (an
    advance or an update) raises :class:`Cancelled` instead."""

    def __init__(
        self, task: Task = Task.OTHER, description: str = "", total: int | None = None
    ) -> None:
        super().__init__(task, description, total)
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` once stopped (for the work between its reports)."""
        if self._stop.is_set():
            raise Cancelled

    def advance(self, steps: int = 1) -> None:
        self.check()
        super().advance(steps)

    def update(
        self, *, done: int | None = None, total: int | None = None, description: str | None = None
    ) -> None:
        self.check()
        super().update(done=done, total=total, description=description)
