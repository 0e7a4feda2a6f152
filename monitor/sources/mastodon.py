"""``kind: mastodon`` — a hashtag timeline or an account's statuses, through the public API.

New statuses are read with ``since_id`` and paged back with ``max_id`` until the gap to the
last poll is closed (at most ``MAX_PAGES`` pages a poll). An account is looked up once and
its numeric id kept in the source's cursor.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit

from monitor.config.schema import SourceConfig
from monitor.errors import ParseError
from monitor.fetch import Fetcher
from monitor.models import Batch, Entry, SourceState
from monitor.sources.base import JSON_ACCEPT, expect, request_options

PAGE_SIZE = 40
MAX_PAGES = 5
FIRST_POLL_PAGES = 1


def _when(value: Any) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _author(account: dict[str, Any], instance_host: str) -> str:
    acct = str(account.get("acct") or account.get("username") or "")
    if acct and "@" not in acct:
        acct = f"{acct}@{instance_host}"
    name = str(account.get("display_name") or "").strip()
    return f"{name} (@{acct})" if name else f"@{acct}"


def status_entry(status: dict[str, Any], instance_host: str) -> Entry:
    """One status (or the status it boosts) as an entry."""
    post = status.get("reblog") or status
    account = post.get("account") or {}
    html = str(post.get("content") or "")
    warning = str(post.get("spoiler_text") or "").strip()
    if warning:
        html = f"<p><strong>{warning}</strong></p>{html}"
    card = post.get("card") or {}
    if card.get("url") and card.get("title"):
        html += (
            f'<blockquote><a href="{card["url"]}">{card["title"]}</a>'
            f"<br>{card.get('description') or ''}</blockquote>"
        )
    meta: dict[str, Any] = {
        "tags": [tag.get("name") for tag in post.get("tags") or [] if tag.get("name")],
        "replies": post.get("replies_count"),
        "boosts": post.get("reblogs_count"),
        "favourites": post.get("favourites_count"),
        "media": [m.get("url") for m in post.get("media_attachments") or [] if m.get("url")],
    }
    if status.get("reblog"):
        meta["boosted_by"] = _author(status.get("account") or {}, instance_host)
    return Entry(
        external_id=str(post.get("uri") or post.get("id")),
        url=post.get("url") or post.get("uri"),
        title="",
        html=html,
        author=_author(account, instance_host),
        published=_when(post.get("created_at")),
        language=post.get("language"),
        meta={key: value for key, value in meta.items() if value not in (None, [])},
    )


async def _account_id(source: SourceConfig, state: SourceState, fetcher: Fetcher) -> str:
    cached = state.cursor.get("account_id")
    if cached and state.cursor.get("account") == source.account:
        return str(cached)
    url = f"{source.instance}/api/v1/accounts/lookup"
    response = await fetcher.get(
        url, params={"acct": str(source.account)}, accept=JSON_ACCEPT, **request_options(source)
    )
    account = expect(response.json(), dict, response.url, "the account")
    if not account.get("id"):
        raise ParseError(response.url, f"no account id for @{source.account} in the answer")
    return str(account["id"])


async def read(source: SourceConfig, state: SourceState, fetcher: Fetcher) -> Batch:
    assert source.instance is not None
    cursor: dict[str, Any] = {}
    if source.hashtag:
        url = f"{source.instance}/api/v1/timelines/tag/{quote(source.hashtag)}"
    else:
        account_id = await _account_id(source, state, fetcher)
        cursor = {"account": source.account, "account_id": account_id}
        url = f"{source.instance}/api/v1/accounts/{account_id}/statuses"

    since = state.cursor.get("since_id") if state.cursor.get("scope") == source.address else None
    params: dict[str, str | int] = {"limit": PAGE_SIZE}
    if since:
        params["since_id"] = str(since)
    statuses: list[dict[str, Any]] = []
    pages = MAX_PAGES if since else FIRST_POLL_PAGES
    for _ in range(pages):
        response = await fetcher.get(
            url, params=params, accept=JSON_ACCEPT, **request_options(source)
        )
        page = expect(response.json(), list, response.url, "the timeline")
        statuses.extend(s for s in page if isinstance(s, dict) and s.get("id"))
        if len(page) < PAGE_SIZE:
            break
        params["max_id"] = str(page[-1].get("id"))

    host = urlsplit(source.instance).hostname or source.instance
    ids = [int(s["id"]) for s in statuses if str(s["id"]).isdigit()]
    newest = max(ids, default=None)
    cursor.update(scope=source.address, since_id=str(newest) if newest else since)
    return Batch(entries=[status_entry(s, host) for s in statuses], cursor=cursor, http_status=200)
