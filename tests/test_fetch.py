from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import pytest
from conftest import FEEDS
from feedserver import FeedServer, Reply, Seen

from monitor.errors import (
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    ResponseTooLarge,
    TooManyRedirects,
)
from monitor.fetch import Fetcher, HttpPolicy, Response

T = TypeVar("T")
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def fetch(work: Callable[[Fetcher], Awaitable[T]], **policy: object) -> T:
    async def main() -> T:
        options = {"user_agent": "PushbackMonitor-test/1.0", **policy}
        async with Fetcher(HttpPolicy(**options), clock=lambda: NOW) as fetcher:  # type: ignore[arg-type]
            return await work(fetcher)

    return asyncio.run(main())


def get(
    url: str, timeout: float = 5.0, **kwargs: object
) -> Callable[[Fetcher], Awaitable[Response]]:
    return lambda fetcher: fetcher.get(url, timeout=timeout, **kwargs)  # type: ignore[arg-type]


def test_conditional_get_with_etag(server: FeedServer) -> None:
    url = server.file("/nos.xml", FEEDS / "nos.xml")
    first = fetch(get(url))
    assert first.status == 200 and first.etag and first.content.startswith(b"<?xml")
    second = fetch(get(url, etag=first.etag))
    assert second.not_modified and second.content == b""
    assert server.seen("/nos.xml")[1].headers["if-none-match"] == first.etag


def test_conditional_get_with_last_modified(server: FeedServer) -> None:
    url = server.file("/hrw.atom", FEEDS / "hrw.atom", etag=False)
    first = fetch(get(url))
    assert first.last_modified
    second = fetch(get(url, last_modified=first.last_modified))
    assert second.not_modified


def test_user_agent_and_source_headers_are_sent_and_cookies_never_returned(
    server: FeedServer,
) -> None:
    server.add("/cookie", Reply(200, b"ok", {"Set-Cookie": "track=1; Path=/"}))

    async def twice(fetcher: Fetcher) -> None:
        await fetcher.get(server.url("/cookie"), timeout=5, headers={"Accept-Language": "nl"})
        await fetcher.get(server.url("/cookie"), timeout=5)

    fetch(twice)
    first, second = server.seen("/cookie")
    assert first.headers["user-agent"] == "PushbackMonitor-test/1.0"
    assert first.headers["accept-language"] == "nl"
    assert "cookie" not in second.headers


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [
        (404, b"<html>gone</html>", "HTTP 404 Not Found"),
        (500, b"oops", "HTTP 500 Internal Server Error"),
        (
            403,
            b'{"error": "This API requires authentication"}',
            "HTTP 403 Forbidden: This API requires authentication",
        ),
    ],
)
def test_error_statuses_name_the_url(
    server: FeedServer, status: int, body: bytes, message: str
) -> None:
    url = server.add("/feed", Reply(status, body))
    with pytest.raises(HTTPStatusError) as caught:
        fetch(get(url))
    assert str(caught.value) == f"{url}: {message}"
    assert caught.value.status == status


def test_retry_after_in_seconds_and_as_a_date(server: FeedServer) -> None:
    seconds = server.add("/busy", Reply(429, b"slow down", {"Retry-After": "120"}))
    dated = server.add(
        "/maintenance", Reply(503, b"", {"Retry-After": "Tue, 24 Nov 2026 13:00:00 GMT"})
    )
    with pytest.raises(HTTPStatusError) as busy:
        fetch(get(seconds))
    assert busy.value.retry_after == NOW + timedelta(seconds=120)
    assert "retry after 2026-11-24 12:02:00 UTC" in str(busy.value)
    with pytest.raises(HTTPStatusError) as down:
        fetch(get(dated))
    assert down.value.retry_after == datetime(2026, 11, 24, 13, 0, tzinfo=UTC)


def test_declared_size_over_the_cap_is_refused_before_reading(server: FeedServer) -> None:
    url = server.add("/big", Reply(200, b"x" * 5000))
    with pytest.raises(ResponseTooLarge, match=r"the answer is 4\.9 KB, over the 3\.9 KB limit"):
        fetch(get(url), max_bytes=4000)


def test_undeclared_size_is_cut_off_while_streaming(server: FeedServer) -> None:
    url = server.add("/stream", Reply(200, b"y" * 300_000, content_length=False))
    with pytest.raises(ResponseTooLarge, match=r"grew past the .* limit; download stopped"):
        fetch(get(url), max_bytes=100_000)


def test_a_server_that_drips_bytes_hits_the_deadline(server: FeedServer) -> None:
    url = server.add("/drip", Reply(200, b"<rss>" + b" " * 200, drip=0.05))
    with pytest.raises(FetchTimeout) as caught:
        fetch(get(url, timeout=1.0))
    assert str(caught.value) == f"{url}: no complete answer within 1s"


def test_a_server_that_never_answers_times_out(server: FeedServer) -> None:
    url = server.add("/silent", Reply(200, b"late", delay=3))
    with pytest.raises(FetchTimeout):
        fetch(get(url, timeout=0.5))


def test_redirect_loop_is_stopped(server: FeedServer) -> None:
    url = server.add("/loop", Reply(302, b"", {"Location": "/loop"}))
    with pytest.raises(TooManyRedirects) as caught:
        fetch(get(url), max_redirects=3)
    assert "more than 3 redirects (a redirect loop?)" in str(caught.value)


def test_redirects_are_followed_and_permanent_moves_flagged(server: FeedServer) -> None:
    target = server.file("/new.xml", FEEDS / "nos.xml")
    server.add("/temp", Reply(302, b"", {"Location": "/new.xml"}))
    server.add("/old", Reply(301, b"", {"Location": "/new.xml"}))
    temporary = fetch(get(server.url("/temp")))
    permanent = fetch(get(server.url("/old")))
    assert temporary.url == permanent.url == target
    assert not temporary.moved_permanently and permanent.moved_permanently


def test_connection_refused_is_a_fetch_error() -> None:
    with pytest.raises(FetchError, match=r"http://127.0.0.1:9/x: cannot connect"):
        fetch(get("http://127.0.0.1:9/x"))


def test_per_host_limit_is_respected(server: FeedServer) -> None:
    server.add("/slow", Reply(200, b"ok", delay=0.2))

    async def many(fetcher: Fetcher) -> None:
        await asyncio.gather(*(fetcher.get(server.url("/slow"), timeout=10) for _ in range(6)))

    fetch(many, per_host=2)
    assert len(server.seen("/slow")) == 6
    assert server.max_in_flight == 2


def test_http_proxy_is_used(server: FeedServer) -> None:
    def proxied(request: Seen) -> Reply:
        return Reply(200, f"via proxy: {request.proxied_url}".encode())

    server.add("/feed.xml", proxied)
    response = fetch(get("http://feeds.example.invalid/feed.xml", proxy=server.base))
    assert response.content == b"via proxy: http://feeds.example.invalid/feed.xml"


def test_no_test_reaches_past_this_machine(server: FeedServer) -> None:
    """The suite's guard (conftest.no_network): an outside address is not even resolved,
    and the fetch fails naming it, while the local server answers as ever."""
    server.file("/nos.xml", FEEDS / "nos.xml")
    assert fetch(get(server.url("/nos.xml"))).status == 200
    with pytest.raises(FetchError, match=r"https://www\.youtube\.com/feeds/videos\.xml"):
        fetch(get("https://www.youtube.com/feeds/videos.xml?channel_id=UCq3Ci-h945sbEYXpVlw7rJg"))
