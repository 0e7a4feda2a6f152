"""What a write changed, told to the other programs on the same team database.

On PostgreSQL every write of the store sends its :class:`Changes` on one channel
(``NOTIFY``, delivered when the transaction commits); each analyst's app listens
(:class:`ChangeListener`) and reads again only what changed, within a second of another
analyst's decision or the worker's poll. The notices carry ids and flags, never text.
SQLite (one analyst) sends none: the app hears of its own writes directly.
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Callable
from typing import Any

from monitor.store.changes import Changes

log = logging.getLogger(__name__)

CHANNEL = "pushback_changes"
# This program's notices come back to it too; it heard of those writes already.
ORIGIN = uuid.uuid4().hex[:12]
MAX_IDS = 500  # more items than this in one notice: "any item may have changed"
MAX_SOURCES = 100
RECONNECT_S = 5.0


def encode(changes: Changes) -> str:
    """A notice's payload (PostgreSQL allows 8000 bytes: the lists are capped)."""
    every = changes.every_item or len(changes.items) > MAX_IDS
    notice: dict[str, Any] = {
        "o": ORIGIN,
        "i": [] if every else sorted(changes.items),
        "s": sorted(changes.sources)[:MAX_SOURCES],
        "c": changes.counts,
        "n": changes.new_items,
        "e": every,
    }
    return json.dumps(notice, separators=(",", ":"))


def decode(payload: str) -> tuple[str, Changes] | None:
    """The origin and the changes of a notice; None for one that is not ours."""
    try:
        notice = json.loads(payload)
        return str(notice["o"]), Changes(
            items=frozenset(int(i) for i in notice["i"]),
            sources=frozenset(str(s) for s in notice["s"]),
            counts=bool(notice["c"]),
            new_items=bool(notice["n"]),
            every_item=bool(notice["e"]),
        )
    except (ValueError, KeyError, TypeError):
        log.warning("ignored a notice on %s that is not a change: %.80r", CHANNEL, payload)
        return None


class ChangeListener:
    """A thread listening on the team database for other programs' changes; ``heard``
    is called on that thread (the app passes it on by a queued signal). After a lost
    connection it connects again and reports that anything may have changed, since
    notices sent meanwhile are lost."""

    def __init__(
        self, conninfo: str, where: str, heard: Callable[[Changes], None], *, poll_s: float = 0.5
    ) -> None:
        self._conninfo = conninfo
        self._where = where
        self._heard = heard
        self._origin = ORIGIN  # this program's notices, not heard again
        self._poll_s = poll_s
        self._stop = threading.Event()
        self.listening = threading.Event()  # set once LISTEN took effect
        self._thread = threading.Thread(target=self._run, name="change-listener", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psycopg  # noqa: PLC0415 - only on a server

        from monitor.store.postgres.connection import (  # noqa: PLC0415
            CLIENT_KEEPALIVE,
            SERVER_KEEPALIVE,
            keyring_password_for,
        )

        lost = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(
                    self._conninfo,
                    password=keyring_password_for(self._conninfo),
                    autocommit=True,
                    application_name="pushback-monitor notices",
                    options=SERVER_KEEPALIVE,
                    **CLIENT_KEEPALIVE,
                ) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    if lost:  # what was said meanwhile did not reach us
                        self._heard(Changes(every_item=True, counts=True, new_items=True))
                    while not self._stop.is_set():
                        for notice in conn.notifies(timeout=self._poll_s):
                            self._hear(notice.payload)
            except psycopg.Error as exc:
                self.listening.clear()
                if not lost:
                    log.warning("%s: not hearing of other analysts' changes: %s", self._where, exc)
                lost = True
                self._stop.wait(RECONNECT_S)

    def _hear(self, payload: str) -> None:
        decoded = decode(payload)
        if decoded is not None and decoded[0] != self._origin:
            try:
                self._heard(decoded[1])
            except Exception:  # a view's fault must not end the listening: it is logged
                log.exception("%s: a change heard could not be passed on", self._where)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
