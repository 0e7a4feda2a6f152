"""What reading an evidence file finds: its records, and those that fail their digests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from monitor.i18n import _


@dataclass(frozen=True, kw_only=True)
class KeptRecord:
    """One WARC record as read back. The two digests are computed from the bytes read
    (lowercase hex sha256), not copied from the record's headers, so they can be
    compared with a store's copy or a manifest."""

    record_id: str  # WARC-Record-ID, e.g. <urn:uuid:…>
    type: str  # WARC-Type: resource, response, request, metadata
    target_uri: str | None
    date: datetime  # WARC-Date: when the content was fetched (UTC)
    content_type: str  # the record's own Content-Type (application/http; … for pages)
    http_status: int | None  # the status of a response record
    payload_sha256: str  # the body of a response, else the whole block
    block_sha256: str  # everything after the record's WARC headers
    offset: int  # where the record starts in the (compressed) file
    length: int  # the block's length in bytes, uncompressed


class Part(StrEnum):
    """What of a record failed its check."""

    BLOCK = "block"  # WARC-Block-Digest
    PAYLOAD = "payload"  # WARC-Payload-Digest
    LENGTH = "length"  # Content-Length: the record was cut short or grown


DIGEST_HEADERS = {Part.BLOCK: "WARC-Block-Digest", Part.PAYLOAD: "WARC-Payload-Digest"}


@dataclass(frozen=True, kw_only=True)
class DigestMismatch:
    """One record whose content is no longer what its headers say was written."""

    path: Path
    record_id: str
    record_type: str
    target_uri: str | None
    offset: int
    part: Part
    declared: str | None  # the header's value; None when the header is missing
    computed: str  # sha256:<hex> of what is there now, or the length found

    @property
    def record(self) -> str:
        """The record as a reader can find it again."""
        return _("record {id} ({type} of {uri}, at byte {offset})").format(
            id=self.record_id, type=self.record_type, uri=self.target_uri, offset=self.offset
        )

    @property
    def message(self) -> str:
        if self.part is Part.LENGTH:
            text = _("{path}: {record}: {found} bytes where its header declares {declared}")
            return text.format(
                path=self.path, record=self.record, found=self.computed, declared=self.declared
            )
        header = DIGEST_HEADERS[self.part]
        if self.declared is None:
            text = _("{path}: {record}: no {header} to verify it by")
            return text.format(path=self.path, record=self.record, header=header)
        text = _("{path}: {record}: {header} {declared} does not match its content ({computed})")
        return text.format(
            path=self.path,
            record=self.record,
            header=header,
            declared=self.declared,
            computed=self.computed,
        )
