"""Progress on the command line: every step the work names, and its counts, on stderr
(stdout stays for the result, which scripts read)."""

from __future__ import annotations

import click

from monitor.progress import Progress, Snapshot, Task


def printed(task: Task, counted: str | None = None) -> Progress:
    """A :class:`Progress` that prints each new description, and, given ``counted``
    (``"classified {done} of {total}"``), a line each time more is done."""
    progress = Progress(task)
    last = Snapshot(task, "", 0, None, False)

    def show(now: Snapshot) -> None:
        nonlocal last
        if now.description and now.description != last.description:
            click.echo(now.description, err=True)
        if counted is not None and now.done > last.done:
            click.echo(counted.format(done=now.done, total=now.total), err=True)
        last = now

    progress.subscribe(show)
    return progress
