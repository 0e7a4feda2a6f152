"""Moving an analyst's store into the team's: items, their edits and classifications,
decisions (notes and actors with them), sources' state and models, without loss and
without duplicates.

Items are matched by source and entry id, so that an item the team already has is not
stored twice; what is new gets the team's own ids, and every reference (a duplicate's
original, an undo's decision, an item's actors) is carried over to them. An item the
team has decided already keeps the team's decisions: the analyst's decisions on it are
counted, not mixed into another log. Everything happens in one transaction of the
team's store, checked before it commits; doing it again adds nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from monitor.errors import StoreError
from monitor.store import evidence
from monitor.store.classifications import refresh_flags
from monitor.store.sql import Sql
from monitor.store.times import iso

# SQLite keeps these as 0 and 1; PostgreSQL as booleans
_FLAGS = {"published_estimated", "language_detected", "flagged", "active"}
_ITEM = (
    "source", "external_id", "url", "canonical_url", "dedup_key", "title_key", "title",
    "text", "html", "author", "published", "published_estimated", "fetched", "updated",
    "language", "language_detected", "content_hash", "meta", "duplicate_of", "status",
    "labels", "note", "top_score", "flagged", "severity", "margin", "language_source",
)  # fmt: skip
_DECISION = (
    "action", "labels", "status", "note", "analyst", "created", "undoes", "severity", "actors",
    "rule",
)  # fmt: skip
_SOURCE = (
    "id", "etag", "last_modified", "cursor", "last_attempt", "last_success", "last_error",
    "last_error_at", "last_warning", "consecutive_failures", "next_poll", "retry_after",
    "title", "name",
)  # fmt: skip
_DECIDED = ("status", "labels", "note", "severity", "note_shared")
_PROVENANCE = (
    "organisation", "key", "finding", "confirmed", "bundle", "imported", "labels", "severity",
    "actors", "note", "evidence", "story_key", "title_key",
)  # fmt: skip


@dataclass
class Moved:
    """What a move did, for the analyst to check."""

    items: int = 0  # new to the team
    items_known: int = 0  # the team had them already
    decisions: int = 0
    decided_items: int = 0  # items whose decisions came over
    kept_team_decisions: int = 0  # items the team had decided: its decisions stand
    already_moved: int = 0  # items whose decisions a move before brought
    notes: int = 0
    actors: int = 0
    sources: int = 0
    models: int = 0
    skipped_models: list[str] = field(default_factory=list)


def _row(names: Sequence[str], values: Sequence[Any]) -> dict[str, Any]:
    return {
        n: (bool(v) if n in _FLAGS and v is not None else v)
        for n, v in zip(names, values, strict=True)
    }


def _insert(conn: Sql, table: str, row: dict[str, Any], *, returning: str = "") -> Any:
    names = ", ".join(row)
    marks = ", ".join("?" * len(row))
    sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608 - our own names
    if returning:
        return conn.execute(f"{sql} RETURNING {returning}", list(row.values())).fetchone()[0]
    conn.execute(f"{sql} ON CONFLICT DO NOTHING", list(row.values()))
    return None


def move(source: Sql, target: Sql, models_folder: Path | None) -> Moved:
    """Move ``source``'s store into ``target``'s; the caller holds ``target``'s one
    transaction. ``models_folder``: where the source's model folders are (its data
    folder's ``models``), recorded absolute in the team's store."""
    moved = Moved()
    moved.sources = _sources(source, target)
    ids = _items(source, target, moved)
    _rule_hits(source, target, ids, _decisions(source, target, ids, moved))
    moved.models = _models(source, target, models_folder, moved)
    refresh_flags(target, sorted(ids.values()))
    _check(source, target, ids, moved)
    return moved


def _sources(source: Sql, target: Sql) -> int:
    added = 0
    known = {row[0] for row in target.execute("SELECT id FROM sources")}
    for values in source.execute(f"SELECT {', '.join(_SOURCE)} FROM sources"):  # noqa: S608
        row = _row(_SOURCE, values)
        if row["id"] not in known:
            _insert(target, "sources", row)
            added += 1
            _fetch_log(source, target, row["id"])
    return added


def _fetch_log(source: Sql, target: Sql, source_id: str) -> None:
    """A source new to the team brings its fetch log (the brief's "new sources")."""
    names = "source, started, finished, outcome, http_status, items_new, items_updated,"
    names += " duplicates, message, seconds"
    columns = names.split(", ")
    for values in source.execute(
        f"SELECT {names} FROM fetch_log WHERE source = ? ORDER BY id",  # noqa: S608
        (source_id,),
    ):
        _insert(target, "fetch_log", _row(columns, values))


def _items(source: Sql, target: Sql, moved: Moved) -> dict[int, int]:
    """Every source item's id in the team's store (new ones stored, with their edits,
    classifications and embeddings)."""
    ids: dict[int, int] = {}
    for values in source.execute(f"SELECT id, {', '.join(_ITEM)} FROM items ORDER BY id"):  # noqa: S608
        old_id, row = values[0], _row(_ITEM, values[1:])
        found = target.execute(
            "SELECT id FROM items WHERE source = ? AND external_id = ?",
            (row["source"], row["external_id"]),
        ).fetchone()
        if found is not None:
            ids[old_id] = found[0]
            moved.items_known += 1
            continue
        row["duplicate_of"] = ids.get(row["duplicate_of"]) if row["duplicate_of"] else None
        # decided state comes with the decisions (see _decisions), not before them
        row.update(status="pending", labels=None, note=None, severity=None)
        ids[old_id] = new_id = _insert(target, "items", row, returning="id")
        moved.items += 1
        _item_rows(source, target, old_id, new_id)
        _provenance(source, target, old_id, new_id)
    return ids


def _provenance(source: Sql, target: Sql, old_id: int, new_id: int) -> None:
    """A partner's finding keeps where it came from, and waits in the partners' queue
    until its decisions (if any) come after it."""
    values = source.execute(
        f"SELECT {', '.join(_PROVENANCE)} FROM provenance WHERE item_id = ?",  # noqa: S608
        (old_id,),
    ).fetchone()
    if values is None:
        return
    row = _row(_PROVENANCE, values)
    _insert(target, "provenance", {"item_id": new_id, **row})
    target.execute(
        "UPDATE items SET status = 'partner', labels = ?, severity = ? WHERE id = ?",
        (row["labels"], row["severity"], new_id),
    )


def _item_rows(source: Sql, target: Sql, old_id: int, new_id: int) -> None:
    for table, names in (
        ("item_edits", ("edited", "old_title", "old_text", "old_hash")),
        ("classifications", ("model_version", "content_hash", "scores", "categories",
                             "explanation", "created")),
        ("embeddings", ("encoder", "vector")),
    ):  # fmt: skip
        for values in source.execute(
            f"SELECT {', '.join(names)} FROM {table} WHERE item_id = ?",  # noqa: S608
            (old_id,),
        ):
            _insert(target, table, {"item_id": new_id, **_row(names, values)})


def _decisions(source: Sql, target: Sql, ids: dict[int, int], moved: Moved) -> dict[int, int]:
    """The decision logs of items the team has none for; the source's decision ids →
    the team's."""
    moved_ids: dict[int, int] = {}
    decided = [
        row[0] for row in source.execute("SELECT DISTINCT item_id FROM decisions ORDER BY 1")
    ]
    for old_item in decided:
        item = ids[old_item]
        theirs = target.execute(
            "SELECT action, created, analyst FROM decisions WHERE item_id = ? ORDER BY id",
            (item,),
        ).fetchall()
        log = source.execute(
            f"SELECT id, {', '.join(_DECISION)} FROM decisions WHERE item_id = ? ORDER BY id",  # noqa: S608
            (old_item,),
        ).fetchall()
        if theirs:
            ours = [(r[1], r[6], r[5]) for r in log]  # action, created, analyst
            if [tuple(t) for t in theirs] == ours:
                moved.already_moved += 1
            else:
                moved.kept_team_decisions += 1
            continue
        moved_ids.update(_log(target, item, log))
        state = source.execute(
            f"SELECT {', '.join(_DECIDED)} FROM items WHERE id = ?",  # noqa: S608
            (old_item,),
        ).fetchone()
        target.execute(
            "UPDATE items SET status = ?, labels = ?, note = ?, severity = ?, note_shared = ?"
            " WHERE id = ?",
            (*state[:4], bool(state[4]), item),
        )
        if state[0] in ("confirmed", "escalated"):  # its evidence is kept anew for the team
            evidence.want(target, item, str(iso(datetime.now(UTC))))
        moved.decisions += len(log)
        moved.decided_items += 1
        moved.notes += sum(1 for r in log if r[1] == "note")
        moved.actors += _actors(source, target, old_item, item)
    return moved_ids


def _log(target: Sql, item: int, log: list[Any]) -> dict[int, int]:
    decisions: dict[int, int] = {}  # the source's decision id → the team's
    for values in log:
        row = _row(_DECISION, values[1:])
        row["undoes"] = decisions.get(row["undoes"]) if row["undoes"] else None
        row["role"] = None  # recorded on the analyst's own computer, by no login of the team
        decisions[values[0]] = _insert(
            target, "decisions", {"item_id": item, **row}, returning="id"
        )
    return decisions


def _rule_hits(source: Sql, target: Sql, ids: dict[int, int], decisions: dict[int, int]) -> None:
    """Which rule matched which item, so that the team's rules do not act on them again;
    a hit whose decision stayed behind (the team had decided the item) keeps none."""
    names = ("rule", "item_id", "matched", "alert", "notify", "decision")
    for values in source.execute(f"SELECT {', '.join(names)} FROM rule_hits ORDER BY item_id"):  # noqa: S608
        row = _row(names, values)
        row["item_id"] = ids[row["item_id"]]
        row["alert"], row["notify"] = bool(row["alert"]), bool(row["notify"])
        row["decision"] = decisions.get(row["decision"]) if row["decision"] else None
        known = target.execute(
            "SELECT 1 FROM rule_hits WHERE lower(rule) = lower(?) AND item_id = ?",
            (row["rule"], row["item_id"]),
        ).fetchone()
        if known is None:
            _insert(target, "rule_hits", row)


def _actors(source: Sql, target: Sql, old_item: int, item: int) -> int:
    linked = 0
    for name, key, kind, first, position in source.execute(
        "SELECT a.name, a.key, a.kind, a.first_recorded, ia.position FROM item_actors ia"
        " JOIN actors a ON a.id = ia.actor_id WHERE ia.item_id = ? ORDER BY ia.position",
        (old_item,),
    ):
        _insert(target, "actors", {"name": name, "key": key, "kind": kind, "first_recorded": first})
        (actor,) = target.execute("SELECT id FROM actors WHERE key = ?", (key,)).fetchone()
        _insert(target, "item_actors", {"item_id": item, "actor_id": actor, "position": position})
        linked += 1
    return linked


def _models(source: Sql, target: Sql, folder: Path | None, moved: Moved) -> int:
    names = ("version", "created", "backend", "path", "encoder", "metrics", "trained_on")
    known = {row[0] for row in target.execute("SELECT version FROM models")}
    added, newest = 0, None
    for values in source.execute(f"SELECT {', '.join(names)} FROM models ORDER BY created"):  # noqa: S608
        row = _row(names, values)
        if row["version"] in known:
            continue
        path = Path(row["path"])
        if folder is not None and not path.is_absolute():
            path = folder / path  # recorded relative to the data folder
        if not path.is_dir():
            moved.skipped_models.append(str(row["version"]))  # its files are gone
            continue
        row.update(path=str(path), active=False)  # the team's active model stays
        _insert(target, "models", row)
        added += 1
        newest = row["version"]
    if added and target.execute("SELECT 1 FROM models WHERE active").fetchone() is None:
        # a team without a model of its own uses the newest one moved in
        target.execute("UPDATE models SET active = TRUE WHERE version = ?", (newest,))
    return added


def _check(source: Sql, target: Sql, ids: dict[int, int], moved: Moved) -> None:
    """Before the transaction commits: every item is there, and every decision of an
    item whose decisions came over."""
    (count,) = source.execute("SELECT count(*) FROM items").fetchone()
    if len(ids) != count or len(set(ids.values())) != count:
        raise StoreError(f"moving items: {count} in the analyst's store, {len(ids)} matched")
    wanted = moved.decisions
    got = 0
    for old_item, item in ids.items():
        (theirs,) = target.execute(
            "SELECT count(*) FROM decisions WHERE item_id = ?", (item,)
        ).fetchone()
        (ours,) = source.execute(
            "SELECT count(*) FROM decisions WHERE item_id = ?", (old_item,)
        ).fetchone()
        if ours and theirs == ours:
            got += ours
    if got < wanted:
        raise StoreError(f"moving decisions: {wanted} moved, {got} found in the team's store")
