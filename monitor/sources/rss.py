"""``kind: rss`` — RSS, Atom and JSON Feed over HTTP with conditional GET."""

from __future__ import annotations

import asyncio

from monitor.config.schema import SourceConfig
from monitor.fetch import Fetcher
from monitor.models import Batch, SourceState
from monitor.sources.base import request_options
from monitor.sources.feedparse import parse_feed


async def read(source: SourceConfig, state: SourceState, fetcher: Fetcher) -> Batch:
    assert source.url is not None
    response = await fetcher.get(
        source.url,
        etag=state.etag,
        last_modified=state.last_modified,
        **request_options(source),
    )
    if response.not_modified:
        return Batch(
            not_modified=True,
            etag=response.etag or state.etag,
            last_modified=response.last_modified or state.last_modified,
            http_status=304,
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
    )
