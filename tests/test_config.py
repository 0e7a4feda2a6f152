from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from monitor.bundled import bundled_path
from monitor.config import (
    FeedsFile,
    Locations,
    atomic_write,
    load_feeds,
    parse_duration,
    parse_size,
)
from monitor.config.units import format_duration
from monitor.errors import ConfigError
from monitor.settings import load_settings, save_settings

HEADER = "version: 1\nsources:\n"


def problems_of(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_feeds(path)
    return caught.value.problems


def test_shipped_feeds_are_valid_and_cover_the_mission() -> None:
    config = load_feeds(bundled_path("feeds.yaml"))
    enabled = config.enabled_sources
    assert len(enabled) >= 30
    assert {s.kind for s in enabled} == {"rss", "mastodon", "bluesky", "telegram"}
    for source in enabled:
        if source.kind == "rss":
            assert source.url is not None and source.url.startswith("https://"), source.id
    assert {"nl", "en"} <= {s.language for s in enabled}


def test_interval_below_minimum_names_file_line_and_field(tmp_path: Path) -> None:
    text = HEADER + (
        "  - {id: a, kind: rss, url: 'https://example.org/a.xml'}\n"
        "  - {id: b, kind: rss, url: 'https://example.org/b.xml'}\n"
        "  - {id: c, kind: rss, url: 'https://example.org/c.xml'}\n"
        "  - id: d\n"
        "    kind: rss\n"
        "    url: https://example.org/d.xml\n"
        "    interval: 2m\n"
    )
    assert problems_of(tmp_path, text) == [
        "feeds.yaml:9: source “d” (sources[3]): interval: must be at least 5 minutes"
    ]


def test_a_source_is_named_by_its_name_else_its_id_then_its_place_and_field(
    tmp_path: Path,
) -> None:
    text = HEADER + (
        "  - id: gezin-blog\n"  # 3
        "    name: Gezin blog\n"
        "    kind: rss\n"
        "    url: https://example.org/feed\n"
        "    interval: 2m\n"  # 7
        "  - {kind: rss, url: 'https://example.org/b', interval: 1m}\n"  # 8: no id, no name
    )
    assert problems_of(tmp_path, text) == [
        "feeds.yaml:7: source “Gezin blog” (sources[0]): interval: must be at least 5 minutes",
        "feeds.yaml:8: sources[1]: needs an 'id'",
        "feeds.yaml:8: sources[1]: interval: must be at least 5 minutes",
    ]


def test_every_problem_is_reported_with_its_line(tmp_path: Path) -> None:
    text = HEADER + (
        "  - id: nos\n"  # 3
        "    kind: rss\n"
        "    url: feeds.nos.nl/nosnieuwsalgemeen\n"  # 5: not a full address
        "  - id: masto\n"  # 6
        "    kind: mastodon\n"
        "    instance: https://mastodon.social\n"  # no hashtag nor account
        "  - id: nos\n"  # 9: duplicate
        "    kind: rss\n"
        "    url: https://example.org/feed\n"
        "    intervall: 15m\n"  # 12: typo
        "  - id: x\n"
        "    kind: atom\n"  # 14
        "    url: https://example.org/feed\n"
        "  - id: tg\n"
        "    kind: telegram\n"
        "    channel: ab\n"  # 18: too short
        "    proxy: ftp://proxy:21\n"  # 19
    )
    assert problems_of(tmp_path, text) == [
        "feeds.yaml:5: source “nos” (sources[0]): url: 'feeds.nos.nl/nosnieuwsalgemeen' is "
        "not an http(s) address; write it in full, with https://",
        "feeds.yaml:6: source “masto” (sources[1]): a mastodon source needs exactly one of "
        "'hashtag' or 'account'",
        "feeds.yaml:9: source “nos” (sources[2]): id: duplicate id 'nos' (first used on line 3)",
        "feeds.yaml:12: source “nos” (sources[2]): intervall: unknown field (did you mean "
        "'interval'?)",
        "feeds.yaml:14: source “x” (sources[3]): kind: unknown kind 'atom'; expected one of "
        "rss, mastodon, bluesky, telegram",
        "feeds.yaml:18: source “tg” (sources[4]): channel: 'ab' is not valid (a public "
        "channel name)",
        "feeds.yaml:19: source “tg” (sources[4]): proxy: 'ftp://proxy:21' must start with one "
        "of http://, https://, socks5://, socks5h://",
    ]


def test_duplicate_id_points_at_both_lines(tmp_path: Path) -> None:
    text = HEADER + (
        "  - {id: nos, kind: rss, url: 'https://example.org/1'}\n"
        "  - {id: nos, kind: rss, url: 'https://example.org/2'}\n"
    )
    assert problems_of(tmp_path, text) == [
        "feeds.yaml:4: source “nos” (sources[1]): id: duplicate id 'nos' (first used on line 3)"
    ]


def test_a_value_that_is_not_a_mapping_is_named_with_its_line(tmp_path: Path) -> None:
    text = (
        "version: 1\n"
        "defaults: 5\n"  # 2
        "sources:\n"
        "  - {id: a, kind: rss, url: 'https://example.org/a'}\n"
        "  - 7\n"  # 5
        "  - just a word\n"  # 6
    )
    assert problems_of(tmp_path, text) == [
        "feeds.yaml:2: defaults: must be a mapping of settings",
        "feeds.yaml:5: sources[1]: must be a mapping with id, kind and an address",
        "feeds.yaml:6: sources[2]: must be a mapping with id, kind and an address",
    ]


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    text = HEADER + "  - id: a\n    kind: rss\n    url: [unclosed\n  - id: b\n"
    problems = problems_of(tmp_path, text)
    assert len(problems) == 1
    assert problems[0].startswith("feeds.yaml:6: ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- a\n- b\n", "feeds.yaml:1: the file must be a mapping with 'version' and 'sources'"),
        ("version: 2\nsources: []\n", "feeds.yaml:1: version: must be 1 (found 2)"),
        ("version: 1\nsources: {a: 1}\n", "feeds.yaml:2: sources: must be a list of sources"),
        (
            "version: 1\ndefaults: {timeout: 10m}\n",
            "feeds.yaml:2: defaults.timeout: must be at most 5 minutes",
        ),
        (
            "version: 1\nsources:\n  - {id: a, kind: bluesky, actor: x.bsky.social, query: hi}\n",
            "feeds.yaml:3: source “a” (sources[0]): a bluesky source needs exactly one of "
            "'actor' or 'query'",
        ),
        (
            "version: 1\nsources:\n  - {id: a, kind: rss, url: 'https://e.org/', channel: abcd}\n",
            "feeds.yaml:3: source “a” (sources[0]): channel: is not used by a rss source",
        ),
        (
            "version: 1\nsources:\n  - {id: A B, kind: rss, url: 'https://e.org/'}\n",
            "feeds.yaml:3: source “A B” (sources[0]): id: 'A B' is not valid (use lower-case "
            "letters, digits, - _ .)",
        ),
        (
            "version: 1\nsources:\n  - {id: a, kind: rss, url: 'https://e.org/', interval: soon}\n",
            "feeds.yaml:3: source “a” (sources[0]): interval: 'soon' is not a duration; write it "
            "like 90s, 15m, 2h or 1d",
        ),
    ],
)
def test_messages(tmp_path: Path, text: str, expected: str) -> None:
    assert problems_of(tmp_path, text) == [expected]


def test_defaults_apply_and_kind_defaults_fill_in(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(
        "version: 1\n"
        "defaults: {interval: 45m, timeout: 5s, user_agent: 'Test/1.0', max_bytes: 1MB}\n"
        "sources:\n"
        "  - {id: tg, kind: telegram, channel: somechannel}\n"
        "  - {id: bs, kind: bluesky, query: 'gender ideology', interval: 2h}\n"
        "  - {id: ma, kind: mastodon, instance: 'https://mastodon.social/', hashtag: '#Pride'}\n",
        encoding="utf-8",
    )
    config = load_feeds(path)
    tg, bs, ma = config.sources
    assert config.defaults.user_agent == "Test/1.0"
    assert config.defaults.max_bytes == 1024 * 1024
    assert tg.interval == timedelta(minutes=45) and tg.timeout == timedelta(seconds=5)
    assert tg.base_url == "https://t.me" and tg.name == "tg"
    assert bs.api == "https://public.api.bsky.app" and bs.interval == timedelta(hours=2)
    assert ma.instance == "https://mastodon.social" and ma.hashtag == "Pride"


def test_adding_and_removing_keeps_comments_and_order(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    original = (
        "# My sources — keep this comment\n"
        "version: 1\n"
        "sources:\n"
        "  # Dutch news\n"
        "  - id: nos  # the public broadcaster\n"
        "    kind: rss\n"
        "    url: https://feeds.nos.nl/nosnieuwsalgemeen\n"
        "  - {id: trouw, kind: rss, url: 'https://www.trouw.nl/voorpagina/rss.xml'}\n"
    )
    path.write_text(original, encoding="utf-8")
    feeds = FeedsFile.load(path)
    feeds.add(
        {
            "id": "tg-x",
            "kind": "telegram",
            "channel": "somechannel",
            "tags": ["social", "watch"],
            "base_url": "https://t.me",
        }
    )
    feeds.save()
    text = path.read_text(encoding="utf-8")
    assert text.startswith(original)
    assert "  - id: tg-x\n    kind: telegram\n    channel: somechannel\n" in text
    assert "base_url" not in text  # the default is implied, not written
    assert "tags: [social, watch]" in text

    feeds = FeedsFile.load(path)
    feeds.remove("trouw")
    feeds.update("nos", {"interval": "15m"})
    feeds.save()
    text = path.read_text(encoding="utf-8")
    assert "# My sources — keep this comment" in text
    assert "  - id: nos  # the public broadcaster" in text
    assert "trouw" not in text
    assert [s.id for s in load_feeds(path).sources] == ["nos", "tg-x"]
    assert load_feeds(path).source("nos").interval == timedelta(minutes=15)


def test_an_invalid_addition_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(HEADER + "  - {id: a, kind: rss, url: 'https://e.org/'}\n", "utf-8")
    before = path.read_bytes()
    feeds = FeedsFile.load(path)
    refused = r"source “b” \(sources\[1\]\): interval: must be at least 5 minutes"
    with pytest.raises(ConfigError, match=refused):
        feeds.add({"id": "b", "kind": "rss", "url": "https://e.org/b", "interval": "1m"})
    with pytest.raises(ConfigError, match="duplicate id 'a'"):
        feeds.add({"id": "a", "kind": "rss", "url": "https://e.org/c"})
    assert [s.id for s in feeds.config.sources] == ["a"]
    feeds.save()
    assert path.read_bytes() == before


def test_unwritable_destination_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(ConfigError, match=r"not-a-folder/out\.opml: cannot write the file"):
        atomic_write(blocker / "out.opml", b"<opml/>")


def test_write_failure_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(HEADER + "  - {id: a, kind: rss, url: 'https://e.org/'}\n", "utf-8")
    feeds = FeedsFile.load(path)

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(ConfigError, match="No space left on device"):
        feeds.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feeds.yaml"]


def test_first_run_copies_the_shipped_feeds(isolated_home: Path) -> None:
    locations = Locations.resolve()
    assert locations.data_dir == isolated_home.resolve()
    locations.ensure()
    assert locations.feeds_path.read_bytes() == bundled_path("feeds.yaml").read_bytes()


def test_explicit_feeds_path_must_exist(tmp_path: Path) -> None:
    locations = Locations.resolve(tmp_path / "data", tmp_path / "missing.yaml")
    with pytest.raises(ConfigError, match=r"missing\.yaml: feeds file not found"):
        locations.ensure()


@pytest.mark.parametrize(
    ("text", "seconds"), [("90s", 90), ("15m", 900), ("2h", 7200), ("1d", 86400), ("1.5h", 5400)]
)
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text).total_seconds() == seconds


def test_duration_round_trip_and_sizes() -> None:
    assert format_duration(timedelta(minutes=90)) == "90m"
    assert format_duration(timedelta(hours=2)) == "2h"
    assert format_duration(timedelta(seconds=45)) == "45s"
    assert parse_size("10MB") == 10 * 1024 * 1024
    assert parse_size(512) == 512
    with pytest.raises(ValueError, match="not a size"):
        parse_size("lots")


def test_settings_are_saved_keeping_comments(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text(
        "version: 1\n# Wie beoordeelt\nanalyst: Sanne\nclassifier:\n  int8: true  # sneller\n",
        encoding="utf-8",
    )
    saved = save_settings(
        tmp_path,
        {
            ("language",): "nl",
            ("classifier", "thresholds"): {"civic_space": 0.6},
            ("classifier", "int8"): None,
            ("alerts",): {"anti_aid": 0.9},
        },
    )
    text = path.read_text(encoding="utf-8")
    assert "# Wie beoordeelt" in text and "analyst: Sanne" in text and "int8" not in text
    assert saved == load_settings(tmp_path)
    assert saved.language == "nl" and saved.alerts == {"anti_aid": 0.9}
    assert saved.classifier.thresholds == {"civic_space": 0.6}


def test_an_invalid_setting_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    (tmp_path / "settings.yaml").write_text("version: 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"alerts\.anti_aid"):
        save_settings(tmp_path, {("alerts",): {"anti_aid": 3}})
    with pytest.raises(ConfigError, match="language"):
        save_settings(tmp_path, {("language",): "fr"})
    assert (tmp_path / "settings.yaml").read_text(encoding="utf-8") == "version: 1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.yaml"]


def test_polling_defaults_are_changed_in_place(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text("version: 1\n# sources below\nsources: []\n", encoding="utf-8")
    feeds = FeedsFile.load(path)
    feeds.update_defaults({"interval": "45m"})
    feeds.save()
    assert FeedsFile.load(path).config.defaults.interval == timedelta(minutes=45)
    assert "# sources below" in path.read_text(encoding="utf-8")
    with pytest.raises(ConfigError, match="timeout"):
        feeds.update_defaults({"timeout": "a while"})
    assert feeds.config.defaults.timeout == timedelta(seconds=20)  # unchanged
