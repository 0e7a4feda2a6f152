"""The engine's messages and the brief in Dutch and English: the Dutch catalog is complete,
compiled and up to date with the code; counted phrases take the right form; an engine
error, and a fault in feeds.yaml, comes out in Dutch once Dutch is chosen."""

from __future__ import annotations

import asyncio
import dataclasses
import errno
import gettext
import os
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from briefdata import NAMES, build

from monitor import brief as briefs
from monitor import i18n
from monitor.brief import blocks
from monitor.brief.texts import Words
from monitor.classify.taxonomy import load_taxonomy
from monitor.config import load_feeds, units
from monitor.errors import ConfigError, FetchError
from monitor.fetch import Fetcher, HttpPolicy
from monitor.i18n import N_
from monitor.store import Store

UPDATE = (
    "pybabel extract -o /tmp/monitor.pot monitor && pybabel update -i /tmp/monitor.pot "
    "-d resources/locale -D pushback_monitor"
)
COMPILE = "pybabel compile -d resources/locale -D pushback_monitor"


def dutch_catalog() -> Catalog:
    with i18n.catalog_file("nl", ".po").open("rb") as source:
        return read_po(source)


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_dutch_message_is_translated() -> None:
    catalog = dutch_catalog()
    assert catalog.num_plurals == 2
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"no Dutch for {ids[0]!r}"
        assert not message.fuzzy, f"{ids[0]!r} is marked fuzzy"
        for text in strings:  # the same {fields}, so that .format() fills them
            assert fields(text) == fields(ids[-1]), f"{ids[0]!r}: {text!r}"


def test_the_catalog_holds_every_message_of_the_code() -> None:
    root = Path(i18n.__file__).parent
    found = {
        message if isinstance(message, str) else message[0]
        for _, _, message, _, _ in (entry[:5] for entry in extract_from_dir(str(root)))
    }
    known = {m.id if isinstance(m.id, str) else m.id[0] for m in dutch_catalog() if m.id}
    assert found - known == set(), f"new messages: run {UPDATE}, then translate them"
    assert known - found == set(), f"messages gone from the code: run {UPDATE}"


def test_the_compiled_catalog_is_current() -> None:
    compiled = i18n.catalog("nl")
    assert isinstance(compiled, gettext.GNUTranslations), f"run {COMPILE}"
    for message in dutch_catalog():
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            one, many = message.id
            assert compiled.ngettext(one, many, 1) == message.string[0], f"run {COMPILE}"
            assert compiled.ngettext(one, many, 2) == message.string[1], f"run {COMPILE}"
        else:
            assert compiled.gettext(message.id) == message.string, f"run {COMPILE}"


# -- counted phrases in the brief --------------------------------------------------------

AWAITING = {
    "en": {
        1: "1 flagged item has not been reviewed yet; it is not a finding and does not "
        "appear in this brief.",
        2: "2 flagged items have not been reviewed yet; they are not findings and do not "
        "appear in this brief.",
    },
    "nl": {
        1: "1 gemarkeerd bericht is nog niet beoordeeld; het telt niet als bevinding en "
        "staat niet in dit overzicht.",
        2: "2 gemarkeerde berichten zijn nog niet beoordeeld; ze tellen niet als "
        "bevindingen en staan niet in dit overzicht.",
    },
}
FINDINGS = {"en": ("1 finding", "2 findings"), "nl": ("1 bevinding", "2 bevindingen")}
DECISIONS = {"en": ("1 decision", "2 decisions"), "nl": ("1 besluit", "2 besluiten")}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Any]:
    build(tmp_path / "b.db")
    opened = Store.open(tmp_path / "b.db")
    yield opened
    opened.close()


def texts_of(laid_out: list[blocks.Block]) -> str:
    parts: list[str] = []
    for block in laid_out:
        if isinstance(block, blocks.Paragraph):
            parts.append("".join(span.text for span in block.spans))
        elif isinstance(block, blocks.Table):
            parts += [span.text for row in block.rows for span in row]
    return "\n".join(parts)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_counted_phrases_take_their_form(store: Store, language: str) -> None:
    brief = briefs.gather(
        store, briefs.iso_week("2026-W48"), taxonomy=load_taxonomy(), language=language,
        source_names=NAMES,
    )  # fmt: skip
    assert brief.figures.awaiting_review == 1
    assert [s.findings for s in brief.new_sources] == [2]
    one = texts_of(blocks.compose(brief, [])).split("\n")
    assert AWAITING[language][1] in one
    assert FINDINGS[language][1] in one and FINDINGS[language][0] not in one
    figures = dataclasses.replace(brief.figures, awaiting_review=2)
    sources = [dataclasses.replace(s, findings=1) for s in brief.new_sources]
    actors = [dataclasses.replace(a, findings=1) for a in brief.actors]
    other = dataclasses.replace(brief, figures=figures, new_sources=sources, actors=actors)
    two = texts_of(blocks.compose(other, [])).split("\n")
    assert AWAITING[language][2] in two
    assert FINDINGS[language][0] in two and FINDINGS[language][1] not in two
    words = Words(language)
    finding = ("{count} finding", "{count} findings")
    decision = ("{count} decision", "{count} decisions")
    assert (words.ngettext(*finding, 1), words.ngettext(*finding, 2)) == FINDINGS[language]
    assert (words.ngettext(*decision, 1), words.ngettext(*decision, 2)) == DECISIONS[language]
    assert words.severity(None) == {"en": "not rated", "nl": "niet beoordeeld"}[language]
    assert words.ngettext(*finding, 1200).startswith("1.200" if language == "nl" else "1,200")


def test_a_dutch_brief_needs_its_catalog(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from monitor.errors import MonitorError

    i18n.catalog.cache_clear()
    monkeypatch.setattr(i18n, "LOCALE", str(tmp_path / "nowhere"))
    try:
        with pytest.raises(MonitorError, match="no nl catalog"):
            Words("nl")
        assert Words("en")._("Key figures") == "Key figures"
    finally:
        monkeypatch.undo()
        i18n.catalog.cache_clear()


# -- the engine's messages ---------------------------------------------------------------


def refused(language: str) -> str:
    """The error of a fetch from a closed port (nothing listens on 9)."""
    i18n.use_language(language)

    async def main() -> None:
        async with Fetcher(HttpPolicy()) as fetcher:
            await fetcher.get("http://127.0.0.1:9/feed.xml", timeout=5)

    with pytest.raises(FetchError) as caught:
        asyncio.run(main())
    return str(caught.value)


def test_an_engine_error_comes_out_in_the_chosen_language() -> None:
    english = refused("en")
    why = f"([Errno {errno.ECONNREFUSED}] {os.strerror(errno.ECONNREFUSED)})"  # the OS's words
    assert english == (
        f"http://127.0.0.1:9/feed.xml: cannot connect: All connection attempts failed {why}"
    )
    dutch = refused("nl")
    assert dutch == (
        f"http://127.0.0.1:9/feed.xml: geen verbinding: Alle verbindingspogingen zijn mislukt {why}"
    )
    assert i18n.use_language("fr") == "en"  # no French catalog: English
    assert "cannot connect" in refused("fr")


FEEDS = (
    "version: 1\n"
    "sources:\n"
    "  - id: gezin-blog\n"
    "    name: Gezin blog\n"
    "    kind: rss\n"
    "    url: https://example.org/feed\n"
    "    interval: 2m\n"  # line 7
    "    intervall: 1h\n"  # line 8
)
FEEDS_PROBLEMS = {
    "en": [
        "feeds.yaml:7: source “Gezin blog” (sources[0]): interval: must be at least 5 minutes",
        "feeds.yaml:8: source “Gezin blog” (sources[0]): intervall: unknown field (did you "
        "mean 'interval'?)",
    ],
    "nl": [
        "feeds.yaml:7: bron “Gezin blog” (sources[0]): interval: moet minstens 5 minuten zijn",
        "feeds.yaml:8: bron “Gezin blog” (sources[0]): intervall: onbekend veld (bedoelt u "
        "'interval'?)",
    ],
}


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_fault_in_feeds_yaml_is_explained_in_the_chosen_language(
    tmp_path: Path, language: str
) -> None:
    """The words are translated; the file, the line, the source's name, its place and the
    fields stay as the user wrote them."""
    path = tmp_path / "feeds.yaml"
    path.write_text(FEEDS, encoding="utf-8")
    i18n.use_language(language)
    with pytest.raises(ConfigError) as caught:
        load_feeds(path)
    assert caught.value.problems == FEEDS_PROBLEMS[language]
    more = {"en": "(and 1 more problem)", "nl": "(en nog 1 probleem)"}[language]
    assert str(caught.value) == f"{FEEDS_PROBLEMS[language][0]} {more}"


def test_faults_of_the_feeds_file_itself_and_of_its_values_are_in_dutch(tmp_path: Path) -> None:
    """Beyond the fields: a file that is missing or not text, a duration or a size that
    cannot be read, a proxy that cannot be used, a source kind's hint."""
    missing = tmp_path / "feeds.yaml"
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\xff\xfe sources: []")
    i18n.use_language("nl")
    with pytest.raises(ConfigError) as gone:
        load_feeds(missing)
    with pytest.raises(ConfigError) as garbled:
        load_feeds(binary)
    with pytest.raises(ValueError) as duration:
        units.parse_duration("soon")
    assert str(gone.value) == f"{missing}: bronnenbestand niet gevonden"
    assert str(garbled.value).startswith("binary.yaml: geen UTF-8-tekst (")
    assert str(duration.value) == "'soon' is geen tijdsduur; schrijf die als 90s, 15m, 2h of 1d"
    assert i18n._(N_("a public channel name")) == "de naam van een openbaar kanaal"
