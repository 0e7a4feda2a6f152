"""Decide how a feed's bytes are encoded, when the server and the document disagree.

Both feed parsers then receive the same UTF-8 bytes, so they cannot disagree on text.
The rule: valid UTF-8 with non-ASCII bytes is UTF-8 whatever was declared (legacy
encodings almost never form valid UTF-8 by accident); otherwise the XML declaration,
then the HTTP charset, then Windows-1252 (what "ISO-8859-1" means on the web).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

_DECLARATION = re.compile(rb"^(\s*<\?xml[^>]*?encoding\s*=\s*[\"'])([A-Za-z0-9._:-]+)([\"'])")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    data: bytes  # UTF-8, with the XML declaration saying so
    encoding: str  # what the bytes were read as
    warnings: list[str] = field(default_factory=list)


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_encoding(content: bytes) -> str | None:
    match = _DECLARATION.match(content[:512])
    return match[2].decode("ascii").lower() if match else None


def _rewrite_declaration(data: bytes) -> bytes:
    return _DECLARATION.sub(rb"\g<1>utf-8\g<3>", data, count=1)


def _from_bom(content: bytes) -> Decoded | None:
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            text = content[len(bom) :].decode(encoding, errors="replace")
            return Decoded(_rewrite_declaration(text.encode("utf-8")), encoding)
    return None


def _as_declared(
    content: bytes, claims: list[tuple[str | None, str]], warnings: list[str]
) -> Decoded | None:
    """Decode with the first declared encoding that fits; note each one that does not."""
    for name, origin in claims:
        codec = _known(name)
        if codec is None:
            if name:
                warnings.append(f"{origin} names an unknown encoding {name!r}")
            continue
        if codec == "utf-8":
            warnings.append(f"{origin} says UTF-8, but the bytes are not valid UTF-8")
            continue
        if codec in ("latin-1", "iso8859-1", "ascii"):
            codec = "cp1252"  # browsers read both as Windows-1252, and so do feeds
        try:
            text = content.decode(codec)
        except UnicodeDecodeError:
            warnings.append(f"{origin} says {name}, but the bytes do not fit it")
            continue
        return Decoded(_rewrite_declaration(text.encode("utf-8")), codec, warnings)
    return None


def to_utf8(content: bytes, http_charset: str | None = None) -> Decoded:
    """Decode ``content`` by the rule above and return UTF-8 bytes plus what was doubtful."""
    with_bom = _from_bom(content)
    if with_bom is not None:
        return with_bom
    claims = [(declared_encoding(content), "the XML declaration"), (http_charset, "the server")]
    warnings: list[str] = []
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not content.isascii():
            for name, origin in claims:
                if name and _known(name) != "utf-8":
                    warnings.append(f"{origin} says {name}, but the bytes are UTF-8; read as UTF-8")
                    break
        return Decoded(_rewrite_declaration(content), "utf-8", warnings)

    declared = _as_declared(content, claims, warnings)
    if declared is not None:
        return declared
    text = content.decode("cp1252", errors="replace")
    if warnings:
        warnings[-1] += "; read as Windows-1252"
    else:
        warnings.append("no encoding declared and not UTF-8; read as Windows-1252")
    return Decoded(_rewrite_declaration(text.encode("utf-8")), "cp1252", warnings)
