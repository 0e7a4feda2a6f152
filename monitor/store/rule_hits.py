"""What rules read and write (:mod:`monitor.rules`): the items they look at, and which
rule matched which item (``rule_hits``), with the decision it recorded in the rule's name.

A rule acts on an item once: a hit is kept even when an analyst undoes the rule's
decision, so that running the rule again does not overrule the analyst. A rule's decision
falls only on items no analyst has decided, and only when it changes something.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from monitor.models import ItemStatus
from monitor.store import decisions
from monitor.store.classifications import lock_items
from monitor.store.decisions import Action, Decision, Verdict
from monitor.store.sql import Sql, chunks, marks_for
from monitor.store.times import from_iso, iso


@dataclass(frozen=True, slots=True, kw_only=True)
class RuleInput:
    """An item as the store hands it to rules."""

    id: int
    source: str
    title: str
    text: str
    language: str | None
    author: str | None
    published: datetime
    status: ItemStatus
    scores: dict[str, float] = field(default_factory=dict)


_INPUT = (
    "SELECT i.id, i.source, i.title, i.text, i.language, i.author, i.published, i.status,"
    " c.scores FROM items i LEFT JOIN classifications c ON c.item_id = i.id"
    " WHERE i.duplicate_of IS NULL"
)


def _input(row: tuple[object, ...]) -> RuleInput:
    id_, source, title, text, language, author, published, status, scores = row
    when = from_iso(str(published))
    assert when is not None
    return RuleInput(
        id=int(str(id_)),
        source=str(source),
        title=str(title),
        text=str(text),
        language=str(language) if language else None,
        author=str(author) if author else None,
        published=when,
        status=ItemStatus(str(status)),
        scores=json.loads(str(scores)) if scores else {},
    )


def inputs_after(conn: Sql, after: int, limit: int, since: datetime | None) -> list[RuleInput]:
    """Up to ``limit`` items with ids above ``after``, in id order (published at or after
    ``since``, when given): the store walked a page at a time."""
    where, params = " AND i.id > ?", [after]
    if since is not None:
        where += " AND i.published >= ?"
        params.append(iso(since))  # type: ignore[arg-type]
    rows = conn.execute(f"{_INPUT}{where} ORDER BY i.id LIMIT ?", [*params, limit])
    return [_input(r) for r in rows]


def inputs_of(conn: Sql, ids: Sequence[int]) -> list[RuleInput]:
    """The items ``ids`` (duplicates left out), in id order."""
    found: list[RuleInput] = []
    ordered = sorted(set(ids))
    for chunk in chunks(ordered):
        marks = marks_for(chunk)
        rows = conn.execute(f"{_INPUT} AND i.id IN ({marks}) ORDER BY i.id", chunk)
        found.extend(_input(r) for r in rows)
    return found


@dataclass(frozen=True, slots=True, kw_only=True)
class RuleOutcome:
    """What a rule did to the items it matched."""

    matched: int = 0  # items it matched that it had not matched before
    decided: list[Decision] = field(default_factory=list)  # decisions it recorded
    alerts: list[int] = field(default_factory=list)  # items it raised an alert for
    left: int = 0  # matched, but an analyst had decided them, or nothing would change


def apply(
    conn: Sql,
    rule: str,
    item_ids: Sequence[int],
    verdict: Verdict | None,
    *,
    alert: bool,
    notify: bool,
    analyst: str | None,
) -> RuleOutcome:
    """Record that ``rule`` matched ``item_ids``, and its ``verdict`` on each of them it
    may change; items it matched before are passed over. The caller holds the
    transaction."""
    lock_items(conn, item_ids)
    fresh = _not_hit(conn, rule, item_ids)
    now = iso(datetime.now(UTC))
    decided: list[Decision] = []
    left = 0
    for item_id in fresh:
        decision = None
        if verdict is not None and _may_decide(conn, item_id, verdict):
            decision = decisions.record(conn, item_id, replace(verdict, analyst=analyst))
            decided.append(decision)
        elif verdict is not None:
            left += 1
        conn.execute(
            "INSERT INTO rule_hits (rule, item_id, matched, alert, notify, decision)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (rule, item_id, now, alert, notify, decision.id if decision else None),
        )
    return RuleOutcome(
        matched=len(fresh), decided=decided, alerts=fresh if alert else [], left=left
    )


def _not_hit(conn: Sql, rule: str, item_ids: Sequence[int]) -> list[int]:
    ordered = sorted(set(item_ids))
    hit: set[int] = set()
    for chunk in chunks(ordered):
        marks = marks_for(chunk)
        hit.update(
            row[0]
            for row in conn.execute(
                "SELECT item_id FROM rule_hits WHERE lower(rule) = lower(?)"  # noqa: S608
                f" AND item_id IN ({marks})",
                [rule, *chunk],
            )
        )
    return [i for i in ordered if i not in hit]


def _may_decide(conn: Sql, item_id: int, verdict: Verdict) -> bool:
    """Whether a rule's ``verdict`` falls on the item: no analyst decided it (a decision,
    or an undo, made by nobody's rule), and the verdict changes its status, categories
    or priority. Rules add to each other's work but never take it back: no rule adds to
    an item a rule marked not relevant, nor marks one another rule flagged."""
    past = {
        row[0] is None
        for row in conn.execute(
            "SELECT d.rule FROM decisions d WHERE d.item_id = ?"  # noqa: S608
            f" AND {decisions.changes_item('d')}",
            (item_id,),
        )
    }
    if True in past:  # an analyst's
        return False
    status, labels, severity = conn.execute(
        "SELECT status, labels, severity FROM items WHERE id = ?", (item_id,)
    ).fetchone()
    action = Action(verdict.action)
    if status == ItemStatus.REJECTED:
        return False
    if action is Action.REJECT:
        return not past  # no other rule has flagged it
    if action is Action.ESCALATE and status != ItemStatus.ESCALATED:
        return True
    current = json.loads(labels) if labels else None
    have = set(current if current is not None else decisions.model_categories(conn, item_id))
    adds = bool(set(verdict.labels or ()) - have)
    return adds or (verdict.severity is not None and verdict.severity != severity)


@dataclass(frozen=True, slots=True, kw_only=True)
class RuleAlert:
    item_id: int
    rule: str
    notify: bool


def alerts_of(conn: Sql, ids: Sequence[int]) -> list[RuleAlert]:
    """The alerts rules raised for ``ids``, in the order the rules matched them."""
    found: list[RuleAlert] = []
    ordered = sorted(set(ids))
    for chunk in chunks(ordered):
        marks = marks_for(chunk)
        rows = conn.execute(
            "SELECT item_id, rule, notify FROM rule_hits WHERE alert"  # noqa: S608
            f" AND item_id IN ({marks}) ORDER BY matched, rule",
            chunk,
        )
        found.extend(RuleAlert(item_id=r[0], rule=r[1], notify=bool(r[2])) for r in rows)
    return found
