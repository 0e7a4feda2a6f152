"""Evidence of an item, kept as WARC records, so that a post its author later deletes or
edits can still be shown as it was. Pure engine: no database, no Qt.

One gzip WARC file per item (``<data>/evidence/<item-id>.warc.gz``, the caller's
choice), records appended in the order they were kept::

    resource   the feed entry as fetched          WARC-Target-URI: the feed
    response   the page, status line and headers  WARC-Target-URI: the final address
    request    the GET that asked for it          WARC-Concurrent-To: the response
    metadata   (after a redirect) the address     WARC-Concurrent-To: the response
               asked for and where it led
    response, request, …                          each later version of the page

Every record carries WARC-Date (the fetch time), WARC-Target-URI and WARC-Block-Digest
and WARC-Payload-Digest as ``sha256:<lowercase hex>``. Modules:

- :mod:`~monitor.evidence.capture`: the page fetched through the one HTTP policy;
- :mod:`~monitor.evidence.writer`: records appended to an item's file;
- :mod:`~monitor.evidence.reader`: records listed and verified against their digests;
- :mod:`~monitor.evidence.export`: a copy with a manifest an outsider can check;
- :mod:`~monitor.evidence.recheck`: changed, deleted, or not known yet.
"""

from monitor.evidence.capture import PageCapture, fetch_page
from monitor.evidence.digests import sha256_hex
from monitor.evidence.errors import EvidenceError, EvidenceTampered
from monitor.evidence.export import Export, export
from monitor.evidence.reader import Evidence, read_evidence, verify_evidence
from monitor.evidence.recheck import (
    Recheck,
    RecheckState,
    classify_recheck,
    page_changed,
    recheck_page,
)
from monitor.evidence.records import DigestMismatch, KeptRecord, Part
from monitor.evidence.writer import FeedEntry, keep_entry, keep_page

__all__ = [
    "DigestMismatch",
    "Evidence",
    "EvidenceError",
    "EvidenceTampered",
    "Export",
    "FeedEntry",
    "KeptRecord",
    "PageCapture",
    "Part",
    "Recheck",
    "RecheckState",
    "classify_recheck",
    "export",
    "fetch_page",
    "keep_entry",
    "keep_page",
    "page_changed",
    "read_evidence",
    "recheck_page",
    "sha256_hex",
    "verify_evidence",
]
