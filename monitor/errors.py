"""The one exception tree of the engine.

Library errors (httpx, sqlite3, ruamel.yaml, lxml…) are converted at the boundary
where they occur, with ``raise … from exc``, so callers only ever catch these::

    MonitorError
     ├── ConfigError          feeds.yaml or settings: names file, line and field
     ├── FetchError           a network fetch failed: names the URL
     │    ├── HTTPStatusError      a non-success status (with Retry-After when given)
     │    ├── FetchTimeout         connect/read timeout or the whole-fetch deadline
     │    ├── ResponseTooLarge     the body exceeded the size cap
     │    └── TooManyRedirects     redirect loop or too long a redirect chain
     ├── ParseError           the bytes arrived but are not what the source kind expects
     ├── StoreError           the database cannot be opened, migrated or written
     │    ├── StoreUnavailable     a local fault that passes: the database is busy in
     │    │                        another program, the disk is full, the folder is
     │    │                        read-only; wait and retry, never blame a source
     │    └── PassphraseError      an encrypted database file and no passphrase that opens
     │                             it: names the file and the ways to give one
     ├── ClassifierError      the model folder is missing or corrupt, or inference failed
     ├── BriefError           a brief's period is invalid or its file cannot be written
     ├── EvidenceError        an evidence file cannot be written, read or exported: names it
     │    └── EvidenceTampered     a record no longer matches its digest (monitor/evidence)
     └── ShareError           a key or a findings bundle cannot be made, read or trusted:
                              names the file and the reason (monitor/sharing)
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path


class MonitorError(Exception):
    """Base class of every error the engine raises on purpose."""


class ConfigError(MonitorError):
    """Invalid configuration. ``problems`` holds one ``file:line: field: message`` per fault."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        self.problems = problems or [message]
        super().__init__(message)


class FetchError(MonitorError):
    def __init__(self, url: str, message: str) -> None:
        self.url = url
        super().__init__(f"{url}: {message}")


class HTTPStatusError(FetchError):
    def __init__(
        self, url: str, status: int, message: str, retry_after: datetime | None = None
    ) -> None:
        self.status = status
        self.retry_after = retry_after
        super().__init__(url, message)


class FetchTimeout(FetchError):
    pass


class ResponseTooLarge(FetchError):
    pass


class TooManyRedirects(FetchError):
    pass


class ParseError(MonitorError):
    def __init__(self, url: str, message: str) -> None:
        self.url = url
        super().__init__(f"{url}: {message}")


class StoreError(MonitorError):
    pass


class StoreUnavailable(StoreError):
    """The database cannot be written now for a local reason that clears by itself or by
    the user's hand (``reason``: ``busy``, ``full`` or ``read-only``); nothing is wrong with
    the data or with any source, and the same write can simply be tried again."""

    def __init__(self, message: str, reason: str) -> None:
        self.reason = reason
        super().__init__(message)


class PassphraseError(StoreError):
    """An encrypted database (monitor/store/cipher.py) that cannot be opened: no
    passphrase was given, or the one given does not open it."""


class ClassifierError(MonitorError):
    pass


class BriefError(MonitorError):
    pass


class EvidenceError(MonitorError):
    """``message`` names the file; ``path`` is kept for whoever wants to show it apart."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = path
        super().__init__(message)


class ShareError(MonitorError):
    """A key file or a findings bundle that cannot be used; the message names the file
    and says why (tampered, signed by an unknown key, a format version not known…)."""
