"""The PostgreSQL schema of the store, and its migrations.

The tables are the SQLite store's (``monitor/store/migrations.py``), in PostgreSQL's own
types: times as ``timestamptz``, JSON as ``jsonb``, flags as ``boolean``, vectors as
``bytea``. Besides, for a team:

- ``items.version`` counts the changes of an item's decision state, so that an analyst
  deciding an item another has just decided sees the conflict instead of overwriting it;
- ``items.search``, a generated ``tsvector`` of title and text in the text search
  configuration of the item's language (Dutch, English, else ``simple``), with a GIN
  index: full-text search that finds "abortussen" for "abortus" in Dutch and "laws" for
  "law" in English.

Migrations run in order in one transaction, under an advisory lock, so that two programs
connecting to a new database at once do not both create it, and a migration that fails
leaves the database as it was. Applied ones are recorded in ``schema_migrations``; a
migration is never edited once released, only followed by another.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

# pg_advisory_xact_lock's key while migrating: "pushback" in ASCII, as a bigint.
LOCK_KEY = 0x7075736862616B

LANGUAGE_CONFIG = """CASE language WHEN 'nl' THEN 'dutch'::regconfig
    WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END"""

SCHEMA = f"""
CREATE TABLE sources (
    id text PRIMARY KEY,
    etag text,
    last_modified text,
    cursor text,
    last_attempt timestamptz,
    last_success timestamptz,
    last_error text,
    last_error_at timestamptz,
    last_warning text,
    consecutive_failures integer NOT NULL DEFAULT 0,
    next_poll timestamptz,
    retry_after timestamptz,
    title text,
    name text
);

CREATE TABLE items (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source text NOT NULL,
    external_id text NOT NULL,
    url text,
    canonical_url text,
    dedup_key text,
    title_key text,
    title text NOT NULL,
    text text NOT NULL,
    html text NOT NULL,
    author text,
    published timestamptz NOT NULL,
    published_estimated boolean NOT NULL DEFAULT false,
    fetched timestamptz NOT NULL,
    updated timestamptz,
    language text,
    language_detected boolean NOT NULL DEFAULT false,
    language_source text,
    content_hash text NOT NULL,
    meta jsonb,
    duplicate_of bigint REFERENCES items (id),
    status text NOT NULL DEFAULT 'pending',
    labels jsonb,
    note text,
    severity text,
    top_score real,
    margin real,
    flagged boolean NOT NULL DEFAULT false,
    version integer NOT NULL DEFAULT 1,
    search tsvector GENERATED ALWAYS AS (
        to_tsvector({LANGUAGE_CONFIG}, title || ' ' || text)
    ) STORED,
    UNIQUE (source, external_id)
);
CREATE INDEX items_source_canonical_url ON items (source, canonical_url);
CREATE INDEX items_dedup_key ON items (dedup_key);
CREATE INDEX items_title_key ON items (title_key);
CREATE INDEX items_published ON items (published);
CREATE INDEX items_status_published ON items (status, published);
CREATE INDEX items_duplicate_of ON items (duplicate_of);
CREATE INDEX items_source_published ON items (source, published);
CREATE INDEX items_source_fetched ON items (source, fetched);
CREATE INDEX items_language_published ON items (language, published);
CREATE INDEX items_queue ON items (status, flagged, published) WHERE duplicate_of IS NULL;
CREATE INDEX items_queue_score ON items (status, flagged, top_score)
    WHERE duplicate_of IS NULL;
CREATE INDEX items_queue_margin ON items (status, flagged, margin)
    WHERE duplicate_of IS NULL;
CREATE INDEX items_title_lower ON items (lower(title));
CREATE INDEX items_search ON items USING gin (search);

CREATE TABLE item_edits (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id bigint NOT NULL REFERENCES items (id),
    edited timestamptz NOT NULL,
    old_title text,
    old_text text,
    old_hash text
);
CREATE INDEX item_edits_item_id ON item_edits (item_id);

CREATE TABLE classifications (
    item_id bigint PRIMARY KEY REFERENCES items (id),
    model_version text,
    content_hash text,
    scores jsonb,
    categories jsonb,
    explanation jsonb,
    created timestamptz
);

CREATE TABLE fetch_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source text NOT NULL,
    started timestamptz NOT NULL,
    finished timestamptz,
    outcome text NOT NULL,
    http_status integer,
    items_new integer,
    items_updated integer,
    duplicates integer,
    message text,
    seconds real
);
CREATE INDEX fetch_log_source_started ON fetch_log (source, started);

CREATE TABLE decisions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id bigint NOT NULL REFERENCES items (id),
    action text NOT NULL,
    labels jsonb,
    status text NOT NULL,
    note text,
    severity text,
    actors jsonb,
    analyst text,
    created timestamptz NOT NULL,
    undoes bigint REFERENCES decisions (id)
);
CREATE INDEX decisions_item_id_id ON decisions (item_id, id);

CREATE TABLE embeddings (
    item_id bigint NOT NULL REFERENCES items (id),
    encoder text NOT NULL,
    vector bytea NOT NULL,
    PRIMARY KEY (item_id, encoder)
);

CREATE TABLE models (
    version text PRIMARY KEY,
    created timestamptz NOT NULL,
    backend text NOT NULL,
    path text,
    encoder text,
    metrics jsonb,
    trained_on jsonb,
    active boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX models_one_active ON models (active) WHERE active;

CREATE TABLE item_flags (
    item_id bigint NOT NULL REFERENCES items (id),
    category text NOT NULL,
    published timestamptz NOT NULL,
    status text NOT NULL,
    PRIMARY KEY (item_id, category)
);
CREATE INDEX item_flags_category_published ON item_flags (category, published);
CREATE INDEX item_flags_category_status ON item_flags (category, status, published);

CREATE TABLE actors (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    key text NOT NULL UNIQUE,
    kind text NOT NULL,
    first_recorded timestamptz NOT NULL
);

CREATE TABLE item_actors (
    item_id bigint NOT NULL REFERENCES items (id),
    actor_id bigint NOT NULL REFERENCES actors (id),
    position integer NOT NULL,
    PRIMARY KEY (item_id, actor_id)
);
CREATE INDEX item_actors_actor_id ON item_actors (actor_id);
"""

# (name, SQL), in order; a released one is never changed, only followed by another.
MIGRATIONS: tuple[tuple[str, str], ...] = (("0001_schema", SCHEMA),)


def migrate(
    conn: psycopg.Connection[Any], migrations: Sequence[tuple[str, str]] = MIGRATIONS
) -> list[str]:
    """Bring the database of ``conn`` (a psycopg connection, not in a transaction) up to
    date; the names of the migrations applied now (none when it already was)."""
    applied: list[str] = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations"
            " (name text PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())"
        )
        done = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
        for name, sql in migrations:
            if name in done:
                continue
            conn.execute(sql)
            conn.execute("INSERT INTO schema_migrations (name) VALUES (%s)", (name,))
            applied.append(name)
    return applied
