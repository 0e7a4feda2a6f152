"""Narrative spikes over stored items: per category, per country and per source tag,
each series known from the day its sources were first read, with the items of each rise;
and ``alerts`` on the command line."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import write_feeds
from spikedata import SOURCES, TODAY, fill

from monitor.config import Locations
from monitor.config.validate import validate
from monitor.spikes.narratives import narrative_spikes, strongest
from monitor.store import Store


def test_a_rise_is_found_in_its_category_country_and_tag_with_its_items(store: Store) -> None:
    rise = fill(store)
    sources = {s.id: s for s in validate({"version": 1, "sources": SOURCES}, Path("f")).sources}
    found = narrative_spikes(store, sources, TODAY - timedelta(days=6), TODAY)
    keyed = {(s.key.category, s.key.country, s.key.tag): s for s in found}
    assert set(keyed) == {
        ("anti_gender", None, None),
        ("anti_gender", "HU", None),
        ("anti_gender", None, "ngo"),
    }  # not civic space: what two new sources listed first was backlog, not news
    for spike in found:
        assert spike.spike.day == TODAY - timedelta(days=1)
    overall = keyed["anti_gender", None, None]
    assert overall.spike.count == 16 and 1.5 < overall.spike.baseline < 2.5
    assert set(rise) < set(overall.items) and len(overall.items) == 16
    hungary = keyed["anti_gender", "HU", None]
    assert sorted(hungary.items) == sorted(rise) and hungary.spike.baseline < 1
    assert hungary.spike.score > overall.spike.score  # from next to nothing
    element = hungary.as_json()
    assert element["category"] == "anti_gender" and element["country"] == "HU"
    assert element["day"] == (TODAY - timedelta(days=1)).isoformat()
    assert element["count"] == 14 and isinstance(element["baseline"], float)
    # the same items under the country and the tag: one rise
    assert [(s.key.country, s.key.tag) for s in strongest(found)] == [("HU", None), (None, None)]
    assert narrative_spikes(store, sources, TODAY, TODAY) == []  # nothing rose today


def test_alerts_on_the_command_line(isolated_home: Path, run_cli: Any) -> None:
    write_feeds(isolated_home / "feeds.yaml", SOURCES)
    locations = Locations.resolve()
    locations.ensure()
    opened = Store.open(locations.db_path)
    rise = fill(opened)
    opened.close()
    listed = run_cli("alerts", "--json")
    assert listed.exit_code == 0
    elements = json.loads(listed.output)
    assert {(e["category"], e["country"], e["tag"]) for e in elements} == {
        ("anti_gender", None, None),
        ("anti_gender", "HU", None),
        ("anti_gender", None, "ngo"),
    }
    for element in elements:
        assert {"category", "day", "count", "baseline", "score", "items"} <= set(element)
        assert set(rise) <= set(element["items"])
    text = run_cli("alerts")
    assert text.exit_code == 0 and "anti_gender" in text.output and "HU" in text.output
    assert run_cli("alerts", "--since", TODAY.isoformat()).output.startswith(
        f"no narrative spikes since {TODAY.isoformat()}"
    )
    wrong = run_cli("alerts", "--since", "yesterday")
    assert wrong.exit_code == 2 and "'yesterday' is not a date" in wrong.output
    for day in ("0001-01-05", "2999-01-01"):
        refused = run_cli("alerts", "--since", day)
        assert refused.exit_code == 2 and f"{day}: choose a day from 1970-01-01" in refused.output


@pytest.mark.parametrize(
    ("language", "heading", "usual"),
    [("en", "What rose this period", "Usual"), ("nl", "Wat deze periode steeg", "Gewoonlijk")],
)
def test_the_brief_says_what_rose_in_its_period(
    store: Store, language: str, heading: str, usual: str
) -> None:
    from monitor import brief as briefs
    from monitor.classify.taxonomy import load_taxonomy

    fill(store)
    sources = {s.id: s for s in validate({"version": 1, "sources": SOURCES}, Path("f")).sources}
    yesterday = TODAY - timedelta(days=1)
    request = briefs.Request(
        period=briefs.date_range(yesterday - timedelta(days=2), yesterday),
        format="md",
        language=language,
        sources=sources,
    )
    text = briefs.build(store, request, load_taxonomy()).decode("utf-8")
    assert f"## {heading}" in text and f"| {usual} |" in text
    section = text[text.index(f"## {heading}") :]
    assert "| HU | **14** | 0 |" in section  # the rise in Hungary: 14 items, from none
    assert "· HU:** blog anti\\_gender 13; blog anti\\_gender 12" in section  # its latest
    quiet = briefs.Request(
        period=briefs.date_range(TODAY - timedelta(days=10), TODAY - timedelta(days=5)),
        format="md",
        language=language,
        sources=sources,
    )
    calm = briefs.build(store, quiet, load_taxonomy()).decode("utf-8")
    assert heading in calm and "HU" not in calm[calm.index(heading) :].split("##")[0]


def test_a_source_joining_a_country_or_a_tag_is_no_rise_of_it(store: Store) -> None:
    """rtl (NL) for forty days; nos (NL, tags repeated) first read three days ago with
    many more items: the category rises (documented), NL and its tag learn again."""
    from spikedata import _day

    for back in range(40, 0, -1):
        day = TODAY - timedelta(days=back)
        _day(store, "rtl", day, 1, "anti_aid", day)
    for back in range(3, 0, -1):
        day = TODAY - timedelta(days=back)
        _day(store, "nos", day, 8, "anti_aid", day)
    sources = [
        {"id": "rtl", "kind": "rss", "url": "https://r.example/rss", "country": "NL"},
        {
            "id": "nos",
            "kind": "rss",
            "url": "https://n.example/rss",
            "country": "NL",
            "tags": ["news", "news"],
        },
    ]
    config = {s.id: s for s in validate({"version": 1, "sources": sources}, Path("f")).sources}
    found = narrative_spikes(store, config, TODAY - timedelta(days=6), TODAY)
    assert {(s.key.country, s.key.tag) for s in found} == {(None, None)}
    assert all(s.spike.count == 9 for s in found)  # each item once, whatever its tags
