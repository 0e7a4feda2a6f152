"""A search in the queue that matches very many items is answered by walking the queue
in order and checking each item (the first page then comes at once); it gives the same
items, in the same order, as looking up every match, and keeps the item's own language
deciding, on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from storedata import new_item, save

from monitor.store import QueueQuery, Store
from monitor.store import queue as queue_module

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


def _stored(store: Store) -> None:
    items = [
        new_item(
            "mixed",
            str(n),
            f"Story {n}",
            NOW - timedelta(hours=n),
            # English items name "laws", Dutch ones "abortussen"; every third item neither
            text=(
                "New laws against foreign agents."
                if n % 3 == 0
                else "Debat over abortussen in de Kamer."
                if n % 3 == 1
                else "Weather and sport."
            ),
            language="en" if n % 3 == 0 else "nl",
        )
        for n in range(30)
    ]
    save(store, items, NOW)


@pytest.mark.parametrize("words", ["laws", "abortussen", "foreign agents"])
def test_walking_the_queue_gives_what_looking_up_the_matches_gives(
    database: Path | str, monkeypatch: pytest.MonkeyPatch, words: str
) -> None:
    store = Store.open(database)
    try:
        _stored(store)
        if isinstance(database, str):  # PostgreSQL: its statistics decide (many_matches)
            with psycopg.connect(database, autocommit=True) as admin:
                admin.execute("ANALYZE items")
        query = QueueQuery(queue="all", search=words)
        every = store.queue_ids(query)  # no limit: the matches looked up
        assert len(every) == 10
        assert len({store.item(i).language for i in every}) == 1  # type: ignore[union-attr]
        monkeypatch.setattr(queue_module, "DENSE_SEARCH", 3)  # "very many": more than 3
        if " " not in words:  # one word: the walk is what is tried here
            assert queue_module._dense(store._conn, query)
        assert store.queue_ids(query, limit=4) == every[:4]
        ascending = QueueQuery(queue="all", search=words, descending=False)
        assert store.queue_ids(ascending, limit=4) == sorted(every, reverse=True)[:4]
    finally:
        store.close()
