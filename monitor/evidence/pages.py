"""What is kept of an item, and from where: its feed entry as the store has it (JSON),
the address of its feed and of its page (for a Telegram post its embed page, which says
when the post is gone), and what a reader sees of a page, hashed, so that a page that
changes only in what nobody reads keeps its hash."""

from __future__ import annotations

import json
import re

from monitor.config import SourceConfig
from monitor.evidence.capture import PageCapture
from monitor.evidence.digests import sha256_hex
from monitor.store import EvidenceTask
from monitor.urls import is_web_address

ENTRY_TYPE = "application/json; charset=utf-8"
TELEGRAM_GONE = b"tgme_widget_message_error"  # the embed page of a post that is not there
# A post on Telegram's own server, t.me/<channel>/<n> (a source's other server: by its kind)
TELEGRAM_POST = re.compile(r"^https?://(www\.)?(t\.me|telegram\.me)/[^/?#]+/\d+(\?.*)?$")


def entry_body(task: EvidenceTask) -> bytes:
    """The item's entry as the store has it from its feed, as JSON."""
    fields = {
        "source": task.source,
        "id": task.external_id,
        "url": task.url,
        "title": task.title,
        "author": task.author,
        "published": task.published.isoformat(),
        "language": task.language,
        "text": task.text,
        "html": task.html,
    }
    return json.dumps(fields, ensure_ascii=False, indent=1).encode("utf-8")


def feed_url(task: EvidenceTask, source: SourceConfig | None) -> str:
    address = source.url if source is not None else None
    if address and is_web_address(address):
        return address
    if task.url and is_web_address(task.url):
        return task.url
    return f"urn:pushback:{task.source}"


def page_url(task: EvidenceTask, source: SourceConfig | None) -> str | None:
    """Where the item's page is fetched: the address its first version was fetched at;
    else its own (a Telegram post's embed page, which says when the post is gone); None
    without a web address."""
    first = next((r for r in task.state.records if r.kind == "page"), None)
    if first is not None:
        return first.url
    if not task.url or not is_web_address(task.url):
        return None
    telegram = source.kind == "telegram" if source is not None else TELEGRAM_POST.match(task.url)
    if telegram:
        return f"{task.url.split('?', 1)[0]}?embed=1&mode=tme"
    return task.url


def visible_text_sha256(body: bytes) -> str:
    """The sha256 of what a reader of the page sees: its text without scripts, styles
    and comments, whitespace collapsed (a Telegram post: its message, without the view
    count). A page that changes only in what nobody reads (a nonce, a counter, an ad
    slot's markup) keeps the same hash."""
    import lxml.etree  # noqa: PLC0415 - only for pages
    import lxml.html  # noqa: PLC0415

    try:
        document: lxml.html.HtmlElement = lxml.html.document_fromstring(body)
    except (ValueError, lxml.etree.ParserError):
        return sha256_hex(body)
    hidden = list(document.iter(lxml.etree.Comment, "script", "style", "noscript", "template"))
    for element in hidden:
        element.drop_tree()
    messages = document.find_class("tgme_widget_message_text") + document.find_class(
        "tgme_widget_message_error"
    )
    parts = messages or [document]
    text = " ".join(" ".join(part.text_content().split()) for part in parts)
    return sha256_hex(text.encode("utf-8"))


def telegram_gone(source: SourceConfig | None, capture: PageCapture) -> bool:
    """Whether ``capture`` is Telegram's page for a post that is not there."""
    telegram = (source is not None and source.kind == "telegram") or (
        source is None and TELEGRAM_POST.match(capture.requested_url) is not None
    )
    return telegram and TELEGRAM_GONE in capture.body
