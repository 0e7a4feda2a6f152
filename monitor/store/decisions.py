"""Analyst decisions: an append-only log. Each row records the action and the item's
status and categories after it; an undo is a new row that restores the state before the
decision it takes back. The item keeps its current status and labels for fast queues.

Here: the log's types, its rows read and appended, one decision recorded, and what the
model learns from (the items analysts decided). The versions a decision claims are in
:mod:`monitor.store.versions`, the undo of a note or of actors in
:mod:`monitor.store.undo_entries`, a verdict on many items in
:mod:`monitor.store.bulk_decisions`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from monitor.errors import StoreError
from monitor.models import ItemStatus
from monitor.store import evidence
from monitor.store.classifications import refresh_flags
from monitor.store.sql import Sql
from monitor.store.times import iso


class Action(StrEnum):
    """What an analyst did to an item; the value is the ``decisions.action`` column."""

    CONFIRM = "confirm"
    REJECT = "reject"
    RELABEL = "relabel"
    ESCALATE = "escalate"
    FLAG = "flag"  # a rule added categories or a priority; the item's status stays
    NOTE = "note"
    ACTORS = "actors"  # the actors recorded on the item (see monitor/store/actors.py)
    UNDO = "undo"


# Rows that leave the item as it was: skipped when looking for the decision to take back.
_NOT_DECISIONS = (Action.UNDO, Action.NOTE, Action.ACTORS)
SEVERITIES = ("high", "medium", "low")


@dataclass(frozen=True, kw_only=True)
class Decision:
    id: int
    item_id: int
    action: Action
    labels: list[str] | None
    status: ItemStatus
    note: str | None
    analyst: str | None
    created: str
    undoes: int | None = None
    severity: str | None = None
    actors: list[str] | None = None  # an ``actors`` entry or its undo: the names after it
    rule: str | None = None  # the rule that recorded it (monitor/rules); None: an analyst


@dataclass(frozen=True, kw_only=True)
class Verdict:
    """What an analyst decides on one item or many: an :class:`Action` (or its value)
    and what goes with it."""

    action: Action | str
    labels: list[str] | None = None
    note: str | None = None
    analyst: str | None = None
    severity: str | None = None
    actors: list[str] | None = None  # with ``actors``: the names recorded (the caller's)
    # The writing program's own id for the write this verdict is part of (see
    # :func:`written`): sent again when its commit's answer was lost, it records nothing twice.
    request: str | None = None
    rule: str | None = None  # recorded in the name of this rule (monitor/rules)


@dataclass(frozen=True, kw_only=True)
class Conflict:
    """An item another analyst decided after the version the deciding analyst saw."""

    item_id: int
    since: list[Decision]  # what was recorded on it after that version, oldest first


class DecisionConflict(StoreError):
    """A decision on items whose decision log moved on since the analyst read them: it is
    not recorded, so that nobody's decision is overwritten unseen; the analyst chooses."""

    def __init__(self, conflicts: list[Conflict]) -> None:
        self.conflicts = conflicts
        first = conflicts[0]
        who = ", ".join(sorted({_who(d) for d in first.since}))
        message = (
            f"item {first.item_id} was decided by {who} since it was read"
            if len(conflicts) == 1
            else f"{len(conflicts)} items were decided by others since they were read"
        )
        super().__init__(message)


def _who(decision: Decision) -> str:
    if decision.rule is not None:
        return f"rule {decision.rule!r}"
    return decision.analyst or "?"


@dataclass(frozen=True, slots=True)
class LabelledItem:
    item_id: int
    title: str
    text: str
    language: str | None
    labels: list[str]


def _row(row: tuple[Any, ...]) -> Decision:
    id_, item_id, action, labels, status, note, analyst, created, undoes, severity, actors, rule = (
        row
    )
    return Decision(
        id=id_,
        item_id=item_id,
        action=Action(action),
        labels=json.loads(labels) if labels is not None else None,
        status=ItemStatus(status),
        note=note,
        analyst=analyst,
        created=created,
        undoes=undoes,
        severity=severity,
        actors=json.loads(actors) if actors is not None else None,
        rule=rule,
    )


_COLUMNS = (
    "id, item_id, action, labels, status, note, analyst, created, undoes, severity, actors, rule"
)


def history(conn: Sql, item_id: int) -> list[Decision]:
    return [
        _row(r)
        for r in conn.execute(
            f"SELECT {_COLUMNS} FROM decisions WHERE item_id = ? ORDER BY id",  # noqa: S608
            (item_id,),
        )
    ]


def model_categories(conn: Sql, item_id: int) -> list[str]:
    row = conn.execute(
        "SELECT categories FROM classifications WHERE item_id = ?", (item_id,)
    ).fetchone()
    return json.loads(row[0]) if row and row[0] else []


def _standing(past: list[Decision]) -> list[Decision]:
    """The decisions of ``past`` that changed the item and are not undone, oldest first."""
    undone = {d.undoes for d in past if d.undoes}
    return [d for d in past if d.action not in _NOT_DECISIONS and d.id not in undone]


def _state_before(conn: Sql, decision: Decision) -> tuple[ItemStatus, list[str] | None, str | None]:
    """Status, labels and severity as they were just before ``decision`` (undone ones
    skipped)."""
    earlier = [d for d in _standing(history(conn, decision.item_id)) if d.id < decision.id]
    if earlier:
        return earlier[-1].status, earlier[-1].labels, earlier[-1].severity
    shared = conn.execute(
        "SELECT labels, severity FROM provenance WHERE item_id = ?", (decision.item_id,)
    ).fetchone()
    if shared is not None:  # a partner's finding goes back to the partners' queue
        return ItemStatus.PARTNER, json.loads(shared[0]) if shared[0] else None, shared[1]
    return ItemStatus.PENDING, None, None


def record(conn: Sql, item_id: int, verdict: Verdict) -> Decision:
    """Apply a decision to an item; the caller holds the transaction. A verdict's
    ``severity`` goes with confirm, relabel and escalate (without it the item keeps the
    one it has)."""
    labels, note, severity = verdict.labels, verdict.note, verdict.severity
    action = _checked(verdict)
    item = conn.execute(
        f"SELECT status, labels, severity FROM items WHERE id = ?{conn.for_update}",  # noqa: S608
        (item_id,),
    ).fetchone()
    if item is None:
        raise StoreError(f"no item with id {item_id}")
    current_labels = json.loads(item[1]) if item[1] else None
    severity = severity or item[2]
    undoes = None
    status: ItemStatus
    if action is Action.CONFIRM:
        labels = labels or current_labels or model_categories(conn, item_id)
        if not labels:
            raise StoreError(
                f"item {item_id} has no flagged categories to confirm; give the "
                "categories (--labels)"
            )
        status = ItemStatus.CONFIRMED
    elif action is Action.REJECT:
        labels, status, severity = [], ItemStatus.REJECTED, None
    elif action is Action.RELABEL:
        labels = labels or []
        status = ItemStatus.CONFIRMED if labels else ItemStatus.REJECTED
    elif action is Action.ESCALATE:
        labels = _added(conn, item_id, current_labels, labels)
        status = ItemStatus.ESCALATED
    elif action is Action.FLAG:
        labels, status = _added(conn, item_id, current_labels, labels), ItemStatus(item[0])
    elif action in (Action.NOTE, Action.ACTORS):
        labels, status = current_labels, ItemStatus(item[0])
    else:
        standing = _standing(history(conn, item_id))
        if not standing:
            raise StoreError(f"item {item_id} has no decision to undo")
        target = standing[-1]
        status, labels, severity = _state_before(conn, target)
        undoes = target.id
    created = iso(datetime.now(UTC))
    assert created is not None
    encoded = json.dumps(labels) if labels is not None else None
    if status is ItemStatus.REJECTED:
        severity = None  # not a finding: nothing to weigh
    actors = json.dumps(verdict.actors) if action is Action.ACTORS else None
    decision = append(
        conn,
        (item_id, action, encoded, status, note, verdict.analyst, created, undoes, severity),
        actors,
        verdict.request,
        verdict.rule,
    )
    conn.execute(
        # a new note is private until marked as shareable again (monitor/sharing)
        "UPDATE items SET status = ?, labels = ?, note = coalesce(?, note), severity = ?,"
        " note_shared = (note_shared AND ?) WHERE id = ?",
        (status, encoded, note, severity, note is None, item_id),
    )
    refresh_flags(conn, [item_id])
    if status in (ItemStatus.CONFIRMED, ItemStatus.ESCALATED):
        evidence.want(conn, item_id, created)  # kept by monitor/evidence, off this write
    return decision


def _checked(verdict: Verdict) -> Action:
    """The verdict's action, once it and its severity are known ones."""
    try:
        action = Action(verdict.action)
    except ValueError:
        raise StoreError(
            f"unknown decision {verdict.action!r}; expected one of {', '.join(Action)}"
        ) from None
    if verdict.severity is not None and verdict.severity not in SEVERITIES:
        raise StoreError(
            f"unknown severity {verdict.severity!r}; expected one of {', '.join(SEVERITIES)}"
        )
    return action


def _added(
    conn: Sql, item_id: int, current: list[str] | None, added: list[str] | None
) -> list[str] | None:
    """The item's categories with ``added`` (a rule's) after them; without any added,
    the labels it has (None: the model's categories stand)."""
    if not added:
        return current
    have = current if current is not None else model_categories(conn, item_id)
    return have + [c for c in added if c not in have]


def append(
    conn: Sql,
    values: tuple[Any, ...],
    actors: str | None,
    request: str | None,
    rule: str | None = None,
) -> Decision:
    """Append a row to the log (``values`` in the order of :data:`_COLUMNS` from
    ``item_id`` to ``severity``): the decision returned is the row as stored, read as
    :func:`history` reads it (one way to build a :class:`Decision`)."""
    (row,) = conn.execute(
        "INSERT INTO decisions (item_id, action, labels, status, note, analyst, created,"  # noqa: S608
        " undoes, severity, actors, request, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
        f" RETURNING {_COLUMNS}",
        (*values, actors, request, rule),
    ).fetchall()
    return _row(row)


def written(conn: Sql, request: str | None) -> list[Decision] | None:
    """The decisions a write with the id ``request`` recorded, in order, when it did
    (its commit went through, but the answer never reached the program, which sends it
    again); None when it did not, or has no id."""
    if request is None:
        return None
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM decisions WHERE request = ? ORDER BY id",  # noqa: S608
        (request,),
    ).fetchall()
    return [_row(r) for r in rows] or None


# Whether the item stands as a rule left it (its latest entry that changed it is a
# rule's): a rule's "not relevant" is no analyst's judgement, and the model does not learn
# from it, nor is it counted as a verdict on the model.
def changes_item(alias: str) -> str:
    """SQL: the log entry ``alias`` changed the item's status, categories or priority
    (it is no note or actors entry, nor the undo of one)."""
    return (
        f"{alias}.action NOT IN ('note', 'actors') AND NOT ({alias}.action = 'undo' AND EXISTS"  # noqa: S608
        f" (SELECT 1 FROM decisions t WHERE t.id = {alias}.undoes"
        " AND t.action IN ('note', 'actors')))"
    )


_BY_RULE = (
    "EXISTS (SELECT 1 FROM decisions r WHERE r.item_id = i.id AND r.rule IS NOT NULL"  # noqa: S608
    " AND r.id = (SELECT max(l.id) FROM decisions l WHERE l.item_id = i.id"
    f" AND {changes_item('l')}))"
)


def labelled_items(conn: Sql) -> list[LabelledItem]:
    """Items whose categories an analyst has decided (confirmed, rejected or relabelled)."""
    rows = conn.execute(
        "SELECT id, title, text, language, labels FROM items i"  # noqa: S608 - a constant
        " WHERE labels IS NOT NULL AND status IN ('confirmed', 'rejected')"
        f" AND NOT {_BY_RULE} ORDER BY id"
    )
    return [LabelledItem(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in rows]


@dataclass(frozen=True, slots=True)
class Judged:
    """An analyst's verdict on an item beside what a model said of it."""

    item_id: int
    language: str | None
    labels: list[str]  # the analyst's
    predicted: list[str]  # the model's


def judged_since(conn: Sql, since: str, model_version: str) -> list[Judged]:
    """Items decided (confirmed or rejected) after ``since`` and classified by
    ``model_version``: what that model was never trained on, with its verdict."""
    rows = conn.execute(
        "SELECT i.id, i.language, i.labels, c.categories FROM items i"  # noqa: S608 - constants
        " JOIN classifications c ON c.item_id = i.id AND c.model_version = ?"
        " WHERE i.labels IS NOT NULL AND i.status IN ('confirmed', 'rejected')"
        f" AND NOT {_BY_RULE}"
        " AND (SELECT max(d.created) FROM decisions d WHERE d.item_id = i.id) > ?"
        " ORDER BY i.id",
        (model_version, since),
    )
    return [Judged(r[0], r[1], json.loads(r[2]), json.loads(r[3])) for r in rows]


def count_since(conn: Sql, since: str | None) -> int:
    if since is None:
        return int(conn.execute("SELECT count(*) FROM decisions").fetchone()[0])
    return int(
        conn.execute("SELECT count(*) FROM decisions WHERE created > ?", (since,)).fetchone()[0]
    )
