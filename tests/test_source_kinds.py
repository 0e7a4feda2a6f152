"""Each source kind is declared once (monitor/sources/<kind>.py): what is built from the
declarations — validation, discovery, the typed config, the draft — agrees with them."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from conftest import write_feeds
from ruamel.yaml import YAML

from monitor.config import FeedsFile, SourceConfig
from monitor.config.schema import COMMON_FIELDS
from monitor.discover import from_url, suggest_id
from monitor.errors import ConfigError
from monitor.source_check import transient
from monitor.sources import ADDRESS_FIELDS, KINDS, SourceDraft
from monitor.sources.base import iso_time

# A pasted address of every kind, what it is recognised as, and the one-line address
# the validated source then has.
PASTED = [
    (
        "https://www.youtube.com/channel/UCq3Ci-h945sbEYXpVlw7rJg",
        SourceDraft(
            kind="rss",
            address_fields={
                "url": "https://www.youtube.com/feeds/videos.xml?channel_id=UCq3Ci-h945sbEYXpVlw7rJg"
            },
            tags=("youtube",),
        ),
        "https://www.youtube.com/feeds/videos.xml?channel_id=UCq3Ci-h945sbEYXpVlw7rJg",
    ),
    (
        "https://mastodon.social/tags/genderideologie",
        SourceDraft(
            kind="mastodon",
            address_fields={"instance": "https://mastodon.social", "hashtag": "genderideologie"},
        ),
        "https://mastodon.social #genderideologie",
    ),
    (
        "https://bsky.app/profile/bellingcat.com",
        SourceDraft(kind="bluesky", address_fields={"actor": "bellingcat.com"}),
        "https://public.api.bsky.app @bellingcat.com",
    ),
    (
        "https://t.me/s/vrijnieuwsnl",
        SourceDraft(kind="telegram", address_fields={"channel": "vrijnieuwsnl"}),
        "https://t.me/s/vrijnieuwsnl",
    ),
]


@pytest.fixture
def feeds(feeds_path: Path) -> FeedsFile:
    write_feeds(feeds_path, [{"id": "nos", "kind": "rss", "url": "https://feeds.nos.nl/x"}])
    return FeedsFile.load(feeds_path)


def test_every_kind_has_a_pasted_address_here() -> None:
    assert sorted(draft.kind for _, draft, _ in PASTED) == sorted(KINDS)


@pytest.mark.parametrize(("url", "draft", "address"), PASTED, ids=lambda v: str(v)[:30])
def test_a_pasted_address_is_recognised_validated_and_described(
    url: str, draft: SourceDraft, address: str, feeds: FeedsFile
) -> None:
    assert from_url(url) == draft
    source = transient(draft, feeds.config)
    assert source.kind == draft.kind and source.address == address
    for name, value in draft.address_fields.items():
        assert getattr(source, name) == value
    for name, default in KINDS[draft.kind].defaults.items():
        assert getattr(source, name) == default  # left out, so the public service


@pytest.mark.parametrize(("url", "draft", "address"), PASTED, ids=lambda v: str(v)[:30])
def test_a_recognised_source_is_added_as_written_and_read_back(
    url: str, draft: SourceDraft, address: str, feeds: FeedsFile
) -> None:
    taken = {s.id for s in feeds.config.sources}
    added = feeds.add({**draft, "id": suggest_id(draft, taken)})
    feeds.save()
    assert FeedsFile.load(feeds.path).config.source(added.id).address == address
    written = YAML().load(feeds.path.read_text(encoding="utf-8"))["sources"][-1]
    assert set(written) == {"id", *draft}  # a default is not written out


def test_the_typed_config_has_exactly_the_fields_the_kinds_declare() -> None:
    # ``named`` is no field of feeds.yaml: whether its ``name`` is given
    typed = {f.name for f in dataclasses.fields(SourceConfig)} - {*COMMON_FIELDS, "named"}
    assert typed == set(ADDRESS_FIELDS)


def test_each_kind_lists_its_fields_once_and_only_fields_of_its_own() -> None:
    for kind in KINDS.values():
        assert len(set(kind.field_names)) == len(kind.field_names), kind.name
        grouped = {name for group in kind.one_of for name in group}
        assert grouped <= set(kind.field_names), kind.name
        with pytest.raises(ValueError, match="no field"):
            kind.draft(**{"nonsense": "x"})


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_source_without_its_address_names_file_line_and_what_it_needs(
    kind: str, tmp_path: Path
) -> None:
    path = write_feeds(tmp_path / "feeds.yaml", [{"id": "x", "kind": kind}])
    with pytest.raises(ConfigError) as caught:
        FeedsFile.load(path)
    spec = KINDS[kind]
    needed = [f"needs '{name}'" for name in spec.required] + [
        "needs exactly one of " + " or ".join(f"'{n}'" for n in group) for group in spec.one_of
    ]
    assert needed
    for need in needed:
        assert any(
            m.startswith("feeds.yaml:") and "source “x” (sources[0]): " in m and need in m
            for m in caught.value.problems
        ), (need, caught.value.problems)


def test_an_unknown_kind_names_file_line_field_and_every_kind(tmp_path: Path) -> None:
    path = write_feeds(tmp_path / "feeds.yaml", [{"id": "x", "kind": "youtube"}])
    with pytest.raises(ConfigError) as caught:
        FeedsFile.load(path)
    line = next(
        n for n, text in enumerate(path.read_text().splitlines(), 1) if "kind: youtube" in text
    )
    assert caught.value.problems == [
        f"feeds.yaml:{line}: source “x” (sources[0]): kind: unknown kind 'youtube'; "
        "expected one of " + ", ".join(KINDS)
    ]


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_field_of_another_kind_is_named_as_not_used(kind: str, tmp_path: Path) -> None:
    other = next(name for name in ADDRESS_FIELDS if name not in KINDS[kind].field_names)
    draft = dict(PASTED[[d.kind for _, d, _ in PASTED].index(kind)][1])
    path = write_feeds(tmp_path / "feeds.yaml", [{"id": "x", **draft, other: "x"}])
    with pytest.raises(ConfigError, match=rf"\(sources\[0\]\): {other}: is not used by a {kind}"):
        FeedsFile.load(path)


def test_a_draft_reads_as_its_feeds_yaml_entry() -> None:
    draft = SourceDraft(
        kind="mastodon",
        address_fields={"instance": "https://mastodon.social", "account": "someone"},
        tags=("news",),
        language="nl",
        enabled=False,
    )
    assert dict(draft) == {
        "kind": "mastodon",
        "instance": "https://mastodon.social",
        "account": "someone",
        "tags": ["news"],
        "language": "nl",
        "enabled": False,
    }
    assert "country" not in draft and "interval" not in draft  # not chosen: left out
    with pytest.raises(dataclasses.FrozenInstanceError):
        draft.kind = "rss"  # type: ignore[misc]
    with pytest.raises(TypeError):
        draft.address_fields["account"] = "other"  # type: ignore[index]


def test_settings_chosen_in_a_draft_survive_discovery() -> None:
    chosen = SourceDraft(kind="rss", language="en", interval="2h", enabled=False)
    found = KINDS["rss"].draft(url="https://www.reddit.com/r/x/.rss", tags=("reddit",))
    moved = chosen.with_address_of(found)
    assert (moved.kind, dict(moved.address_fields), moved.tags) == (
        "rss",
        {"url": "https://www.reddit.com/r/x/.rss"},
        ("reddit",),
    )
    assert (moved.language, moved.interval, moved.enabled) == ("en", "2h", False)
    tagged = dataclasses.replace(chosen, tags=("mine",)).with_address_of(found)
    assert tagged.tags == ("mine",)  # tags chosen in the form win over discovered ones


def test_an_id_is_made_by_the_kind_of_the_source() -> None:
    for _, draft, _ in PASTED:
        made = suggest_id(draft, set())
        assert made == KINDS[draft.kind].id_base(draft)
        assert made and made == made.lower()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-23T17:00:00Z", datetime(2026, 11, 23, 17, tzinfo=UTC)),
        ("2026-11-23T17:00:00", datetime(2026, 11, 23, 17, tzinfo=UTC)),  # no zone: UTC
        (
            "2026-11-23T18:00:00+01:00",
            datetime(2026, 11, 23, 18, tzinfo=timezone(timedelta(hours=1))),
        ),
        ("yesterday", None),
        (None, None),
        ("", None),
    ],
)
def test_api_times_are_read_one_way(value: Any, expected: datetime | None) -> None:
    assert iso_time(value) == expected


def test_the_kinds_load_without_the_configuration() -> None:
    """The configuration is built from the kinds; a kind that imported it while loading
    would make the two import each other."""
    code = (
        "import sys, monitor.sources; "
        "assert 'monitor.config' not in sys.modules, 'a kind imports monitor.config'; "
        "assert 'monitor.fetch' not in sys.modules, 'a kind imports monitor.fetch'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
