"""Stable pseudonyms for private persons in what leaves the organisation.

A pseudonym is ``person-`` and the first 10 hexadecimal digits of an HMAC-SHA256, keyed
with the organisation's own secret (:mod:`monitor.secrets`: 32 random bytes, made on
first use), of the name in a normal form: case folded, spaces collapsed, a leading ``@``
left out. So the same person is always the same pseudonym in this organisation's
exports, and a different one in another organisation's: nobody can tell from two
organisations' exports that they name the same person, or find the name by trying names
without the secret.

Public figures and organisations stay named when they are on the list in
``public-names.txt`` in the data folder (one name or handle per line; ``#`` starts a
comment). Actors recorded as organisations or offices always stay named. What is and is
not pseudonymised is listed in docs/privacy.md.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit, urlunsplit

from monitor.errors import ConfigError
from monitor.i18n import _
from monitor.secrets import Vault

PUBLIC_KINDS = ("organisation", "office")  # actors of these kinds always stay named
SECRET_NAME = "pseudonym-secret"  # noqa: S105 - the name under which the secret is kept
PUBLIC_NAMES = "public-names.txt"
MAX_NAME = 200
DIGITS = 10

# A handle in running text: @user, @user@instance.social, @name.bsky.social, u/name.
_HANDLE = re.compile(
    r"(?<![\w@/.])(?P<at>@)(?P<name>[\w][\w.-]*(?:@[\w-]+(?:\.[\w-]+)+)?)(?<![.-])"
    r"|(?<![\w/])(?P<u>/?u/)(?P<reddit>[\w-]{3,20})\b",
    re.UNICODE,
)
_SPACES = re.compile(r"\s+")
# A link in running text (its handle is pseudonymised as url() does); the capturing
# group keeps the links in re.split's result.
_LINK = re.compile(r"((?i:https?://)[^\s<>\"'()\[\]{}]+)")
_LINK_END = ".,;:!?"  # a sentence's punctuation after a link is not part of it
# Sites whose /@handle is the whole handle (Mastodon's is the handle at its instance).
_SITES = {"youtube.com", "m.youtube.com", "tiktok.com", "medium.com", "threads.net"}


class Pseudonymiser(Protocol):
    """What an export needs to leave private persons unnamed (:class:`Pseudonyms`)."""

    def person(self, name: str | None) -> str | None: ...
    def text(self, text: str) -> str: ...
    def url(self, url: str | None) -> str | None: ...


def normal(name: str) -> str:
    """The form names are compared and hashed in."""
    return _SPACES.sub(" ", name.strip().casefold()).removeprefix("@")


def read_public_names(path: Path) -> list[str]:
    """The names in ``path`` (none when it does not exist); a line that cannot be a name
    is a ``ConfigError`` naming the file and the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    return parse_public_names(text, path)


def parse_public_names(text: str, path: Path) -> list[str]:
    """The names in ``text`` (as ``path`` would hold it)."""
    names: list[str] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        name = line.split("#", 1)[0].strip()
        if not name:
            continue
        if len(name) > MAX_NAME:
            problems.append(f"{path}:{number}: longer than {MAX_NAME} characters: one name a line")
        elif any(ord(ch) < 32 for ch in name):
            problems.append(f"{path}:{number}: holds a control character")
        else:
            names.append(name)
    if problems:
        raise ConfigError(problems[0], problems)
    return names


def secret_of(folder: Path) -> bytes:
    """The data folder's pseudonym secret, made and kept on first use."""
    vault = Vault(folder)
    kept = vault.get(SECRET_NAME)
    if kept is None:
        kept = secrets.token_hex(32)
        vault.put(SECRET_NAME, kept)
    try:
        secret = bytes.fromhex(kept.strip())
    except ValueError:
        secret = b""
    if len(secret) != 32:  # never a new one in its place: every pseudonym would change
        raise ConfigError(
            _(
                "{where}: the pseudonym secret is damaged (it should be 64 hexadecimal "
                "digits); restore it from a backup of the data folder"
            ).format(where=vault.where(SECRET_NAME) or folder)
        )
    return secret


@dataclass(frozen=True)
class Pseudonyms:
    secret: bytes
    public: frozenset[str]  # in their normal form

    @classmethod
    def of(cls, secret: bytes, public: Iterable[str] = ()) -> Pseudonyms:
        return cls(secret, frozenset(normal(name) for name in public))

    @classmethod
    def for_folder(cls, folder: Path) -> Pseudonyms:
        return cls.of(secret_of(folder), read_public_names(folder / PUBLIC_NAMES))

    def is_public(self, name: str) -> bool:
        """On the list as written there: a handle listed without its instance is not
        taken to be the same account as one on any instance."""
        return normal(name) in self.public

    def pseudonym(self, name: str) -> str:
        digest = hmac.new(self.secret, normal(name).encode(), hashlib.sha256).hexdigest()
        return f"person-{digest[:DIGITS]}"

    def person(self, name: str | None) -> str | None:
        """A private person's name or handle as its pseudonym; a public one, and no
        name, as they are."""
        if name is None or not name.strip() or self.is_public(name):
            return name
        return self.pseudonym(name)

    def text(self, text: str) -> str:
        """``text`` with the handles in it (``@user``, ``@user@instance``, Bluesky's
        ``@name.bsky.social``, Reddit's ``u/name``) as pseudonyms, public ones kept; a
        link in it as :meth:`url` gives it."""

        def swap(found: re.Match[str]) -> str:
            name = found.group("name") or found.group("reddit")
            prefix = found.group("at") or found.group("u")
            if self.is_public(name):
                return found.group(0)
            return prefix + self.pseudonym(name)

        pieces = _LINK.split(text)  # running text and links, in turn
        for at in range(1, len(pieces), 2):
            link = pieces[at].rstrip(_LINK_END)
            pieces[at] = (self.url(link) or link) + pieces[at][len(link) :]
        pieces[::2] = [_HANDLE.sub(swap, piece) for piece in pieces[::2]]
        return "".join(pieces)

    def url(self, url: str | None) -> str | None:
        """A link to a person's post or profile with the handle in it as a pseudonym
        (Mastodon ``/@user``, Bluesky ``/profile/HANDLE``, Reddit ``/u/`` and ``/user/``,
        YouTube ``/@handle``, Telegram ``t.me/NAME``); other links as they are."""
        if not url:
            return url
        try:
            parts = urlsplit(url)
        except ValueError:
            return url
        host = (parts.hostname or "").removeprefix("www.")
        segments = parts.path.split("/")
        at = _handle_at(host, segments)
        if at is None:
            return url
        name = segments[at].removeprefix("@")
        if not name or self.is_public(name):
            return url
        if at == 1 and segments[1].startswith("@") and "@" not in name and host not in _SITES:
            name = f"{name}@{host}"  # a Mastodon account: as its handle is written in text
        segments[at] = ("@" if segments[at].startswith("@") else "") + self.pseudonym(name)
        # what follows the handle (a post's id) finds the post, and with it the person,
        # and the query and fragment can name them too (?user=…): all are left out
        return urlunsplit((parts.scheme, parts.netloc, "/".join(segments[: at + 1]), "", ""))


class FolderPseudonyms:
    """A data folder's :class:`Pseudonyms`, read when first used: by the thread that
    writes the export, so that a slow keyring never holds the one that asked for it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._read: Pseudonyms | None = None
        self._lock = threading.Lock()

    def _pseudonyms(self) -> Pseudonyms:
        with self._lock:
            if self._read is None:
                self._read = Pseudonyms.for_folder(self.folder)
            return self._read

    def person(self, name: str | None) -> str | None:
        return self._pseudonyms().person(name)

    def text(self, text: str) -> str:
        return self._pseudonyms().text(text)

    def url(self, url: str | None) -> str | None:
        return self._pseudonyms().url(url)


def _handle_at(host: str, segments: list[str]) -> int | None:
    """Where in a link's path the person's handle is, if the link has one."""
    if len(segments) > 2 and host == "bsky.app" and segments[1] == "profile":
        return 2
    if len(segments) > 2 and host.endswith("reddit.com") and segments[1] in ("u", "user"):
        return 2
    if len(segments) > 1 and host in ("t.me", "telegram.me"):
        if segments[1] == "s":  # t.me/s/NAME: the channel's web view
            return 2 if len(segments) > 2 and segments[2] else None
        return 1 if segments[1] else None
    if len(segments) > 1 and segments[1].startswith("@"):  # Mastodon, YouTube, TikTok
        return 1
    return None
