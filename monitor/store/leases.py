"""Who has an item open now (a team's shared queue): each analyst's app holds a short
lease on the item it shows, renewed while it stays shown, so that the others see the
item marked ("Sanne has it open") instead of reading it at the same time. A lease that
is not renewed (the app closed or lost its connection) lapses by itself."""

from __future__ import annotations

from datetime import datetime, timedelta

from monitor.store.sql import Sql
from monitor.store.times import iso

LEASE = timedelta(seconds=90)  # an app renews its lease every 30 seconds


def hold(conn: Sql, item_id: int | None, analyst: str, now: datetime) -> set[int]:
    """``analyst`` has ``item_id`` open (None: no item): their lease on it is renewed and
    any other of theirs dropped; the caller holds the transaction. The items whose holders
    changed."""
    dropped = {
        row[0]
        for row in conn.execute(
            "DELETE FROM leases WHERE analyst = ? AND item_id != ? RETURNING item_id",
            (analyst, -1 if item_id is None else item_id),
        )
    }
    if item_id is None:
        return dropped
    renewed = conn.execute(
        "INSERT INTO leases (item_id, analyst, until) VALUES (?, ?, ?)"
        " ON CONFLICT (item_id, analyst) DO UPDATE SET until = excluded.until"
        " RETURNING item_id",
        (item_id, analyst, iso(now + LEASE)),
    ).fetchall()
    return dropped | {row[0] for row in renewed}


def holders_sql(conn: Sql) -> str:
    """The JSON array of the analysts holding a live lease on item ``i`` (one parameter:
    the time now)."""
    return (
        f"(SELECT {conn.json_array('l.analyst')} FROM leases l"  # noqa: S608
        " WHERE l.item_id = i.id AND l.until > ?)"
    )
