"""The store: items, source health, the fetch log, classifications, decisions.

One :class:`Store` owns one connection and is used from one thread. Writes happen on the
writer thread (:mod:`monitor.store.writer`); other threads open their own read
connections. Every batch of a source is stored in one transaction, so a crash loses
nothing already committed and never leaves half a batch.

The class holds no SQL: it opens a database — a SQLite file
(:mod:`~monitor.store.connection`) or a PostgreSQL server
(:mod:`~monitor.store.postgres.connection`), as :class:`~monitor.store.database.Database`
names it — turns the driver's faults into :class:`~monitor.errors.StoreError`, and hands
each call to the module that knows its tables. Those modules write their SQL once for
both databases (:mod:`~monitor.store.sql`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

import sqlite_utils

from monitor.errors import StoreError
from monitor.i18n import _
from monitor.models import Batch, Item, SaveResult, SourceState
from monitor.store import (
    activity,
    actors,
    connection,
    decisions,
    leases,
    moving,
    notices,
    queries,
    sources,
)
from monitor.store.activity import FetchStats, SourceActivity
from monitor.store.actors import Actor, PeriodActor
from monitor.store.changes import Changes
from monitor.store.classifying import ClassifyStore
from monitor.store.database import Database
from monitor.store.deciding import DecisionWrites
from monitor.store.decisions import Decision, Judged, LabelledItem
from monitor.store.keeping import EvidenceStore
from monitor.store.queries import ItemQuery, StoredItem
from monitor.store.queueing import QueueStore
from monitor.store.read import ReadStore
from monitor.store.reporting import ReportStore
from monitor.store.ruling import RuleStore
from monitor.store.sharing import SharingStore
from monitor.store.sql import Sql
from monitor.store.times import iso


class Backend(Protocol):
    """What the store needs of a database (:class:`~.connection.SqliteBackend`,
    :class:`~.postgres.connection.PostgresBackend`)."""

    @property
    def path(self) -> Path | None: ...  # the SQLite file; None on a server
    @property
    def where(self) -> str: ...  # the database, as messages name it
    @property
    def sql(self) -> Sql: ...

    def faults(
        self, doing: str, *, writing: bool = False
    ) -> contextlib.AbstractContextManager[None]: ...
    def transaction(self) -> contextlib.AbstractContextManager[None]: ...
    def close(self) -> None: ...
    def integrity_ok(self) -> bool: ...


class Store(
    DecisionWrites,
    ClassifyStore,
    QueueStore,
    RuleStore,
    ReportStore,
    EvidenceStore,
    SharingStore,
):
    def __init__(self, backend: Backend, folder: Path | None = None) -> None:
        self._backend = backend
        self._conn = backend.sql  # the store's own connection: no SQL outside monitor/store
        self.path = backend.path
        self.database = Database(path=backend.path) if backend.path else None
        self._folder = folder

    @classmethod
    def open(
        cls,
        target: Database | Path | str,
        *,
        migrate_schema: bool = True,
        folder: Path | None = None,
    ) -> Store:
        """The store in ``target``: a SQLite file, or a PostgreSQL server's database (a
        libpq connection string); ``folder``: the data folder, where model folders are
        (a SQLite file's own folder by default)."""
        database = Database.of(target)
        backend: Backend
        if database.conninfo is not None:
            from monitor.store.postgres.connection import (  # noqa: PLC0415 - psycopg
                PostgresBackend,
            )

            backend = PostgresBackend(
                database.conninfo, str(database), migrate_schema=migrate_schema
            )
        else:
            assert database.path is not None
            backend = connection.SqliteBackend(database.path, migrate_schema=migrate_schema)
        store = cls(backend, folder)
        store.database = database
        return store

    def close(self) -> None:
        self._backend.close()

    @property
    def _db(self) -> sqlite_utils.Database:
        """(SQLite's own database object, for its tests.)"""
        assert isinstance(self._backend, connection.SqliteBackend)
        return self._backend.db

    def _reading(self, doing: str) -> contextlib.AbstractContextManager[None]:
        """A read; its faults are errors of the store, saying what was being done."""
        return self._backend.faults(doing)

    @contextlib.contextmanager
    def _writing(self, doing: str) -> Iterator[None]:
        """One write transaction, its faults as :meth:`_reading`'s."""
        with self._backend.faults(doing, writing=True), self._backend.transaction():
            yield

    @property
    def folder(self) -> Path | None:
        """The data folder, which model folders are relative to: a SQLite file's own."""
        if self._folder is not None:
            return self._folder.resolve()
        return self.path.resolve().parent if self.path else None

    def integrity_ok(self) -> bool:
        return self._backend.integrity_ok()

    def move_in(self, other: Store) -> moving.Moved:
        """Move ``other``'s items, decisions, sources' state and models into this store
        (a team's), in one transaction, checked; again, it adds nothing."""
        with (
            other._reading(_("reading the analyst's store")),
            self._writing(_("moving the analyst's store in")),
        ):
            moved = moving.move(other._conn, self._conn, other.folder)
            self._tell(Changes(every_item=True, counts=True, new_items=True))
            return moved

    def _tell(self, changes: Changes) -> None:
        """Tell the other programs on a team database what this write changed (sent when
        its transaction commits; see :mod:`~monitor.store.notices`)."""
        if self._conn.postgres and changes:
            self._conn.execute("SELECT pg_notify(?, ?)", (notices.CHANNEL, notices.encode(changes)))

    # -- sources -----------------------------------------------------------------------

    def source_state(self, source_id: str) -> SourceState:
        with self._reading(_("reading the state of {source}").format(source=source_id)):
            return sources.state(self._conn, source_id)

    def source_states(self) -> dict[str, SourceState]:
        with self._reading(_("reading the sources' state")):
            return sources.states(self._conn)

    def source_activity(
        self, intervals: Mapping[str, timedelta], now: datetime
    ) -> dict[str, SourceActivity]:
        with self._reading(_("reading the sources' activity")):
            return activity.source_activity(self._conn, intervals, now)

    def fetch_stats(self, since: datetime) -> dict[str, FetchStats]:
        with self._reading(_("reading the fetch log")):
            return activity.fetch_stats(self._conn, since)

    def save_batch(
        self,
        source_id: str,
        items: Sequence[Item],
        batch: Batch,
        *,
        started: datetime,
        finished: datetime,
        next_poll: datetime,
        warnings: Sequence[str] = (),
        name: str | None = None,
    ) -> SaveResult:
        """Store a successful fetch: new and edited items, source state and log, in one
        transaction; ``name``: the one feeds.yaml gives the source, if any."""
        attempt = sources.Attempt(started, finished, next_poll)
        with self._writing(_("the batch of {source}").format(source=source_id)):
            saved = sources.save_batch(self._conn, source_id, items, batch, attempt, warnings, name)
            new = bool(saved.new_item_ids)
            self._tell(Changes(sources=frozenset({source_id}), counts=new, new_items=new))
            return saved

    def record_failure(
        self,
        source_id: str,
        message: str,
        *,
        started: datetime,
        finished: datetime,
        next_poll: datetime,
        retry_after: datetime | None = None,
        http_status: int | None = None,
    ) -> int:
        """Record a failed fetch; return the number of consecutive failures."""
        attempt = sources.Attempt(started, finished, next_poll)
        with self._writing(_("the failure of {source}").format(source=source_id)):
            self._tell(Changes(sources=frozenset({source_id})))
            return sources.record_failure(
                self._conn,
                source_id,
                message,
                attempt,
                retry_after=retry_after,
                http_status=http_status,
            )

    def record_skip(self, source_id: str, reason: str, when: datetime) -> None:
        with self._writing(_("the skip of {source}").format(source=source_id)):
            sources.record_skip(self._conn, source_id, reason, when)
            self._tell(Changes(sources=frozenset({source_id})))

    # -- items -------------------------------------------------------------------------

    def items(self, query: ItemQuery) -> list[StoredItem]:
        with self._reading(_("reading items")):
            return queries.select_items(self._conn, query)

    def count(self, query: ItemQuery) -> int:
        with self._reading(_("counting items")):
            return queries.count_items(self._conn, query)

    def item(self, item_id: int) -> StoredItem | None:
        found = self.items(ItemQuery(ids=(item_id,), include_duplicates=True, limit=1))
        return found[0] if found else None

    def edits(self, item_id: int) -> list[dict[str, Any]]:
        with self._reading(_("reading the edits of item {item}").format(item=item_id)):
            return queries.edits(self._conn, item_id)

    def duplicates_of(self, item_id: int) -> list[StoredItem]:
        return self.items(ItemQuery(duplicate_of=item_id, include_duplicates=True))

    def languages(self) -> list[str]:
        """The languages items are in, for choosing one."""
        with self._reading(_("reading the languages")):
            return queries.languages(self._conn)

    # -- a team's sources (its feeds.yaml, kept in the database) --------------------------

    def team_feeds(self) -> tuple[str, str] | None:
        """The team's feeds.yaml and when it was saved; None when it has none (or this is
        not a team database)."""
        if not self._conn.postgres:
            return None
        with self._reading(_("reading the team's sources")):
            row = self._conn.execute("SELECT document, updated FROM feeds").fetchone()
        return (row[0], row[1]) if row else None

    def save_team_feeds(self, document: str, analyst: str | None) -> None:
        """Make ``document`` (a feeds.yaml, checked by the caller) the team's sources."""
        if not self._conn.postgres:
            raise StoreError(
                _("{where}: sources are kept in the database only on a team's server").format(
                    where=self._backend.where
                )
            )
        if not self.may_change_team_feeds():
            raise StoreError(
                _(
                    "{where}: only the team's editors may change its sources (an editor is"
                    " added with `pushback-monitor team add LOGIN --role editor`)"
                ).format(where=self._backend.where)
            )
        with self._writing(_("the team's sources")):
            self._conn.execute(
                "INSERT INTO feeds (id, document, updated, updated_by) VALUES (1, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET document = excluded.document,"
                " updated = excluded.updated, updated_by = excluded.updated_by",
                (document, iso(datetime.now(UTC)), analyst),
            )

    def may_change_team_feeds(self) -> bool:
        """Whether this connection's role may change the team's sources (an editor's,
        a worker's or the owner's; not an analyst's). Anywhere else: yes."""
        if not self._conn.postgres:
            return True
        with self._reading(_("reading the team's sources")):
            (may,) = self._conn.execute(
                "SELECT has_table_privilege('feeds', 'INSERT')"
                " AND has_table_privilege('feeds', 'UPDATE')"
            ).fetchone()
        return bool(may)

    # -- who has an item open (a team's shared queue) ----------------------------------

    def hold(self, item_id: int | None, analyst: str) -> Changes:
        """``analyst`` has ``item_id`` open now (None: none); what changed for the others."""
        with self._writing(_("the item open")):
            changes = Changes.of_items(
                leases.hold(self._conn, item_id, analyst, datetime.now(UTC)), counts=False
            )
            self._tell(changes)
            return changes

    # -- actors ------------------------------------------------------------------------

    def actors_of(self, item_ids: Sequence[int]) -> dict[int, list[Actor]]:
        with self._reading(_("reading the items' actors")):
            return actors.actors_of(self._conn, item_ids)

    def known_actors(self) -> list[Actor]:
        with self._reading(_("reading the known actors")):
            return actors.known_actors(self._conn)

    def period_actors(self, start: datetime, end: datetime) -> list[PeriodActor]:
        with self._reading(_("reading the period's actors")):
            return actors.period_actors(self._conn, start, end)

    def decisions(self, item_id: int) -> list[Decision]:
        with self._reading(_("reading the decisions on item {item}").format(item=item_id)):
            return decisions.history(self._conn, item_id)

    def labelled_items(self) -> list[LabelledItem]:
        with self._reading(_("reading the decisions")):
            return decisions.labelled_items(self._conn)

    def judged_since(self, since: str, model_version: str) -> list[Judged]:
        with self._reading(_("reading the decisions")):
            return decisions.judged_since(self._conn, since, model_version)

    def decisions_since(self, created: str | None) -> int:
        with self._reading(_("counting the decisions")):
            return decisions.count_since(self._conn, created)


def _reads(store: Store) -> ReadStore:
    """(For the type checker: the SQLite store offers every read of the interface.)"""
    return store
