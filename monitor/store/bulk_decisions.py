"""One verdict on many items, or one relabel each, in the caller's one transaction and
counted in a :class:`~monitor.progress.Progress`."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from monitor.errors import StoreError
from monitor.progress import Progress
from monitor.store.decisions import Action, Decision, Verdict, model_categories, record
from monitor.store.sql import Sql

PROGRESS_STEP = 500  # items between two steps of a bulk decision's progress


def record_many(
    conn: Sql,
    item_ids: Sequence[int],
    verdict: Verdict,
    progress: Progress | None = None,
) -> list[Decision]:
    """The same verdict on each item; the caller holds the one transaction."""
    return _each(item_ids, progress, lambda item_id: record(conn, item_id, verdict))


def relabel_many(
    conn: Sql,
    item_ids: Sequence[int],
    *,
    add: Sequence[str],
    remove: Sequence[str],
    order: Sequence[str],
    analyst: str | None,
    progress: Progress | None,
    request: str | None = None,
) -> list[Decision]:
    """One relabel decision on each item: its categories with ``add`` and without
    ``remove`` (see :func:`relabelled`); the caller holds the one transaction."""

    def decide(item_id: int) -> Decision:
        labels = relabelled(conn, item_id, add, remove, order)
        verdict = Verdict(action=Action.RELABEL, labels=labels, analyst=analyst, request=request)
        return record(conn, item_id, verdict)

    return _each(item_ids, progress, decide)


def _each(
    item_ids: Sequence[int], progress: Progress | None, decide: Callable[[int], Decision]
) -> list[Decision]:
    """``decide`` each item in turn, counting them in ``progress`` a step of
    :data:`PROGRESS_STEP` items at a time."""
    done = []
    for item_id in item_ids:
        done.append(decide(item_id))
        if progress is not None and len(done) % PROGRESS_STEP == 0:
            progress.advance(PROGRESS_STEP)
    if progress is not None:
        progress.advance(len(done) % PROGRESS_STEP)
    return done


def relabelled(
    conn: Sql,
    item_id: int,
    add: Sequence[str],
    remove: Sequence[str],
    order: Sequence[str],
) -> list[str]:
    """An item's categories (the analyst's, else the model's) with ``add`` and without
    ``remove``, in ``order`` (the taxonomy's; others last)."""
    row = conn.execute("SELECT labels FROM items WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        raise StoreError(f"no item with id {item_id}")
    current = json.loads(row[0]) if row[0] else model_categories(conn, item_id)
    labels = [c for c in current if c not in remove and c not in add] + list(add)
    return sorted(labels, key=lambda c: order.index(c) if c in order else len(order))
