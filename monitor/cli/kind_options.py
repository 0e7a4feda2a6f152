"""The command-line options of the kinds' address fields (``--instance``, ``--api``, …),
made from the kinds' declarations, so that a field added to a kind is an option too."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

import click

from monitor.sources import Field, SourceKind

F = TypeVar("F", bound=Callable[..., object])


def option_help(kinds: Sequence[SourceKind], spec: Field) -> str:
    """``Mastodon server, e.g. https://mastodon.social.``: the options stand side by side,
    unlike the form's fields, so the help names the kind unless the label does."""
    titles = " or ".join(kind.title for kind in kinds)
    label = spec.label
    if not label.lower().startswith(titles.lower()):
        label = f"{titles} {label[:1].lower()}{label[1:]}"
    text = label + (f", e.g. {spec.example}" if spec.example else "")
    if spec.drop_prefix:
        text += f" (without {spec.drop_prefix})"
    if spec.default is not None:
        text += f" [default: {spec.default}]"
    return text + "."


def field_options(kinds: Iterable[SourceKind], without: Iterable[str] = ()) -> Callable[[F], F]:
    """A decorator that gives a click command one option for every address field of
    ``kinds`` but those named in ``without``, in the order the kinds declare them, where
    the decorator stands among the command's other options; a field two kinds share is
    one option."""
    owners: dict[str, list[SourceKind]] = {}
    specs: dict[str, Field] = {}
    for kind in kinds:
        for spec in kind.fields:
            owners.setdefault(spec.name, []).append(kind)
            specs.setdefault(spec.name, spec)
    skipped = set(without)
    options = [
        click.option(f"--{name.replace('_', '-')}", name, help=option_help(owners[name], spec))
        for name, spec in specs.items()
        if name not in skipped
    ]

    def decorate(command: F) -> F:
        for option in reversed(options):  # decorators apply from the bottom up
            command = option(command)
        return command

    return decorate
