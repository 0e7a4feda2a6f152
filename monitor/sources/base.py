"""What every source kind shares: request options from the config, checking the shape of
an API's answer, and reading the timestamps APIs send."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from monitor.errors import ParseError
from monitor.i18n import _

if TYPE_CHECKING:  # see monitor.sources.kind: kinds load before the configuration
    from monitor.config.schema import SourceConfig

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
            _("unexpected answer: {what} should be a {kind}, got {found}").format(
                what=what, kind=kind.__name__, found=type(value).__name__
            ),
        )
    return value


def iso_time(value: Any) -> datetime | None:
    """An ISO 8601 time as an API or page gives it; one without a zone is taken as UTC,
    and anything unreadable (or missing) is ``None`` rather than a failed poll."""
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
