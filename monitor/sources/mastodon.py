"""``kind: mastodon`` — a hashtag timeline or an account's statuses, through the public API.

New statuses are read with ``since_id`` and paged back with ``max_id`` until the gap to the
last poll is closed (at most ``MAX_PAGES`` pages a poll). An account is looked up once and
its numeric id kept in the source's cursor.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from monitor.errors import MonitorError, ParseError
from monitor.i18n import N_, _
from monitor.models import Batch, Entry
from monitor.sources.base import JSON_ACCEPT, expect, iso_time, request_options
from monitor.sources.draft import SourceDraft
from monitor.sources.kind import Field, PublicAddress, SourceKind, WebAddress, slug

if TYPE_CHECKING:  # see monitor.sources.kind: kinds load before the configuration
    from monitor.config.schema import SourceConfig
    from monitor.fetch import Fetcher
    from monitor.models import SourceState

PAGE_SIZE = 40
MAX_PAGES = 5
FIRST_POLL_PAGES = 1
_HASHTAG = re.compile(r"^#?\w+$")
_ACCOUNT = re.compile(r"^\w[\w.-]*(@[\w.-]+\.[a-z]{2,})?$", re.IGNORECASE)


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
        published=iso_time(post.get("created_at")),
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
        message = _("no account id for @{account} in the answer").format(account=source.account)
        raise ParseError(response.url, message)
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
    for _page in range(pages):
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


def _describe(source: SourceConfig) -> str:
    what = f"#{source.hashtag}" if source.hashtag else f"@{source.account}"
    return f"{source.instance} {what}"


def _public_address(source: SourceConfig) -> PublicAddress:
    """Mastodon serves every hashtag and account as RSS too."""
    what = f"tags/{source.hashtag}" if source.hashtag else f"@{source.account}"
    return PublicAddress(url=f"{source.instance}/{what}.rss", feed=True)


def _recognise(address: WebAddress) -> SourceDraft | None:
    """A hashtag page (``https://server/tags/Pride``), on any server."""
    path = address.path
    if len(path) == 2 and path[0] == "tags" and not path[1].endswith((".rss", ".atom")):
        return KIND.draft(instance=address.origin, hashtag=path[1])
    return None


async def _find(address: WebAddress, fetcher: Fetcher, timeout: float) -> SourceDraft | None:
    """An account page (``https://server/@someone``), once the server says it is Mastodon:
    many other sites have pages of that shape."""
    path = address.path
    if len(path) != 1 or not path[0].startswith("@") or len(path[0]) < 2:
        return None
    try:
        response = await fetcher.get(
            f"{address.origin}/api/v1/instance", timeout=timeout, accept=JSON_ACCEPT
        )
        body = response.json()
    except MonitorError:
        return None
    if not isinstance(body, dict) or not (body.get("uri") or body.get("domain")):
        return None
    return KIND.draft(instance=address.origin, account=path[0][1:])


def _id_base(fields: Mapping[str, Any]) -> str:
    return f"masto-{slug(fields.get('hashtag') or fields.get('account') or '')}"


KIND = SourceKind(
    name="mastodon",
    title="Mastodon",
    fields=(
        Field(
            name="instance", label="Mastodon server", example="https://mastodon.social", url=True
        ),
        Field(
            name="hashtag",
            label="Hashtag",
            example="genderideologie",
            pattern=_HASHTAG,
            hint=N_("a hashtag, like Pride"),
            drop_prefix="#",
        ),
        Field(
            name="account",
            label="Account",
            example="someone@mastodon.social",
            pattern=_ACCOUNT,
            hint=N_("user or user@server"),
        ),
    ),
    one_of=(("hashtag", "account"),),
    describe=_describe,
    public_address=_public_address,
    read=read,
    recognise=_recognise,
    find=_find,
    id_base=_id_base,
)
