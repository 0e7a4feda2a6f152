"""Actors: who spreads or enacts pushback, as analysts record them on findings.

An actor is stored once, whatever the case or spacing it is written in (its ``key``), with
its kind and when it was first recorded; ``item_actors`` links it to the items that name
it, in the analyst's order. Setting an item's actors replaces its links and appends an
``actors`` entry to the decision log with the names it leaves; taking that back is an
``undo`` entry that points at it and holds the names it restores, so the log shows both.
Actors are never deleted: a name recorded once stays known (for completion) even when no
item names it any more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from monitor.errors import StoreError
from monitor.store.decisions import Action, Decision, Verdict, history, record
from monitor.store.sql import Sql
from monitor.store.times import iso
from monitor.store.undo_entries import latest_standing, record_undo

MAX_NAME = 200
_CHUNK = 500  # ids in one IN (…)


class ActorKind(StrEnum):
    """What an actor is; the value is the ``actors.kind`` column."""

    PERSON = "person"
    ORGANISATION = "organisation"
    ACCOUNT = "account"  # the account behind social posts
    OFFICE = "office"  # an office named without its holder ("the Minister of Justice")


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    kind: ActorKind = ActorKind.PERSON


@dataclass(frozen=True, slots=True)
class PeriodActor:
    """An actor named on a period's findings."""

    actor: Actor
    findings: int  # the period's findings that name it
    first_finding: datetime  # publication of the earliest finding of all that names it


def clean_name(name: str) -> str:
    """A name as stored: its words separated by single spaces."""
    return " ".join(name.split())


def name_key(name: str) -> str:
    """What makes two names the same actor: the words, without regard to case."""
    return clean_name(name).casefold()


def _chosen(actors: Sequence[Actor]) -> list[Actor]:
    """``actors`` cleaned, each once (the first spelling wins), empty names dropped."""
    chosen: dict[str, Actor] = {}
    for actor in actors:
        name = clean_name(actor.name)
        if not name:
            continue
        if len(name) > MAX_NAME:
            raise StoreError(f"an actor's name is at most {MAX_NAME} characters: {name[:40]}…")
        try:
            kind = ActorKind(actor.kind)
        except ValueError:
            raise StoreError(
                f"unknown kind of actor {actor.kind!r}; expected one of {', '.join(ActorKind)}"
            ) from None
        chosen.setdefault(name.casefold(), Actor(name, kind))
    return list(chosen.values())


def _link(conn: Sql, item_id: int, actors: Sequence[Actor]) -> list[str]:
    """Make ``actors`` the item's (new ones recorded, known ones keep their spelling and
    kind); returns their names as stored, in order."""
    now = iso(datetime.now(UTC))
    conn.executemany(
        "INSERT INTO actors (name, key, kind, first_recorded) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (key) DO NOTHING",
        [(a.name, name_key(a.name), a.kind, now) for a in actors],
    )
    conn.execute("DELETE FROM item_actors WHERE item_id = ?", (item_id,))
    names = []
    for position, actor in enumerate(actors):
        actor_id, name = conn.execute(
            "SELECT id, name FROM actors WHERE key = ?", (name_key(actor.name),)
        ).fetchone()
        conn.execute(
            "INSERT INTO item_actors (item_id, actor_id, position) VALUES (?, ?, ?)",
            (item_id, actor_id, position),
        )
        names.append(name)
    return names


def set_actors(
    conn: Sql,
    item_id: int,
    actors: Sequence[Actor],
    analyst: str | None,
    request: str | None = None,
) -> Decision:
    """Record ``actors`` as the item's (replacing those it had) and log it; the caller
    holds the transaction."""
    if conn.execute("SELECT 1 FROM items WHERE id = ?", (item_id,)).fetchone() is None:
        raise StoreError(f"no item with id {item_id}")
    names = _link(conn, item_id, _chosen(actors))
    verdict = Verdict(action=Action.ACTORS, analyst=analyst, actors=names, request=request)
    return record(conn, item_id, verdict)


def _names_before(past: list[Decision], target: Decision) -> list[str]:
    """The item's actors just before ``target``, replayed from the log: an ``actors``
    entry sets them, the undo of one sets what it restored."""
    names: list[str] = []
    for decision in past:
        if decision.id >= target.id:
            break
        if decision.actors is not None and decision.action in (Action.ACTORS, Action.UNDO):
            names = decision.actors
    return names


def undo_actors(
    conn: Sql, item_id: int, analyst: str | None, request: str | None = None
) -> Decision:
    """Take back the item's latest ``actors`` entry still standing: its actors become
    those before it again, and an ``undo`` entry says so. The caller holds the
    transaction."""
    past = history(conn, item_id)
    target = latest_standing(past, Action.ACTORS, f"item {item_id} has no actors to undo")
    known = {name_key(a.name): a for a in known_actors(conn, every=True)}
    restored = [known.get(name_key(n), Actor(n)) for n in _names_before(past, target)]
    names = _link(conn, item_id, restored)
    return record_undo(conn, item_id, target, analyst, actors=names, request=request)


def actors_of(conn: Sql, item_ids: Sequence[int]) -> dict[int, list[Actor]]:
    """Each item's actors, in the analyst's order (items without any are left out)."""
    found: dict[int, list[Actor]] = {}
    ids = sorted(set(item_ids))
    for chunk in (ids[n : n + _CHUNK] for n in range(0, len(ids), _CHUNK)):
        marks = ",".join("?" * len(chunk))
        for item_id, name, kind in conn.execute(
            "SELECT ia.item_id, a.name, a.kind FROM item_actors ia"  # noqa: S608
            f" JOIN actors a ON a.id = ia.actor_id WHERE ia.item_id IN ({marks})"
            " ORDER BY ia.item_id, ia.position",
            chunk,
        ):
            found.setdefault(item_id, []).append(Actor(name, ActorKind(kind)))
    return found


def known_actors(conn: Sql, *, every: bool = False) -> list[Actor]:
    """The actors items name, most named first (for completion and suggestions); with
    ``every``, also those no item names any more."""
    join = "LEFT JOIN" if every else "JOIN"
    return [
        Actor(name, ActorKind(kind))
        for name, kind in conn.execute(
            f"SELECT a.name, a.kind FROM actors a {join} item_actors ia"  # noqa: S608
            " ON ia.actor_id = a.id GROUP BY a.id"
            f" ORDER BY count(ia.item_id) DESC, {conn.nocase('a.name')}"
        )
    ]


def period_actors(conn: Sql, start: datetime, end: datetime) -> list[PeriodActor]:
    """The actors named on the findings (confirmed items, duplicates left out) published
    in the period, most findings first, with the publication of the first finding of all
    that names each."""
    rows = conn.execute(
        "SELECT a.name, a.kind, count(*),"  # noqa: S608 - our own SQL, every value a parameter
        " (SELECT min(f.published) FROM item_actors x JOIN items f ON f.id = x.item_id"
        "  WHERE x.actor_id = a.id AND f.status = 'confirmed' AND f.duplicate_of IS NULL)"
        " FROM item_actors ia JOIN actors a ON a.id = ia.actor_id"
        " JOIN items i ON i.id = ia.item_id"
        " WHERE i.status = 'confirmed' AND i.duplicate_of IS NULL"
        " AND i.published >= ? AND i.published < ?"
        f" GROUP BY a.id ORDER BY 3 DESC, {conn.nocase('a.name')}",
        (iso(start), iso(end)),
    ).fetchall()
    return [
        PeriodActor(Actor(name, ActorKind(kind)), count, datetime.fromisoformat(first))
        for name, kind, count, first in rows
    ]
