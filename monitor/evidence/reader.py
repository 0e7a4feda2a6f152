"""Reading an evidence file back, and verifying every record against its digests.

Each record's block (everything after its WARC headers) is hashed as it lies in the
file; for ``application/http`` records the payload is what follows the HTTP head, for
others the whole block. Both must match the WARC-Block-Digest and WARC-Payload-Digest
written with the record, and the block must be as long as its Content-Length says.

What the digests prove is the content: a record's WARC headers (its date, its address)
are not covered by them. The export manifest's sha256 of the whole file covers those,
and so does a store that keeps each record's id, date and payload digest.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from monitor.evidence.digests import matches, sha256_hex, warc_digest
from monitor.evidence.errors import EvidenceError, EvidenceTampered
from monitor.evidence.files import read_failed
from monitor.evidence.records import DIGEST_HEADERS, DigestMismatch, KeptRecord, Part
from monitor.i18n import _

_HEAD_END = b"\r\n\r\n"


@dataclass(frozen=True, kw_only=True)
class Evidence:
    """An evidence file as read: its records in order, and every check that failed."""

    path: Path
    records: tuple[KeptRecord, ...]
    mismatches: tuple[DigestMismatch, ...]

    @property
    def intact(self) -> bool:
        return not self.mismatches

    @property
    def pages(self) -> tuple[KeptRecord, ...]:
        """The page's versions (response records), oldest first."""
        return tuple(r for r in self.records if r.type == "response")

    @property
    def latest_page(self) -> KeptRecord | None:
        """The last version kept: its ``payload_sha256`` is what a re-check compares with."""
        return self.pages[-1] if self.pages else None


def read_evidence(path: Path) -> Evidence:
    """List and verify the records of ``path``; a mismatch is reported, not raised.

    Raises :class:`EvidenceError` when the file cannot be read as a WARC at all."""
    try:
        with path.open("rb") as handle:
            records, mismatches = scan(handle, path)
    except OSError as exc:
        raise read_failed(path, exc) from exc
    return Evidence(path=path, records=records, mismatches=mismatches)


def verify_evidence(path: Path) -> Evidence:
    """:func:`read_evidence`, raising :class:`EvidenceTampered` unless every record holds."""
    evidence = read_evidence(path)
    if evidence.mismatches:
        raise EvidenceTampered(path, evidence.mismatches)
    return evidence


def scan(stream: BinaryIO, path: Path) -> tuple[tuple[KeptRecord, ...], tuple[DigestMismatch, ...]]:
    """The records of a WARC stream and their failed checks; ``path`` names it."""
    # warcio (with fsspec, when installed) loads in tens of milliseconds: only here.
    from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415
    from warcio.exceptions import ArchiveLoadFailed  # noqa: PLC0415

    records: list[KeptRecord] = []
    mismatches: list[DigestMismatch] = []
    iterator = ArchiveIterator(stream, no_record_parse=True)
    try:
        for raw in iterator:
            if raw.format != "warc":  # warcio reads ARC too: a line of words passes as one
                raise ValueError(f"an {str(raw.format).upper()} record, not a WARC one")
            block = _read_block(raw.raw_stream)
            record, problems = _check(path, raw.rec_headers, block, iterator.get_record_offset())
            records.append(record)
            mismatches.extend(problems)
    except (ArchiveLoadFailed, zlib.error, EOFError, ValueError) as exc:
        # warcio's offset: where the record it could not read starts.
        raise _unreadable(path, int(iterator.offset), exc) from exc
    finally:
        iterator.close()
    return tuple(records), tuple(mismatches)


def _unreadable(path: Path, offset: int, exc: Exception) -> EvidenceError:
    # warcio quotes the line it could not read: binary noise, left out here.
    reason = str(exc).strip().split(", first line")[0].strip() or type(exc).__name__
    message = _(
        "{path}: damaged from byte {offset} on: no WARC record can be read there ({reason})"
    )
    return EvidenceError(path, message.format(path=path, offset=offset, reason=reason))


def _read_block(stream: Any) -> bytes:
    chunks = []
    while chunk := stream.read(1024 * 1024):
        chunks.append(chunk)
    return b"".join(chunks)


def _check(
    path: Path, headers: Any, block: bytes, offset: int
) -> tuple[KeptRecord, list[DigestMismatch]]:
    content_type = str(headers.get_header("Content-Type") or "")
    head, payload = b"", block
    if content_type.lower().startswith("application/http"):
        head, sep, payload = block.partition(_HEAD_END)
        head += sep
    record = KeptRecord(
        record_id=str(headers.get_header("WARC-Record-ID") or ""),
        type=str(headers.get_header("WARC-Type") or ""),
        target_uri=headers.get_header("WARC-Target-URI"),
        date=_date(path, headers, offset),
        content_type=content_type,
        http_status=_status(head) if "msgtype=response" in content_type.lower() else None,
        payload_sha256=sha256_hex(payload),
        block_sha256=sha256_hex(block),
        offset=offset,
        length=len(block),
    )
    problems = []
    declared_length = headers.get_header("Content-Length")
    if str(declared_length).strip() != str(len(block)):
        problems.append(_mismatch(path, record, Part.LENGTH, declared_length, str(len(block))))
    for part, data in ((Part.BLOCK, block), (Part.PAYLOAD, payload)):
        declared = headers.get_header(DIGEST_HEADERS[part])
        if declared is None or matches(declared, data) is not True:
            computed = warc_digest(sha256_hex(data))
            problems.append(_mismatch(path, record, part, declared, computed))
    return record, problems


def _mismatch(
    path: Path, record: KeptRecord, part: Part, declared: str | None, computed: str
) -> DigestMismatch:
    return DigestMismatch(
        path=path,
        record_id=record.record_id,
        record_type=record.type,
        target_uri=record.target_uri,
        offset=record.offset,
        part=part,
        declared=declared,
        computed=computed,
    )


def _date(path: Path, headers: Any, offset: int) -> datetime:
    text = str(headers.get_header("WARC-Date") or "")
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        when = None
    if when is None or when.tzinfo is None:
        message = _("{path}: the record at byte {offset} has no readable WARC-Date ({date})")
        raise EvidenceError(path, message.format(path=path, offset=offset, date=text))
    return when


def _status(head: bytes) -> int | None:
    # "HTTP/1.1 200 OK": the second word
    words = head.split(b"\r\n", 1)[0].split()
    if len(words) >= 2 and words[1].isdigit():
        return int(words[1])
    return None
