"""Which database the store is in: a SQLite file (one analyst), or a PostgreSQL server
(a team), named as ``--database`` or ``PUSHBACK_MONITOR_DATABASE`` names it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# libpq's two forms: a URI, or key=value pairs ("service=team", "host=db dbname=pm")
_URI = re.compile(r"^postgres(?:ql)?://", re.IGNORECASE)
_KEY_VALUE = re.compile(r"^\s*[a-z_]+\s*=", re.IGNORECASE)


def is_postgres(text: str) -> bool:
    """Whether ``text`` is a libpq connection string rather than a file's path."""
    return bool(_URI.match(text) or _KEY_VALUE.match(text))


@dataclass(frozen=True)
class Database:
    """A SQLite file (``path``) or a PostgreSQL connection string (``conninfo``)."""

    path: Path | None = None
    conninfo: str | None = None

    @classmethod
    def of(cls, target: Database | Path | str) -> Database:
        if isinstance(target, Database):
            return target
        if isinstance(target, str) and is_postgres(target):
            return cls(conninfo=target.strip())
        return cls(path=Path(target))

    @property
    def postgres(self) -> bool:
        return self.conninfo is not None

    def __str__(self) -> str:
        """Where it is, for messages: the file, or the server and database without any
        password the connection string holds."""
        if self.conninfo is None:
            return str(self.path)
        return describe(self.conninfo)


def describe(conninfo: str) -> str:
    """``user@host:port/dbname`` (what is given of it) of a connection string; never its
    password."""
    try:
        from psycopg.conninfo import conninfo_to_dict  # noqa: PLC0415 - only for a server

        parts = {k: str(v) for k, v in conninfo_to_dict(conninfo).items() if v is not None}
    except Exception:  # noqa: BLE001 - an unreadable string is said as "a server"
        return "postgresql://?"
    if "service" in parts and "host" not in parts:
        return f"postgresql service {parts['service']}"
    user = f"{parts['user']}@" if "user" in parts else ""
    host = parts.get("host", "")
    if host.startswith("/"):
        host = "localhost"  # a Unix socket's folder says nothing to the reader
    port = f":{parts['port']}" if "port" in parts else ""
    return f"postgresql://{user}{host}{port}/{parts.get('dbname', '')}"
