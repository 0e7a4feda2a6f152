"""What every source kind shares: the reader signature and request options from the config."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from monitor.config.schema import SourceConfig
from monitor.errors import ParseError
from monitor.fetch import Fetcher
from monitor.models import Batch, SourceState

Reader = Callable[[SourceConfig, SourceState, Fetcher], Awaitable[Batch]]

JSON_ACCEPT = "application/json"


def request_options(source: SourceConfig) -> dict[str, Any]:
    """Keyword arguments for :meth:`Fetcher.get` that every request of ``source`` carries."""
    return {
        "timeout": source.timeout.total_seconds(),
        "headers": dict(source.headers),
        "proxy": source.proxy,
    }


def expect(value: Any, kind: type, url: str, what: str) -> Any:
    """Check the shape of an API answer; a wrong shape is a :class:`ParseError` naming the URL."""
    if not isinstance(value, kind):
        raise ParseError(
            url,
            f"unexpected answer: {what} should be a {kind.__name__}, got {type(value).__name__}",
        )
    return value
