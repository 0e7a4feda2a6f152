"""SQLite storage through sqlite-utils: schema migrations, items, source health."""

from monitor.store.queries import ItemQuery, StoredItem, fts_query
from monitor.store.store import Store
from monitor.store.times import from_iso, iso
from monitor.store.writer import StoreWriter

__all__ = ["ItemQuery", "Store", "StoreWriter", "StoredItem", "from_iso", "fts_query", "iso"]
