"""``kind: bluesky`` — an account's posts (``app.bsky.feed.getAuthorFeed``) or a search
(``app.bsky.feed.searchPosts``) through the public AppView API, paged with cursors.

Pages are read newest first until a post at or before the previous poll's newest post
turns up (at most ``MAX_PAGES`` pages). Post text is plain: it is escaped, and the link
card a post carries is kept, since it often names the article being shared.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from monitor.i18n import N_
from monitor.models import Batch, Entry
from monitor.sources.base import JSON_ACCEPT, expect, iso_time, request_options
from monitor.sources.draft import SourceDraft
from monitor.sources.kind import Field, PublicAddress, SourceKind, WebAddress, slug

if TYPE_CHECKING:  # see monitor.sources.kind: kinds load before the configuration
    from datetime import datetime

    from monitor.config.schema import SourceConfig
    from monitor.fetch import Fetcher
    from monitor.models import SourceState

PAGE_SIZE = 50
MAX_PAGES = 5
FIRST_POLL_PAGES = 1
PUBLIC_API = "https://public.api.bsky.app"
WEB = "https://bsky.app"
_ACTOR = re.compile(r"^(did:[a-z]+:[\w.:%-]+|[a-z0-9][a-z0-9.-]*\.[a-z]{2,})$", re.IGNORECASE)


def _post_url(post: dict[str, Any]) -> str | None:
    uri = str(post.get("uri") or "")
    handle = (post.get("author") or {}).get("handle")
    if not uri.startswith("at://") or not handle:
        return None
    return f"{WEB}/profile/{handle}/post/{uri.rsplit('/', 1)[-1]}"


def _card(embed: dict[str, Any] | None) -> str:
    external = (embed or {}).get("external") or {}
    if not external.get("uri"):
        return ""
    title = html.escape(str(external.get("title") or external["uri"]))
    description = html.escape(str(external.get("description") or ""))
    return (
        f'<blockquote><a href="{html.escape(external["uri"])}">{title}</a><br>{description}'
        f"</blockquote>"
    )


def post_entry(post: dict[str, Any], reposted_by: str | None = None) -> Entry:
    record = post.get("record") or {}
    author = post.get("author") or {}
    handle = author.get("handle") or author.get("did") or ""
    name = str(author.get("displayName") or "").strip()
    text = html.escape(str(record.get("text") or "")).replace("\n", "<br>")
    langs = record.get("langs") or []
    meta: dict[str, Any] = {
        "likes": post.get("likeCount"),
        "reposts": post.get("repostCount"),
        "replies": post.get("replyCount"),
        "quotes": post.get("quoteCount"),
    }
    if reposted_by:
        meta["reposted_by"] = reposted_by
    return Entry(
        external_id=str(post.get("uri") or ""),
        url=_post_url(post),
        title="",
        html=f"<p>{text}</p>{_card(post.get('embed') or record.get('embed'))}",
        author=f"{name} (@{handle})" if name else f"@{handle}",
        published=iso_time(record.get("createdAt")) or iso_time(post.get("indexedAt")),
        language=langs[0] if langs else None,
        meta={key: value for key, value in meta.items() if value is not None},
    )


def _seen_at(post: dict[str, Any]) -> datetime | None:
    return iso_time(post.get("indexedAt")) or iso_time((post.get("record") or {}).get("createdAt"))


async def read(source: SourceConfig, state: SourceState, fetcher: Fetcher) -> Batch:
    same_scope = state.cursor.get("scope") == source.address
    newest_before = iso_time(state.cursor.get("newest")) if same_scope else None
    if source.actor:
        url = f"{source.api}/xrpc/app.bsky.feed.getAuthorFeed"
        params: dict[str, str | int] = {"actor": source.actor, "limit": PAGE_SIZE}
    else:
        url = f"{source.api}/xrpc/app.bsky.feed.searchPosts"
        params = {"q": str(source.query), "limit": PAGE_SIZE, "sort": "latest"}
        if newest_before:
            params["since"] = newest_before.isoformat()

    entries: list[Entry] = []
    newest = newest_before
    for _ in range(MAX_PAGES if newest_before else FIRST_POLL_PAGES):
        response = await fetcher.get(
            url, params=params, accept=JSON_ACCEPT, **request_options(source)
        )
        body = expect(response.json(), dict, response.url, "the answer")
        key = "feed" if source.actor else "posts"
        rows = expect(body.get(key, []), list, response.url, f"'{key}'")
        reached_known = False
        for row in rows:
            post = row.get("post") if source.actor and isinstance(row, dict) else row
            if not isinstance(post, dict) or not post.get("uri"):
                continue
            seen = _seen_at(post)
            if newest_before and seen and seen <= newest_before:
                reached_known = True
                continue
            entries.append(post_entry(post, reposted_by=_reposter(row)))
            if seen and (newest is None or seen > newest):
                newest = seen
        next_cursor = body.get("cursor")
        if reached_known or not next_cursor or not rows:
            break
        params["cursor"] = str(next_cursor)
    cursor = {"scope": source.address, "newest": newest.isoformat() if newest else None}
    return Batch(entries=entries, cursor=cursor, http_status=200)


def _reposter(row: Any) -> str | None:
    reason = row.get("reason") if isinstance(row, dict) else None
    if isinstance(reason, dict) and "Repost" in str(reason.get("$type")):
        return (reason.get("by") or {}).get("handle")
    return None


def _describe(source: SourceConfig) -> str:
    what = f"@{source.actor}" if source.actor else f"search {source.query!r}"
    return f"{source.api} {what}"


def _public_address(source: SourceConfig) -> PublicAddress:
    """bsky.app serves an account's posts as RSS; a search, or an account read through
    another server, is offered as its page on bsky.app."""
    if not source.actor:
        return PublicAddress(url=f"{WEB}/search?{urlencode({'q': source.query})}", feed=False)
    profile = f"{WEB}/profile/{source.actor}"
    if source.api == PUBLIC_API:
        return PublicAddress(url=f"{profile}/rss", feed=True)
    return PublicAddress(url=profile, feed=False)


def _recognise(address: WebAddress) -> SourceDraft | None:
    """A profile (``bsky.app/profile/…``) or a search (``bsky.app/search?q=…``)."""
    path, query = address.path, address.query
    if path[:1] == ("profile",) and len(path) > 1:
        return KIND.draft(actor=path[1])
    if path[:1] == ("search",) and query.get("q"):
        return KIND.draft(query=query["q"][0])
    return None


def _id_base(fields: Mapping[str, Any]) -> str:
    actor = str(fields.get("actor") or "").split(".")[0]
    return f"bsky-{slug(actor or fields.get('query') or '')}"


KIND = SourceKind(
    name="bluesky",
    title="Bluesky",
    fields=(
        Field(
            name="actor",
            label="Bluesky account",
            example="someone.bsky.social",
            pattern=_ACTOR,
            hint=N_("a handle like x.bsky.social"),
        ),
        Field(name="query", label="Search words", example="foreign agent law"),
        Field(name="api", label="Bluesky server", default=PUBLIC_API, url=True),
    ),
    one_of=(("actor", "query"),),
    describe=_describe,
    public_address=_public_address,
    read=read,
    recognise=_recognise,
    id_base=_id_base,
    hosts=frozenset({"bsky.app"}),
)
