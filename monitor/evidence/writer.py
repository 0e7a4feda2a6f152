"""Appending an item's evidence to its WARC file (gzip, one member per record).

A file holds, in the order they were kept: the feed entry as fetched (a ``resource``
record at the feed's address), and each version of the page at the item's address (a
``response`` record, then the ``request`` that asked for it, and a ``metadata`` record
naming the address asked for when a redirect led elsewhere). Every record carries
WARC-Date (the fetch time), WARC-Target-URI and both digests as ``sha256:<hex>``
(:mod:`monitor.evidence.digests`); they are computed here from the bytes written, and
the new records are read back and verified before they reach the file.
"""

from __future__ import annotations

import dataclasses
import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from monitor import __version__
from monitor.evidence.capture import PageCapture
from monitor.evidence.digests import sha256_hex, warc_digest
from monitor.evidence.errors import EvidenceError
from monitor.evidence.files import append_atomically
from monitor.evidence.reader import scan
from monitor.evidence.records import KeptRecord

WARC_VERSION = "1.1"  # fractional seconds in WARC-Date: the fetch time as the store has it
HTTP_RESPONSE = "application/http; msgtype=response"
HTTP_REQUEST = "application/http; msgtype=request"
WARC_FIELDS = "application/warc-fields"
SOFTWARE = f"Pushback Monitor {__version__}"

# Headers that describe how the body travelled, not the bytes kept: httpx has already
# undone a chunked transfer (and a content coding, should a server ignore our
# "identity"). Left as they are, a WARC reader would try to undo them again; renamed,
# their values stay on record.
_TRANSFER_HEADERS = frozenset({"transfer-encoding", "content-encoding"})
ORIGINAL_PREFIX = "x-archive-orig-"


@dataclass(frozen=True, kw_only=True)
class FeedEntry:
    """The item's entry: as its feed delivered it (the bytes, a ``resource`` record), or
    as the store has it from its feed (``record_type`` ``metadata``: a description of
    what was fetched, not the fetched bytes)."""

    body: bytes
    content_type: str  # e.g. application/rss+xml; charset=utf-8
    feed_url: str
    fetched_at: datetime
    record_type: str = "resource"

    def __post_init__(self) -> None:
        if self.fetched_at.tzinfo is None:
            raise ValueError("fetched_at must say its time zone")


def warc_date(when: datetime) -> str:
    """WARC-Date: UTC, with microseconds when there are any (WARC/1.1 allows them)."""
    if when.tzinfo is None:
        raise ValueError("a WARC date must say its time zone")
    utc = when.astimezone(UTC)
    text = utc.strftime("%Y-%m-%dT%H:%M:%S")
    if utc.microsecond:
        text += f".{utc.microsecond:06d}"
    return text + "Z"


def new_record_id() -> str:
    return f"<urn:uuid:{uuid.uuid4()}>"


def keep_entry(path: Path, entry: FeedEntry) -> KeptRecord:
    """Append the feed entry to ``path`` as a ``resource`` record and return it."""

    def build(writer: Any) -> list[Any]:
        return [
            _record(
                writer,
                kind=entry.record_type,
                uri=entry.feed_url,
                when=entry.fetched_at,
                content_type=entry.content_type,
                body=entry.body,
            )
        ]

    (record,) = _append(path, build)
    return record


def keep_page(path: Path, capture: PageCapture) -> tuple[KeptRecord, ...]:
    """Append one version of the page to ``path``: its response, its request and, after a
    redirect, a metadata record; earlier versions stay as they were."""
    from warcio.statusandheaders import StatusAndHeaders  # noqa: PLC0415 - see _append

    def build(writer: Any) -> list[Any]:
        response_id = new_record_id()
        status = f"{capture.status} {capture.reason}".rstrip()
        response_head = StatusAndHeaders(
            status, list(stored_headers(capture)), protocol=capture.http_version
        )
        target = _request_target(capture.url)
        request_head = StatusAndHeaders(
            f"{target} {capture.http_version}", list(capture.request_headers), protocol="GET"
        )
        records = [
            _record(
                writer,
                kind="response",
                uri=capture.url,
                when=capture.fetched_at,
                content_type=HTTP_RESPONSE,
                body=capture.body,
                http=response_head,
                extra={"WARC-Record-ID": response_id},
            ),
            _record(
                writer,
                kind="request",
                uri=capture.url,
                when=capture.fetched_at,
                content_type=HTTP_REQUEST,
                body=b"",
                http=request_head,
                extra={"WARC-Concurrent-To": response_id},
            ),
        ]
        if capture.redirected:
            records.append(
                _record(
                    writer,
                    kind="metadata",
                    uri=capture.requested_url,
                    when=capture.fetched_at,
                    content_type=WARC_FIELDS,
                    body=_redirect_fields(capture),
                    extra={"WARC-Concurrent-To": response_id},
                )
            )
        return records

    return _append(path, build)


def stored_headers(capture: PageCapture) -> tuple[tuple[str, str], ...]:
    """The response headers as the record keeps them: all of them, in order, with those
    that no longer describe the kept body renamed ``x-archive-orig-…``."""
    coded = any(
        name.lower() == "content-encoding" and value.strip().lower() != "identity"
        for name, value in capture.headers
    )
    stored = []
    for name, value in capture.headers:
        lowered = name.lower()
        stale_length = lowered == "content-length" and (
            coded or value.strip() != str(len(capture.body))
        )
        renamed = lowered in _TRANSFER_HEADERS or stale_length
        stored.append((ORIGINAL_PREFIX + name if renamed else name, value))
    return tuple(stored)


def _request_target(url: str) -> str:
    return httpx.URL(url).raw_path.decode("ascii")


def _redirect_fields(capture: PageCapture) -> bytes:
    lines = [
        ("requested-uri", capture.requested_url),
        ("final-uri", capture.url),
        ("moved-permanently", "yes" if capture.moved_permanently else "no"),
        ("software", SOFTWARE),
    ]
    return "".join(f"{name}: {value}\r\n" for name, value in lines).encode("utf-8")


def _record(
    writer: Any,
    *,
    kind: str,
    uri: str,
    when: datetime,
    content_type: str,
    body: bytes,
    http: Any = None,
    extra: dict[str, str] | None = None,
) -> Any:
    head = b""
    if http is not None:
        # The same serialisation warcio writes (it computes the buffer again, alike).
        http.compute_headers_buffer()
        head = http.headers_buff
    headers = {
        "WARC-Type": kind,
        "WARC-Record-ID": new_record_id(),
        "WARC-Date": warc_date(when),
        "WARC-Target-URI": uri,
        **(extra or {}),
        "WARC-Payload-Digest": warc_digest(sha256_hex(body)),
        "WARC-Block-Digest": warc_digest(sha256_hex(head, body)),
    }
    return writer.create_warc_record(
        uri,
        kind,
        payload=io.BytesIO(body),
        length=len(body),
        warc_content_type=content_type,
        warc_headers_dict=headers,
        http_headers=http,
    )


def _append(path: Path, build: Callable[[Any], list[Any]]) -> tuple[KeptRecord, ...]:
    # warcio (with fsspec, when installed) loads in tens of milliseconds: only here.
    from warcio.warcwriter import WARCWriter  # noqa: PLC0415

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True, warc_version=WARC_VERSION)
    for record in build(writer):
        writer.write_record(record)
    data = buffer.getvalue()
    buffer.seek(0)
    records, mismatches = scan(buffer, path)
    if mismatches:  # never expected: the library changed what it writes
        raise EvidenceError(path, mismatches[0].message)
    start = append_atomically(path, data)
    return tuple(dataclasses.replace(r, offset=r.offset + start) for r in records)
