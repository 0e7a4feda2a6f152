"""The source form is built from the kinds: each kind shows its own fields, with the
examples and labels the kind gives them, and "Test" hands the engine a typed draft."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest
from pytestqt.qtbot import QtBot

from monitor.config import Defaults, Locations
from monitor.feeds_place import FeedsPlace
from monitor.sources import ADDRESS_FIELDS, KINDS, SourceDraft
from ui.engine_host import EngineHost
from ui.source_form import SourceForm


class FakeHost:
    """Only what the form asks of the engine host: the defaults, and trying a source."""

    def __init__(self) -> None:
        self.config = SimpleNamespace(defaults=Defaults())
        self.tried: list[tuple[SourceDraft, str | None]] = []

    def try_source(self, draft: SourceDraft, address: str | None = None) -> Future[Any]:
        self.tried.append((draft, address))
        return Future()  # never answers: these tests look only at what was asked


@pytest.fixture
def host() -> FakeHost:
    return FakeHost()


@pytest.fixture
def form(qtbot: QtBot, host: FakeHost, tmp_path: Path) -> SourceForm:
    place = Locations(data_dir=tmp_path, feeds_path=tmp_path / "feeds.yaml", feeds_is_default=False)
    made = SourceForm(cast(EngineHost, host), FeedsPlace(place))
    qtbot.addWidget(made)
    return made


def choose(form: SourceForm, kind: str) -> None:
    form.kind.setCurrentIndex(form.kind.findData(kind))


def test_the_kinds_offered_are_the_registered_kinds(form: SourceForm) -> None:
    assert [form.kind.itemData(i) for i in range(form.kind.count())] == list(KINDS)


def test_the_kinds_are_offered_by_their_titles(form: SourceForm) -> None:
    shown = [form.kind.itemText(i) for i in range(form.kind.count())]
    assert shown == ["Web feed (RSS/Atom/JSON)", "Mastodon", "Bluesky", "Telegram"]
    assert not set(shown) & set(KINDS)  # never the ids feeds.yaml writes


def test_language_and_country_give_examples_worded_as_such(form: SourceForm) -> None:
    assert form.fields["language"].placeholderText() == "e.g. nl"
    assert form.fields["country"].placeholderText() == "e.g. NL"


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_shows_its_own_fields_as_it_declares_them(form: SourceForm, kind: str) -> None:
    choose(form, kind)
    declared = {f.name: f for f in KINDS[kind].fields}
    shown = [name for name in ADDRESS_FIELDS if not form.fields[name].isHidden()]
    assert shown == list(declared)
    for name, field in declared.items():
        assert form.fields[name].placeholderText() == field.placeholder
        assert form.labels[name].text() == field.label  # English: the kind's own words
        assert not form.labels[name].isHidden()
    for name in set(ADDRESS_FIELDS) - set(declared):
        assert form.labels[name].isHidden()


def test_every_label_a_kind_gives_is_translatable(form: SourceForm) -> None:
    labels = {f.label for kind in KINDS.values() for f in kind.fields}
    assert labels <= set(form._kind_labels())


def test_test_hands_the_engine_a_draft_of_the_chosen_kind(form: SourceForm, host: FakeHost) -> None:
    choose(form, "mastodon")
    form.fields["instance"].setText("https://mastodon.social")
    form.fields["hashtag"].setText("genderideologie")
    form.fields["tags"].setText("lgbtqi, nl")
    form.fields["language"].setText("nl")
    form.fields["id"].setText("not-part-of-a-test")
    form.test_button.click()
    address = {"instance": "https://mastodon.social", "hashtag": "genderideologie"}
    assert host.tried == [
        (
            SourceDraft(
                kind="mastodon", address_fields=address, tags=("lgbtqi", "nl"), language="nl"
            ),
            None,
        )
    ]


def test_an_address_alone_is_handed_over_to_be_discovered(form: SourceForm, host: FakeHost) -> None:
    form.address.setText("https://t.me/vrijnieuwsnl")
    form.fields["interval"].setText("2h")
    form.enabled.setChecked(False)
    form.test_button.click()
    [(draft, address)] = host.tried
    assert address == "https://t.me/vrijnieuwsnl"
    assert not draft.address_fields  # what the kind and address are, discovery says
    assert (draft.interval, draft.enabled) == ("2h", False)
