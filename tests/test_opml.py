"""OPML export offers every source where other readers can follow it (as each kind says:
``SourceKind.public_address``), and import reads each outline back as a typed draft."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import lxml.etree
import pytest
from conftest import write_feeds

from monitor.config import load_feeds
from monitor.opml import export_opml, read_opml
from monitor.sources import KINDS, SourceDraft

SOURCES = [
    {"id": "nos", "name": "NOS", "kind": "rss", "url": "https://feeds.nos.nl/x"},
    {"id": "tag", "kind": "mastodon", "instance": "https://mastodon.social", "hashtag": "pride"},
    {"id": "acct", "kind": "mastodon", "instance": "https://mastodon.social", "account": "a"},
    {"id": "bsky", "kind": "bluesky", "actor": "someone.bsky.social"},
    {"id": "mirror", "kind": "bluesky", "actor": "x.bsky.social", "api": "http://127.0.0.1:9"},
    {"id": "search", "kind": "bluesky", "query": "foreign agent law", "enabled": False},
    {"id": "tg", "kind": "telegram", "channel": "somechannel", "tags": ["telegram"]},
]

# (type, attribute, address) each source is exported with, in SOURCES' order
EXPECTED = [
    ("rss", "xmlUrl", "https://feeds.nos.nl/x"),
    ("rss", "xmlUrl", "https://mastodon.social/tags/pride.rss"),
    ("rss", "xmlUrl", "https://mastodon.social/@a.rss"),
    ("rss", "xmlUrl", "https://bsky.app/profile/someone.bsky.social/rss"),
    ("link", "url", "https://bsky.app/profile/x.bsky.social"),
    ("link", "url", "https://bsky.app/search?q=foreign+agent+law"),
    ("link", "url", "https://t.me/s/somechannel"),
]


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    feeds = load_feeds(write_feeds(tmp_path / "feeds.yaml", SOURCES))
    path = tmp_path / "sources.opml"
    path.write_bytes(export_opml(feeds.sources))
    return path


def test_every_kind_is_exported_here() -> None:
    assert {source["kind"] for source in SOURCES} == set(KINDS)


def test_each_source_is_offered_where_others_can_follow_it(exported: Path) -> None:
    outlines = lxml.etree.parse(str(exported)).getroot().find("body")
    assert outlines is not None
    found = []
    for outline in outlines.iterfind("outline"):
        kind = outline.get("type")
        attribute = "xmlUrl" if kind == "rss" else "url"
        assert outline.get("url" if kind == "rss" else "xmlUrl") is None
        found.append((kind, attribute, outline.get(attribute)))
    assert found == EXPECTED
    query = parse_qs(urlsplit(EXPECTED[5][2]).query)
    assert query == {"q": ["foreign agent law"]}


def test_import_reads_each_outline_as_a_draft_with_its_id_and_name(exported: Path) -> None:
    read = read_opml(exported)
    assert [entry.id for entry in read] == [source["id"] for source in SOURCES]
    assert read[0].name == "NOS"
    assert read[5].draft == SourceDraft(
        kind="bluesky",
        address_fields={"query": "foreign agent law", "api": "https://public.api.bsky.app"},
        interval="30m",
        enabled=False,
    )
    assert read[6].draft.tags == ("telegram",)


def test_a_feed_from_another_reader_becomes_an_rss_draft(tmp_path: Path) -> None:
    path = tmp_path / "reader.opml"
    path.write_text(
        '<opml version="1.0"><body><outline text="News" title="News">'
        '<outline text="HRW" xmlUrl=" https://www.hrw.org/rss/news " language="en-GB" '
        'category="rights/world"/></outline>'
        '<outline text="No feed" htmlUrl="https://example.org"/></body></opml>',
        encoding="utf-8",
    )
    (entry,) = read_opml(path)
    assert entry.id is None and entry.name == "HRW"
    assert entry.draft == SourceDraft(
        kind="rss",
        address_fields={"url": "https://www.hrw.org/rss/news"},
        tags=("rights", "world", "news"),
        language="en",
    )
