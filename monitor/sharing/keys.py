"""The organisation's signing key and the partners' keys it trusts.

The key pair is Ed25519 (``cryptography``). Its private half is a secret of the data
folder (:mod:`monitor.secrets`: the system keyring, else a 0600 file); its public half
and the organisation's name are in ``keys/own.json``. The partners' public keys that this
organisation trusts are in ``keys/partners.json``. A key is known by its fingerprint: the
first 20 bytes of the SHA-256 of its 32 raw bytes, written as 40 hexadecimal digits, and
shown in groups of four for reading aloud over the phone.

A public key file (``keys export``) is JSON::

    {"format": "pushback-monitor-public-key", "version": 1,
     "organisation": "…", "public_key": "<base64 of the 32 raw bytes>",
     "fingerprint": "<40 hex digits>"}
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from monitor.config import atomic_write
from monitor.errors import ShareError
from monitor.secrets import Vault
from monitor.store import partner_source

KEY_FORMAT = "pushback-monitor-public-key"
KEY_VERSION = 1
PRIVATE_KEY = "signing-key"  # the name of the secret (monitor.secrets)
MAX_KEY_FILE = 64 * 1024


def fingerprint(public: bytes) -> str:
    return hashlib.sha256(public).hexdigest()[:40]


def spaced(print_: str) -> str:
    """``3f2a91c0…`` as ``3F2A 91C0 …``, to read out and compare."""
    return " ".join(print_[i : i + 4].upper() for i in range(0, len(print_), 4))


@dataclass(frozen=True)
class PublicKey:
    organisation: str
    public_key: str  # base64 of the 32 raw bytes
    fingerprint: str
    added: str | None = None  # when it was made (own) or trusted (a partner's)

    def raw(self) -> bytes:
        return base64.b64decode(self.public_key)

    def verify(self, signature: bytes, data: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.raw()).verify(signature, data)
        except InvalidSignature:
            return False
        return True

    def to_file(self) -> dict[str, Any]:
        return {
            "format": KEY_FORMAT,
            "version": KEY_VERSION,
            "organisation": self.organisation,
            "public_key": self.public_key,
            "fingerprint": self.fingerprint,
        }


def _json(document: Any) -> bytes:
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _read_json(path: Path, what: str) -> Any:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_KEY_FILE + 1)
    except OSError as exc:
        raise ShareError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if len(data) > MAX_KEY_FILE:
        raise ShareError(f"{path}: too large for {what}")
    try:
        return json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ShareError(f"{path}: not {what} (not JSON: {exc})") from exc


def checked_format(
    path: Path, document: object, what: str, format_: str, version: int
) -> dict[str, Any]:
    """``document`` (read from ``path``) as a JSON object of format ``format_`` and
    version ``version``; ``ShareError`` saying which it is not otherwise."""
    if not isinstance(document, dict) or document.get("format") != format_:
        raise ShareError(f"{path}: not {what} (its format is not {format_!r})")
    if document.get("version") != version:
        raise ShareError(
            f"{path}: format version {document.get('version')!r} is not known (this "
            f"program reads version {version}); the partner's program is newer"
        )
    return document


def read_public_key(path: Path) -> PublicKey:
    """A public key file as ``keys export`` writes it; ``ShareError`` naming the file
    and the field at fault otherwise."""
    what = "a public key file"
    data = checked_format(path, _read_json(path, what), what, KEY_FORMAT, KEY_VERSION)
    for field in ("organisation", "public_key", "fingerprint"):
        if not isinstance(data.get(field), str) or not data[field].strip():
            raise ShareError(f"{path}: field {field!r} must be non-empty text")
    try:
        raw = base64.b64decode(data["public_key"], validate=True)
    except binascii.Error as exc:
        raise ShareError(f"{path}: field 'public_key' is not base64") from exc
    if len(raw) != 32:
        raise ShareError(f"{path}: field 'public_key' is not an Ed25519 key (32 bytes)")
    if fingerprint(raw) != data["fingerprint"].replace(" ", "").lower():
        raise ShareError(
            f"{path}: the fingerprint does not belong to the key: the file was changed"
        )
    return PublicKey(data["organisation"].strip(), data["public_key"], fingerprint(raw))


@dataclass(frozen=True)
class Keys:
    """The keys of the data folder ``folder``."""

    folder: Path

    @property
    def own_path(self) -> Path:
        return self.folder / "keys" / "own.json"

    @property
    def partners_path(self) -> Path:
        return self.folder / "keys" / "partners.json"

    # the organisation's own key

    def own(self) -> PublicKey | None:
        if not self.own_path.exists():
            return None
        data = _read_json(self.own_path, "the organisation's key")
        try:
            return PublicKey(**data)
        except TypeError as exc:
            raise ShareError(f"{self.own_path}: not the organisation's key ({exc})") from exc

    def need_own(self) -> PublicKey:
        own = self.own()
        if own is None:
            raise ShareError(
                f"{self.folder}: this data folder has no key yet; make one with "
                "'pushback-monitor keys init --name ORGANISATION'"
            )
        return own

    def init(self, organisation: str) -> tuple[PublicKey, str]:
        """Make the key pair; refuses to replace one (partners trust it). Returns the
        public key and where the private key went (for people)."""
        name = organisation.strip()
        if not name:
            raise ShareError("the organisation's name is empty: give --name")
        if self.own() is not None:
            raise ShareError(
                f"{self.own_path}: this data folder has a key already; partners trust it, "
                "so it is not replaced"
            )
        private = Ed25519PrivateKey.generate()
        raw = private.public_key().public_bytes_raw()
        Vault(self.folder).put(PRIVATE_KEY, base64.b64encode(private.private_bytes_raw()).decode())
        own = PublicKey(name, base64.b64encode(raw).decode(), fingerprint(raw), _now())
        atomic_write(self.own_path, _json(asdict(own)), private=False)
        return own, Vault(self.folder).where(PRIVATE_KEY) or "?"

    def sign(self, data: bytes) -> bytes:
        own = self.need_own()
        secret = Vault(self.folder).get(PRIVATE_KEY)
        if secret is None:
            raise ShareError(
                f"{self.own_path}: the private key is not in the system keyring nor in "
                f"{self.folder / 'secrets'}: nothing can be signed with this key"
            )
        private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(secret))
        if fingerprint(private.public_key().public_bytes_raw()) != own.fingerprint:
            raise ShareError(f"{self.own_path}: the private key kept does not match this key")
        return private.sign(data)

    def export(self, target: Path) -> PublicKey:
        own = self.need_own()
        atomic_write(target, _json(own.to_file()), private=False)
        return own

    # partners

    def partners(self) -> list[PublicKey]:
        if not self.partners_path.exists():
            return []
        data = _read_json(self.partners_path, "the partners' keys")
        try:
            return [PublicKey(**entry) for entry in data["partners"]]
        except (TypeError, KeyError) as exc:
            raise ShareError(f"{self.partners_path}: not a list of partners' keys") from exc

    def partner(self, print_: str) -> PublicKey | None:
        return next((p for p in self.partners() if p.fingerprint == print_), None)

    def _save(self, partners: list[PublicKey]) -> None:
        atomic_write(
            self.partners_path, _json({"partners": [asdict(p) for p in partners]}), private=False
        )

    def trust(self, path: Path, name: str | None = None) -> PublicKey:
        """Trust the public key in ``path`` under ``name`` (default: the organisation
        the file names)."""
        key = read_public_key(path)
        shown = (name or key.organisation).strip()
        if not shown:
            raise ShareError(f"{path}: the partner's name is empty: give --name")
        own = self.own()
        if own is not None and own.fingerprint == key.fingerprint:
            raise ShareError(f"{path}: this is this organisation's own key")
        partners = self.partners()
        for known in partners:
            if known.fingerprint == key.fingerprint:
                raise ShareError(f"{path}: this key is trusted already, as {known.organisation!r}")
            if known.organisation.casefold() == shown.casefold():
                raise ShareError(
                    f"{path}: a partner is named {known.organisation!r} already "
                    f"(key {spaced(known.fingerprint)}); give another --name, or "
                    "'keys forget' that one first"
                )
        trusted = PublicKey(shown, key.public_key, key.fingerprint, _now())
        self._save([*partners, trusted])
        return trusted

    def forget(self, name: str) -> PublicKey:
        partners = self.partners()
        wanted = name.strip().casefold()
        for known in partners:
            if wanted in (known.organisation.casefold(), known.fingerprint):
                self._save([p for p in partners if p is not known])
                return known
        names = ", ".join(p.organisation for p in partners) or "none"
        raise ShareError(f"{self.partners_path}: no partner is named {name!r} (trusted: {names})")


def partner_names(folder: Path) -> dict[str, str]:
    """The source id of each trusted partner's findings → the partner's name, to show
    them by (none when the keys cannot be read: the ids are shown instead)."""
    try:
        partners = Keys(folder).partners()
    except ShareError:
        return {}
    return {partner_source(p.fingerprint): p.organisation for p in partners}
