from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from conftest import FEEDS
from feedserver import FeedServer, Reply

from monitor.discover import from_url, resolve, suggest_id, youtube_feed
from monitor.errors import MonitorError
from monitor.fetch import Fetcher, HttpPolicy


def resolved(url: str) -> dict[str, Any]:
    """What ``resolve`` makes of ``url``, as the feeds.yaml entry it stands for."""

    async def main() -> dict[str, Any]:
        async with Fetcher(HttpPolicy(user_agent="test")) as fetcher:
            return dict(await resolve(url, fetcher))

    return asyncio.run(main())


def recognised(url: str) -> dict[str, Any] | None:
    """What ``from_url`` makes of ``url``, as the feeds.yaml entry it stands for."""
    draft = from_url(url)
    return None if draft is None else dict(draft)


@pytest.mark.parametrize(
    ("url", "fields"),
    [
        (
            "https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG",
            {
                "kind": "rss",
                "url": "https://www.youtube.com/feeds/videos.xml?playlist_id="
                "PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG",
                "tags": ["youtube"],
            },
        ),
        (
            "https://old.reddit.com/user/polderpraat/submitted",
            {
                "kind": "rss",
                "url": "https://www.reddit.com/user/polderpraat/.rss",
                "tags": ["reddit"],
            },
        ),
        ("https://t.me/vrijnieuwsnl", {"kind": "telegram", "channel": "vrijnieuwsnl"}),
        (
            "https://bsky.app/search?q=genderideologie",
            {"kind": "bluesky", "query": "genderideologie"},
        ),
        ("https://www.youtube.com/@OngehoordNederland", None),
        ("https://www.example.org/feed/", None),
    ],
)
def test_addresses_known_from_the_url_alone(url: str, fields: dict[str, Any] | None) -> None:
    assert recognised(url) == fields


def test_youtube_channel_page_gives_its_feed() -> None:
    with_link = (
        b'<html><head><link rel="alternate" type="application/rss+xml" title="RSS" '
        b'href="https://www.youtube.com/feeds/videos.xml?channel_id=UCq3Ci-h945sbEYX'
        b'pVlw7rJg"></head></html>'
    )
    data_only = b'<html><script>var ytInitialData = {"channelId":"UCq3Ci-h945sbEYXpVlw7rJg"};'
    expected = "https://www.youtube.com/feeds/videos.xml?channel_id=UCq3Ci-h945sbEYXpVlw7rJg"
    assert youtube_feed(with_link, "https://www.youtube.com/@x") == expected
    assert youtube_feed(data_only, "https://www.youtube.com/@x") == expected
    assert youtube_feed(b"<html></html>", "https://www.youtube.com/@x") is None


def test_a_mastodon_profile_page_is_recognised_by_asking_the_server(server: FeedServer) -> None:
    server.add(
        "/api/v1/instance",
        Reply(200, json.dumps({"uri": "mastodon.example", "title": "Mastodon"}).encode()),
    )
    assert resolved(server.url("/@annevdberg")) == {
        "kind": "mastodon",
        "instance": server.base,
        "account": "annevdberg",
    }


def test_a_medium_style_at_page_that_is_no_mastodon_is_read_as_a_web_page(
    server: FeedServer,
) -> None:
    server.add("/@writer", Reply(200, (FEEDS / "page.html").read_bytes()))
    assert resolved(server.url("/@writer")) == {"kind": "rss", "url": server.url("/nieuws/feed/")}


def test_a_feed_address_is_kept_after_redirects(server: FeedServer) -> None:
    target = server.file("/feed.xml", FEEDS / "nos.xml")
    server.add("/rss", Reply(301, b"", {"Location": "/feed.xml"}))
    assert resolved(server.url("/rss")) == {"kind": "rss", "url": target}


def test_a_page_without_a_feed_is_a_clear_error(server: FeedServer) -> None:
    server.add("/about", Reply(200, b"<html><head><title>Over ons</title></head></html>"))
    with pytest.raises(MonitorError, match="neither a feed nor a page that links to one"):
        resolved(server.url("/about"))


def test_suggested_ids_are_readable_and_unique() -> None:
    taken = {"masto-pride"}
    assert suggest_id({"kind": "mastodon", "hashtag": "Pride"}, taken) == "masto-pride-2"
    assert suggest_id({"kind": "bluesky", "actor": "hrw.org"}, taken) == "bsky-hrw"
    assert suggest_id({"kind": "bluesky", "query": '"gender ideology"'}, taken) == (
        "bsky-gender-ideology"
    )
    assert suggest_id(
        {"kind": "rss", "url": "https://www.theguardian.com/world/lgbt-rights/rss"}, taken
    ) == ("theguardian-lgbt-rights")
    assert (
        suggest_id(
            {"kind": "rss", "url": "https://www.youtube.com/feeds/videos.xml?channel_id=UCq3Ci"},
            taken,
        )
        == "youtube-ucq3ci"
    )
