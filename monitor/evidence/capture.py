"""Fetching the page at an item's address, through the one HTTP policy, as evidence.

:meth:`monitor.fetch.Fetcher.get` does the request (its User-Agent, timeouts, size cap,
redirect limit, proxy); this module only asks for the body as the server sends it and
notes what a WARC request/response pair needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from http import HTTPStatus

import httpx

from monitor.config.schema import Defaults
from monitor.errors import FetchError
from monitor.evidence.digests import sha256_hex
from monitor.fetch import Clock, Fetcher, HttpPolicy, utc_now
from monitor.i18n import _
from monitor.urls import redact

# What Firefox asks for when it opens a page: the neutral User-Agent claims to be one.
PAGE_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
# No content coding: httpx would undo a gzip before the policy hands the body over, and
# the bytes kept must be the bytes the server sent.
IDENTITY = "identity"
WEB_SCHEMES = frozenset({"http", "https"})
DEFAULT_TIMEOUT = Defaults().timeout.total_seconds()
# The policy's client speaks HTTP/1.1 only (httpx without HTTP/2).
HTTP_VERSION = "HTTP/1.1"

Headers = tuple[tuple[str, str], ...]


@dataclass(frozen=True, kw_only=True)
class PageCapture:
    """One answer of a web page, with what a WARC request/response pair records.

    ``headers`` are the response's as the policy passes them on: names in lower case,
    a repeated header joined by commas. ``reason`` is the standard phrase of ``status``
    (the policy keeps the code, not the server's own words). ``request_headers`` are
    those the policy sends for this fetch, in the order httpx sends them."""

    requested_url: str
    url: str  # after redirects: the address whose answer this is
    status: int
    reason: str
    http_version: str
    headers: Headers
    body: bytes
    request_headers: Headers
    fetched_at: datetime  # when the request was made (UTC)
    moved_permanently: bool = False  # a 301/308 on the way

    @property
    def sha256(self) -> str:
        """The body's sha256 (hex), what a later re-check compares with."""
        return sha256_hex(self.body)

    @property
    def redirected(self) -> bool:
        return self.url != self.requested_url


def require_web_address(url: str) -> None:
    """Refuse anything but http(s): a feed may name a ``file:`` or ``javascript:`` link,
    and nothing but a web page is fetched as evidence."""
    try:
        scheme = httpx.URL(url).scheme
    except httpx.InvalidURL as exc:
        message = _("not a valid address: {reason}").format(reason=exc)
        raise FetchError(redact(url), message) from exc
    if scheme not in WEB_SCHEMES:
        raise FetchError(redact(url), _("not a web address: only http and https pages are kept"))


def request_headers(policy: HttpPolicy, url: str) -> Headers:
    """The headers a GET of ``url`` goes out with: httpx's Host and Connection, the
    policy's User-Agent and this module's Accept and Accept-Encoding."""
    return (
        ("Host", httpx.URL(url).netloc.decode("ascii")),
        ("Connection", "keep-alive"),
        ("User-Agent", policy.user_agent),
        ("Accept", PAGE_ACCEPT),
        ("Accept-Encoding", IDENTITY),
    )


def standard_reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


async def fetch_page(
    fetcher: Fetcher,
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    proxy: str | None = None,
    clock: Clock = utc_now,
) -> PageCapture:
    """GET the page at ``url`` under ``fetcher``'s policy.

    A success (2xx) is returned; anything else raises the policy's
    :class:`~monitor.errors.FetchError` naming the address: an
    :class:`~monitor.errors.HTTPStatusError` for another status (404 and 410 among them),
    :class:`~monitor.errors.ResponseTooLarge` past the size cap. A non-http(s) address,
    or a redirect to one, raises :class:`~monitor.errors.FetchError` without a request."""
    require_web_address(url)
    fetched_at = clock()
    response = await fetcher.get(
        url, timeout=timeout, proxy=proxy, accept=PAGE_ACCEPT, headers={"Accept-Encoding": IDENTITY}
    )
    # httpx refuses to follow a redirect to another scheme; this keeps it so.
    require_web_address(response.url)
    return PageCapture(
        requested_url=url,
        url=response.url,
        status=response.status,
        reason=standard_reason(response.status),
        http_version=HTTP_VERSION,
        headers=tuple(response.headers.items()),
        body=response.content,
        request_headers=request_headers(fetcher.policy, response.url),
        fetched_at=fetched_at,
        moved_permanently=response.moved_permanently,
    )
