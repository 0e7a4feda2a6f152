"""One connection type over the two databases the store speaks to, SQLite and PostgreSQL.

The store's modules write each statement once: ``?`` parameters, and the SQL both
understand (``ON CONFLICT``, ``RETURNING``, ``FILTER``, ``TRUE``/``FALSE``, ``count``,
``coalesce``). The few things said differently are asked of the connection:
:meth:`Sql.search` (FTS5 against PostgreSQL's text search), JSON arrays
(:meth:`~Sql.json_values`, :meth:`~Sql.json_array`, :meth:`~Sql.json_field`), text order
without case (:meth:`~Sql.nocase`), SQLite's planner hints (:attr:`~Sql.hint`) and a
temporary table of ids (:meth:`~Sql.fill_ids`).

Values travel as the SQLite store keeps them, whichever the database: times as UTC ISO
8601 text (:func:`~monitor.store.times.iso`), JSON as its text, flags as booleans.
PostgreSQL keeps its own types (``timestamptz``, ``jsonb``, ``boolean``); the
connection's loaders hand them back as that text.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from collections.abc import Iterable, Sequence, Sized
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    import psycopg

V = TypeVar("V")
_FTS_TOKEN = re.compile(r'"[^"]+"|\S+')
# The text search configurations an item's words are indexed in (see postgres/schema.py):
# a search is tried in each, the index finds the candidates, the item's own one decides.
_CONFIGS = ("dutch", "english", "simple")


class Cursor(Protocol):
    @property
    def description(self) -> Any: ...

    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Any: ...


def search_terms(text: str) -> list[tuple[str, bool]]:
    """User words → what must occur: each word or ``"quoted phrase"``, and whether a
    trailing ``*`` makes it a prefix. Punctuation-only tokens are dropped."""
    terms = []
    for token in _FTS_TOKEN.findall(text):
        prefix = token.endswith("*") and len(token) > 1
        word = token.strip('"').rstrip("*").replace('"', "")
        if any(c.isalnum() for c in word):  # the index holds letters and digits only
            terms.append((word, prefix))
    return terms


def fts_query(text: str) -> str:
    """User words → an FTS5 query: every word must occur; ``"quoted phrases"`` stay phrases
    and a trailing ``*`` matches a prefix. Punctuation can never cause a syntax error.

    Empty when ``text`` has no word to look for (only quotes, stars, punctuation)."""
    return " ".join(f'"{word}"' + ("*" if prefix else "") for word, prefix in search_terms(text))


def ts_query(text: str) -> str:
    """User words → the text of a PostgreSQL ``tsquery`` (for ``to_tsquery``): every
    word must occur (``&``); a quoted phrase is a phrase, ``*`` a prefix (``:*``); each
    term quoted, so that no punctuation is read as an operator."""
    quoted = []
    for word, prefix in search_terms(text):
        words = " ".join(re.findall(r"\w+", word))  # the parser's words, never its operators
        if words:
            quoted.append("'" + words.replace("'", "''") + "'" + (":*" if prefix else ""))
    return " & ".join(quoted)


CHUNK = 500  # values in one ``IN (…)`` list: well within SQLite's limit of parameters


def chunks(values: Sequence[V], size: int = CHUNK) -> list[list[V]]:
    """``values`` in lists of at most ``size``, for statements with an ``IN (…)`` list."""
    return [list(values[n : n + size]) for n in range(0, len(values), size)]


def marks_for(values: Sized) -> str:
    """``?,?,?``: one parameter for each of ``values``."""
    return ",".join("?" * len(values))


class Sql:
    """A SQLite connection, as the store's modules use it."""

    postgres = False
    hint = "+"  # unary plus: keeps SQLite from driving a query by that column's index
    # Row locks for a write that reads before it writes: SQLite's write transaction
    # already holds the whole database (BEGIN IMMEDIATE); PostgreSQL locks the rows read.
    for_update = ""
    # ... and for items claimed by one of several workers: the others pass them by
    skip_locked = ""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.raw = conn

    def execute(self, sql: str, params: Sequence[Any] | Iterable[Any] = ()) -> Cursor:
        return self.raw.execute(sql, params)  # type: ignore[arg-type]  # any sequence

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.raw.executemany(sql, rows)

    def commit(self) -> None:
        """End the transaction that a read of a temporary table began."""
        self.raw.commit()

    # -- what each database says its own way -------------------------------------------

    def search(self, text: str, *, walk: bool = False) -> tuple[str, list[Any]] | None:
        """The condition "item ``i`` matches the words", with its parameters; None when
        the words hold nothing to look for. ``walk``: checked item by item as a query
        walks another index in order (for words that match very many items), never
        used to find the items."""
        words = fts_query(text)
        if not words:
            return None
        condition = "i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)"
        return (f"{self.hint}{condition}" if walk else condition), [words]

    def many_matches(self, text: str, than: int) -> bool:
        """Whether more than ``than`` items match the words (counted, no further). The
        index's own rows are counted: asked for items, SQLite would first read every
        match (12 ms for a word in 90,000 items of a million, against 0.3 ms; 22 ms on an
        encrypted file, where each page read is decrypted)."""
        words = fts_query(text)
        if not words:
            return False
        (count,) = self.execute(
            "SELECT count(*) FROM (SELECT rowid FROM items_fts WHERE items_fts MATCH ? LIMIT ?)",
            (words, than + 1),
        ).fetchone()
        return int(count) > than

    def json_values(self, expr: str) -> str:
        """A table ``j`` of the values of the JSON array ``expr``, as column ``value``."""
        return f"json_each({expr}) j"

    def json_array(self, expr: str) -> str:
        """The aggregate: ``expr``'s values as a JSON array's text, in order (SQLite
        reads them from the index that orders them)."""
        return f"json_group_array({expr})"

    def string_list(self, expr: str) -> str:
        """The aggregate: ``expr``'s values joined by commas."""
        return f"group_concat({expr})"

    def json_field(self, expr: str, key: str) -> str:
        """Member ``key`` (ours, never typed text) of the JSON object ``expr``, as JSON."""
        return f"json_extract({expr}, '$.{key}')"

    def nocase(self, expr: str) -> str:
        """``expr`` for ordering without regard to case."""
        return f"{expr} COLLATE NOCASE"

    def fill_ids(self, table: str, ids: Iterable[int]) -> str:
        """Put ``ids`` into a temporary table ``table`` (id, made if need be) and return
        its name to select from; empty it with ``DELETE`` and :meth:`commit` after."""
        self.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} (id INTEGER PRIMARY KEY)")
        name = f"temp.{table}"
        self.executemany(
            f"INSERT INTO {name} VALUES (?) ON CONFLICT DO NOTHING",  # noqa: S608
            ((i,) for i in ids),
        )
        return name


@functools.lru_cache(maxsize=1024)
def to_pyformat(sql: str) -> str:
    """A statement with ``?`` parameters as psycopg takes it (``%s``; a literal ``%`` is
    doubled). A ``?`` or ``%`` inside a quoted literal or name is left as it is."""
    out = []
    quote = ""
    for char in sql:
        if quote:
            out.append("%%" if char == "%" else char)
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        else:
            out.append(char)
    return "".join(out)


class PgCursor:
    """A psycopg cursor whose rows come as SQLite's do (plain tuples)."""

    def __init__(self, cursor: psycopg.Cursor[Any]) -> None:
        self._cursor = cursor
        self.description = cursor.description
        self.rowcount = cursor.rowcount

    def fetchone(self) -> Any:
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall() if self._cursor.description else []

    def __iter__(self) -> Any:
        return iter(self.fetchall())


class PgSql(Sql):
    """A PostgreSQL connection (psycopg 3), as the store's modules use it."""

    postgres = True
    hint = ""
    # NO KEY: a row lock that lets the rows referring to the item (its flags, edits,
    # duplicates) be written meanwhile
    for_update = " FOR NO KEY UPDATE"
    skip_locked = " FOR NO KEY UPDATE OF i SKIP LOCKED"

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self._pg = conn

    def reconnected(self, conn: psycopg.Connection[Any]) -> None:
        """Speak through ``conn`` from now on (the one before was lost)."""
        self._pg = conn

    def execute(self, sql: str, params: Sequence[Any] | Iterable[Any] = ()) -> Cursor:
        return PgCursor(self._pg.execute(to_pyformat(sql), list(params)))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            with self._pg.cursor() as cursor:
                cursor.executemany(to_pyformat(sql), rows)

    def commit(self) -> None:
        if not self._pg.autocommit:
            self._pg.commit()

    def search(self, text: str, *, walk: bool = False) -> tuple[str, list[Any]] | None:
        words = ts_query(text)
        if not words:
            return None
        # the query in each configuration is made once, not once per item
        own = (
            "i.search @@ CASE i.language WHEN 'nl' THEN to_tsquery('dutch', ?)"
            " WHEN 'en' THEN to_tsquery('english', ?) ELSE to_tsquery('simple', ?) END"
        )
        if walk:
            # the item's own configuration alone, which no index answers: the planner
            # then walks the queue's index in order and stops at the page's last match
            # (2 ms for "ngo" on a million items, where gathering its 40,000 matches
            # from the text index and sorting them takes 300)
            return f"({own})", [words] * 3
        # the index answers the "any configuration" part; the item's own configuration
        # then decides, so "laws" finds English items with "law", not Dutch ones
        tried = " OR ".join(f"i.search @@ to_tsquery('{c}', ?)" for c in _CONFIGS)
        return f"(({tried}) AND {own})", [words] * 6

    def many_matches(self, text: str, than: int) -> bool:
        """As the planner estimates it from the text index's statistics of each
        configuration (its most common words, with their shares): a word that many items
        hold is among them, and known at once, where counting its matches would read them
        all (40,000 for "ngo" in a million: 30–200 ms). A word the statistics do not know
        is taken as rare."""
        words = ts_query(text)
        if not words:
            return False
        for config in _CONFIGS:
            row = self._pg.execute(
                f"EXPLAIN (FORMAT JSON) SELECT 1 FROM items i"  # noqa: S608 - our own names
                f" WHERE i.search @@ to_tsquery('{config}', %s)",
                [words],
            ).fetchone()
            plan = row[0] if row else "[]"
            found = plan if isinstance(plan, list) else json.loads(plan)
            if found and found[0]["Plan"]["Plan Rows"] > than:
                return True
        return False

    def json_values(self, expr: str) -> str:
        return f"jsonb_array_elements_text({expr}) AS j (value)"

    def json_array(self, expr: str) -> str:
        return f"coalesce(jsonb_agg({expr} ORDER BY {expr}), '[]'::jsonb)"

    def string_list(self, expr: str) -> str:
        return f"string_agg({expr}, ',' ORDER BY {expr})"

    def json_field(self, expr: str, key: str) -> str:
        return f"({expr} -> '{key}')"

    def nocase(self, expr: str) -> str:
        return f"lower({expr})"

    def fill_ids(self, table: str, ids: Iterable[int]) -> str:
        self.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} (id bigint PRIMARY KEY)")
        name = f"pg_temp.{table}"
        self.execute(
            f"INSERT INTO {name} SELECT DISTINCT unnest(?::bigint[]) ON CONFLICT DO NOTHING",
            [list(ids)],
        )
        return name
