"""Versioned schema changes, applied in order, each in one transaction with its record.

Before the first pending migration touches an existing database, the file is copied
(``pushback.db.backup-<time>-before-<name>``) with SQLite's online backup; the three
newest backups are kept.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from monitor.errors import StoreError

KEEP_BACKUPS = 3


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


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_initial", _initial),
    Migration("0002_review_and_models", _review_and_models),
)


def _backup(conn: sqlite3.Connection, path: Path, before: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.backup-{stamp}-before-{before}")
    with sqlite3.connect(target) as copy:
        conn.backup(copy)
    copy.close()
    backups = sorted(path.parent.glob(f"{path.name}.backup-*"))
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    return target


def migrate(
    db: sqlite_utils.Database,
    path: Path | None,
    migrations: Sequence[Migration] = MIGRATIONS,
) -> list[str]:
    """Apply pending migrations; return their names."""
    if not db.table("_migrations").exists():
        db.table("_migrations").create({"name": str, "applied": str}, pk="name")
    applied = {row["name"] for row in db.table("_migrations").rows}
    known = {m.name for m in migrations}
    unknown = sorted(applied - known)
    if unknown:
        raise StoreError(
            f"{path}: written by a newer Pushback Monitor (schema {unknown[-1]}); "
            "update the program before opening it"
        )
    pending = [m for m in migrations if m.name not in applied]
    if pending and applied and path is not None:
        _backup(db.conn, path, pending[0].name)
    for migration in pending:
        with db.atomic():
            migration.apply(db)
            db.conn.execute(
                "INSERT INTO _migrations (name, applied) VALUES (?, ?)",
                (migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
    return [m.name for m in pending]
