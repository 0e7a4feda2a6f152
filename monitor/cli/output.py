"""What the commands put out: plain-text tables, times and log lines for the terminal,
and the option that names a file to write instead."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TypeVar

import click

from monitor.urls import redact

F = TypeVar("F", bound=Callable[..., object])


def output_option(text: str, *, required: bool = False) -> Callable[[F], F]:
    """``-o/--output FILE``, the file a command writes (a :class:`Path`); ``text`` says
    what it is and, unless ``required``, what happens without it."""
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, path_type=Path),
        required=required,
        help=text,
    )


def local_time(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else "-"


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def table(
    headers: Sequence[str], rows: Sequence[Sequence[object]], *, flexible: int | None = None
) -> None:
    """Print aligned columns; column ``flexible`` is shortened to fit the terminal."""
    cells = [[str(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    if flexible is not None:
        total = shutil.get_terminal_size((120, 20)).columns
        others = sum(w + 2 for i, w in enumerate(widths) if i != flexible)
        widths[flexible] = max(min(widths[flexible], total - others), 20)
        cells = [
            [shorten(c, widths[flexible]) if i == flexible else c for i, c in enumerate(row)]
            for row in cells
        ]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    click.echo(line.rstrip())
    for row in cells:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


class RedactingFormatter(logging.Formatter):
    """Log lines, tracebacks included, never carry the password of an address."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))
