"""The database's faults in the engine's terms: every ``sqlite3`` (or SQLCipher) error becomes a
:class:`~monitor.errors.StoreError` naming the database file, and the faults of this
computer that pass or that the user can clear (a full disk, a read-only folder, a busy
database) become :class:`~monitor.errors.StoreUnavailable`."""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path

from monitor.errors import PassphraseError, StoreError, StoreUnavailable
from monitor.i18n import N_, _
from monitor.store import cipher

# Local faults that pass (or that the user can clear): what they are called, and said.
_UNAVAILABLE = {
    "full": N_("the disk is full"),
    "busy": N_("the database is busy in another program"),
    "read-only": N_("the database or its folder is read-only"),
    "unreachable": N_("the database server cannot be reached"),
}
_OS_FAULTS = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "full",
    errno.EROFS: "read-only",
    errno.EACCES: "read-only",
    errno.EPERM: "read-only",
}


def _sqlite_fault(text: str) -> str | None:
    if "disk is full" in text:
        return "full"
    if "locked" in text or "busy" in text:
        return "busy"
    if "readonly" in text or "read-only" in text:
        return "read-only"
    return None


def unavailable(where: str, reason: str, doing: str, *, writing: bool) -> StoreUnavailable:
    """A fault of this computer or its network that passes, or that the user can clear:
    what was being written was not saved (``writing``), else what was being done failed."""
    outcome = (
        _("{where}: {reason}; {doing} was not saved")
        if writing
        else _("{where}: {reason}; {doing} failed")
    )
    message = outcome.format(where=where, reason=_(_UNAVAILABLE[reason]), doing=doing)
    return StoreUnavailable(message, reason)


def failed(where: str, doing: str, error: object) -> StoreError:
    message = _("{where}: {doing} failed: {error}")
    return StoreError(message.format(where=where, doing=doing, error=error))


@contextlib.contextmanager
def translate_errors(path: Path | None, doing: str, *, writing: bool = False) -> Iterator[None]:
    """sqlite3 (and SQLCipher) errors become :class:`StoreError` naming the database
    file (:class:`PassphraseError` for a wrong passphrase); a full disk,
    a read-only folder or a busy database (from SQLite or the file system) become
    :class:`StoreUnavailable`, saying that what was being written was not saved
    (``writing``), else that what was being done failed."""
    where = str(path) if path else _("the database")
    try:
        yield
    except cipher.driver_errors("OperationalError", OSError) as exc:
        if isinstance(exc, OSError):
            reason = _OS_FAULTS.get(exc.errno or 0)
            if reason is None:
                raise
        elif (reason := _sqlite_fault(str(exc))) is None:
            raise failed(where, doing, exc) from exc
        raise unavailable(where, reason, doing, writing=writing) from exc
    except cipher.driver_errors("DatabaseError") as exc:
        if path is not None and cipher.NOT_A_DATABASE in str(exc) and cipher.encrypted(path):
            raise PassphraseError(cipher.wrong_passphrase(path)) from exc
        message = _(
            "{where}: the database is damaged or not a Pushback Monitor database ({error}); "
            "{doing} failed"
        )
        raise StoreError(message.format(where=where, doing=doing, error=exc)) from exc
