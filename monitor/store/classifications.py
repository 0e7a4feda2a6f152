"""Classifier data in the store: what to classify, cached embeddings, results, models."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from monitor.store.sql import Sql, chunks, marks_for
from monitor.store.sqlite_schema import margin
from monitor.store.times import iso


@dataclass(frozen=True, slots=True)
class ClassifyInput:
    item_id: int
    title: str
    text: str
    language: str | None
    content_hash: str


@dataclass(frozen=True, kw_only=True)
class Classification:
    item_id: int
    model_version: str
    content_hash: str
    scores: dict[str, float]
    categories: list[str]
    explanation: dict[str, Any]


@dataclass(frozen=True, kw_only=True)
class ModelRecord:
    version: str
    created: str
    backend: str
    path: str
    encoder: str | None
    metrics: dict[str, Any]
    trained_on: dict[str, Any]


def inputs(conn: Sql, ids: Sequence[int]) -> list[ClassifyInput]:
    found: dict[int, ClassifyInput] = {}
    for chunk in chunks(ids):
        for row in conn.execute(
            f"SELECT id, title, text, language, content_hash FROM items WHERE id IN"  # noqa: S608
            f" ({marks_for(chunk)})",
            chunk,
        ):
            found[row[0]] = ClassifyInput(*row)
    return [found[i] for i in ids if i in found]


_STALE = (
    "FROM items i LEFT JOIN classifications c ON c.item_id = i.id"
    " WHERE (c.item_id IS NULL OR c.model_version != ? OR c.content_hash != i.content_hash)"
    " AND i.status != 'partner'"  # a partner's finding is not read here (store/partners.py)
)


def claim(conn: Sql, model_version: str, limit: int) -> tuple[list[int], int]:
    """Up to ``limit`` items without a current classification, locked until the caller's
    transaction ends (on PostgreSQL other workers pass them by: ``SKIP LOCKED``), and how
    many such items there are in all, locked or not."""
    ids = [
        row[0]
        for row in conn.execute(
            f"SELECT i.id {_STALE} ORDER BY i.id LIMIT ?{conn.skip_locked}",
            (model_version, limit),
        )
    ]
    (left,) = conn.execute(f"SELECT count(*) {_STALE}", (model_version,)).fetchone()
    return ids, int(left)


def to_classify(conn: Sql, model_version: str, everything: bool) -> list[int]:
    """Items without a current classification (new, edited, or by another model)."""
    if everything:
        sql = "SELECT id FROM items WHERE status != 'partner' ORDER BY id"
        return [row[0] for row in conn.execute(sql)]
    sql = f"SELECT i.id {_STALE} ORDER BY i.id"
    return [row[0] for row in conn.execute(sql, (model_version,))]


def never_classified(conn: Sql, ids: Sequence[int]) -> list[int]:
    """Those of ``ids`` that no model has classified yet."""
    found: list[int] = []
    for chunk in chunks(ids):
        found.extend(
            row[0]
            for row in conn.execute(
                f"SELECT i.id FROM items i WHERE i.id IN ({marks_for(chunk)})"  # noqa: S608
                " AND NOT EXISTS (SELECT 1 FROM classifications c WHERE c.item_id = i.id)",
                chunk,
            )
        )
    return found


def embeddings(conn: Sql, ids: Sequence[int], encoder: str) -> dict[int, bytes]:
    found: dict[int, bytes] = {}
    for chunk in chunks(ids):
        for item_id, vector in conn.execute(
            f"SELECT item_id, vector FROM embeddings WHERE encoder = ? AND item_id IN"  # noqa: S608
            f" ({marks_for(chunk)})",
            (encoder, *chunk),
        ):
            found[item_id] = vector
    return found


def lock_items(conn: Sql, ids: Sequence[int]) -> None:
    """Lock the rows of ``ids`` in id order before a write that touches them and what
    refers to them (PostgreSQL; SQLite's write transaction holds the whole database):
    every writer takes them in the same order, so that none waits for another that
    waits for it."""
    if not conn.for_update:
        return
    ordered = sorted(set(ids))
    for chunk in chunks(ordered):
        conn.execute(
            f"SELECT id FROM items WHERE id IN ({marks_for(chunk)}) ORDER BY id{conn.for_update}",  # noqa: S608
            chunk,
        ).fetchall()


def save(
    conn: Sql,
    results: Iterable[Classification],
    vectors: dict[int, bytes],
    encoder: str | None,
) -> int:
    """Store results (replacing earlier ones) and new embeddings; the caller holds the
    transaction."""
    results = list(results)
    lock_items(conn, [r.item_id for r in results])
    now = iso(datetime.now(UTC))
    if encoder:
        conn.executemany(
            "INSERT INTO embeddings (item_id, encoder, vector) VALUES (?, ?, ?)"
            " ON CONFLICT (item_id, encoder) DO UPDATE SET vector = excluded.vector",
            [(item_id, encoder, vector) for item_id, vector in vectors.items()],
        )
    rows = [
        (
            r.item_id,
            r.model_version,
            r.content_hash,
            json.dumps(r.scores),
            json.dumps(r.categories),
            json.dumps(r.explanation, ensure_ascii=False),
            now,
        )
        for r in results
    ]
    conn.executemany(
        "UPDATE items SET top_score = ?, margin = ? WHERE id = ?",
        [
            (
                max(r.scores.values(), default=None),
                margin(r.scores, r.explanation.get("thresholds", {})),
                r.item_id,
            )
            for r in results
        ],
    )
    conn.executemany(
        "INSERT INTO classifications (item_id, model_version, content_hash, scores,"
        " categories, explanation, created) VALUES (?,?,?,?,?,?,?)"
        " ON CONFLICT (item_id) DO UPDATE SET model_version = excluded.model_version,"
        " content_hash = excluded.content_hash, scores = excluded.scores,"
        " categories = excluded.categories, explanation = excluded.explanation,"
        " created = excluded.created",
        rows,
    )
    refresh_flags(conn, [r.item_id for r in results])
    return len(rows)


def apply_thresholds(conn: Sql, thresholds: dict[str, float]) -> list[int]:
    """Flag the stored scores again with new thresholds, without running a model; return
    the items whose categories changed. The caller holds the transaction."""
    changed: list[tuple[str, int]] = []
    margins: list[tuple[float | None, int]] = []
    if conn.for_update:  # every item may change: all locked, in id order, first
        conn.execute("SELECT id FROM items ORDER BY id" + conn.for_update).fetchall()  # noqa: S608
    for item_id, scores, categories in conn.execute(
        "SELECT item_id, scores, categories FROM classifications"
    ):
        values = json.loads(scores)
        flagged = [
            name
            for name, score in values.items()
            if name in thresholds and score >= thresholds[name]
        ]
        margins.append((margin(values, thresholds), item_id))
        if flagged != json.loads(categories):
            changed.append((json.dumps(flagged), item_id))
    conn.executemany("UPDATE classifications SET categories = ? WHERE item_id = ?", changed)
    conn.executemany("UPDATE items SET margin = ? WHERE id = ?", margins)
    ids = [item_id for _, item_id in changed]
    refresh_flags(conn, ids)
    return ids


def refresh_flags(conn: Sql, ids: Sequence[int]) -> None:
    """Rebuild the current categories of ``ids`` (the analyst's labels, else the model's)."""
    for chunk in chunks(ids):
        marks = marks_for(chunk)
        conn.execute(f"DELETE FROM item_flags WHERE item_id IN ({marks})", chunk)  # noqa: S608
        conn.execute(_flags_from_items(conn, f"AND i.id IN ({marks})"), chunk)
        conn.execute(
            "UPDATE items SET flagged = EXISTS (SELECT 1 FROM item_flags f"  # noqa: S608
            f" WHERE f.item_id = items.id) WHERE id IN ({marks})",
            chunk,
        )


def _flags_from_items(conn: Sql, where: str) -> str:
    """The statement that records the current categories (the analyst's labels, else
    the model's) of the items ``where`` picks, one row per item and category."""
    categories = conn.json_values("coalesce(i.labels, c.categories, '[]')")
    return (
        "INSERT INTO item_flags (item_id, category, published, status)"  # noqa: S608
        f" SELECT i.id, j.value, i.published, i.status FROM items i"
        f" LEFT JOIN classifications c ON c.item_id = i.id, {categories}"
        f" WHERE i.duplicate_of IS NULL {where}"
    )


def _recorded_path(path: str, folder: Path | None) -> str:
    """A model folder inside the database's folder (the data folder) is recorded relative
    to it, so that a copy of the data folder uses its own copy of the model."""
    if folder is not None and Path(path).is_absolute():
        try:
            return Path(path).relative_to(folder).as_posix()
        except ValueError:
            pass  # a model kept elsewhere stays where it is
    return path


def _model_folder(recorded: str, folder: Path | None) -> str:
    if folder is None:
        return recorded
    path = Path(recorded)
    if not path.is_absolute():
        return str(folder / path)
    # An earlier version recorded DATA/models/<version> absolute: when this data folder
    # is a copy, its own models/<version> is the one to use.
    own = folder / "models" / path.name
    return str(own) if path.parent.name == "models" and own.is_dir() else recorded


def register_model(conn: Sql, record: ModelRecord, folder: Path | None = None) -> None:
    """Make ``record`` the active model; ``folder``: the database's folder."""
    conn.execute("UPDATE models SET active = FALSE WHERE active")
    conn.execute(
        "INSERT INTO models (version, created, backend, path, encoder, metrics, trained_on,"
        " active) VALUES (?,?,?,?,?,?,?,TRUE) ON CONFLICT (version) DO UPDATE SET"
        " created = excluded.created, backend = excluded.backend, path = excluded.path,"
        " encoder = excluded.encoder, metrics = excluded.metrics,"
        " trained_on = excluded.trained_on, active = TRUE",
        (
            record.version,
            record.created,
            record.backend,
            _recorded_path(record.path, folder),
            record.encoder,
            json.dumps(record.metrics),
            json.dumps(record.trained_on),
        ),
    )


_MODEL_COLUMNS = "version, created, backend, path, encoder, metrics, trained_on"


def active_model(conn: Sql, folder: Path | None = None) -> ModelRecord | None:
    row = conn.execute(
        f"SELECT {_MODEL_COLUMNS} FROM models"  # noqa: S608 - a constant
        " WHERE active ORDER BY created DESC LIMIT 1"
    ).fetchone()
    return None if row is None else _model(row, folder)


def models(conn: Sql, folder: Path | None = None) -> list[ModelRecord]:
    """Every model this data folder has registered, newest first."""
    rows = conn.execute(f"SELECT {_MODEL_COLUMNS} FROM models ORDER BY created DESC")  # noqa: S608
    return [_model(row, folder) for row in rows]


def _model(row: tuple[Any, ...], folder: Path | None) -> ModelRecord:
    """The record with its folder as a full path (``folder``: the database's folder)."""
    version, created, backend, path, encoder, metrics, trained_on = row
    return ModelRecord(
        version=version,
        created=created,
        backend=backend,
        path=_model_folder(path, folder),
        encoder=encoder,
        metrics=json.loads(metrics or "{}"),
        trained_on=json.loads(trained_on or "{}"),
    )
