"""An item's version and the claim a decision makes on its items: a decision is recorded
only on the versions the analyst saw, so that nobody's decision is overwritten unseen
(:class:`~monitor.store.decisions.DecisionConflict` otherwise)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from monitor.store.classifications import lock_items
from monitor.store.decisions import Conflict, DecisionConflict, history
from monitor.store.sql import Sql, chunks

# An item's version is the id of the latest entry in its decision log (0: none yet): it
# changes with every decision, note, actors entry and undo, and is read with the item.
VERSION = "(SELECT coalesce(max(d.id), 0) FROM decisions d WHERE d.item_id = i.id)"


def versions(conn: Sql, item_ids: Sequence[int]) -> dict[int, int]:
    """The current version of each item (see :data:`VERSION`)."""
    found: dict[int, int] = dict.fromkeys(item_ids, 0)
    for chunk in chunks(sorted(set(item_ids))):
        marks = ",".join("?" * len(chunk))
        found.update(
            conn.execute(
                f"SELECT item_id, max(id) FROM decisions WHERE item_id IN ({marks})"  # noqa: S608
                " GROUP BY item_id",
                chunk,
            ).fetchall()
        )
    return found


def claim(
    conn: Sql,
    item_ids: Sequence[int],
    expected: Mapping[int, int] | None,
    analyst: str | None,
) -> None:
    """Before ``analyst``'s decision on ``item_ids``: lock their rows (in id order, so
    that two analysts deciding overlapping selections wait for each other rather than
    deadlock), and refuse with :class:`DecisionConflict` if another analyst recorded
    something on an item after the version ``expected`` says this one saw (items it
    leaves out are not checked; the analyst's own later entries are no conflict)."""
    lock_items(conn, item_ids)
    if not expected:
        return
    current = versions(conn, list(expected))
    conflicts = []
    for item_id in sorted(i for i, seen in expected.items() if current[i] != seen):
        if _by_others(conn, item_id, expected[item_id], analyst):
            since = [d for d in history(conn, item_id) if d.id > expected[item_id]]
            conflicts.append(Conflict(item_id=item_id, since=since))
    if conflicts:
        raise DecisionConflict(conflicts)


def _by_others(conn: Sql, item_id: int, after: int, analyst: str | None) -> bool:
    """Whether somebody else recorded something on the item after the entry ``after``:
    another analyst's name, or on a team's server another login (two analysts who gave
    themselves the same name in their settings still see each other's decisions)."""
    other = (
        "analyst IS DISTINCT FROM ? OR role IS DISTINCT FROM session_user"
        if conn.postgres
        else "analyst IS NOT ?"
    )
    row = conn.execute(
        f"SELECT 1 FROM decisions WHERE item_id = ? AND id > ? AND ({other}) LIMIT 1",  # noqa: S608
        (item_id, after, analyst),
    ).fetchone()
    return row is not None
