from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from monitor.dedup import resolve_repeated_ids, title_key
from monitor.lang import decide, detect, normalise_tag
from monitor.models import Entry
from monitor.normalize import normalize, title_from_text
from monitor.text import MAX_DEPTH, MAX_HTML_CHARS, bounded, html_to_text, sanitize
from monitor.urls import canonical_url, dedup_key

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (
            "HTTPS://WWW.NOS.nl/artikel/1?utm_source=rss&utm_medium=feed#top",
            "https://www.nos.nl/artikel/1",
        ),
        (
            "https://www.theguardian.com/world/x?CMP=share&fbclid=abc&page=2",
            "https://www.theguardian.com/world/x?CMP=share&page=2",
        ),
        ("http://example.org:80//a//b", "http://example.org/a/b"),
        ("https://example.org:8443/a", "https://example.org:8443/a"),
        ("https://bücher.example/", "https://xn--bcher-kva.example/"),
        ("https://e.org/p?id=5&mc_cid=1&mc_eid=2&_hsenc=x", "https://e.org/p?id=5"),
        ("mailto:someone@example.org", None),
        ("", None),
    ],
)
def test_canonical_url(url: str, canonical: str | None) -> None:
    assert canonical_url(url) == canonical


def test_dedup_key_ignores_scheme_www_and_trailing_slash() -> None:
    a = dedup_key(canonical_url("https://www.hrw.org/news/2026/x/?b=2&a=1"))
    b = dedup_key(canonical_url("http://hrw.org/news/2026/x?a=1&b=2&utm_source=x"))
    assert a == b == "hrw.org/news/2026/x?a=1&b=2"


def test_html_to_text_keeps_paragraphs_and_drops_scripts() -> None:
    html = (
        "<p>Het kabinet wil <b>flink</b> bezuinigen.</p><script>track()</script>"
        "<p>Tweede &amp; laatste<br>regel</p><ul><li>een</li><li>twee</li></ul>"
    )
    assert html_to_text(html) == (
        "Het kabinet wil flink bezuinigen.\n\nTweede & laatste\nregel\n\neen\ntwee"
    )


def test_sanitize_removes_active_content_and_resolves_links() -> None:
    html = (
        '<p onclick="steal()">Lees <a href="/meer" target="_blank">meer</a>'
        '<a href="javascript:alert(1)">x</a></p><iframe src="https://evil.example/"></iframe>'
        '<style>p{}</style><img src="https://e.org/p.gif" onerror="x()">'
    )
    safe, text = sanitize(html, "https://nos.nl/artikel/1")
    assert "onclick" not in safe and "javascript:" not in safe and "iframe" not in safe
    assert "onerror" not in safe and "<style" not in safe
    assert '<a href="https://nos.nl/meer" rel="noopener noreferrer nofollow">meer</a>' in safe
    assert text == "Lees meerx"


def _seconds(html: str) -> float:
    start = time.perf_counter()
    sanitize(html, "https://e.org/")
    return time.perf_counter() - start


def test_deeply_nested_html_costs_no_more_than_flat_html_of_its_size() -> None:
    """The HTML5 tree builder is quadratic in nesting depth (100,000 levels: tens of
    seconds); past the depth cap the tags are dropped and the text kept."""
    nested = "<div>" * 100_000 + "kern" + "</div>" * 100_000
    flat = "<div>kern</div>" * (len(nested) // 15)
    assert _seconds(nested) < 3 * _seconds(flat)
    safe, text = sanitize(nested)
    assert safe.count("<div>") == MAX_DEPTH and text == "kern"
    assert html_to_text("<span>" * 50_000 + "titel") == "titel"


def test_ordinary_html_passes_the_bounds_untouched_and_a_long_body_is_cut_between_tags() -> None:
    article = "<div><ul>" + "<li><p>Punt <b>een</b><br>en <a href='/x'>twee</a></p></li>" * 300
    article += "</ul>" + "<div>" * 60 + "diep" + "</div>" * 60 + "</div>"
    assert bounded(article) == article
    cut = bounded("ab" + "<p>woord</p>" * (MAX_HTML_CHARS // 12 + 10))  # cut inside "<p>"
    assert len(cut) == MAX_HTML_CHARS - 2 and cut.endswith("</p>")


def entry(**changes: object) -> Entry:
    fields: dict[str, object] = {
        "external_id": "guid-1",
        "url": "https://nos.nl/artikel/1?utm_source=rss",
        "title": "Kabinet <em>schrapt</em> subsidie",
        "html": "<p>Het kabinet schrapt de "
        "subsidie voor maatschappelijke organisaties die opkomen voor mensenrechten.</p>",
        "published": datetime(2026, 11, 23, 17, 31, tzinfo=timezone(timedelta(hours=1))),
    }
    fields.update(changes)
    return Entry(**fields)  # type: ignore[arg-type]


def test_normalize_builds_a_clean_item() -> None:
    item = normalize(entry(), source_id="nos", fetched=NOW, feed_language="nl-NL")
    assert item.title == "Kabinet schrapt subsidie"
    assert item.canonical_url == "https://nos.nl/artikel/1"
    assert item.external_id == "guid-1"
    assert item.published == datetime(2026, 11, 23, 16, 31, tzinfo=UTC)
    assert item.published.tzinfo == UTC
    assert not item.published_estimated
    assert (item.language, item.language_detected) == ("nl", False)
    assert len(item.content_hash) == 32


def test_missing_and_future_dates_become_the_fetch_time_marked_as_estimated() -> None:
    missing = normalize(entry(published=None), source_id="s", fetched=NOW)
    future = normalize(
        entry(published=datetime(2099, 12, 31, tzinfo=UTC)), source_id="s", fetched=NOW
    )
    for item in (missing, future):
        assert item.published == NOW and item.published_estimated


def test_language_is_detected_only_when_nobody_says_it() -> None:
    english = entry(
        title="Hungary extends its ban on LGBTQ+ content to school libraries",
        html="<p>Booksellers and librarians say the amended law leaves them "
        "guessing which titles could bring fines.</p>",
    )
    detected = normalize(english, source_id="s", fetched=NOW)
    assert (detected.language, detected.language_detected) == ("en", True)
    told = normalize(english, source_id="s", fetched=NOW, source_language="nl")
    assert (told.language, told.language_detected) == ("nl", False)
    assert detect("ok!") is None
    assert normalise_tag("en-GB") == "en" and normalise_tag("???") is None


def test_a_declared_language_yields_only_to_confident_detection_of_a_known_language() -> None:
    dutch = "De gemeenteraad heeft besloten het geld voor de lessen op basisscholen te schrappen."
    assert decide(dutch, source=None, declared="en") == ("nl", "detected")
    assert decide(dutch, source="de", declared="en") == ("de", "source")
    assert decide("Zie boven.", source=None, declared="en") == ("en", "declared")
    assert decide(dutch, source=None, declared="eu") == ("eu", "declared")  # not detectable
    assert decide(dutch, source=None, declared=None) == ("nl", "detected")
    assert decide("ok!", source=None, declared=None) == (None, None)
    item = normalize(entry(html=f"<p>{dutch}</p>", language="en-US"), source_id="s", fetched=NOW)
    assert (item.language, item.language_source, item.language_detected) == (
        "nl",
        "detected",
        True,
    )


def test_untitled_posts_get_a_title_from_their_text() -> None:
    post = entry(title="", html="<p>" + "Wakker worden! " * 20 + "</p>")
    item = normalize(post, source_id="tg", fetched=NOW)
    assert item.title.endswith("…") and len(item.title) <= 121
    assert title_from_text("Kort bericht\nmet tweede regel") == "Kort bericht"


def test_id_falls_back_to_the_canonical_url_then_the_content() -> None:
    by_link = normalize(entry(external_id=None), source_id="s", fetched=NOW)
    same_as_link = normalize(
        entry(external_id="https://nos.nl/artikel/1?utm_source=rss"), source_id="s", fetched=NOW
    )
    assert by_link.external_id == same_as_link.external_id == "https://nos.nl/artikel/1"
    no_link = normalize(entry(external_id=None, url=None), source_id="s", fetched=NOW)
    assert no_link.external_id == f"sha256:{no_link.content_hash}"


def test_repeated_guids_are_told_apart_by_link_and_true_repeats_dropped() -> None:
    first = normalize(entry(url="https://e.org/a"), source_id="s", fetched=NOW)
    second = normalize(
        entry(url="https://e.org/b", title="Ander bericht over iets anders"),
        source_id="s",
        fetched=NOW,
    )
    repeat = normalize(
        entry(url="https://e.org/b", title="Ander bericht over iets anders"),
        source_id="s",
        fetched=NOW,
    )
    items, warnings = resolve_repeated_ids([first, second, repeat])
    assert [i.external_id for i in items] == ["https://e.org/a", "https://e.org/b"]
    assert warnings == ["3 entries share the id 'guid-1'; told apart by their links"]


def test_title_key_ignores_case_accents_and_punctuation_but_not_short_titles() -> None:
    a = title_key("Georgisch parlement neemt omstreden 'buitenlandse agenten'-wet aan")
    b = title_key("GEORGISCH PARLEMENT NEEMT OMSTREDEN BUITENLANDSE AGENTEN WET AAN!")
    assert a == b and a is not None
    assert title_key("Café-eigenaren zien het ook, zegt één bron") == title_key(
        "cafe eigenaren zien het ook zegt een bron"
    )
    assert title_key("Liveblog") is None
