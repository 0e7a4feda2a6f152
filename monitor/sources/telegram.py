"""``kind: telegram`` — a public channel's web preview at ``{base_url}/s/{channel}``.

The preview page lists the latest posts (about 20). When the oldest post on the page is
newer than the newest one seen before, older pages (``?before=ID``) close the gap.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

import lxml.etree
import lxml.html

from monitor.errors import ParseError
from monitor.i18n import N_, _
from monitor.models import Batch, Entry
from monitor.sources.base import iso_time, request_options
from monitor.sources.draft import SourceDraft
from monitor.sources.kind import Field, PublicAddress, SourceKind, WebAddress, slug

if TYPE_CHECKING:  # see monitor.sources.kind: kinds load before the configuration
    from monitor.config.schema import SourceConfig
    from monitor.fetch import Fetcher
    from monitor.models import SourceState

MAX_PAGES = 3
_VIEWS = re.compile(r"^\s*([\d.,]+)\s*([KkMm]?)\s*$")
_CHANNEL = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")


def parse_views(text: str | None) -> int | None:
    """``"12.3K"`` → 12300; ``None`` when the page shows no view count."""
    match = _VIEWS.match(text or "")
    if not match:
        return None
    digits, suffix = match[1], match[2].lower()
    if not suffix:  # "9,871": the comma separates thousands
        return int(digits.replace(",", "").replace(".", ""))
    return int(float(digits.replace(",", ".")) * {"k": 1_000, "m": 1_000_000}[suffix])


def _first(element: lxml.html.HtmlElement, css_class: str) -> lxml.html.HtmlElement | None:
    found = element.find_class(css_class)
    return found[0] if found else None


def _html_of(element: lxml.html.HtmlElement | None) -> str:
    if element is None:
        return ""
    return (element.text or "") + "".join(
        lxml.html.tostring(child, encoding="unicode") for child in element
    )


def _post(message: lxml.html.HtmlElement, base_url: str) -> tuple[int, Entry] | None:
    data_post = message.get("data-post") or ""
    channel, _, number = data_post.partition("/")
    if not number.isdigit():
        return None
    body = _html_of(_first(message, "tgme_widget_message_text"))
    preview = _first(message, "tgme_widget_message_link_preview")
    if preview is not None:
        title = _first(preview, "link_preview_title")
        description = _first(preview, "link_preview_description")
        body += (
            f'<blockquote><a href="{preview.get("href", "")}">'
            f"{title.text_content() if title is not None else ''}</a><br>"
            f"{_html_of(description)}</blockquote>"
        )
    time = message.find(".//time[@datetime]")
    published = iso_time(time.get("datetime", "")) if time is not None else None
    meta: dict[str, Any] = {}
    views = parse_views(_text(_first(message, "tgme_widget_message_views")))
    if views is not None:
        meta["views"] = views
    forwarded = _text(_first(message, "tgme_widget_message_forwarded_from_name"))
    if forwarded:
        meta["forwarded_from"] = forwarded
    if message.find_class("tgme_widget_message_photo_wrap"):
        meta["photos"] = len(message.find_class("tgme_widget_message_photo_wrap"))
    author = _text(_first(message, "tgme_widget_message_owner_name"))
    entry = Entry(
        external_id=f"{channel}/{number}",
        url=f"{base_url}/{channel}/{number}",
        title="",
        html=body,
        author=author or channel,
        published=published,
        meta=meta,
    )
    return int(number), entry


def _text(element: lxml.html.HtmlElement | None) -> str | None:
    if element is None:
        return None
    return " ".join(element.text_content().split()) or None


def parse_page(content: bytes, url: str, base_url: str) -> tuple[list[tuple[int, Entry]], bool]:
    """The posts on a preview page, and whether the page is a channel preview at all."""
    try:
        document = cast(lxml.html.HtmlElement, lxml.html.document_fromstring(content))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ParseError(url, _("unreadable page ({reason})").format(reason=exc)) from exc
    is_channel = bool(document.find_class("tgme_channel_info")) or bool(
        document.find_class("tgme_widget_message")
    )
    posts = [p for m in document.find_class("tgme_widget_message") if (p := _post(m, base_url))]
    return posts, is_channel


async def read(source: SourceConfig, state: SourceState, fetcher: Fetcher) -> Batch:
    assert source.base_url is not None and source.channel is not None
    page_url = _preview_page(source)
    same_scope = state.cursor.get("scope") == source.address
    last_seen = int(state.cursor.get("last_id") or 0) if same_scope else 0
    posts: dict[int, Entry] = {}
    params: dict[str, str | int] = {}
    warnings: list[str] = []
    for page in range(MAX_PAGES if last_seen else 1):
        response = await fetcher.get(
            page_url, params=params or None, accept="text/html", **request_options(source)
        )
        found, is_channel = await asyncio.to_thread(
            parse_page, response.content, response.url, source.base_url
        )
        if page == 0 and not is_channel:
            raise ParseError(
                response.url,
                _(
                    "no public posts found: the channel does not exist, is private, "
                    "or has its web preview turned off"
                ),
            )
        if page == 0 and not found:
            warnings.append("the channel preview shows no posts")
        new = {number: entry for number, entry in found if number > last_seen}
        posts.update(new)
        oldest = min((number for number, _ in found), default=0)
        if not found or oldest <= last_seen or len(new) < len(found):
            break
        params = {"before": oldest}
    newest = max(posts, default=last_seen)
    return Batch(
        entries=[posts[number] for number in sorted(posts, reverse=True)],
        cursor={"scope": source.address, "last_id": newest},
        warnings=warnings,
        http_status=200,
    )


def _preview_page(source: SourceConfig) -> str:
    return f"{source.base_url}/s/{source.channel}"


def _recognise(address: WebAddress) -> SourceDraft | None:
    """``t.me/name`` or the preview page ``t.me/s/name``."""
    path = address.path
    name = path[1] if path[:1] == ("s",) and len(path) > 1 else (path[0] if path else "")
    return KIND.draft(channel=name) if name else None


def _id_base(fields: Mapping[str, Any]) -> str:
    return f"tg-{slug(fields.get('channel') or '')}"


KIND = SourceKind(
    name="telegram",
    title="Telegram",
    fields=(
        Field(
            name="channel",
            label="Telegram channel",
            example="somechannel",
            pattern=_CHANNEL,
            hint=N_("a public channel name"),
        ),
        Field(name="base_url", label="Telegram server", default="https://t.me", url=True),
    ),
    describe=_preview_page,
    # no feed: the channel's preview page is what a browser can open
    public_address=lambda source: PublicAddress(url=_preview_page(source), feed=False),
    read=read,
    recognise=_recognise,
    id_base=_id_base,
    hosts=frozenset({"t.me", "telegram.me"}),
)
