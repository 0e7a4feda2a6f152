from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import SOCIAL
from feedserver import FeedServer, Reply, Seen

from monitor.config.schema import SourceConfig
from monitor.config.validate import validate
from monitor.errors import HTTPStatusError, ParseError
from monitor.fetch import Fetcher, HttpPolicy
from monitor.models import Batch, SourceState
from monitor.pipeline import normalise_batch
from monitor.sources import KINDS
from monitor.sources.telegram import parse_views

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def make_source(**fields: Any) -> SourceConfig:
    return validate({"version": 1, "sources": [{"id": "s", **fields}]}, Path("feeds.yaml")).sources[
        0
    ]


def read(source: SourceConfig, state: SourceState | None = None) -> Batch:
    async def main() -> Batch:
        async with Fetcher(HttpPolicy(user_agent="test")) as fetcher:
            return await KINDS[source.kind].read(source, state or SourceState(source="s"), fetcher)

    return asyncio.run(main())


def json_reply(name: str, status: int = 200) -> Reply:
    return Reply(status, (SOCIAL / name).read_bytes(), {"Content-Type": "application/json"})


# -- Mastodon ----------------------------------------------------------------------------


def test_mastodon_hashtag_timeline(server: FeedServer) -> None:
    server.add("/api/v1/timelines/tag/genderideologie", json_reply("mastodon_tag.json"))
    source = make_source(kind="mastodon", instance=server.base, hashtag="genderideologie")
    batch = read(source)
    first, second = batch.entries
    assert (
        first.external_id == "https://mastodon.social/users/annevdberg/statuses/113540216708824411"
    )
    assert first.url == "https://mastodon.social/@annevdberg/113540216708824411"
    assert first.author == "Anne van den Berg (@annevdberg@127.0.0.1)"
    assert first.language == "nl"
    assert first.published == datetime(2026, 11, 23, 16, 12, 44, tzinfo=UTC)
    assert first.meta["boosts"] == 12 and first.meta["tags"] == ["genderideologie"]
    assert "Ouders in opstand tegen seksuele voorlichting" in second.html  # the link card
    assert batch.cursor["since_id"] == "113540216708824411"
    items, _ = normalise_batch(source, batch, NOW)
    assert items[0].text.startswith("Weer een Kamerlid dat beweert dat #genderideologie")
    assert items[0].title.startswith("Weer een Kamerlid")


def test_mastodon_pages_back_to_the_previous_poll(server: FeedServer) -> None:
    def timeline(request: Seen) -> Reply:
        max_id = int(request.query.get("max_id", ["1000"])[0])
        since = int(request.query["since_id"][0])
        ids = list(range(max_id - 1, since, -1))[:40]
        page = [
            {
                "id": str(i),
                "uri": f"https://m.example/s/{i}",
                "url": f"https://m.example/s/{i}",
                "created_at": "2026-11-23T10:00:00Z",
                "content": f"<p>post {i}</p>",
                "account": {"acct": "a"},
            }
            for i in ids
        ]
        return Reply(200, json.dumps(page).encode(), {"Content-Type": "application/json"})

    server.add("/api/v1/timelines/tag/pride", timeline)
    source = make_source(kind="mastodon", instance=server.base, hashtag="pride")
    state = SourceState(source="s", cursor={"scope": source.address, "since_id": "900"})
    batch = read(source, state)
    assert len(batch.entries) == 99  # 999 … 901
    assert batch.cursor["since_id"] == "999"
    requests = server.seen("/api/v1/timelines/tag/pride")
    assert [r.query.get("max_id") for r in requests] == [None, ["960"], ["920"]]
    assert all(r.query["since_id"] == ["900"] for r in requests)


def test_mastodon_account_is_looked_up_once_and_boosts_read(server: FeedServer) -> None:
    server.add("/api/v1/accounts/lookup", json_reply("mastodon_lookup.json"))
    server.add(
        "/api/v1/accounts/109311445082012345/statuses", json_reply("mastodon_account_statuses.json")
    )
    source = make_source(kind="mastodon", instance=server.base, account="annevdberg")
    batch = read(source)
    own, boost = batch.entries
    assert own.html.startswith("<p><strong>Transfobie</strong></p>")
    assert boost.external_id == "https://eupolicy.social/users/edri/statuses/113540888000000003"
    assert boost.author == "EDRi (@edri@eupolicy.social)"
    assert boost.meta["boosted_by"] == "Anne van den Berg (@annevdberg@127.0.0.1)"
    assert boost.language == "en"
    assert server.seen("/api/v1/accounts/lookup")[0].query == {"acct": ["annevdberg"]}

    again = read(source, SourceState(source="s", cursor=batch.cursor))
    assert len(again.entries) == 2
    assert len(server.seen("/api/v1/accounts/lookup")) == 1


def test_mastodon_error_json_is_reported(server: FeedServer) -> None:
    server.add("/api/v1/accounts/lookup", json_reply("mastodon_error.json", 404))
    source = make_source(kind="mastodon", instance=server.base, account="bestaatniet")
    with pytest.raises(HTTPStatusError) as caught:
        read(source)
    assert str(caught.value) == (
        f"{server.base}/api/v1/accounts/lookup?acct=bestaatniet: "
        "HTTP 404 Not Found: Record not found"
    )


def test_mastodon_answer_of_the_wrong_shape(server: FeedServer) -> None:
    server.add("/api/v1/timelines/tag/x", Reply(200, b'{"statuses": []}'))
    with pytest.raises(ParseError, match="the timeline should be a list, got dict"):
        read(make_source(kind="mastodon", instance=server.base, hashtag="x"))


# -- Bluesky -----------------------------------------------------------------------------


def test_bluesky_author_feed(server: FeedServer) -> None:
    server.add("/xrpc/app.bsky.feed.getAuthorFeed", json_reply("bluesky_author_feed.json"))
    source = make_source(kind="bluesky", actor="bellingcat.com", api=server.base)
    batch = read(source)
    post, repost = batch.entries
    assert post.url == "https://bsky.app/profile/bellingcat.com/post/3lbxq7w2kfs2a"
    assert post.author == "Bellingcat (@bellingcat.com)"
    assert "Doctored Documents and a Smear Against a Dutch Aid Agency" in post.html
    assert '"gender ideology"' not in post.html and "&quot;gender ideology&quot;" in post.html
    assert post.meta["reposts"] == 210
    assert repost.meta["reposted_by"] == "bellingcat.com"
    assert batch.cursor["newest"] == "2026-11-23T15:01:23.301000+00:00"
    request = server.seen("/xrpc/app.bsky.feed.getAuthorFeed")[0]
    assert request.query["actor"] == ["bellingcat.com"]


def test_bluesky_search_stops_at_posts_seen_before(server: FeedServer) -> None:
    server.add("/xrpc/app.bsky.feed.searchPosts", json_reply("bluesky_search.json"))
    source = make_source(kind="bluesky", query="genderideologie", api=server.base)
    first = read(source)
    assert [e.author for e in first.entries] == [
        "@hollandsglorie.bsky.social",
        "Lotte (@lotte-onderzoekt.bsky.social)",
    ]
    assert first.entries[0].language == "nl"
    state = SourceState(source="s", cursor={**first.cursor, "newest": "2026-11-23T17:00:00Z"})
    later = read(source, state)
    assert [e.author for e in later.entries] == ["@hollandsglorie.bsky.social"]
    requests = server.seen("/xrpc/app.bsky.feed.searchPosts")
    assert requests[1].query["since"] == ["2026-11-23T17:00:00+00:00"]
    assert len(requests) == 2  # the known post ended the paging


def test_bluesky_error_json_is_reported(server: FeedServer) -> None:
    server.add("/xrpc/app.bsky.feed.getAuthorFeed", json_reply("bluesky_error.json", 400))
    with pytest.raises(
        HTTPStatusError, match="HTTP 400 Bad Request: InvalidRequest: Profile not found"
    ):
        read(make_source(kind="bluesky", actor="nobody.bsky.social", api=server.base))


# -- Telegram ----------------------------------------------------------------------------


def html_reply(name: str) -> Reply:
    return Reply(200, (SOCIAL / name).read_bytes(), {"Content-Type": "text/html"})


def test_telegram_channel_preview(server: FeedServer) -> None:
    server.add("/s/vrijnieuwsnl", html_reply("telegram_channel.html"))
    source = make_source(kind="telegram", channel="vrijnieuwsnl", base_url=server.base)
    batch = read(source)
    ids = [e.external_id for e in batch.entries]
    assert ids == ["vrijnieuwsnl/8814", "vrijnieuwsnl/8813", "vrijnieuwsnl/8812"]
    _photo, forwarded, first = batch.entries
    assert first.url == f"{server.base}/vrijnieuwsnl/8812"
    assert first.published == datetime(2026, 11, 23, 18, 5, 41, tzinfo=UTC)
    assert first.meta == {"views": 12300}
    assert forwarded.meta == {"views": 9871, "forwarded_from": "Wakker Burger", "photos": 1}
    assert "Rechters en de macht" in forwarded.html
    assert batch.cursor == {"scope": source.address, "last_id": 8814}
    items, _ = normalise_batch(source, batch, NOW)
    assert len(items) == 2  # the photo-only post has nothing to read
    assert items[1].text.startswith("🚨 Wist je dat jouw belastinggeld")
    assert "Deel dit voordat het verwijderd wordt!" in items[1].text


def test_telegram_reads_older_pages_to_close_the_gap(server: FeedServer) -> None:
    def page(request: Seen) -> Reply:
        before = int(request.query.get("before", ["121"])[0])
        posts = "".join(
            f'<div class="tgme_widget_message" data-post="ch_name/{n}"><div class="'
            f'tgme_widget_message_text">bericht {n}</div><time datetime="2026-11-23T10:00:00'
            f'+00:00"></time></div>'
            for n in range(max(before - 20, 1), before)
        )
        return Reply(200, f"<html><body>{posts}</body></html>".encode())

    server.add("/s/ch_name", page)
    source = make_source(kind="telegram", channel="ch_name", base_url=server.base)
    batch = read(source, SourceState(source="s", cursor={"scope": source.address, "last_id": 90}))
    assert [int(e.external_id.split("/")[1]) for e in batch.entries] == list(range(120, 90, -1))
    assert [r.query.get("before") for r in server.seen("/s/ch_name")] == [None, ["101"]]


def test_telegram_channel_without_posts_is_a_warning(server: FeedServer) -> None:
    server.add("/s/nieuwkanaal", html_reply("telegram_empty_channel.html"))
    batch = read(make_source(kind="telegram", channel="nieuwkanaal", base_url=server.base))
    assert batch.entries == [] and batch.warnings == ["the channel preview shows no posts"]


def test_telegram_page_without_a_preview_is_an_error(server: FeedServer) -> None:
    server.add("/s/bestaatniet", html_reply("telegram_no_preview.html"))
    with pytest.raises(ParseError) as caught:
        read(make_source(kind="telegram", channel="bestaatniet", base_url=server.base))
    assert str(caught.value) == (
        f"{server.base}/s/bestaatniet: no public posts found: the channel does not exist, "
        "is private, or has its web preview turned off"
    )


@pytest.mark.parametrize(
    ("text", "views"),
    [("12.3K", 12300), ("9,871", 9871), ("1.2M", 1_200_000), ("845", 845), ("", None)],
)
def test_telegram_view_counts(text: str, views: int | None) -> None:
    assert parse_views(text) == views
