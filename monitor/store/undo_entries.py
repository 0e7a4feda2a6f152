"""Taking back an entry of the decision log that left the item's status alone (a note,
or the actors recorded on it): an ``undo`` row that points at it and holds what it
restores. The undo of a decision is :func:`monitor.store.decisions.record`'s."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from monitor.errors import StoreError
from monitor.store.decisions import Action, Decision, append, history
from monitor.store.sql import Sql
from monitor.store.times import iso


def undo_note(conn: Sql, item_id: int, analyst: str | None, request: str | None = None) -> Decision:
    """Take back the item's latest note still standing: an ``undo`` row that points at it
    and holds the note it restores (None: the item had none), so the log reads "undo", not
    a note with empty text. Status, labels and severity stay; the caller holds the
    transaction."""
    past = history(conn, item_id)
    target = latest_standing(past, Action.NOTE, f"item {item_id} has no note to undo")
    restored = _note_before(past, target)
    conn.execute("UPDATE items SET note = ?, note_shared = FALSE WHERE id = ?", (restored, item_id))
    return record_undo(conn, item_id, target, analyst, note=restored, request=request)


def latest_standing(past: list[Decision], action: Action, missing: str) -> Decision:
    """The latest entry of ``action`` in an item's log that no ``undo`` took back; a
    :class:`StoreError` saying ``missing`` when there is none."""
    undone = {d.undoes for d in past if d.undoes}
    entries = [d for d in past if d.action is action and d.id not in undone]
    if not entries:
        raise StoreError(missing)
    return entries[-1]


def record_undo(
    conn: Sql,
    item_id: int,
    target: Decision,
    analyst: str | None,
    *,
    note: str | None = None,
    actors: list[str] | None = None,
    request: str | None = None,
) -> Decision:
    """An ``undo`` row pointing at ``target`` that leaves the item's status, labels and
    severity as they are and holds what it restored (a note, or the actors' names)."""
    status, labels, severity = conn.execute(
        "SELECT status, labels, severity FROM items WHERE id = ?", (item_id,)
    ).fetchone()
    created = iso(datetime.now(UTC))
    values = (item_id, Action.UNDO, labels, status, note, analyst, created, target.id, severity)
    return append(conn, values, None if actors is None else json.dumps(actors), request)


def _note_before(past: list[Decision], target: Decision) -> str | None:
    """The item's note just before ``target``, replayed from the log: a row with a note
    sets it, the undo of a note sets what it restored, other rows leave it."""
    by_id = {d.id: d for d in past}
    note = None
    for decision in past:
        if decision.id >= target.id:
            break
        undid = by_id.get(decision.undoes) if decision.undoes else None
        restores = undid is not None and undid.action is Action.NOTE
        sets = decision.note is not None and decision.action is not Action.UNDO
        if restores or sets:
            note = decision.note
    return note
