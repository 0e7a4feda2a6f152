"""The one HTTP policy of the engine.

Every network read goes through :class:`Fetcher`: a configurable User-Agent, a global
and a per-host concurrency limit, connect/read timeouts plus a whole-fetch deadline (so a
server that drips bytes cannot hold a poll forever), a streamed size cap, capped
redirects, conditional GET, ``Retry-After`` on 429/503, optional per-source proxy and
headers, and no cookies kept between requests. httpx errors become :mod:`monitor.errors`.
"""

from __future__ import annotations

import asyncio
import json
import os
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any

import httpx

from monitor import __version__
from monitor.config.schema import Defaults
from monitor.errors import (
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    ResponseTooLarge,
    TooManyRedirects,
)
from monitor.i18n import N_, _, ngettext
from monitor.urls import redact

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
Clock = Callable[[], datetime]

# Sent unless feeds.yaml says otherwise: the watched sites must not learn who reads them.
# Firefox ESR on Windows is among the most common strings there are, and, like Firefox,
# the fetcher sends no client hints that would contradict it. Update it with each ESR.
NEUTRAL_USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0"
)
# Sent only when feeds.yaml asks for it (defaults: identify: true).
IDENTIFYING_USER_AGENT = (
    f"PushbackMonitor/{__version__} (+https://github.com/pushback-monitor/pushback-monitor)"
)


def utc_now() -> datetime:
    return datetime.now(UTC)


def user_agent_for(defaults: Defaults) -> str:
    """The User-Agent of every request: the one feeds.yaml sets, else the app's own name
    when it chose to identify itself, else a neutral one."""
    if defaults.user_agent:
        return defaults.user_agent
    return IDENTIFYING_USER_AGENT if defaults.identify else NEUTRAL_USER_AGENT


@dataclass(frozen=True, kw_only=True)
class HttpPolicy:
    user_agent: str = NEUTRAL_USER_AGENT
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    concurrency: int = 16
    per_host: int = 2
    connect_timeout: float = 10.0

    @classmethod
    def from_defaults(cls, defaults: Defaults) -> HttpPolicy:
        return cls(
            user_agent=user_agent_for(defaults),
            max_bytes=defaults.max_bytes,
            max_redirects=defaults.max_redirects,
            concurrency=defaults.concurrency,
            per_host=defaults.per_host,
        )


@dataclass(frozen=True, kw_only=True)
class Response:
    url: str  # after redirects
    status: int
    content: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    moved_permanently: bool = False  # a 301/308 on the way: the source's address is outdated

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'").lower()
        return None

    def json(self) -> Any:
        try:
            return json.loads(self.content)
        except (ValueError, UnicodeDecodeError) as exc:
            raise FetchError(
                self.url, _("the answer is not valid JSON ({reason})").format(reason=exc)
            ) from exc


def parse_retry_after(value: str | None, now: datetime) -> datetime | None:
    """``Retry-After`` as seconds or as an HTTP date; ``None`` when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return now + timedelta(seconds=int(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _error_detail(content: bytes) -> str:
    """The message of a JSON error body (Mastodon ``error``, Bluesky ``error``/``message``)."""
    try:
        body = json.loads(content[:65536])
    except (ValueError, UnicodeDecodeError):
        return ""
    if not isinstance(body, dict):
        return ""
    parts = [str(body[key]) for key in ("error", "message", "error_description") if body.get(key)]
    return ": ".join(dict.fromkeys(parts))


def _root_errno(exc: BaseException) -> int | None:
    """The operating system's error number at the root of ``exc``'s causes, if any."""
    found: int | None = None
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        # (an ssl error's number is OpenSSL's, not the operating system's)
        if isinstance(current, OSError) and not isinstance(current, ssl.SSLError):
            found = current.errno if current.errno is not None else found
        current = current.__cause__ or current.__context__
    return found


def _cannot_connect(proxy: str | None, exc: Exception) -> str:
    # Through a proxy, the connection that failed is the one to the proxy.
    text = str(exc)
    reason = _(text) if text else text  # the library's words, where the catalog knows them
    number = _root_errno(exc)
    if number is not None and f"[Errno {number}]" not in text:
        # "All connection attempts failed" hides why: refused (the host answered), or no
        # route to it (monitor.health tells a missing network by the number).
        reason = f"{reason} ([Errno {number}] {os.strerror(number)})"
    if proxy:
        message = _("cannot connect to proxy {proxy}: {reason}")
        return message.format(proxy=redact(proxy), reason=reason)
    return _("cannot connect: {reason}").format(reason=reason)


# What the network library says most often, for the catalog (translated by _cannot_connect).
LIBRARY_REASONS = (N_("All connection attempts failed"),)


def _no_cookies() -> CookieJar:
    # Sources under watch may be hostile: no cookie set by one response is ever sent back.
    return CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))


class Fetcher:
    """Async HTTP GET under the policy. Use as ``async with Fetcher(policy) as fetcher``."""

    def __init__(
        self,
        policy: HttpPolicy,
        *,
        clock: Clock = utc_now,
    ) -> None:
        self.policy = policy
        self._clock = clock
        self._clients: dict[str | None, httpx.AsyncClient] = {}
        self._global = asyncio.Semaphore(policy.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            await client.aclose()

    def _client(self, proxy: str | None) -> httpx.AsyncClient:
        client = self._clients.get(proxy)
        if client is None:
            limits = httpx.Limits(
                max_connections=self.policy.concurrency,
                max_keepalive_connections=self.policy.concurrency,
            )
            client = httpx.AsyncClient(
                proxy=proxy,
                limits=limits,
                follow_redirects=True,
                max_redirects=self.policy.max_redirects,
                cookies=_no_cookies(),
                headers={"User-Agent": self.policy.user_agent},
            )
            self._clients[proxy] = client
        return client

    def _host_limit(self, url: str) -> asyncio.Semaphore:
        host = httpx.URL(url).host
        semaphore = self._hosts.get(host)
        if semaphore is None:
            semaphore = self._hosts[host] = asyncio.Semaphore(self.policy.per_host)
        return semaphore

    async def get(
        self,
        url: str,
        *,
        timeout: float,
        params: Mapping[str, str | int] | None = None,
        headers: Mapping[str, str] | None = None,
        proxy: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = FEED_ACCEPT,
    ) -> Response:
        """GET ``url``; 2xx and 304 return a :class:`Response`, anything else raises."""
        request_headers = {"Accept": accept}
        if etag:
            request_headers["If-None-Match"] = etag
        if last_modified:
            request_headers["If-Modified-Since"] = last_modified
        request_headers.update(headers or {})
        shown = redact(str(httpx.URL(url, params=params)) if params else url)
        try:
            async with self._global, self._host_limit(url):
                # The deadline starts once a slot is free: queueing is not the server's fault.
                async with asyncio.timeout(timeout):
                    return await self._get(shown, url, timeout, params, request_headers, proxy)
        except TimeoutError as exc:
            message = _("no complete answer within {seconds:g}s").format(seconds=timeout)
            raise FetchTimeout(shown, message) from exc
        except httpx.TooManyRedirects as exc:
            message = _("more than {count} redirects (a redirect loop?)")
            raise TooManyRedirects(shown, message.format(count=self.policy.max_redirects)) from exc
        except httpx.ConnectTimeout as exc:
            message = (
                _("timed out connecting to proxy {proxy}").format(proxy=redact(proxy))
                if proxy
                else _("timed out (ConnectTimeout)")
            )
            raise FetchTimeout(shown, message) from exc
        except httpx.TimeoutException as exc:
            message = _("timed out ({reason})").format(reason=type(exc).__name__)
            raise FetchTimeout(shown, message) from exc
        except httpx.ProxyError as exc:
            message = _("the proxy {proxy} failed: {reason}").format(proxy=proxy, reason=exc)
            raise FetchError(shown, redact(message)) from exc
        except httpx.ConnectError as exc:
            raise FetchError(shown, redact(_cannot_connect(proxy, exc))) from exc
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            message = _("not a valid address: {reason}").format(reason=exc)
            raise FetchError(shown, redact(message)) from exc
        except httpx.HTTPError as exc:
            raise FetchError(shown, redact(f"{type(exc).__name__}: {exc}")) from exc

    async def _get(
        self,
        shown: str,
        url: str,
        timeout: float,
        params: Mapping[str, str | int] | None,
        headers: Mapping[str, str],
        proxy: str | None,
    ) -> Response:
        client = self._client(proxy)
        limits = httpx.Timeout(timeout, connect=min(timeout, self.policy.connect_timeout))
        async with client.stream(
            "GET", url, params=params, headers=headers, timeout=limits
        ) as response:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.policy.max_bytes:
                raise ResponseTooLarge(shown, self._too_large(int(declared)))
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > self.policy.max_bytes:
                    raise ResponseTooLarge(shown, self._too_large(None))
                chunks.append(chunk)
            content = b"".join(chunks)
        result = Response(
            url=str(response.url),
            status=response.status_code,
            content=content,
            headers={key.lower(): value for key, value in response.headers.items()},
            moved_permanently=any(r.status_code in (301, 308) for r in response.history),
        )
        if response.status_code == 304 or response.is_success:
            return result
        reason = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
        detail = _error_detail(content)
        retry_after = None
        if response.status_code in (429, 503):
            retry_after = parse_retry_after(response.headers.get("retry-after"), self._clock())
            if retry_after is not None:
                when = f"{retry_after:%Y-%m-%d %H:%M:%S}"
                reason += _(", retry after {time} UTC").format(time=when)
        message = f"{reason}: {detail}" if detail else reason
        raise HTTPStatusError(shown, response.status_code, message, retry_after)

    def _too_large(self, declared: int | None) -> str:
        cap = human_size(self.policy.max_bytes)
        if declared is not None:
            size = human_size(declared)
            return _("the answer is {size}, over the {cap} limit").format(size=size, cap=cap)
        return _("the answer grew past the {cap} limit; download stopped").format(cap=cap)


def human_size(size: int) -> str:
    if size < 1024:
        return ngettext("{count} byte", "{count} bytes", size).format(count=size)
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
