"""sha256 digests as evidence files carry them: ``sha256:`` followed by lowercase hex.

Hex rather than the base32 many WARC tools write: it is what ``sha256sum`` prints, so
the WARC headers, the export manifest and an outsider's own check all read alike.
``warcio check`` accepts hex, base32 and base64, and so does :func:`matches`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Callable

PREFIX = "sha256:"

# What a WARC written elsewhere may use; anything else cannot be verified here.
_ALGORITHMS = frozenset({"md5", "sha1", "sha224", "sha256", "sha384", "sha512"})


def sha256_hex(*parts: bytes) -> str:
    """The sha256 of ``parts`` one after the other (a record's block is its HTTP head and
    its body; hashing them in turn avoids joining a body of megabytes)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part)
    return digest.hexdigest()


def warc_digest(hex_digest: str) -> str:
    """The value of a WARC-Block-Digest or WARC-Payload-Digest header."""
    return PREFIX + hex_digest


def bare_hex(digest: str) -> str:
    """A sha256 given as ``sha256:<hex>`` or as bare hex, as bare lowercase hex."""
    return digest.strip().lower().removeprefix(PREFIX)


def matches(declared: str, *parts: bytes) -> bool | None:
    """Whether the ``algorithm:value`` digest ``declared`` is that of ``parts``; ``None``
    when it cannot be read (an unknown algorithm, or a value in no known encoding)."""
    name, sep, value = declared.strip().partition(":")
    if not sep or name.lower() not in _ALGORITHMS:
        return None
    digest = hashlib.new(name.lower())
    for part in parts:
        digest.update(part)
    expected = _decode(value.strip(), digest.digest_size)
    if expected is None:
        return None
    return hmac.compare_digest(expected, digest.digest())


def _decode(value: str, size: int) -> bytes | None:
    # The length tells the encodings apart: 64 hex digits never decode to 32 bytes as
    # base32 or base64.
    decoders: tuple[Callable[[str], bytes], ...] = (
        bytes.fromhex,
        lambda text: base64.b32decode(text + "=" * (-len(text) % 8), casefold=True),
        lambda text: base64.b64decode(text + "=" * (-len(text) % 4), validate=True),
        lambda text: base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)),
    )
    for decode in decoders:
        try:
            raw = decode(value)
        except (ValueError, binascii.Error):
            continue
        if len(raw) == size:
            return raw
    return None
