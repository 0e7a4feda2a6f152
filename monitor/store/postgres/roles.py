"""Who may do what on a team database: three group roles with least privilege, and the
analysts' own login roles as members of one of them.

- ``pushback_analyst`` reads everything and records decisions: a row in ``decisions``,
  the item's decided state (status, labels, note, severity, flagged), its current
  categories (``item_flags``) and its actors. It changes no item's text, no source, no
  classification, no model.
- ``pushback_editor``: an analyst who also changes the sources (the team's feeds.yaml)
  and adds the findings partners shared (``share import``).
- ``pushback_worker``: the program that polls, classifies and trains (``run``): every
  table's rows, never the schema.

The schema itself belongs to the role that ran ``team init`` (the database's owner),
which alone creates and upgrades it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

ANALYST, EDITOR, WORKER = "pushback_analyst", "pushback_editor", "pushback_worker"
GROUPS = {"analyst": ANALYST, "editor": EDITOR, "worker": WORKER}

_DECIDED = "status, labels, note, note_shared, severity, flagged"  # the columns a decision sets
# the decision log's columns an analyst writes: all but ``role``, which the server fills
# in with the login, so that nobody records a decision as somebody else's role
_LOGGED = (
    "id, item_id, action, labels, status, note, analyst, created, undoes, severity, actors,"
    " request, rule"
)
GRANTS = (
    # everybody reads (tables made later by an upgrade too)
    f"GRANT USAGE ON SCHEMA public TO {ANALYST}, {EDITOR}, {WORKER}",
    f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {ANALYST}, {EDITOR}, {WORKER}",
    f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES"
    f" TO {ANALYST}, {EDITOR}, {WORKER}",
    # an analyst decides (an editor is an analyst)
    f"GRANT {ANALYST} TO {EDITOR}",
    f"REVOKE INSERT ON decisions FROM {ANALYST}",
    f"GRANT INSERT ({_LOGGED}) ON decisions TO {ANALYST}",
    f"GRANT INSERT ON actors TO {ANALYST}",
    f"GRANT INSERT, DELETE ON item_flags, item_actors TO {ANALYST}",
    f"GRANT INSERT, UPDATE, DELETE ON leases TO {ANALYST}",
    f"GRANT INSERT ON rule_hits TO {ANALYST}",  # an analyst's rules run (monitor/rules)
    # Confirming asks for evidence; the analyst's app keeps and re-checks it.
    f"GRANT INSERT, UPDATE ON evidence_items TO {ANALYST}",
    f"GRANT INSERT ON evidence TO {ANALYST}",
    f"GRANT UPDATE ({_DECIDED}) ON items TO {ANALYST}",
    f"GRANT USAGE ON SEQUENCE decisions_id_seq, actors_id_seq, evidence_id_seq TO {ANALYST}",
    # an editor changes the sources
    f"GRANT INSERT, UPDATE, DELETE ON sources, feeds TO {EDITOR}",
    # an editor adds the findings partners shared (share import)
    f"GRANT INSERT ON items, provenance TO {EDITOR}",
    f"GRANT USAGE ON SEQUENCE items_id_seq TO {EDITOR}",
    # the worker keeps every table's rows, never the schema
    f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {WORKER}",
    f"REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM {WORKER}",
    f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {WORKER}",
)


def init(conn: psycopg.Connection[Any]) -> list[str]:
    """Create the group roles that are missing and grant each its privileges (again:
    after an upgrade the new tables get theirs); the roles created now."""
    created = []
    with conn.transaction():
        for group in (ANALYST, EDITOR, WORKER):
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (group,))
            if exists.fetchone() is None:
                conn.execute(f"CREATE ROLE {group} NOLOGIN")  # names of our own
                created.append(group)
        for grant in GRANTS:
            conn.execute(grant)  # our own statements, no value in them
    return created


def add_member(conn: psycopg.Connection[Any], login: str, group: str) -> bool:
    """Make ``login`` (a role that logs in, made now if missing, without a password: it
    is set with ALTER ROLE … PASSWORD or replaced by a certificate) a member of
    ``group`` (analyst, editor or worker); whether the login role was made now."""
    from psycopg import sql  # noqa: PLC0415 - only with a server

    made = False
    with conn.transaction():
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone() is None:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(login)))
            made = True
        conn.execute(
            sql.SQL("GRANT {} TO {}").format(sql.Identifier(GROUPS[group]), sql.Identifier(login))
        )
    return made
