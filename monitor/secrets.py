"""Secrets of one data folder (the signing key, the pseudonym secret, the database key).

Each is kept in the system keyring where there is one that works, under the service
``pushback-monitor`` and a user name that holds the data folder's path, so two data
folders on one machine (two organisations, a test's) never share a secret. Where there
is no keyring (a server, a container, a test), it is a file readable by its owner only
(0600) in ``secrets/`` in the data folder (0700).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from monitor.config import atomic_write

SERVICE = "pushback-monitor"
FOLDER = "secrets"

Place = Literal["keyring", "file"]


def keyring_works() -> bool:
    """Whether a real keyring backend is configured (not the "fail" or "null" one)."""
    import keyring  # noqa: PLC0415 - only commands that keep secrets load it

    backend = keyring.get_keyring()
    return type(backend).__module__.split(".")[-1] not in {"fail", "null"} and (
        getattr(backend, "priority", 0) > 0
    )


@dataclass(frozen=True)
class Vault:
    """The secrets of the data folder ``folder``."""

    folder: Path

    def _user(self, name: str) -> str:
        return f"{name}@{self.folder.resolve()}"

    def _file(self, name: str) -> Path:
        return self.folder / FOLDER / name

    def get(self, name: str) -> str | None:
        """The secret ``name``, or None where it was never kept."""
        if keyring_works():
            import keyring  # noqa: PLC0415
            from keyring.errors import KeyringError  # noqa: PLC0415

            with contextlib.suppress(KeyringError):
                value = keyring.get_password(SERVICE, self._user(name))
                if value is not None:
                    return value
        path = self._file(name)
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    def put(self, name: str, value: str, *, place: Place | None = None) -> Place:
        """Keep ``value`` as ``name``: in the keyring where it works (or where ``place``
        says), else in a 0600 file. Returns where it went."""
        if place != "file" and keyring_works():
            import keyring  # noqa: PLC0415
            from keyring.errors import KeyringError  # noqa: PLC0415

            try:
                keyring.set_password(SERVICE, self._user(name), value)
            except KeyringError:
                if place == "keyring":
                    raise
            else:
                self._file(name).unlink(missing_ok=True)
                return "keyring"
        path = self._file(name)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        path.parent.chmod(0o700)
        atomic_write(path, value.encode())
        path.chmod(0o600)
        return "file"

    def where(self, name: str) -> str | None:
        """Where ``name`` is kept, for people: "the system keyring", the file's path, or
        None."""
        if keyring_works():
            import keyring  # noqa: PLC0415
            from keyring.errors import KeyringError  # noqa: PLC0415

            with contextlib.suppress(KeyringError):
                if keyring.get_password(SERVICE, self._user(name)) is not None:
                    return "the system keyring"
        path = self._file(name)
        return str(path) if path.exists() else None

    def delete(self, name: str) -> None:
        """Forget ``name`` wherever it is kept."""
        if keyring_works():
            import keyring  # noqa: PLC0415
            from keyring.errors import KeyringError, PasswordDeleteError  # noqa: PLC0415

            with contextlib.suppress(PasswordDeleteError, KeyringError):
                keyring.delete_password(SERVICE, self._user(name))
        self._file(name).unlink(missing_ok=True)
