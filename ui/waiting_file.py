"""The file of decisions not written yet (``waiting-decisions.json`` in the data folder).

While the database cannot take decisions (a team's server unreachable, a disk full),
and when the app quits with some not written, :class:`~ui.triage.Triage` keeps its line
here; the next start sends them in the same order, each under the id it had, so that one
whose commit went through just before the connection broke is not recorded twice. The
file holds, per decision, what it decides on which items, who decided, the versions of
the items it expects (so that nobody's later decision is overwritten unseen), and
whether it is done or taken back.

Format 1::

    {"format": 1, "database": "postgresql://sanne@db.example.org/pushback",
     "commands": [{"key": "…", "analyst": "sanne", "after": [412, 413] | null,
                   "verdict": {"action": "confirm", "item_ids": [7, 8], "labels": […],
                               "note": null, "severity": "high", "add": [], "remove": [],
                               "order": [], "expected": [[7, 0], [8, 311]],
                               "actors": [{"name": "…", "kind": "person"}]}}],
     "steps": [{"command": "…", "undoing": false, "request": "…"}]}
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from monitor.config.feeds_file import atomic_write
from monitor.store import SEVERITIES, Action, Actor, ActorKind
from ui.decision_command import DecisionCommand, Step, Verdict

if TYPE_CHECKING:
    from ui.triage import Triage

FORMAT = 1
NAME = "waiting-decisions.json"
T = TypeVar("T")


class Unreadable(Exception):
    """The file cannot be read; it was set aside as ``kept_as``, not deleted."""

    def __init__(self, kept_as: Path, reason: str) -> None:
        super().__init__(f"{kept_as}: {reason}")
        self.kept_as = kept_as
        self.reason = reason


def save(path: Path, steps: Sequence[Step], database: str) -> None:
    """Keep ``steps`` in ``path`` (whole or not at all), for ``database`` (where they
    are to be written, as :class:`~monitor.store.Database` names it); an empty line
    removes the file. Raises ``OSError`` or the engine's ConfigError when it cannot be
    written."""
    if not steps:
        path.unlink(missing_ok=True)
        return
    commands: dict[str, DecisionCommand] = {}
    for step in steps:
        commands.setdefault(step.command.key, step.command)
    document = {
        "format": FORMAT,
        "database": database,
        "commands": [_command(c) for c in commands.values()],
        "steps": [
            {"command": s.command.key, "undoing": s.undoing, "request": s.request} for s in steps
        ],
    }
    atomic_write(path, json.dumps(document, ensure_ascii=False).encode())


def _command(command: DecisionCommand) -> dict[str, Any]:
    verdict = command.verdict
    return {
        "key": command.key,
        "analyst": command.analyst,
        "after": None if command.after is None else list(command.after),
        "verdict": {
            "action": str(verdict.action),
            "item_ids": list(verdict.item_ids),
            "labels": verdict.labels,
            "note": verdict.note,
            "severity": verdict.severity,
            "add": list(verdict.add),
            "remove": list(verdict.remove),
            "order": list(verdict.order),
            "expected": [list(pair) for pair in verdict.expected],
            "actors": [{"name": a.name, "kind": str(a.kind)} for a in verdict.actors],
        },
    }


def load(path: Path, triage: Triage, database: str) -> list[Step]:
    """The steps kept in ``path`` for ``database``, as commands of ``triage`` (not on
    its undo stack). A file that cannot be read, or that was kept for another database
    (item ids name other items there), is renamed (``….unreadable-<time>``) and
    :class:`Unreadable` names the fault: the field at fault, or the JSON's line."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            found = document.get("format") if isinstance(document, dict) else None
            raise _Fault(f"format: {found!r} is not {FORMAT}")
        if document.get("database") != database:
            raise _Fault(f"database: kept for {document.get('database')!r}, not for {database!r}")
        commands: dict[str, DecisionCommand] = {}
        for n, entry in enumerate(_get(document, "commands", list, "")):
            where = f"commands[{n}]"
            raw = _get(entry, "verdict", dict, where)
            action = _field(raw, "action", Action, f"{where}.verdict")
            if action is Action.UNDO:  # a step takes a decision back; none is an undo
                raise _Fault(f"{where}.verdict.action: 'undo' is not a decision")
            severity = _optional(raw, "severity", str, f"{where}.verdict")
            if severity not in (None, *SEVERITIES):
                raise _Fault(f"{where}.verdict.severity: {severity!r} is not known")
            verdict = Verdict(
                action=action,
                item_ids=tuple(_ints(raw, "item_ids", f"{where}.verdict")),
                labels=_optional(raw, "labels", list, f"{where}.verdict"),
                note=_optional(raw, "note", str, f"{where}.verdict"),
                severity=severity,
                add=tuple(_strings(raw, "add", f"{where}.verdict")),
                remove=tuple(_strings(raw, "remove", f"{where}.verdict")),
                order=tuple(_strings(raw, "order", f"{where}.verdict")),
                expected=tuple(_pairs(raw, f"{where}.verdict")),
                actors=tuple(_actors(raw, f"{where}.verdict")),
            )
            key = _get(entry, "key", str, where)
            command = DecisionCommand(
                triage, verdict, analyst=_get(entry, "analyst", str, where), key=key
            )
            after = _optional(entry, "after", list, where)
            if after is not None:
                command.wrote_versions(_ints(entry, "after", where))
            commands[key] = command
        steps = []
        for n, entry in enumerate(_get(document, "steps", list, "")):
            where = f"steps[{n}]"
            key = _get(entry, "command", str, where)
            if key not in commands:
                raise _Fault(f"{where}.command: no command {key!r}")
            steps.append(
                Step(
                    commands[key],
                    undoing=_get(entry, "undoing", bool, where),
                    request=_get(entry, "request", str, where),
                )
            )
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, _Fault, ValueError) as exc:
        reason = (
            f"line {exc.lineno}: {exc.msg}"
            if isinstance(exc, json.JSONDecodeError)
            else str(getattr(exc, "strerror", None) or exc)
        )
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        kept_as = path.with_name(f"{path.name}.unreadable-{stamp}")
        try:
            path.replace(kept_as)
        except OSError:
            kept_as = path  # left where it is: still not lost
        raise Unreadable(kept_as, reason) from exc
    return steps


class _Fault(ValueError):
    pass


def _get(entry: object, name: str, kind: type[T], where: str) -> T:
    label = f"{where}.{name}" if where else name
    if not isinstance(entry, dict) or name not in entry:
        raise _Fault(f"{label}: missing")
    value = entry[name]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _Fault(f"{label}: {value!r} is not a {kind.__name__}")
    return value


def _optional(entry: dict[str, Any], name: str, kind: type[T], where: str) -> T | None:
    return None if entry.get(name) is None else _get(entry, name, kind, where)


def _field(entry: dict[str, Any], name: str, make: Callable[[str], T], where: str) -> T:
    value = _get(entry, name, str, where)
    try:
        return make(value)
    except ValueError:
        raise _Fault(f"{where}.{name}: {value!r} is not known") from None


def _ints(entry: dict[str, Any], name: str, where: str) -> list[int]:
    values = _get(entry, name, list, where)
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        raise _Fault(f"{where}.{name}: not a list of numbers")
    return values


def _strings(entry: dict[str, Any], name: str, where: str) -> list[str]:
    values = _get(entry, name, list, where)
    if not all(isinstance(v, str) for v in values):
        raise _Fault(f"{where}.{name}: not a list of texts")
    return values


def _pairs(entry: dict[str, Any], where: str) -> list[tuple[int, int]]:
    pairs = _get(entry, "expected", list, where)
    if not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(v, int) for v in p) for p in pairs
    ):
        raise _Fault(f"{where}.expected: not a list of [item, version] pairs")
    return [(p[0], p[1]) for p in pairs]


def _actors(entry: dict[str, Any], where: str) -> list[Actor]:
    actors = []
    for n, raw in enumerate(_get(entry, "actors", list, where)):
        at = f"{where}.actors[{n}]"
        actors.append(Actor(_get(raw, "name", str, at), _field(raw, "kind", ActorKind, at)))
    return actors


def count(path: Path) -> int:
    """How many decisions ``path`` keeps (0: none, or it cannot be read now)."""
    try:
        steps = json.loads(path.read_text(encoding="utf-8")).get("steps")
    except (OSError, UnicodeDecodeError, ValueError, AttributeError):
        return 0
    return len(steps) if isinstance(steps, list) else 0
