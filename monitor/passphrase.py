"""Where an encrypted database's passphrase comes from, in this order: the environment
(``PUSHBACK_MONITOR_PASSPHRASE``, for unattended use: a headless worker, a test), the
system keyring (where the analyst chose to keep it), then a question (the terminal's,
or the app's before it opens the store).

The keyring entry belongs to the folder that holds the database file (the data folder,
unless ``--database`` names a file elsewhere), kept by :class:`~monitor.secrets.Vault`.
It is only ever kept in a real keyring: the vault's fallback, a file in the data folder,
would lie beside the database it opens and protect nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from monitor.errors import PassphraseError
from monitor.i18n import _
from monitor.secrets import Vault, keyring_works
from monitor.store import cipher

ENTRY = "database-passphrase"  # its name in the vault
TRIES = 3

# (the file, what was wrong with the last answer or None) → a passphrase; None: gave up
Ask = Callable[[Path, str | None], str | None]


def keyring_available() -> bool:
    """Whether a real system keyring works here (not the vault's fallback file)."""
    return keyring_works()


def _vault(database: Path) -> Vault:
    return Vault(database.parent)


def kept(database: Path) -> str | None:
    """The passphrase kept in the system keyring for ``database``, if any."""
    if not keyring_available():
        return None
    return _vault(database).get(ENTRY)


def remember(database: Path, passphrase: str) -> bool:
    """Keep ``passphrase`` in the system keyring for ``database``; False where there is
    none that works (nothing is kept then)."""
    if not keyring_available():
        return False
    return _vault(database).put(ENTRY, passphrase, place="keyring") == "keyring"


def forget(database: Path) -> None:
    """Forget the passphrase kept for ``database``, wherever it is."""
    _vault(database).delete(ENTRY)


def opens(database: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the encrypted ``database``."""
    return cipher.opens(database, passphrase)


def find(file: Path, database: Path, ask: Ask | None = None) -> str | None:
    """The passphrase that opens ``file`` (``database`` or one of its backups), checked:
    the environment's (an error when it does not open it), the keyring's, else
    ``ask``'s (asked again after a wrong one, :data:`TRIES` times in all). None when
    nothing gives one, or the analyst gave up."""
    given = cipher.from_environment(file, database)
    if given is not None:
        return given
    stored = kept(database)
    if stored is not None and cipher.opens(file, stored):
        return stored
    if ask is None:
        return None
    problem = None
    for _try in range(TRIES):
        answer = ask(file, problem)
        if answer is None:
            return None
        if answer and cipher.opens(file, answer):
            return answer
        problem = cipher.wrong_passphrase(file)
    message = _("{file}: the passphrase given does not open it ({count} tries)")
    raise PassphraseError(message.format(file=file, count=TRIES))


def unlock(database: Path, ask: Ask | None = None) -> bool:
    """Make the passphrase of ``database`` known to this process, when it is encrypted
    (:func:`find`). False when the analyst gave up; an error when nothing gives one."""
    if not cipher.encrypted(database) or cipher.known_key(database) is not None:
        return True
    found = find(database, database, ask)
    if found is None:
        if ask is not None:
            return False
        raise PassphraseError(cipher.no_passphrase(database))
    cipher.use_key(database, found)
    return True


def use_for_this_program(ask: Ask | None) -> None:
    """Find passphrases so from now on, whenever the store opens an encrypted file not
    yet unlocked (``ask``: the program's way of asking, or None)."""
    cipher.set_finder(lambda file, database: find(file, database, ask))
