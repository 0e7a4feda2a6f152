"""A database of a million classified items, for the UI benchmark (built once, cached).

Titles and texts are recombined from the seed examples, so full-text search sees real
Dutch and English vocabulary; about one item in five is flagged, with categories and
scores spread as a busy year of monitoring would spread them.
"""

from __future__ import annotations

import contextlib
import json
import random
import shutil
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.classify.data import seed_examples  # noqa: E402
from monitor.models import CATEGORY_IDS  # noqa: E402
from monitor.store import Store  # noqa: E402

CACHE = Path(__file__).parent / ".cache"
SOURCES = [f"source-{n:03d}" for n in range(120)]


def build(path: Path, count: int, *, seed: int = 7) -> Path:
    """Create ``path`` with ``count`` items (skipped when it exists with that many)."""
    if path.exists():
        with sqlite3.connect(path) as conn:
            try:
                if conn.execute("SELECT count(*) FROM items").fetchone()[0] == count:
                    return path
            except sqlite3.Error:
                pass
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    Store.open(path).close()  # the real schema, migrations included
    examples = seed_examples(CATEGORY_IDS, "train")
    texts = [e.text.replace("\n", " ") for e in examples]
    rng = random.Random(seed)
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("DROP TRIGGER items_ai")  # full-text index built once at the end
    end = datetime(2026, 11, 29, tzinfo=UTC)
    batch: list[tuple[object, ...]] = []
    flags: list[tuple[object, ...]] = []
    classes: list[tuple[object, ...]] = []
    for n in range(1, count + 1):
        example = examples[rng.randrange(len(examples))]
        published = (end - timedelta(seconds=rng.randrange(365 * 86400))).isoformat(
            timespec="seconds"
        )
        title = example.text.split("\n")[0][:110]
        body = " ".join(rng.sample(texts, 2))[:600]
        flagged = list(example.labels) if rng.random() < 0.8 else []
        if not flagged and rng.random() < 0.05:
            flagged = [rng.choice(CATEGORY_IDS)]
        scores = {c: round(rng.random() * (0.95 if c in flagged else 0.4), 3) for c in CATEGORY_IDS}
        status = (
            "pending" if rng.random() < 0.9 else rng.choice(["confirmed", "rejected", "escalated"])
        )
        batch.append(
            (
                n,
                rng.choice(SOURCES),
                str(n),
                f"https://example.org/{n}",
                f"https://example.org/{n}",
                title,
                body,
                body,
                published,
                published,
                example.lang,
                f"h{n}",
                status,
                max(scores.values()),
                int(bool(flagged)),
            )
        )
        classes.append(
            (n, "bench", f"h{n}", json.dumps(scores), json.dumps(flagged), "{}", published)
        )
        flags.extend((n, c, published, status) for c in flagged)
        if len(batch) == 50_000:
            _flush(conn, batch, classes, flags)
    _flush(conn, batch, classes, flags)
    conn.execute("INSERT INTO items_fts (items_fts) VALUES ('rebuild')")
    conn.execute("""CREATE TRIGGER items_ai AFTER INSERT ON items BEGIN
        INSERT INTO items_fts (rowid, title, text) VALUES (new.id, new.title, new.text); END""")
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    print(
        f"built {count:,} items in {time.perf_counter() - started:.0f} s: {path}", file=sys.stderr
    )
    return path


def _flush(
    conn: sqlite3.Connection,
    batch: list[tuple[object, ...]],
    classes: list[tuple[object, ...]],
    flags: list[tuple[object, ...]],
) -> None:
    conn.executemany(
        "INSERT INTO items (id, source, external_id, url, canonical_url, title, text, html,"
        " published, fetched, language, content_hash, status, top_score, flagged)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        batch,
    )
    conn.executemany(
        "INSERT INTO classifications (item_id, model_version, content_hash, scores,"
        " categories, explanation, created) VALUES (?,?,?,?,?,?,?)",
        classes,
    )
    conn.executemany(
        "INSERT INTO item_flags (item_id, category, published, status) VALUES (?,?,?,?)", flags
    )
    conn.commit()
    batch.clear()
    classes.clear()
    flags.clear()


HOME = CACHE / "ui-home"  # a data folder: this database as pushback.db
ENCRYPTED_HOME = CACHE / "ui-home-encrypted"  # the same database, encrypted
PASSPHRASE = "benchmark passphrase"  # of a made-up database
POSTGRES = CACHE / "postgres"  # a server's folder (pgserver), kept for the next run


def encrypted_copy(path: Path, home: Path = ENCRYPTED_HOME) -> Path:
    """``path`` copied to ``home`` and encrypted there with :data:`PASSPHRASE`, as
    ``pushback-monitor encrypt`` does it; skipped when that copy has as many items."""
    from monitor.store import encrypt, encrypted
    from monitor.store.cipher import connect

    target = home / path.name
    with sqlite3.connect(path) as source:
        (count,) = source.execute("SELECT count(*) FROM items").fetchone()
    if encrypted(target):
        with contextlib.closing(connect(target, PASSPHRASE)) as conn:
            if conn.execute("SELECT count(*) FROM items").fetchone()[0] == count:
                return target
    home.mkdir(parents=True, exist_ok=True)
    for old in home.glob(f"{path.name}*"):
        old.unlink()
    started = time.perf_counter()
    with contextlib.closing(sqlite3.connect(path)) as source:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(path, target)
    copied = time.perf_counter()
    encrypt(target, PASSPHRASE)
    print(
        f"copied in {copied - started:.0f} s, encrypted in {time.perf_counter() - copied:.0f} s:"
        f" {target}",
        file=sys.stderr,
    )
    return target


def to_postgres(path: Path, url: str) -> str:
    """The items of the SQLite database ``path`` in the PostgreSQL database ``url`` (its
    schema made by the store), copied once with COPY; skipped when it has them all."""
    import psycopg

    Store.open(url).close()  # the real schema, migrations included
    with sqlite3.connect(path) as source:
        (count,) = source.execute("SELECT count(*) FROM items").fetchone()
    with psycopg.connect(url, autocommit=True) as conn:
        if conn.execute("SELECT count(*) FROM items").fetchone()[0] == count:
            return url
        started = time.perf_counter()
        conn.execute("TRUNCATE items, classifications, item_flags, decisions CASCADE")
        conn.execute("DROP INDEX IF EXISTS items_search")  # built once at the end
        tables = {
            "items": "id, source, external_id, url, canonical_url, title, text, html,"
            " published, fetched, language, content_hash, status, top_score, flagged",
            "classifications": "item_id, model_version, content_hash, scores, categories,"
            " explanation, created",
            "item_flags": "item_id, category, published, status",
        }
        with sqlite3.connect(path) as source:
            for table, columns in tables.items():
                with (
                    conn.cursor() as cursor,
                    cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
                ):
                    for row in source.execute(f"SELECT {columns} FROM {table}"):
                        copy.write_row(
                            tuple(bool(v) if c.strip() == "flagged" else v
                                  for c, v in zip(columns.split(","), row, strict=True))
                        )  # fmt: skip
        conn.execute("CREATE INDEX items_search ON items USING gin (search)")
        conn.execute("SELECT setval(pg_get_serial_sequence('items', 'id'), max(id)) FROM items")
        conn.execute("ANALYZE")
    print(
        f"copied {count:,} items to PostgreSQL in {time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )
    return url


if __name__ == "__main__":
    build(HOME / "pushback.db", int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
