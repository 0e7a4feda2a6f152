"""Evidence of an item as WARC records (monitor.evidence): what is kept can be read back
with warcio and checked with hashlib alone, later versions never replace earlier ones,
a changed byte is caught and named, an export can be checked by an outsider, and only
a 404 or 410 counts as a deleted post. Every page comes from the local test server."""

from __future__ import annotations

import asyncio
import base64
import gzip
import hashlib
import json
import shutil
import socket
import subprocess
import sys
import zlib
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from feedserver import FeedServer, Reply
from warcio.archiveiterator import ArchiveIterator

from monitor.errors import FetchError, HTTPStatusError, ResponseTooLarge
from monitor.evidence import (
    EvidenceError,
    EvidenceTampered,
    FeedEntry,
    PageCapture,
    Part,
    RecheckState,
    classify_recheck,
    export,
    fetch_page,
    keep_entry,
    keep_page,
    page_changed,
    read_evidence,
    recheck_page,
    verify_evidence,
)
from monitor.evidence.digests import matches
from monitor.fetch import Fetcher, HttpPolicy

T = TypeVar("T")
FETCHED = datetime(2026, 11, 24, 12, 0, 5, 250000, tzinfo=UTC)
LATER = FETCHED + timedelta(days=2)
FEED_URL = "https://news.example.org/feed.xml"
ENTRY = (
    b"<item><title>Marchers threatened</title><link>https://news.example.org/post/1</link></item>"
)
PAGE = b"<html><body><p>The original post.</p></body></html>"
EDITED = b"<html><body><p>The post, quietly edited.</p></body></html>"
UA = "PushbackMonitor-test/1.0"


def run(work: Callable[[Fetcher], Awaitable[T]], **policy: Any) -> T:
    async def main() -> T:
        async with Fetcher(HttpPolicy(user_agent=UA, **policy)) as fetcher:
            return await work(fetcher)

    return asyncio.run(main())


def capture(url: str, when: datetime = FETCHED, **policy: Any) -> PageCapture:
    return run(lambda f: fetch_page(f, url, timeout=5, clock=lambda: when), **policy)


def serve_page(server: FeedServer, body: bytes = PAGE, path: str = "/post/1") -> str:
    headers = {"Content-Type": "text/html; charset=utf-8", "X-Served-By": "test"}
    return server.add(path, Reply(200, body, headers))


def entry() -> FeedEntry:
    return FeedEntry(
        body=ENTRY, content_type="application/rss+xml", feed_url=FEED_URL, fetched_at=FETCHED
    )


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def hex_digest(header: str) -> str:
    algorithm, _, value = header.partition(":")
    assert algorithm == "sha256"
    return value


def raw_records(path: Path) -> list[tuple[Any, bytes]]:
    """Every record with its whole block, straight from warcio (no code under test)."""
    found = []
    with path.open("rb") as handle:
        for record in ArchiveIterator(handle, no_record_parse=True):
            found.append((record.rec_headers, record.raw_stream.read()))
    return found


def parsed_records(path: Path) -> list[tuple[Any, Any, bytes]]:
    """Every record as warcio parses it: WARC headers, HTTP head, body as stored."""
    found = []
    with path.open("rb") as handle:
        for record in ArchiveIterator(handle):
            found.append((record.rec_headers, record.http_headers, record.content_stream().read()))
    return found


def gzip_members(data: bytes) -> list[bytes]:
    members = []
    while data:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        members.append(inflater.decompress(data))
        data = inflater.unused_data
    return members


def test_an_entry_and_its_page_are_kept_and_every_digest_checks_out(
    server: FeedServer, tmp_path: Path
) -> None:
    url = serve_page(server)
    page = capture(url)
    path = tmp_path / "evidence" / "item-1.warc.gz"
    kept_entry = keep_entry(path, entry())
    kept_page = keep_page(path, page)

    raw = raw_records(path)
    assert [h.get_header("WARC-Type") for h, _ in raw] == ["resource", "response", "request"]
    for headers, block in raw:
        assert headers.get_header("WARC-Date") == "2026-11-24T12:00:05.250000Z"
        assert hex_digest(headers.get_header("WARC-Block-Digest")) == sha256(block)
        assert len(block) == int(headers.get_header("Content-Length"))
    (entry_headers, entry_block), (response_headers, response_block), (request_headers, _) = raw
    assert entry_block == ENTRY
    assert entry_headers.get_header("WARC-Target-URI") == FEED_URL
    assert entry_headers.get_header("Content-Type") == "application/rss+xml"
    assert hex_digest(entry_headers.get_header("WARC-Payload-Digest")) == sha256(ENTRY)
    assert response_block.endswith(b"\r\n\r\n" + PAGE)
    assert hex_digest(response_headers.get_header("WARC-Payload-Digest")) == sha256(PAGE)
    assert hex_digest(request_headers.get_header("WARC-Payload-Digest")) == sha256(b"")
    assert request_headers.get_header("WARC-Concurrent-To") == response_headers.get_header(
        "WARC-Record-ID"
    )

    (_, _, _), (_, response_http, body), (_, request_http, _) = parsed_records(path)
    assert body == PAGE
    assert response_http.protocol == "HTTP/1.1"
    assert response_http.statusline == "200 OK"
    assert response_http.get_header("content-type") == "text/html; charset=utf-8"
    assert response_http.get_header("x-served-by") == "test"
    assert response_http.get_header("content-length") == str(len(PAGE))
    # The request as kept is the request the server received, header for header.
    assert request_http.protocol == "GET"
    assert request_http.statusline == "/post/1 HTTP/1.1"
    (seen,) = server.seen("/post/1")
    assert [(k.lower(), v) for k, v in request_http.headers] == list(seen.headers.items())
    assert seen.headers["user-agent"] == UA
    assert seen.headers["accept-encoding"] == "identity"

    evidence = read_evidence(path)
    assert evidence.intact
    assert evidence.records == (kept_entry, *kept_page)
    assert [r.target_uri for r in evidence.records] == [FEED_URL, url, url]
    assert [r.http_status for r in evidence.records] == [None, 200, None]
    assert all(r.date == FETCHED for r in evidence.records)
    assert kept_entry.payload_sha256 == sha256(ENTRY)
    assert evidence.latest_page is not None
    assert evidence.latest_page.payload_sha256 == sha256(PAGE) == page.sha256
    assert evidence.latest_page.block_sha256 == sha256(response_block)
    assert evidence.records[0].offset == 0
    assert path.stat().st_mode & 0o777 == 0o600  # evidence is for its owner only


def test_warcio_check_passes_the_kept_file(server: FeedServer, tmp_path: Path) -> None:
    path = tmp_path / "item.warc.gz"
    keep_entry(path, entry())
    keep_page(path, capture(serve_page(server)))
    checked = subprocess.run(
        [str(Path(sys.executable).parent / "warcio"), "check", "-v", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count("digest pass") == 3


def test_a_changed_page_is_appended_and_the_first_version_stays(
    server: FeedServer, tmp_path: Path
) -> None:
    url = serve_page(server)
    path = tmp_path / "item.warc.gz"
    keep_entry(path, entry())
    first = keep_page(path, capture(url))
    before = path.read_bytes()

    serve_page(server, EDITED)
    again = run(lambda f: recheck_page(f, url, first[0].payload_sha256, clock=lambda: LATER))
    assert again.state is RecheckState.CHANGED
    assert again.capture is not None and again.checked_at == LATER
    second = keep_page(path, again.capture)

    assert path.read_bytes().startswith(before)  # not a byte of the first version moved
    assert second[0].offset == len(before)
    evidence = verify_evidence(path)
    assert [r.payload_sha256 for r in evidence.pages] == [sha256(PAGE), sha256(EDITED)]
    assert [r.date for r in evidence.pages] == [FETCHED, LATER]
    bodies = [
        body for h, _, body in parsed_records(path) if h.get_header("WARC-Type") == "response"
    ]
    assert bodies == [PAGE, EDITED]

    unchanged = run(lambda f: recheck_page(f, url, second[0].payload_sha256))
    assert unchanged.state is RecheckState.UNCHANGED and not unchanged.try_again


def test_a_changed_byte_is_caught_and_the_record_named(server: FeedServer, tmp_path: Path) -> None:
    path = tmp_path / "item.warc.gz"
    keep_entry(path, entry())
    response, _ = keep_page(path, capture(serve_page(server)))
    members = gzip_members(path.read_bytes())
    assert len(members) == 3  # one gzip member per record
    members[1] = members[1].replace(b"original", b"0riginal")
    path.write_bytes(b"".join(gzip.compress(m) for m in members))

    evidence = read_evidence(path)
    assert not evidence.intact
    assert {(m.record_id, m.part) for m in evidence.mismatches} == {
        (response.record_id, Part.BLOCK),
        (response.record_id, Part.PAYLOAD),
    }
    mismatch = evidence.mismatches[0]
    assert mismatch.path == path and mismatch.target_uri == response.target_uri
    assert str(path) in mismatch.message and response.record_id in mismatch.message
    with pytest.raises(EvidenceTampered) as caught:
        verify_evidence(path)
    assert str(path) in str(caught.value) and response.record_id in str(caught.value)
    assert "response of " + str(response.target_uri) in str(caught.value)
    assert "(and 1 more record)" in str(caught.value)

    out = tmp_path / "out" / "case.warc.gz"
    with pytest.raises(EvidenceTampered):
        export(path, out)
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_a_record_cut_short_is_caught(server: FeedServer, tmp_path: Path) -> None:
    path = tmp_path / "item.warc.gz"
    kept = keep_entry(path, entry())
    keep_page(path, capture(serve_page(server)))
    members = gzip_members(path.read_bytes())
    members[0] = members[0].replace(b"threatened", b"thr")  # Content-Length now lies
    path.write_bytes(b"".join(gzip.compress(m) for m in members))
    parts = {(m.record_id, m.part) for m in read_evidence(path).mismatches}
    assert (kept.record_id, Part.LENGTH) in parts


def test_a_damaged_gzip_member_is_caught_and_located(server: FeedServer, tmp_path: Path) -> None:
    path = tmp_path / "item.warc.gz"
    keep_entry(path, entry())
    response, request = keep_page(path, capture(serve_page(server)))
    original = path.read_bytes()

    damaged = bytearray(original)
    damaged[response.offset] ^= 0xFF  # the member no longer starts as gzip
    path.write_bytes(bytes(damaged))
    with pytest.raises(EvidenceError) as caught:
        read_evidence(path)
    assert str(caught.value).startswith(f"{path}: damaged from byte {response.offset} on")

    # Inside the compressed data, a changed byte either breaks the member or changes
    # what it holds; it is never passed as intact.
    for position in range(response.offset + 12, request.offset, 7):
        damaged = bytearray(original)
        damaged[position] ^= 0x55
        path.write_bytes(bytes(damaged))
        try:
            evidence = read_evidence(path)
        except EvidenceError as exc:
            assert str(path) in str(exc)
            continue
        assert not evidence.intact, position
        assert response.record_id in {m.record_id for m in evidence.mismatches}, position


def test_an_export_can_be_checked_with_hashlib_alone(server: FeedServer, tmp_path: Path) -> None:
    kept = tmp_path / "item.warc.gz"
    keep_entry(kept, entry())
    keep_page(kept, capture(serve_page(server)))
    out = tmp_path / "for-the-lawyer" / "case-12.warc.gz"
    when = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    result = export(kept, out, clock=lambda: when)

    data = out.read_bytes()
    assert data == kept.read_bytes()
    manifest_path = tmp_path / "for-the-lawyer" / "case-12.warc.gz.manifest.json"
    assert result.manifest == manifest_path
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    assert manifest["sha256"] == sha256(data) == result.sha256
    assert manifest["size"] == len(data)
    assert manifest["file"] == "case-12.warc.gz"
    assert manifest["exported_at"] == "2026-12-01T09:30:00Z"
    checksum = (tmp_path / "for-the-lawyer" / "case-12.warc.gz.sha256").read_text()
    assert checksum == f"{sha256(data)}  case-12.warc.gz\n"

    listed = manifest["records"]
    with out.open("rb") as handle:
        records = list(_payloads(handle))
    assert len(listed) == len(records) == 3
    for entry_, (headers, http_status, payload) in zip(listed, records, strict=True):
        assert entry_["record_id"] == headers.get_header("WARC-Record-ID")
        assert entry_["type"] == headers.get_header("WARC-Type")
        assert entry_["target_uri"] == headers.get_header("WARC-Target-URI")
        assert entry_["date"] == headers.get_header("WARC-Date")
        assert entry_["payload_sha256"] == sha256(payload)
        assert entry_["http_status"] == http_status
    assert [e["payload_sha256"] for e in listed][:2] == [sha256(ENTRY), sha256(PAGE)]

    if shutil.which("sha256sum"):
        verified = subprocess.run(
            ["sha256sum", "-c", "case-12.warc.gz.sha256"],
            cwd=out.parent,
            capture_output=True,
            text=True,
            check=False,
        )
        assert verified.returncode == 0 and "case-12.warc.gz: OK" in verified.stdout


def _payloads(handle: Any) -> Any:
    for record in ArchiveIterator(handle):
        status = None
        if record.rec_type == "response":
            status = int(record.http_headers.get_statuscode())
        yield record.rec_headers, status, record.raw_stream.read()


@pytest.mark.parametrize("status", [410, 404])
def test_a_page_gone_or_not_found_is_deleted(server: FeedServer, status: int) -> None:
    url = server.add("/post/9", Reply(status, b"<html>gone</html>"))
    outcome = run(lambda f: recheck_page(f, url, sha256(PAGE), clock=lambda: LATER))
    assert outcome.state is RecheckState.DELETED
    assert outcome.status == status and outcome.checked_at == LATER
    assert outcome.capture is None and not outcome.try_again
    assert url in outcome.reason


@pytest.mark.parametrize(
    "reply",
    [
        Reply(500, b"oops"),
        Reply(503, b"busy", {"Retry-After": "120"}),
        Reply(403, b"forbidden"),
        Reply(429, b"slow down"),
        Reply(451, b"blocked here"),
    ],
)
def test_other_failures_leave_the_question_open(server: FeedServer, reply: Reply) -> None:
    url = server.add("/post/2", reply)
    outcome = run(lambda f: recheck_page(f, url, sha256(PAGE)))
    assert outcome.state is RecheckState.UNKNOWN and outcome.try_again
    assert outcome.status == reply.status


def test_a_refused_connection_or_a_timeout_is_not_a_deletion(server: FeedServer) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/post/1"
    refused = run(lambda f: recheck_page(f, closed, sha256(PAGE)))
    assert refused.state is RecheckState.UNKNOWN and refused.status is None
    assert "cannot connect" in refused.reason and closed in refused.reason

    slow = server.add("/slow", Reply(200, PAGE, delay=2))
    late = run(lambda f: recheck_page(f, slow, sha256(PAGE), timeout=0.3))
    assert late.state is RecheckState.UNKNOWN

    outside = run(lambda f: recheck_page(f, "https://social.example.invalid/@a/1", None))
    assert outside.state is RecheckState.UNKNOWN


def test_classify_recheck_decides_on_status_alone(tmp_path: Path) -> None:
    gone = HTTPStatusError("https://x.example/p", 410, "HTTP 410 Gone")
    broken = HTTPStatusError("https://x.example/p", 502, "HTTP 502 Bad Gateway")
    other = FetchError("https://x.example/p", "cannot connect")
    assert classify_recheck(None, gone, checked_at=LATER).state is RecheckState.DELETED
    assert classify_recheck(None, broken, checked_at=LATER).state is RecheckState.UNKNOWN
    assert classify_recheck(None, other, checked_at=LATER).state is RecheckState.UNKNOWN


def test_page_changed_compares_the_body_with_the_last_digest() -> None:
    assert not page_changed(sha256(PAGE), PAGE)
    assert not page_changed("sha256:" + sha256(PAGE).upper(), PAGE)
    assert page_changed(sha256(PAGE), EDITED)
    assert page_changed(sha256(PAGE), PAGE + b" ")
    assert page_changed(None, PAGE)


def test_a_huge_page_is_stopped_by_the_policy(server: FeedServer, tmp_path: Path) -> None:
    declared = server.add("/huge", Reply(200, b"x" * 50_000))
    streamed = server.add("/stream", Reply(200, b"y" * 300_000, content_length=False))
    with pytest.raises(ResponseTooLarge, match=r"over the .* limit") as caught:
        capture(declared, max_bytes=10_000)
    assert caught.value.url == declared
    with pytest.raises(ResponseTooLarge, match="download stopped"):
        capture(streamed, max_bytes=100_000)
    outcome = run(lambda f: recheck_page(f, declared, None), max_bytes=10_000)
    assert outcome.state is RecheckState.UNKNOWN
    assert capture(declared, max_bytes=60_000).body == b"x" * 50_000  # the cap, not a bug


@pytest.mark.parametrize(
    "address", ["file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x", "data:,hi"]
)
def test_only_web_addresses_are_fetched(server: FeedServer, address: str) -> None:
    with pytest.raises(FetchError) as caught:
        capture(address)
    assert caught.value.url == address and "only http and https" in str(caught.value)


def test_a_redirect_elsewhere_than_the_web_is_not_followed(server: FeedServer) -> None:
    url = server.add("/trap", Reply(302, b"", {"Location": "file:///etc/passwd"}))
    with pytest.raises(FetchError) as caught:
        capture(url)
    assert caught.value.url == url
    assert len(server.requests) == 1


def test_a_redirect_is_kept_with_the_address_asked_for(server: FeedServer, tmp_path: Path) -> None:
    final = serve_page(server, path="/posts/1-marchers")
    asked = server.add("/p/1", Reply(301, b"", {"Location": "/posts/1-marchers"}))
    page = capture(asked)
    assert page.url == final and page.requested_url == asked and page.moved_permanently
    path = tmp_path / "item.warc.gz"
    records = keep_page(path, page)
    assert [r.type for r in records] == ["response", "request", "metadata"]
    assert [r.target_uri for r in records] == [final, final, asked]
    _, metadata = raw_records(path)[2]
    assert f"requested-uri: {asked}\r\n".encode() in metadata
    assert f"final-uri: {final}\r\n".encode() in metadata
    assert b"moved-permanently: yes\r\n" in metadata
    assert read_evidence(path).intact


def test_a_body_the_server_compressed_anyway_is_kept_as_received(
    server: FeedServer, tmp_path: Path
) -> None:
    # A server that ignores "Accept-Encoding: identity": httpx has undone the gzip, so
    # the headers saying so are kept under another name and a WARC reader reads the page.
    server.add(
        "/zipped",
        Reply(200, gzip.compress(PAGE), {"Content-Encoding": "gzip", "Content-Type": "text/html"}),
    )
    page = capture(server.url("/zipped"))
    assert page.body == PAGE
    path = tmp_path / "item.warc.gz"
    keep_page(path, page)
    (_, http, body), _ = parsed_records(path)
    assert body == PAGE
    assert http.get_header("content-encoding") is None
    assert http.get_header("x-archive-orig-content-encoding") == "gzip"
    assert http.get_header("x-archive-orig-content-length") == str(len(gzip.compress(PAGE)))
    assert read_evidence(path).intact


def test_digests_in_other_encodings_are_verified_too() -> None:
    raw = hashlib.sha256(PAGE).digest()
    assert matches("sha256:" + raw.hex(), PAGE)
    assert matches("sha256:" + base64.b32encode(raw).decode(), PAGE)
    assert matches("sha256:" + base64.b64encode(raw).decode(), PAGE)
    assert matches("sha1:" + base64.b32encode(hashlib.sha1(PAGE).digest()).decode(), PAGE)
    assert matches("sha256:" + raw.hex(), EDITED) is False
    assert matches("sha256:nonsense", PAGE) is None
    assert matches("whirlpool:" + raw.hex(), PAGE) is None


def test_export_refuses_to_overwrite_the_kept_file_and_names_a_missing_one(
    tmp_path: Path,
) -> None:
    kept = tmp_path / "item.warc.gz"
    keep_entry(kept, entry())
    with pytest.raises(EvidenceError, match="not the kept one"):
        export(kept, kept)
    missing = tmp_path / "nothing.warc.gz"
    with pytest.raises(EvidenceError, match=r"nothing\.warc\.gz: cannot read the file"):
        export(missing, tmp_path / "out.warc.gz")
    assert not (tmp_path / "out.warc.gz").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["item.warc.gz"]


def test_a_naive_fetch_time_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        FeedEntry(
            body=ENTRY,
            content_type="application/rss+xml",
            feed_url=FEED_URL,
            fetched_at=datetime(2026, 11, 24, 12, 0),  # no time zone: the point
        )


def test_an_unreadable_file_is_an_evidence_error(tmp_path: Path) -> None:
    path = tmp_path / "item.warc.gz"
    path.write_bytes(b"not a warc at all\r\n\r\n")
    with pytest.raises(EvidenceError, match=r"item\.warc\.gz: damaged from byte 0 on"):
        read_evidence(path)
