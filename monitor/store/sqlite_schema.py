"""The SQLite schema, as the migrations that make it, in order: each step's tables,
columns, indexes and the data it moves (applied by :func:`monitor.store.migrations.migrate`,
which also copies the file first). PostgreSQL's schema follows the same steps
(:mod:`monitor.store.postgres.schema`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from monitor.store.sqlite_watch import evidence, evidence_checks, partners, rules
from monitor.urls import redact


@dataclass(frozen=True)
class Migration:
    name: str
    apply: Callable[[sqlite_utils.Database], None]


def _initial(db: sqlite_utils.Database) -> None:
    db.table("sources").create(
        {
            "id": str,
            "etag": str,
            "last_modified": str,
            "cursor": str,  # JSON, kind-specific paging state
            "last_attempt": str,
            "last_success": str,
            "last_error": str,
            "last_error_at": str,
            "last_warning": str,
            "consecutive_failures": int,
            "next_poll": str,
            "retry_after": str,
        },
        pk="id",
        not_null={"consecutive_failures"},
        defaults={"consecutive_failures": 0},
    )
    db.table("items").create(
        {
            "id": int,
            "source": str,
            "external_id": str,
            "url": str,
            "canonical_url": str,
            "dedup_key": str,
            "title_key": str,
            "title": str,
            "text": str,
            "html": str,
            "author": str,
            "published": str,
            "published_estimated": int,
            "fetched": str,
            "updated": str,
            "language": str,
            "language_detected": int,
            "content_hash": str,
            "meta": str,  # JSON
            "duplicate_of": int,
            "status": str,
        },
        pk="id",
        not_null={
            "source",
            "external_id",
            "title",
            "text",
            "html",
            "published",
            "fetched",
            "content_hash",
            "status",
            "published_estimated",
            "language_detected",
        },
        defaults={"status": "pending", "published_estimated": 0, "language_detected": 0},
        foreign_keys=[("duplicate_of", "items", "id")],
    )
    db.table("items").create_index(["source", "external_id"], unique=True)
    db.table("items").create_index(["source", "canonical_url"])
    db.table("items").create_index(["dedup_key"])
    db.table("items").create_index(["title_key"])
    db.table("items").create_index(["published"])
    db.table("items").create_index(["status", "published"])
    db.table("items").create_index(["duplicate_of"])
    db.table("items").enable_fts(
        ["title", "text"],
        fts_version="FTS5",
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )
    # Merge index segments less eagerly (FTS5 default: 4): a poll inserts thousands of
    # items, and merging after every few of them doubles the cost of storing them.
    db.execute("INSERT INTO items_fts (items_fts, rank) VALUES ('automerge', 8)")
    db.table("item_edits").create(
        {
            "id": int,
            "item_id": int,
            "edited": str,
            "old_title": str,
            "old_text": str,
            "old_hash": str,
        },
        pk="id",
        foreign_keys=[("item_id", "items", "id")],
    )
    db.table("item_edits").create_index(["item_id"])
    db.table("classifications").create(
        {
            "item_id": int,
            "model_version": str,
            "content_hash": str,
            "scores": str,  # JSON: category id → score
            "categories": str,  # JSON: flagged category ids
            "explanation": str,  # JSON
            "created": str,
        },
        pk="item_id",
        foreign_keys=[("item_id", "items", "id")],
    )
    db.table("fetch_log").create(
        {
            "id": int,
            "source": str,
            "started": str,
            "finished": str,
            "outcome": str,  # ok, not_modified, error, skipped
            "http_status": int,
            "items_new": int,
            "items_updated": int,
            "duplicates": int,
            "message": str,
            "seconds": float,
        },
        pk="id",
    )
    db.table("fetch_log").create_index(["source", "started"])


def _review_and_models(db: sqlite_utils.Database) -> None:
    """Analyst decisions (append-only), cached embeddings, and trained models."""
    db.table("decisions").create(
        {
            "id": int,
            "item_id": int,
            "action": str,  # confirm, reject, relabel, escalate, undo
            "labels": str,  # JSON: the item's categories after this decision
            "status": str,  # the item's status after this decision
            "note": str,
            "analyst": str,
            "created": str,
            "undoes": int,  # for an undo: the decision it takes back
        },
        pk="id",
        not_null={"item_id", "action", "status", "created"},
        foreign_keys=[("item_id", "items", "id")],
    )
    db.table("decisions").create_index(["item_id", "id"])
    db.table("items").add_column("labels", str)  # JSON, set by the latest decision
    db.table("items").add_column("note", str)
    db.table("embeddings").create(
        {"item_id": int, "encoder": str, "vector": bytes},
        pk=("item_id", "encoder"),
        foreign_keys=[("item_id", "items", "id")],
    )
    db.table("models").create(
        {
            "version": str,
            "created": str,
            "backend": str,
            "path": str,
            "encoder": str,
            "metrics": str,  # JSON
            "trained_on": str,  # JSON: counts of seed examples and decisions
            "active": int,
        },
        pk="version",
        not_null={"created", "backend", "active"},
        defaults={"active": 0},
    )


def _review_queue(db: sqlite_utils.Database) -> None:
    """What the review queue sorts and filters on, indexed for a million items: each item's
    current categories (the analyst's, else the model's) and its highest score."""
    db.table("items").add_column("top_score", float)
    db.table("items").add_column("flagged", int, not_null_default=0)
    db.table("item_flags").create(
        {"item_id": int, "category": str, "published": str, "status": str},
        pk=("item_id", "category"),
        foreign_keys=[("item_id", "items", "id")],
    )
    db.execute("CREATE INDEX item_flags_category_published ON item_flags (category, published)")
    db.execute(
        "CREATE INDEX item_flags_category_status ON item_flags (category, status, published)"
    )
    db.execute(
        "UPDATE items SET top_score = (SELECT max(j.value) FROM classifications c,"
        " json_each(c.scores) j WHERE c.item_id = items.id)"
    )
    db.execute(FLAGS_FROM_ITEMS.format(where=""))
    db.execute("UPDATE items SET flagged = 1 WHERE id IN (SELECT item_id FROM item_flags)")
    # The queues (a status, flagged or not) in time or score order, duplicates left out.
    db.execute(
        "CREATE INDEX items_queue ON items (status, flagged, published) WHERE duplicate_of IS NULL"
    )
    db.execute(
        "CREATE INDEX items_queue_score ON items (status, flagged, top_score)"
        " WHERE duplicate_of IS NULL"
    )
    db.execute("CREATE INDEX items_title_nocase ON items (title COLLATE NOCASE)")
    for columns in (["source", "published"], ["language", "published"]):
        db.table("items").create_index(columns)


def _severity(db: sqlite_utils.Database) -> None:
    """How serious an analyst judged a finding (high, medium, low), kept like the labels:
    on each decision, and on the item as it stands."""
    db.table("decisions").add_column("severity", str)
    db.table("items").add_column("severity", str)


def _margin(db: sqlite_utils.Database) -> None:
    """How near an item's scores are to their thresholds (the smallest distance), for the
    "most uncertain first" order, indexed like the other queue orders."""
    db.table("items").add_column("margin", float)
    rows = db.execute("SELECT item_id, scores, explanation FROM classifications").fetchall()
    db.conn.executemany(
        "UPDATE items SET margin = ? WHERE id = ?",
        [
            (margin(json.loads(scores), json.loads(explanation).get("thresholds", {})), item_id)
            for item_id, scores, explanation in rows
        ],
    )
    db.execute(
        "CREATE INDEX items_queue_margin ON items (status, flagged, margin)"
        " WHERE duplicate_of IS NULL"
    )


def _language_source(db: sqlite_utils.Database) -> None:
    """Who decided an item's language (``source``, ``declared`` or ``detected``). Items
    stored before were either detected or took a declared language (the feed's, else the
    source's): which of the two is no longer known, so those stay empty."""
    db.table("items").add_column("language_source", str)
    db.execute("UPDATE items SET language_source = 'detected' WHERE language_detected = 1")


def _redact_credentials(db: sqlite_utils.Database) -> None:
    """Passwords of proxy addresses that earlier versions stored in error messages."""
    for table, key, column in (("sources", "id", "last_error"), ("fetch_log", "id", "message")):
        rows = db.execute(
            f"SELECT {key}, {column} FROM {table} WHERE {column} LIKE '%://%@%'"  # noqa: S608
        ).fetchall()
        db.conn.executemany(
            f"UPDATE {table} SET {column} = ? WHERE {key} = ?",  # noqa: S608 - names are ours
            [(redact(text), row_id) for row_id, text in rows],
        )


def _source_titles(db: sqlite_utils.Database) -> None:
    """A source's feed title and its feeds.yaml name as last seen (what it is called when
    feeds.yaml names it not or no longer lists it); items by source and fetch time, for
    what each source delivered lately."""
    for column in ("title", "name"):
        db.table("sources").add_column(column, str)
    db.table("items").create_index(["source", "fetched"])


def _actors(db: sqlite_utils.Database) -> None:
    """Who spreads or enacts pushback, as analysts record them on findings: each actor
    once (the same name in any case is the same actor), the items that name them, and on
    the decision log the actors an ``actors`` entry left the item with."""
    db.table("actors").create(
        {"id": int, "name": str, "key": str, "kind": str, "first_recorded": str},
        pk="id",
        not_null={"name", "key", "kind", "first_recorded"},
    )
    db.table("actors").create_index(["key"], unique=True)
    db.table("item_actors").create(
        {"item_id": int, "actor_id": int, "position": int},
        pk=("item_id", "actor_id"),
        not_null={"position"},
        foreign_keys=[("item_id", "items", "id"), ("actor_id", "actors", "id")],
    )
    db.table("item_actors").create_index(["actor_id"])
    db.table("decisions").add_column("actors", str)  # JSON: names, on an ``actors`` entry


def _leases(db: sqlite_utils.Database) -> None:
    """Who has an item open now, on a team's shared queue (monitor/store/leases.py): kept
    here too, so that both stores have the same tables."""
    db.execute(
        "CREATE TABLE leases (item_id INTEGER NOT NULL REFERENCES items (id),"
        " analyst TEXT NOT NULL, until TEXT NOT NULL, PRIMARY KEY (item_id, analyst))"
    )


def _decision_requests(db: sqlite_utils.Database) -> None:
    """The writing program's id for each decision, so that a decision sent again after
    its commit's answer was lost is not recorded twice (monitor/store/decisions.py
    written)."""
    db.table("decisions").add_column("request", str)
    db.execute("CREATE INDEX decisions_request ON decisions (request) WHERE request IS NOT NULL")


def _source_moves(db: sqlite_utils.Database) -> None:
    """Where a source's address now sends its polls for good (a 301 or 308), offered to
    the analyst as its new address (monitor/health.py)."""
    db.table("sources").add_column("moved_to", str)


def margin(scores: dict[str, float], thresholds: dict[str, float]) -> float | None:
    """The distance of the score nearest its category's threshold."""
    distances = [
        abs(score - thresholds[name]) for name, score in scores.items() if name in thresholds
    ]
    return round(min(distances), 4) if distances else None


# The current categories of items (the analyst's labels when decided, else the model's),
# with the item's status; duplicates are never queued, so they have none.
FLAGS_FROM_ITEMS = (
    "INSERT INTO item_flags (item_id, category, published, status)"
    " SELECT i.id, j.value, i.published, i.status FROM items i"
    " LEFT JOIN classifications c ON c.item_id = i.id,"
    " json_each(coalesce(i.labels, c.categories, '[]')) j"
    " WHERE i.duplicate_of IS NULL {where}"
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_initial", _initial),
    Migration("0002_review_and_models", _review_and_models),
    Migration("0003_review_queue", _review_queue),
    Migration("0004_severity", _severity),
    Migration("0005_margin", _margin),
    Migration("0006_language_source", _language_source),
    Migration("0007_redact_credentials", _redact_credentials),
    Migration("0008_source_titles", _source_titles),
    Migration("0009_actors", _actors),
    Migration("0010_leases", _leases),
    Migration("0011_decision_requests", _decision_requests),
    Migration("0012_source_moves", _source_moves),
    Migration("0013_rules", rules),
    Migration("0014_evidence", evidence),
    Migration("0015_evidence_checks", evidence_checks),
    Migration("0016_partners", partners),
)
