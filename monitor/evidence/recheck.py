"""Looking at an item's page again: has it changed, or has its author removed it?

Only an answer that says so, 404 Not Found or 410 Gone, counts as deleted. Every other
failure (a 5xx, 403, 429, a timeout, a refused connection, a page past the size cap)
leaves the question open, to be asked again later: a server having a bad day must never
be recorded as a post taken down.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from monitor.errors import FetchError, HTTPStatusError
from monitor.evidence.capture import DEFAULT_TIMEOUT, PageCapture, fetch_page
from monitor.evidence.digests import bare_hex, sha256_hex
from monitor.fetch import Clock, Fetcher, utc_now

DELETED_STATUSES = frozenset({404, 410})


class RecheckState(StrEnum):
    UNCHANGED = "unchanged"  # the same body as the last version kept
    CHANGED = "changed"  # a new body: keep it (writer.keep_page)
    DELETED = "deleted"  # the server says the page is not there (404, 410)
    UNKNOWN = "unknown"  # no answer that tells: try again later


@dataclass(frozen=True, kw_only=True)
class Recheck:
    """The outcome of one re-check, with what the caller keeps or records."""

    state: RecheckState
    url: str
    checked_at: datetime
    capture: PageCapture | None = None  # the page fetched (unchanged or changed)
    status: int | None = None  # the HTTP status, when the server answered
    reason: str = ""  # the fetch error's message, when there was one

    @property
    def try_again(self) -> bool:
        return self.state is RecheckState.UNKNOWN


def page_changed(last_sha256: str | None, body: bytes) -> bool:
    """Whether ``body`` differs from the last version kept, given that version's payload
    sha256 (hex, or ``sha256:<hex>``); with no version kept, any body is news."""
    return last_sha256 is None or bare_hex(last_sha256) != sha256_hex(body)


def classify_recheck(
    last_sha256: str | None, outcome: PageCapture | FetchError, *, checked_at: datetime
) -> Recheck:
    """What a re-check's ``outcome`` (the page fetched, or the error the fetch raised)
    says about the page."""
    if isinstance(outcome, PageCapture):
        state = (
            RecheckState.CHANGED
            if page_changed(last_sha256, outcome.body)
            else RecheckState.UNCHANGED
        )
        return Recheck(
            state=state,
            url=outcome.requested_url,
            checked_at=checked_at,
            capture=outcome,
            status=outcome.status,
        )
    status = outcome.status if isinstance(outcome, HTTPStatusError) else None
    state = RecheckState.DELETED if status in DELETED_STATUSES else RecheckState.UNKNOWN
    return Recheck(
        state=state, url=outcome.url, checked_at=checked_at, status=status, reason=str(outcome)
    )


async def recheck_page(
    fetcher: Fetcher,
    url: str,
    last_sha256: str | None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    proxy: str | None = None,
    clock: Clock = utc_now,
) -> Recheck:
    """Fetch ``url`` again (:func:`fetch_page`) and classify the outcome; a fetch
    failure is an outcome here, never raised."""
    checked_at = clock()
    try:
        capture = await fetch_page(fetcher, url, timeout=timeout, proxy=proxy, clock=clock)
    except FetchError as exc:
        return classify_recheck(last_sha256, exc, checked_at=checked_at)
    return classify_recheck(last_sha256, capture, checked_at=checked_at)
