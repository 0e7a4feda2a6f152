"""Only http(s) addresses ever become links: at ingest, in every brief format and in the
CSV export, whatever address a hostile feed gives its items."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import docx
import pypdf
import pytest
from briefdata import WEEK_START
from conftest import write_feeds
from feedserver import FeedServer, Reply
from storedata import new_item, save

from monitor import brief as briefs
from monitor.classify.taxonomy import load_taxonomy
from monitor.models import Entry
from monitor.normalize import normalize
from monitor.store import Store
from monitor.urls import is_web_address

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
MARKUP = 'https://evil.example/a"><script>alert(1)</script>'
HOSTILE = [
    "javascript:alert(1)",
    " JaVaScRiPt:alert(2)",
    "java\tscript:alert(3)",
    "data:text/html,<script>alert(4)</script>",
    "file:///etc/passwd",
    "https:no-host",
]


@pytest.mark.parametrize("link", HOSTILE)
def test_an_item_link_that_is_not_a_web_address_is_kept_as_text_only(link: str) -> None:
    entry = Entry(external_id=None, url=link, title="Kop", html="<p>Tekst</p>")
    item = normalize(entry, source_id="s", fetched=NOW)
    assert item.url is None and item.canonical_url is None
    assert item.meta["refused_url"] == link.strip()
    assert item.external_id.startswith("sha256:")


def test_relative_links_are_resolved_and_web_links_kept() -> None:
    relative = Entry(external_id="g", url="/artikel/1", title="Kop", html="")
    item = normalize(relative, source_id="s", fetched=NOW, base_url="https://nos.nl/feed")
    assert item.url == "https://nos.nl/artikel/1" and "refused_url" not in item.meta
    alone = normalize(relative, source_id="s", fetched=NOW)  # nothing to resolve it against
    assert alone.url is None and alone.meta["refused_url"] == "/artikel/1"


def test_a_polled_feed_stores_no_script_link(
    run_cli: Any, server: FeedServer, feeds_path: Path, isolated_home: Path
) -> None:
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "settings.yaml").write_text("classifier:\n  enabled: false\n")
    entries = "".join(
        f"<item><title>Item {n}</title><link>{link.replace('<', '&lt;')}</link>"
        f"<guid>g{n}</guid><description>Tekst {n}</description></item>"
        for n, link in enumerate([*HOSTILE[:1], HOSTILE[3], "https://nos.nl/a"])
    )
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{entries}'
    url = server.add("/hostile.xml", Reply(200, (feed + "</channel></rss>").encode()))
    write_feeds(feeds_path, [{"id": "hostile", "kind": "rss", "url": url}])
    assert run_cli("poll").exit_code == 0
    stored = {i["title"]: i for i in json.loads(run_cli("items", "--json").output)}
    assert stored["Item 0"]["url"] is None
    assert stored["Item 0"]["meta"]["refused_url"] == "javascript:alert(1)"
    assert stored["Item 1"]["url"] is None
    assert stored["Item 2"]["url"] == "https://nos.nl/a"


# -- briefs written from a database that already holds such links ---------------------


@pytest.fixture
def store(tmp_path: Path) -> Any:
    """Confirmed findings whose links were stored before ingest checked them."""
    opened = Store.open(tmp_path / "links.db")
    links = [*HOSTILE, MARKUP, "https://nos.nl/goed"]
    titles = [f"Bevinding {n}" for n in range(len(links))]
    titles[0] = '=HYPERLINK("https://evil.example","klik")'
    for number, (title, link) in enumerate(zip(titles, links, strict=True)):
        published = WEEK_START + timedelta(days=1, hours=number)
        text = f"Tekst {number}"
        item = new_item("s", f"e{number}", title, published, url=link, text=text)
        # stored as it came, before ingest checked links: no canonical address either
        (item_id,) = save(opened, [replace(item, canonical_url=None)], published)
        opened.record_decision(item_id, "confirm", labels=["anti_aid"])
    yield opened
    opened.close()


def made(store: Store, form: str) -> bytes:
    request = briefs.Request(period=briefs.iso_week("2026-W48"), format=form, language="en")
    return briefs.build(store, request, load_taxonomy())


def _web_only(links: list[str]) -> None:
    assert links, "the good finding keeps its link"
    assert "https://nos.nl/goed" in links
    for link in links:
        assert is_web_address(link), link
        assert not re.search(r"[\"<> ]", link), link


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.scripts += tag == "script"
        self.hrefs += [value or "" for name, value in attrs if name in ("href", "src")]


def test_html_brief_links_only_web_addresses(store: Store) -> None:
    page = made(store, "html").decode("utf-8")
    parsed = _Links()
    parsed.feed(page)
    _web_only(parsed.hrefs)
    assert parsed.scripts == 0
    assert "javascript:alert(1)" in page  # shown, as text
    assert "&lt;script&gt;alert(4)" in page


def test_markdown_brief_never_pastes_markup_into_a_link(store: Store) -> None:
    text = made(store, "md").decode("utf-8")
    _web_only(re.findall(r"\]\(([^)]*)\)", text))
    assert "<script>" not in text and '"><' not in text
    assert "https://evil.example/a%22%3E%3Cscript%3Ealert" in text
    assert "javascript:alert(1)" in text  # shown, as text


def test_docx_brief_links_only_web_addresses(store: Store) -> None:
    document = docx.Document(io.BytesIO(made(store, "docx")))
    cells = [p for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    _web_only([link.address for p in [*document.paragraphs, *cells] for link in p.hyperlinks])


def test_pdf_brief_links_only_web_addresses(store: Store) -> None:
    reader = pypdf.PdfReader(io.BytesIO(made(store, "pdf")))
    _web_only(
        [
            str(annotation.get_object()["/A"]["/URI"])
            for page in reader.pages
            for annotation in page.get("/Annots", [])
            if "/A" in annotation.get_object()
        ]
    )


def test_csv_export_keeps_the_text_but_no_formula(store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(made(store, "csv").decode("utf-8-sig"))))
    titles = {r["title"] for r in rows}
    assert '\'=HYPERLINK("https://evil.example","klik")' in titles
    assert {r["url"] for r in rows} >= {"javascript:alert(1)", MARKUP}
    document = json.loads(made(store, "json"))
    assert document["items"][0]["title"] == '=HYPERLINK("https://evil.example","klik")'
