"""``kind: rss`` — RSS, Atom and JSON Feed over HTTP with conditional GET."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from monitor.models import Batch
from monitor.sources import feed_sites
from monitor.sources.base import request_options
from monitor.sources.draft import SourceDraft
from monitor.sources.kind import Field, PublicAddress, SourceKind, WebAddress, slug

if TYPE_CHECKING:  # see monitor.sources.kind: kinds load before the configuration
    from monitor.config.schema import SourceConfig
    from monitor.fetch import Fetcher
    from monitor.models import SourceState

# Path segments that name the format, not the feed, and so make a poor id.
_GENERIC = {"feed", "rss", "atom", ".rss", "rss.xml", "feed.xml", "index.xml", "videos.xml"}


async def read(source: SourceConfig, state: SourceState, fetcher: Fetcher) -> Batch:
    # the parsers are heavy to import, and only polling needs them
    from monitor.sources.feedparse import parse_feed  # noqa: PLC0415

    assert source.url is not None
    response = await fetcher.get(
        source.url,
        etag=state.etag,
        last_modified=state.last_modified,
        **request_options(source),
    )
    moved_to = response.url if response.moved_permanently else None
    if response.not_modified:
        return Batch(
            not_modified=True,
            etag=response.etag or state.etag,
            last_modified=response.last_modified or state.last_modified,
            http_status=304,
            moved_to=moved_to,
        )
    # Parsing is CPU work: in a thread, so that the other sources' downloads go on.
    parsed = await asyncio.to_thread(
        parse_feed, response.content, url=response.url, charset=response.charset
    )
    warnings = list(parsed.warnings)
    if response.moved_permanently:
        warnings.append(f"the feed has moved permanently to {response.url}; update its url")
    return Batch(
        entries=parsed.entries,
        etag=response.etag,
        last_modified=response.last_modified,
        warnings=warnings,
        feed_language=parsed.language,
        feed_title=parsed.title,
        base_url=response.url,
        http_status=response.status,
        moved_to=moved_to,
    )


def _recognise(address: WebAddress) -> SourceDraft | None:
    found = feed_sites.site_feed(address)
    return KIND.draft(url=found[0], tags=(found[1],)) if found else None


def _id_base(fields: Mapping[str, Any]) -> str:
    """``theguardian-lgbt-rights``: the site, and the feed's own name where it has one."""
    parts = urlsplit(str(fields.get("url") or ""))
    host = (parts.hostname or "feed").removeprefix("www.").removeprefix("feeds.")
    query = parse_qs(parts.query)
    tail = query.get("channel_id", query.get("playlist_id", [""]))[0] or next(
        (p for p in reversed(parts.path.split("/")) if p and p not in _GENERIC), ""
    )
    name, _, tld = host.rpartition(".")
    if not name or not tld.isalpha():  # an IP address or a bare host name
        name = host
    return slug(f"{name}-{tail}" if tail else name)


KIND = SourceKind(
    name="rss",
    title="RSS",
    fields=(
        Field(
            name="url",
            label="Feed address",
            example="https://feeds.nos.nl/nosnieuwsbinnenland",
            url=True,
        ),
    ),
    describe=lambda source: str(source.url),
    public_address=lambda source: PublicAddress(url=str(source.url), feed=True),
    read=read,
    recognise=_recognise,
    id_base=_id_base,
    hosts=feed_sites.HOSTS,
)
