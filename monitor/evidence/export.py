"""Handing an item's evidence on: a copy of its WARC file with a manifest beside it.

``export(kept, Path("case-12.warc.gz"))`` writes three files, each atomically:

- ``case-12.warc.gz``: the kept file byte for byte (every record, every version);
- ``case-12.warc.gz.sha256``: its digest in the form ``sha256sum -c`` reads;
- ``case-12.warc.gz.manifest.json``: the file's sha256 and size and, for each record, its
  WARC-Record-ID, type, address, date, HTTP status and the sha256 of its payload and of
  its block (lowercase hex, as in the WARC headers).

The copy is verified before it takes its name, so a tampered file is never exported.
An outsider checks it with ``sha256sum -c case-12.warc.gz.sha256`` and
``warcio check case-12.warc.gz``, and each record's payload against the manifest.
The manifest is written last: when it is there, the export is complete.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from monitor import __version__
from monitor.evidence.errors import EvidenceError, EvidenceTampered
from monitor.evidence.files import read_failed, replacing
from monitor.evidence.reader import scan
from monitor.evidence.records import KeptRecord
from monitor.evidence.writer import warc_date
from monitor.fetch import Clock, utc_now
from monitor.i18n import _

MANIFEST_FORMAT = "pushback-monitor-evidence-manifest"
MANIFEST_VERSION = 1
MANIFEST_SUFFIX = ".manifest.json"
CHECKSUM_SUFFIX = ".sha256"


@dataclass(frozen=True, kw_only=True)
class Export:
    """The files an export wrote, and what the manifest says of them."""

    warc: Path
    manifest: Path
    checksum: Path  # the sha256sum line
    sha256: str  # of the exported WARC file, hex
    size: int
    records: tuple[KeptRecord, ...]


def manifest_path(out_path: Path) -> Path:
    return out_path.with_name(out_path.name + MANIFEST_SUFFIX)


def checksum_path(out_path: Path) -> Path:
    return out_path.with_name(out_path.name + CHECKSUM_SUFFIX)


def export(warc_path: Path, out_path: Path, *, clock: Clock = utc_now) -> Export:
    """Copy ``warc_path`` to ``out_path`` with its checksum and manifest (see above).

    Raises :class:`EvidenceTampered` when a record fails its digest (nothing is written
    then), :class:`EvidenceError` when a file cannot be read or written."""
    if out_path.resolve() == warc_path.resolve():
        message = _("{path}: an export needs a file of its own, not the kept one")
        raise EvidenceError(out_path, message.format(path=out_path))
    with replacing(out_path, private=False) as handle:
        sha256, size = _copy(warc_path, handle)
        handle.seek(0)
        # The bytes that will carry the export's name, not the file they came from.
        records, mismatches = scan(handle, warc_path)
        if mismatches:
            raise EvidenceTampered(warc_path, mismatches)
        handle.seek(size)
    checksum = checksum_path(out_path)
    with replacing(checksum, private=False) as handle:
        handle.write(f"{sha256}  {out_path.name}\n".encode())
    manifest = manifest_path(out_path)
    document = _manifest(out_path, sha256, size, records, clock)
    with replacing(manifest, private=False) as handle:
        handle.write(json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8") + b"\n")
    return Export(
        warc=out_path,
        manifest=manifest,
        checksum=checksum,
        sha256=sha256,
        size=size,
        records=records,
    )


def _copy(source: Path, handle: BinaryIO) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    try:
        with source.open("rb") as kept:
            while chunk := kept.read(1024 * 1024):
                digest.update(chunk)
                handle.write(chunk)
                size += len(chunk)
    except OSError as exc:
        raise read_failed(source, exc) from exc
    return digest.hexdigest(), size


def _manifest(
    out_path: Path, sha256: str, size: int, records: tuple[KeptRecord, ...], clock: Clock
) -> dict[str, Any]:
    return {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "software": f"Pushback Monitor {__version__}",
        "exported_at": warc_date(clock()),
        "file": out_path.name,
        "size": size,
        "sha256": sha256,
        "digests": "sha256, lowercase hex; the WARC headers give the same as sha256:<hex>",
        "verify": [
            f"sha256sum -c {checksum_path(out_path).name}",
            f"warcio check {out_path.name}",
        ],
        "records": [
            {
                "record_id": record.record_id,
                "type": record.type,
                "target_uri": record.target_uri,
                "date": warc_date(record.date),
                "content_type": record.content_type,
                "http_status": record.http_status,
                "offset": record.offset,
                "payload_sha256": record.payload_sha256,
                "block_sha256": record.block_sha256,
            }
            for record in records
        ],
    }
