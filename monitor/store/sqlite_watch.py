"""The SQLite schema's steps for watching and sharing (0013 to 0016): rules' hits, the
evidence kept and its re-checks, and the findings partners shared
(:mod:`monitor.store.sqlite_schema` lists every step in order)."""

from __future__ import annotations

import sqlite_utils


def rules(db: sqlite_utils.Database) -> None:
    """Rules (monitor/rules): the rule a decision was recorded in the name of, and which
    rule matched which item, so that a rule acts on an item once (an analyst who undoes
    a rule's decision is not overruled the next time it runs) and its alerts are known."""
    db.table("decisions").add_column("rule", str)
    db.execute(
        "CREATE TABLE rule_hits (rule TEXT NOT NULL, item_id INTEGER NOT NULL"
        " REFERENCES items (id), matched TEXT NOT NULL, alert INTEGER NOT NULL DEFAULT 0,"
        " notify INTEGER NOT NULL DEFAULT 1, decision INTEGER REFERENCES decisions (id),"
        " PRIMARY KEY (rule, item_id))"
    )
    db.execute("CREATE INDEX rule_hits_item_id ON rule_hits (item_id)")


EVIDENCE_TABLES = (
    # Each item whose evidence is to be kept (confirmed or escalated once), and how its
    # re-checks stand; ``deleted`` once its page or post is gone.
    "CREATE TABLE evidence_items (item_id INTEGER PRIMARY KEY REFERENCES items (id),"
    " wanted TEXT NOT NULL, kept TEXT, checked TEXT, next_check TEXT NOT NULL,"
    " checks INTEGER NOT NULL DEFAULT 0, failures INTEGER NOT NULL DEFAULT 0,"
    " deleted TEXT, deleted_how TEXT, changed TEXT, problem TEXT)",
    # Each WARC record kept: the entry, and each version of the page.
    "CREATE TABLE evidence (id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL"
    " REFERENCES items (id), kind TEXT NOT NULL, url TEXT NOT NULL, sha256 TEXT NOT NULL,"
    " fetched TEXT NOT NULL, record_id TEXT NOT NULL, status INTEGER)",
    "CREATE INDEX evidence_item_id ON evidence (item_id)",
    "CREATE INDEX evidence_items_next_check ON evidence_items (next_check) WHERE deleted IS NULL",
    # What was confirmed or escalated before evidence was kept: kept from now on.
    "INSERT INTO evidence_items (item_id, wanted, next_check)"
    " SELECT id, fetched, fetched FROM items WHERE status IN ('confirmed', 'escalated')",
)


def evidence(db: sqlite_utils.Database) -> None:
    """Evidence kept of confirmed and escalated items (monitor/evidence): which items,
    their records (the WARC files are in the data folder), re-checks and deletions."""
    for statement in EVIDENCE_TABLES:
        db.execute(statement)


EVIDENCE_CHECKS = (
    # Polls in a row whose feed no longer listed a kept item (two make it gone).
    "ALTER TABLE evidence_items ADD COLUMN missing INTEGER NOT NULL DEFAULT 0",
    # Until when a round is keeping or re-checking it (two rounds never take one item).
    "ALTER TABLE evidence_items ADD COLUMN claimed TEXT",
    # The page's visible text, hashed: what "changed" compares (a view counter is no edit).
    "ALTER TABLE evidence ADD COLUMN text_sha256 TEXT",
    # Asked for when the item was decided, not when it was fetched.
    "UPDATE evidence_items SET wanted = coalesce((SELECT max(d.created) FROM decisions d"
    " WHERE d.item_id = evidence_items.item_id), wanted) WHERE kept IS NULL",
)


def evidence_checks(db: sqlite_utils.Database) -> None:
    """Evidence re-checks that judge a page by its text and a feed by two polls, and a
    claim so that two rounds never keep one item at once."""
    for statement in EVIDENCE_CHECKS:
        db.execute(statement)


PARTNERS = (
    # Each finding a partner organisation shared (monitor/sharing): the item it became,
    # who signed it, and the partner's own words (labels, severity, actors, note).
    "CREATE TABLE provenance (item_id INTEGER PRIMARY KEY REFERENCES items (id),"
    " organisation TEXT NOT NULL, key TEXT NOT NULL, finding TEXT NOT NULL,"
    " confirmed TEXT NOT NULL, bundle TEXT NOT NULL, imported TEXT NOT NULL,"
    " labels TEXT, severity TEXT, actors TEXT, note TEXT, evidence TEXT,"
    " story_key TEXT, title_key TEXT)",
    "CREATE UNIQUE INDEX provenance_finding ON provenance (key, finding)",
    "CREATE INDEX provenance_story_key ON provenance (story_key)",
    # A note is private to the organisation until an analyst marks it as shareable.
    "ALTER TABLE items ADD COLUMN note_shared INTEGER NOT NULL DEFAULT 0",
)


def partners(db: sqlite_utils.Database) -> None:
    """Findings shared by partner organisations, and notes that may be shared."""
    for statement in PARTNERS:
        db.execute(statement)
