"""Canonical URLs (the same article reached through different tracking links is one URL),
and addresses made safe to show."""

from __future__ import annotations

import contextlib
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Parameters that only say how a reader arrived, never which page they read.
_TRACKING_NAMES = {
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
    "igshid", "igsh", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "ref_src", "ref_url",
    "cmpid", "ocid", "s_cid", "sr_share", "xtor", "wt_mc", "wt.mc_id", "__twitter_impression",
    "smid", "soc_src", "soc_trk",
}  # fmt: skip
_TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "hsa_", "_ga", "oly_", "vero_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_MULTI_SLASH = re.compile(r"/{2,}")
# The password of ``scheme://user:password@host``: up to the last "@" before the host.
_PASSWORD = re.compile(r"(\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s/@:]*):[^\s/]*@")


def redact(text: str) -> str:
    """``text`` with the password of every address in it replaced by ``***``
    (``http://alice:***@proxy:3128``): for whatever is shown, logged or stored."""
    return _PASSWORD.sub(r"\1:***@", text)


def is_tracking_parameter(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_NAMES or lowered.startswith(_TRACKING_PREFIXES)


def absolute(url: str | None, base: str | None) -> str | None:
    if not url:
        return None
    url = url.strip()
    return urljoin(base, url) if base else url


def is_web_address(url: str | None) -> bool:
    """Whether ``url`` is an absolute http(s) address with a host: the only kind of
    address the app ever writes as a link (never ``javascript:``, ``data:``, ``file:``)."""
    if not url:
        return False
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in _DEFAULT_PORTS and bool(parts.hostname)


# Characters that may not stand in a URL as written, though feeds put them there.
_UNSAFE_IN_LINKS = str.maketrans(
    {c: f"%{ord(c):02X}" for c in '"<>\\`{}|^ ' + "".join(map(chr, range(32))) + "\x7f"}
)


def web_link(url: str | None) -> str | None:
    """``url`` ready to be written as a link, with quotes, angle brackets, spaces and
    control characters percent-encoded; ``None`` unless it is a web address."""
    if url is None or not is_web_address(url):
        return None
    return url.strip().translate(_UNSAFE_IN_LINKS)


def web_address(url: str | None, base: str | None) -> str | None:
    """``url`` made absolute against ``base`` when the result is an http(s) address; else
    ``None``."""
    address = absolute(url, base)
    return address if is_web_address(address) else None


def canonical_url(url: str | None) -> str | None:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters.

    Returns ``None`` for anything that is not an http(s) URL.
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.rstrip(".").lower()
    with contextlib.suppress(UnicodeError):  # else keep the host as written: still a stable key
        host = host.encode("idna").decode("ascii")
    if port and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    path = _MULTI_SLASH.sub("/", parts.path) or "/"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_parameter(k)
    ]
    return urlunsplit((scheme, host, path, urlencode(query, doseq=True), ""))


def dedup_key(canonical: str | None) -> str | None:
    """A key that also ignores the scheme, ``www.``/``m.`` and a trailing slash, for
    recognising one story carried by several sources."""
    if not canonical:
        return None
    parts = urlsplit(canonical)
    host = parts.netloc.removeprefix("www.").removeprefix("m.")
    path = parts.path.rstrip("/") or "/"
    query = "&".join(sorted(parts.query.split("&"))) if parts.query else ""
    return f"{host}{path}?{query}" if query else f"{host}{path}"
