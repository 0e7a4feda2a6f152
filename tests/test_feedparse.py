from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import FEEDS

from monitor.errors import ParseError
from monitor.normalize import normalize
from monitor.sources.encoding import to_utf8
from monitor.sources.feedparse import parse_fast, parse_feed, parse_lenient

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
WELL_FORMED = sorted(
    p
    for p in FEEDS.iterdir()
    if p.suffix in (".xml", ".atom") and p.name not in ("malformed.xml", "sitemap.xml", "empty.xml")
)


def parse(name: str, charset: str | None = None):  # type: ignore[no-untyped-def]
    return parse_feed((FEEDS / name).read_bytes(), url=f"http://127.0.0.1/{name}", charset=charset)


@pytest.mark.parametrize("path", WELL_FORMED, ids=lambda p: p.name)
def test_fast_and_lenient_paths_yield_the_same_items(path: Path) -> None:
    data = to_utf8(path.read_bytes()).data
    fast_title, fast_language, fast_entries = parse_fast(data)
    slow_title, slow_language, slow_entries, problem = parse_lenient(data)
    assert problem is None
    assert (fast_title, fast_language) == (slow_title, slow_language)
    assert fast_entries, "fixture has entries"

    def items(entries, language):  # type: ignore[no-untyped-def]
        return [
            normalize(
                e,
                source_id="s",
                fetched=NOW,
                base_url="https://example.org/",
                feed_language=language,
            )
            for e in entries
        ]

    assert items(fast_entries, fast_language) == items(slow_entries, slow_language)


# the first entry's title in each fixture feed that test_formats_and_encodings reads
FIRST_TITLES = {
    "nos.xml": "Kabinet wil half miljard minder uitgeven aan ontwikkelingshulp",
    "guardian_lgbt.xml": "Hungary extends ban on 'LGBTQ+ promotion' to school libraries",
    "hrw.atom": "Kyrgyzstan: <em>Foreign Agents</em> Law Used to Shut Down Rights Groups",
    "rdf.xml": "Journalisten vaker bedreigd tijdens demonstraties",
    "rss091.xml": "Noodhulp Soedan dreigt stil te vallen door bezuinigingen",
    "wordpress.xml": (
        "Waarom betalen wij voor genderclubjes in Afrika terwijl onze ouderen in de kou zitten?"
    ),
    "youtube.xml": "Debat: moet Nederland uit het VN-Vrouwenverdrag?",
    "reddit.atom": "Korting op ontwikkelingssamenwerking: waarom hoor je er zo weinig over?",
    "feed.json": "Ophef over Week van de Lentekriebels: 'feiten helpen tegen desinformatie'",
    "latin1.xml": "Égalité : la Hongrie refuse de ratifier la Convention d'Istanbul",
    "cp1251.xml": "Госдума приняла закон об «иностранных агентах» в новой редакции",
    "utf16.xml": "Één op de drie lhbti'ers voelt zich onveilig op straat",
}


@pytest.mark.parametrize(
    ("name", "count", "language"),
    [
        ("nos.xml", 4, "nl"),
        ("guardian_lgbt.xml", 3, "en-gb"),
        ("hrw.atom", 2, "en"),
        ("rdf.xml", 2, "nl"),
        ("rss091.xml", 2, "nl"),
        ("wordpress.xml", 2, "nl-NL"),
        ("youtube.xml", 1, None),
        ("reddit.atom", 1, None),
        ("feed.json", 2, "nl"),
        ("latin1.xml", 2, "fr"),
        ("cp1251.xml", 2, "ru"),
        ("utf16.xml", 2, "nl"),
    ],
)
def test_formats_and_encodings(name: str, count: int, language: str | None) -> None:
    parsed = parse(name)
    assert len(parsed.entries) == count
    assert parsed.language == language
    assert parsed.entries[0].title == FIRST_TITLES[name]
    assert parsed.warnings == []
    assert parsed.parser in ("fast", "jsonfeed")


def test_youtube_description_is_the_body() -> None:
    entry = parse("youtube.xml").entries[0]
    assert "'genderlobby' in Brussel" in entry.html


def test_json_feed_item_without_html_keeps_its_text() -> None:
    entry = parse("feed.json").entries[1]
    assert entry.html.startswith("Partnerorganisaties in Oeganda")
    assert entry.published == datetime(2026, 11, 12, 13, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "warning"),
    [
        (
            "utf8_declared_latin1.xml",
            "the XML declaration says iso-8859-1, but the bytes are UTF-8; read as UTF-8",
        ),
        (
            "latin1_declared_utf8.xml",
            "the XML declaration says UTF-8, but the bytes are not valid UTF-8; read as "
            "Windows-1252",
        ),
    ],
    ids=["utf8-declared-latin1", "latin1-declared-utf8"],
)
def test_bytes_in_another_encoding_than_declared_are_read_as_what_they_are(
    name: str, warning: str
) -> None:
    parsed = parse(name)
    assert parsed.entries[0].title == "Één op de drie lhbti'ers voelt zich onveilig op straat"
    assert "€ 15.000" in parsed.entries[1].html
    assert parsed.warnings == [warning]


def test_server_charset_is_used_when_the_document_declares_none() -> None:
    body = (
        "<rss version='2.0'><channel><title>Le Soir</title><item><title>Société</title>"
        "<link>https://e.org/1</link></item></channel></rss>"
    ).encode("latin-1")
    parsed = parse_feed(body, url="http://x/", charset="iso-8859-1")
    assert parsed.entries[0].title == "Société"
    assert parsed.warnings == []


def test_malformed_xml_keeps_what_parses_and_records_a_warning() -> None:
    parsed = parse("malformed.xml")
    assert parsed.parser == "feedparser"
    assert [e.title for e in parsed.entries] == [
        "Ngo's & hun 'buitenlandse' geldschieters",
        "Column: de week in Den Haag",
    ]
    assert len(parsed.warnings) == 1
    assert parsed.warnings[0].startswith("not well-formed XML (xmlParseEntityRef: no name")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.xml", "the server answered with an empty body, not a feed"),
        ("page.html", "this is an HTML web page, not a feed (RSS, Atom or JSON Feed)"),
        ("sitemap.xml", "XML, but not a feed: the document is <urlset>"),
    ],
)
def test_not_a_feed(name: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse(name)
    assert str(caught.value) == f"http://127.0.0.1/{name}: {message}"


def test_json_that_is_not_a_json_feed() -> None:
    with pytest.raises(ParseError, match="JSON, but not a JSON Feed"):
        parse_feed(b'{"status": "ok"}', url="http://x/api")


def test_garbage_is_not_a_feed() -> None:
    with pytest.raises(ParseError, match="not a feed, or too broken to read"):
        parse_feed(b"\x00\x01 binary junk \xff\xfe", url="http://x/junk")
