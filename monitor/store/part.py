"""What each part of :class:`~monitor.store.Store` (decisions, rules, reports, evidence,
sharing) needs of the store: its connection, a read and a write that turn a database's
faults into the store's errors, and telling the views what a write changed."""

from __future__ import annotations

import contextlib

from monitor.store.changes import Changes
from monitor.store.sql import Sql


class StorePart:
    """Declared here, implemented by :class:`~monitor.store.Store`."""

    _conn: Sql

    def _reading(self, doing: str) -> contextlib.AbstractContextManager[None]:
        raise NotImplementedError

    def _writing(self, doing: str) -> contextlib.AbstractContextManager[None]:
        raise NotImplementedError

    def _tell(self, changes: Changes) -> None:
        raise NotImplementedError
