"""The weekly brief: its figures against the database, and every format read back."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import docx
import pypdf
import pytest
from briefdata import LONG_TITLE, NAMES, STORIES, build

from monitor import brief as briefs
from monitor.classify.taxonomy import load_taxonomy
from monitor.errors import BriefError
from monitor.store import Actor, Store

WEEK = briefs.iso_week("2026-W48")


@pytest.fixture
def store(tmp_path: Path) -> Any:
    db = tmp_path / "b.db"
    build(db)
    opened = Store.open(db)
    yield opened
    opened.close()


@pytest.fixture
def either_store(database: Path | str) -> Any:
    """The brief's store on SQLite, then on PostgreSQL: what a period holds is read from
    either alike."""
    build(database)
    opened = Store.open(database)
    yield opened
    opened.close()


def gathered(store: Store, language: str = "en", period: briefs.Period = WEEK) -> briefs.Brief:
    return briefs.gather(
        store,
        period,
        taxonomy=load_taxonomy(),
        language=language,
        organisation="Stichting Voorbeeld",
        source_names=NAMES,
    )


def made(store: Store, form: str, language: str = "en", period: briefs.Period = WEEK) -> bytes:
    request = briefs.Request(
        period=period,
        format=form,
        language=language,
        organisation="Stichting Voorbeeld",
        source_names=NAMES,
    )
    return briefs.build(store, request, load_taxonomy())


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# -- periods -----------------------------------------------------------------------------


def test_weeks_and_ranges() -> None:
    assert (WEEK.first, WEEK.last) == (date(2026, 11, 23), date(2026, 11, 29))
    assert WEEK.previous().week == "2026-W47"
    assert briefs.last_complete_week(date(2026, 11, 29)).week == "2026-W47"
    assert briefs.last_complete_week(date(2026, 11, 30)).week == "2026-W48"
    assert briefs.iso_week("2021W1").first == date(2021, 1, 4)
    span = briefs.date_range(date(2026, 11, 1), date(2026, 11, 10))
    assert span.previous().first == date(2026, 10, 22) and span.label == "2026-11-01_2026-11-10"
    with pytest.raises(BriefError, match="2026 has no week 60"):
        briefs.iso_week("2026-W60")
    with pytest.raises(BriefError, match="write it as YEAR-WNN"):
        briefs.iso_week("week 48")
    with pytest.raises(BriefError, match=r"ends .* before it begins"):
        briefs.date_range(date(2026, 11, 10), date(2026, 11, 1))


# -- content -----------------------------------------------------------------------------


def test_figures_match_the_database(either_store: Store) -> None:
    store = either_store
    brief = gathered(store)
    figures = brief.figures
    assert (figures.monitored, figures.flagged, figures.reviewed, figures.confirmed) == (9, 8, 7, 5)
    assert (figures.rejected, figures.escalated, figures.awaiting_review) == (1, 1, 1)
    assert dict(figures.per_category) == {
        "anti_aid": 1,
        "civic_space": 1,
        "rule_of_law": 2,
        "disinformation": 2,
    }
    previous = brief.previous_figures
    assert (previous.monitored, previous.flagged, previous.confirmed) == (3, 2, 2)
    # The same figures straight from SQL, as a check on the check.
    conn = store._conn
    (confirmed,) = conn.execute(
        "SELECT count(*) FROM items WHERE status = 'confirmed' AND published >= ?"
        " AND published < ?",
        (WEEK.start.isoformat(), WEEK.end.isoformat()),
    ).fetchone()
    assert confirmed == figures.confirmed


def test_only_confirmed_items_are_findings(either_store: Store) -> None:
    store = either_store
    brief = gathered(store)
    titles = {f.title for f in brief.findings}
    assert titles == {STORIES[i].title for i in (0, 1, 2, 3, 4)}
    assert "Abortuskliniek belaagd door demonstranten" not in titles  # rejected
    assert "Pride verboden in Boedapest" not in titles  # awaiting review
    assert "Gender is een ideologie" not in titles  # escalated, not confirmed
    sections = dict(brief.sections)
    # by severity (high, medium, low, not rated), then score
    assert [f.title for f in sections["disinformation"]] == [STORIES[2].title, STORIES[3].title]
    assert [f.title for f in sections["rule_of_law"]] == [STORIES[1].title, LONG_TITLE]
    assert sections["anti_lgbtqi"] == []
    aid = sections["anti_aid"][0]
    assert (aid.source, aid.severity, aid.note) == (
        "NOS Nieuws",
        "high",
        "Raakt onze partners direct.",
    )


def test_new_sources_actors_and_methods(either_store: Store) -> None:
    store = either_store
    brief = gathered(store)
    assert [(s.name, s.findings) for s in brief.new_sources] == [("Telegram: waarheid", 2)]
    # Only the actors analysts recorded (the byline "Redactie" is none), new ones marked.
    assert [(a.name, a.kind, a.findings, a.new) for a in brief.actors] == [
        ("@waarheidskanaal", "account", 2, True),
        ("Kabinet-Schoof", "organisation", 2, False),
    ]
    methods = brief.methods
    assert methods.models == ["model-w48"]
    assert methods.reviewed_share == pytest.approx(7 / 8)
    assert methods.reviewers == [("Joris", 4), ("Sanne", 3)]
    assert dict(brief.top_sources) == {"NOS Nieuws": 2, "Telegram: waarheid": 2, "Civil.ge": 1}
    assert sum(sum(day.values()) for day in brief.daily.values()) == 6  # per category


# -- formats -----------------------------------------------------------------------------


def test_docx_has_headings_tables_links_and_charts(store: Store) -> None:
    document = docx.Document(io.BytesIO(made(store, "docx")))
    headings = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style.name.startswith(("Heading", "Title"))
    ]
    assert headings[0] == ("Title", "Weekly pushback brief")
    assert ("Heading 1", "Key figures") in headings
    assert ("Heading 2", "Civic space (1)") in headings
    assert ("Heading 3", STORIES[0].title) in headings
    figures = document.tables[0]
    rows = {row.cells[0].text: row.cells[1].text for row in figures.rows}
    assert rows["Items monitored"] == "9" and rows["Confirmed as pushback"] == "5"
    assert rows["Awaiting review"] == "1"
    links = [link.address for p in document.paragraphs for link in p.hyperlinks]
    assert "https://example.org/nos/0" in links
    assert len(document.inline_shapes) == 2  # the two charts
    assert "Abortuskliniek" not in "\n".join(p.text for p in document.paragraphs)
    footer = document.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("Weekly pushback brief 2026-W48")
    fields = footer._p.xpath("./w:fldSimple/@w:instr")
    assert fields == ["PAGE", "NUMPAGES"]


def test_pdf_is_a4_with_the_same_content(store: Store) -> None:
    reader = pypdf.PdfReader(io.BytesIO(made(store, "pdf")))
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    text = "\n".join(p.extract_text() for p in reader.pages)
    for expected in (
        "Weekly pushback brief",
        "Stichting Voorbeeld",
        "Key figures",
        "Kabinet schrapt half miljard",
        "«иностранных агентах»",
        "საქართველოს",
        "Raakt onze partners direct",
        "@waarheidskanaal",
    ):
        assert expected in text, expected
    assert "Abortuskliniek" not in text
    assert "Nog een complot over de WHO" in text and "🔥" not in text  # no empty boxes
    pages = len(reader.pages)
    assert f"Weekly pushback brief 2026-W48 {pages} / {pages}" in reader.pages[-1].extract_text()
    uris = {
        annotation.get_object()["/A"]["/URI"]
        for p in reader.pages
        for annotation in p.get("/Annots", [])
        if "/A" in annotation.get_object()
    }
    assert "https://example.org/nos/0" in uris


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_one_self_contained_file(store: Store) -> None:
    page = _Page()
    page.feed(made(store, "html", "nl").decode("utf-8"))
    tags = [tag for tag, _ in page.tags]
    assert ("html", {"lang": "nl"}) in page.tags
    assert tags.count("svg") == 2  # the charts, inline
    assert "img" not in tags and "link" not in tags and "script" not in tags
    sources = [a.get("src") or a.get("href") for t, a in page.tags if t not in ("a",)]
    assert not [s for s in sources if s and s.startswith("http")]  # nothing fetched
    hrefs = [a["href"] for t, a in page.tags if t == "a"]
    assert "https://example.org/nos/0" in hrefs
    text = " ".join(page.text)
    assert "Kerncijfers" in text and "23–29 november 2026" in text
    assert "Ernst: hoog" in text


def test_markdown_lists_the_findings_and_the_chart_numbers(store: Store) -> None:
    text = made(store, "md").decode("utf-8")
    assert text.startswith("# Weekly pushback brief\n")
    assert "| Items monitored | 9 | 3 | +6 (+200%) |" in text
    assert f"#### [{STORIES[0].title}](https://example.org/nos/0)" in text
    assert "| Tue 24-11 |" in text  # the daily chart's numbers as a table
    assert "**Analyst's note:** *Raakt onze partners direct.*" in text


def test_dutch_brief_speaks_dutch(store: Store) -> None:
    text = made(store, "md", "nl").decode("utf-8")
    for dutch in (
        "# Wekelijks overzicht pushback",
        "## Kerncijfers",
        "Bevestigd als pushback",
        "november 2026",
        "Ernst: hoog",
        "score 0,95",
        "## Werkwijze",
        "Bijlage: alle bevestigde berichten",
    ):
        assert dutch in text, dutch
    assert "Key figures" not in text


def test_long_titles_estimated_dates_and_other_scripts(store: Store) -> None:
    text = made(store, "md").decode("utf-8")
    assert LONG_TITLE.translate(str.maketrans({"*": "\\*"})) in text
    assert "date estimated" in text
    html = made(store, "html").decode("utf-8")
    assert "Парламент Грузии" in html


def test_pdf_text_leaves_out_what_its_font_cannot_draw() -> None:
    from monitor.brief.to_pdf import _printable

    assert _printable("Één café in Zürich, «Закон», საქართველოს") == (
        "Één café in Zürich, «Закон», საქართველოს"
    )
    assert _printable("Kijk dit 🔥👇 nu") == "Kijk dit  nu"
    assert _printable("東京 meldt") == "□□ meldt"


def test_a_week_without_findings_says_so(store: Store) -> None:
    empty = briefs.iso_week("2026-W10")
    for form in ("docx", "pdf", "html", "md"):
        data = made(store, form, period=empty)
        assert len(data) > 500
    assert "No confirmed findings in this period." in made(store, "md", period=empty).decode()
    reader = pypdf.PdfReader(io.BytesIO(made(store, "pdf", period=empty)))
    assert "No confirmed findings" in reader.pages[0].extract_text()


def test_csv_and_json_export_every_item_with_its_decisions(either_store: Store) -> None:
    store = either_store
    document = json.loads(made(store, "json"))
    assert document["period"]["week"] == "2026-W48"
    items = document["items"]
    assert len(items) == 9  # all of the week's items, not only the findings
    rejected = next(i for i in items if i["status"] == "rejected")
    assert rejected["decisions"][0]["action"] == "reject"
    assert rejected["decisions"][0]["analyst"] == "Sanne"
    rows = list(csv.DictReader(io.StringIO(made(store, "csv").decode("utf-8-sig"))))
    assert len(rows) == 9
    first = next(r for r in rows if r["title"] == STORIES[0].title)
    # its confirmation and the entry that recorded its actors
    assert (first["categories"], first["severity"], first["decisions"]) == ("anti_aid", "high", "2")
    assert first["source"] == "NOS Nieuws"


def test_csv_and_json_export_the_actors_recorded_on_each_item(either_store: Store) -> None:
    store = either_store
    items = json.loads(made(store, "json"))["items"]
    by_title = {item["title"]: item for item in items}
    assert by_title[STORIES[0].title]["actors"] == [
        {"name": "Kabinet-Schoof", "kind": "organisation"}
    ]
    assert by_title[STORIES[2].title]["actors"] == [{"name": "@waarheidskanaal", "kind": "account"}]
    assert by_title[STORIES[5].title]["actors"] == []  # none recorded: an empty list
    tricky = ['Partij "Voor; Tegen", en zo', "Kabinet-Schoof", "Stichting; Gezin"]
    store.set_actors(by_title[STORIES[5].title]["id"], [Actor(name) for name in tricky])
    rows = list(csv.DictReader(io.StringIO(made(store, "csv").decode("utf-8-sig"))))
    cells = {row["title"]: row["actors"] for row in rows}
    assert list(rows[0])[-1] == "actors"  # the columns before keep their places
    assert cells[STORIES[0].title] == "Kabinet-Schoof"
    assert cells[STORIES[2].title] == "'@waarheidskanaal"  # never read as a formula
    assert cells[STORIES[7].title] == ""
    (split,) = csv.reader([cells[STORIES[5].title]], delimiter=";", skipinitialspace=True)
    assert split == tricky  # the names back, exactly, in the analyst's order


# -- the command -------------------------------------------------------------------------


def test_the_brief_command_writes_each_format(
    run_cli: Any, isolated_home: Path, tmp_path: Path
) -> None:
    isolated_home.mkdir(parents=True, exist_ok=True)
    build(isolated_home / "pushback.db")
    (isolated_home / "settings.yaml").write_text("version: 1\norganisation: Stichting Voorbeeld\n")
    out = tmp_path / "brief.docx"
    result = run_cli("brief", "--week", "2026-W48", "--lang", "nl", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "wrote" in result.output and out.exists()
    assert out.stat().st_mode & 0o777 == 0o666 & ~current_umask()  # a document to share
    document = docx.Document(str(out))
    assert document.paragraphs[0].text == "Wekelijks overzicht pushback"
    assert "Stichting Voorbeeld" in document.paragraphs[1].text
    default = run_cli("brief", "--format", "md", "-o", str(tmp_path / "last.md"))
    assert default.exit_code == 0
    assert briefs.last_complete_week(date.today()).week in default.output


def test_bad_periods_and_paths_give_clear_errors(
    run_cli: Any, isolated_home: Path, tmp_path: Path
) -> None:
    isolated_home.mkdir(parents=True, exist_ok=True)
    build(isolated_home / "pushback.db")
    bad_week = run_cli("brief", "--week", "2026-W60")
    assert bad_week.exit_code == 2 and "2026 has no week 60" in bad_week.output
    backwards = run_cli("brief", "--from", "2026-11-10", "--to", "2026-11-01")
    assert backwards.exit_code == 2 and "before it begins" in backwards.output
    not_a_date = run_cli("brief", "--from", "10 november", "--to", "2026-11-01")
    assert not_a_date.exit_code == 2 and "--from '10 november': not a date" in not_a_date.output
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    failed = run_cli("brief", "--week", "2026-W48", "-o", str(blocker / "b.pdf"))
    assert failed.exit_code == 1 and str(blocker) in failed.output
    assert blocker.read_text() == "a file where a folder should be"
    existing = tmp_path / "brief.md"
    existing.write_text("last week's brief")
    assert (
        run_cli("brief", "--week", "2026-W48", "--format", "md", "-o", str(existing)).exit_code == 0
    )
    assert existing.read_text().startswith("# Wekelijks overzicht pushback")  # replaced whole
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
