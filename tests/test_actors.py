"""Actors: recorded on findings (and undone) in the store, suggested from an item's text
and account, never taken from a news byline."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from storedata import new_item, save

from monitor.actors import Suggester, Suggestion, Why, guess_kind, is_social
from monitor.cli.main import cli
from monitor.errors import StoreError
from monitor.models import ItemStatus
from monitor.store import Action, Actor, ActorKind, Store, StoredItem
from monitor.store.migrations import MIGRATIONS, migrate

NOW = datetime(2026, 11, 24, 10, tzinfo=UTC)

HRW_URL = "https://www.hrw.org/news/2024/04/02/kyrgyzstan-law"
HRW_TITLE = "Kyrgyzstan: Repressive ‘Foreign Representatives’ Law Signed"
HRW_TEXT = (
    "(Berlin) – Kyrgyzstan’s president, Sadyr Japarov, signed a repressive “foreign "
    "representatives” law that will stigmatize nongovernmental groups receiving funds from "
    "abroad, Human Rights Watch said today. The bill, introduced by members of parliament "
    "Nadira Narmatova and Nurzhigit Kadyrbekov, was adopted by the Jogorku Kenesh, "
    "Kyrgyzstan’s parliament, in March. Groups labelled “foreign representatives” face "
    "inspections by the Ministry of Justice. “The law is a blow to civil society,” said "
    "Syinat Sultanalieva, Central Asia researcher at Human Rights Watch."
)
NOS_URL = "https://nos.nl/artikel/2550001"
NOS_TITLE = "Kabinet schrapt half miljard op ontwikkelingshulp"
NOS_TEXT = (
    "Minister Klever (Buitenlandse Handel en Ontwikkelingshulp) wil de komende jaren een half "
    "miljard minder uitgeven aan ontwikkelingssamenwerking. Volgens PVV-Kamerlid Jan de Groot "
    "moet het geld naar 'onze eigen mensen'. Partners voor Ontwikkeling noemt het besluit "
    "rampzalig. Ook de Partij voor de Vrijheid wil de subsidies voor ngo's stoppen."
)


def item(
    title: str,
    text: str,
    *,
    author: str | None = None,
    url: str = "https://example.org/1",
    source: str = "src",
) -> StoredItem:
    return StoredItem(
        id=1,
        source=source,
        external_id="1",
        title=title,
        url=url,
        canonical_url=url,
        published=NOW,
        published_estimated=False,
        fetched=NOW,
        updated=None,
        language="en",
        language_detected=False,
        text=text,
        html="",
        author=author,
        status=ItemStatus.PENDING,
        duplicate_of=None,
    )


def names(suggestions: list[Suggestion]) -> list[tuple[str, str]]:
    return [(s.actor.name, s.actor.kind) for s in suggestions]


# -- suggestions ---------------------------------------------------------------------------


def test_a_report_about_a_law_suggests_who_made_it_not_its_byline() -> None:
    report = item(HRW_TITLE, HRW_TEXT, author="Syinat Sultanalieva", url=HRW_URL, source="hrw")
    suggested = Suggester().suggest(report, source_kind="rss", source_name="Human Rights Watch")
    found = names(suggested)
    for expected in (
        ("Sadyr Japarov", "person"),
        ("Nadira Narmatova", "person"),
        ("Nurzhigit Kadyrbekov", "person"),
        ("Jogorku Kenesh", "organisation"),
        ("Ministry of Justice", "organisation"),
        ("Parliament of Kyrgyzstan", "organisation"),
    ):
        assert expected in found
    everything = " ".join(name for name, _ in found)
    assert "Sultanalieva" not in everything  # the researcher: byline and quoted source
    assert "Human Rights Watch" not in everything  # the publisher
    japarov = next(s for s in suggested if s.actor.name == "Sadyr Japarov")
    assert japarov.why is Why.OFFICE_HOLDER and "president" in japarov.evidence


def test_a_dutch_news_item_suggests_office_holders_and_parties_not_the_editors() -> None:
    news = item(NOS_TITLE, NOS_TEXT, author="Redactie", url=NOS_URL, source="nos")
    found = names(Suggester().suggest(news, source_kind="rss", source_name="NOS Nieuws"))
    assert ("Klever", "person") in found
    assert ("Jan de Groot", "person") in found
    assert ("PVV", "organisation") in found
    assert ("Partij voor de Vrijheid", "organisation") in found
    assert all(name != "Redactie" for name, _ in found)
    assert all("Volgens" not in name and "Ook" not in name for name, _ in found)


def test_the_account_behind_a_social_post_comes_first() -> None:
    post = item(
        "",
        "Genderideologie hoort niet op school. Stop de lessen!",
        author="Gezin Eerst (@gezineerst@mastodon.social)",
        url="https://mastodon.social/@gezineerst/1131",
    )
    suggested = Suggester().suggest(post, source_kind="mastodon")
    assert names(suggested)[0] == ("Gezin Eerst (@gezineerst@mastodon.social)", "account")
    assert suggested[0].why is Why.ACCOUNT
    channel = item("", "Soros betaalt de demonstranten", author="Waarheid", url="https://t.me/w/5")
    assert is_social(channel)
    assert names(Suggester().suggest(channel)) == [("Waarheid", "account")]
    video = item("Great replacement explained", "", author="Truth Channel")
    assert not is_social(video)  # without a sign of a platform, an author is a byline
    assert names(Suggester().suggest(video, source_kind="rss")) == []


def test_known_actors_are_found_by_whole_words_with_their_kind() -> None:
    known = [
        Actor("Forum voor Democratie", ActorKind.ORGANISATION),
        Actor("Thierry Baudet", ActorKind.PERSON),
        Actor("FvD", ActorKind.ORGANISATION),
    ]
    news = item(
        "Baudet opnieuw in debat",
        "Thierry  Baudet en zijn partij forum voor democratie willen de subsidie stoppen. "
        "Een fvdfan reageerde.",
    )
    suggested = Suggester(known).suggest(news, exclude=[Actor("Thierry Baudet")])
    assert names(suggested) == [("Forum voor Democratie", "organisation")]
    assert suggested[0].why is Why.KNOWN


def test_a_typed_name_gets_a_likely_kind() -> None:
    assert guess_kind("@gezineerst@mastodon.social") is ActorKind.ACCOUNT
    assert guess_kind("Ministerie van Justitie en Veiligheid") is ActorKind.ORGANISATION
    assert guess_kind("PVV") is ActorKind.ORGANISATION
    assert guess_kind("Kabinet-Schoof") is ActorKind.ORGANISATION
    assert guess_kind("Minister of Justice") is ActorKind.OFFICE
    assert guess_kind("Sadyr Japarov") is ActorKind.PERSON


# -- the store -------------------------------------------------------------------------------


def stored(store: Store, number: int, published: datetime = NOW) -> int:
    url = f"https://example.org/{number}"
    new = new_item("src", str(number), f"Item {number}", published, url=url, author="Redactie")
    (item_id,) = save(store, [new], NOW)
    return item_id


def test_actors_are_recorded_remembered_and_logged(store: Store) -> None:
    first, second = stored(store, 1), stored(store, 2)
    decision = store.set_actors(
        first,
        [Actor("Sadyr  Japarov"), Actor("Jogorku Kenesh", ActorKind.ORGANISATION)],
        analyst="sanne",
    )
    assert (decision.action, decision.actors) == (
        Action.ACTORS,
        ["Sadyr Japarov", "Jogorku Kenesh"],
    )
    # the same actor whatever its case: spelling and kind as first recorded
    store.set_actors(second, [Actor("sadyr japarov", ActorKind.OFFICE)])
    assert store.actors_of([first, second]) == {
        first: [Actor("Sadyr Japarov"), Actor("Jogorku Kenesh", ActorKind.ORGANISATION)],
        second: [Actor("Sadyr Japarov")],
    }
    assert store.known_actors()[0] == Actor("Sadyr Japarov")  # named most
    history = store.decisions(first)
    assert [d.action for d in history] == [Action.ACTORS]
    assert store.item(first).status is ItemStatus.PENDING  # type: ignore[union-attr]
    with pytest.raises(StoreError, match="no item with id 999"):
        store.set_actors(999, [Actor("X")])


def test_undoing_actors_restores_those_before_and_leaves_decisions_alone(store: Store) -> None:
    item_id = stored(store, 1)
    store.set_actors(item_id, [Actor("A")])
    store.record_decision(item_id, Action.CONFIRM, labels=["civic_space"])
    store.set_actors(item_id, [Actor("A"), Actor("B")])
    (undo,) = store.undo_actors([item_id])
    assert (undo.action, undo.actors) == (Action.UNDO, ["A"])
    assert store.actors_of([item_id])[item_id] == [Actor("A")]
    assert store.item(item_id).status is ItemStatus.CONFIRMED  # type: ignore[union-attr]
    store.undo_actors([item_id])
    assert store.actors_of([item_id]) == {}
    with pytest.raises(StoreError, match="no actors to undo"):
        store.undo_actors([item_id])
    # the decision is still there to undo, and an undo of it skips the actors entries
    undone = store.record_decision(item_id, Action.UNDO)
    assert undone.status is ItemStatus.PENDING


def test_period_actors_are_those_of_findings_and_new_when_never_named_before(
    store: Store,
) -> None:
    before = datetime(2026, 11, 17, 10, tzinfo=UTC)
    old, finding, pending = stored(store, 1, before), stored(store, 2), stored(store, 3)
    for item_id in (old, finding):
        store.record_decision(item_id, Action.CONFIRM, labels=["anti_aid"])
    store.set_actors(old, [Actor("PVV", ActorKind.ORGANISATION)])
    store.set_actors(finding, [Actor("PVV", ActorKind.ORGANISATION), Actor("Klever")])
    store.set_actors(pending, [Actor("Niet bevestigd")])
    week = (datetime(2026, 11, 23, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC))
    named = store.period_actors(*week)
    assert [(p.actor.name, p.findings, p.first_finding >= week[0]) for p in named] == [
        ("Klever", 1, True),
        ("PVV", 1, False),
    ]


def test_the_migration_adds_actors_to_an_existing_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    names_before = [m.name for m in MIGRATIONS if m.name != "0009_actors"]
    migrate(old, path, [m for m in MIGRATIONS if m.name in names_before])
    old.close()
    store = Store.open(path)
    assert {"actors", "item_actors"} <= set(store._db.table_names())
    assert "actors" in store._db.table("decisions").columns_dict
    store.close()
    assert list(tmp_path.glob("old.db.backup-*-before-0009_actors"))


# -- the command line -----------------------------------------------------------------------


def test_review_records_actors_and_items_json_shows_them(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    store = Store.open(data / "pushback.db")
    item_id = stored(store, 1)
    store.close()
    runner = CliRunner()
    base = ["--data-dir", str(data)]
    result = runner.invoke(
        cli,
        [
            *base,
            "review",
            str(item_id),
            "--confirm",
            "--labels",
            "civic_space",
            "--actor",
            "Sadyr Japarov",
            "--actor",
            "organisation:Jogorku Kenesh",
            "--actor",
            "@kenesh_kg",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "actors: Sadyr Japarov, Jogorku Kenesh, @kenesh_kg" in result.output
    listed = runner.invoke(cli, [*base, "items", "--json"])
    (shown,) = json.loads(listed.output)
    assert shown["actors"] == [
        {"name": "Sadyr Japarov", "kind": "person"},
        {"name": "Jogorku Kenesh", "kind": "organisation"},
        {"name": "@kenesh_kg", "kind": "account"},
    ]
    assert {"id", "source", "title", "url", "published", "status", "categories"} <= set(shown)
    cleared = runner.invoke(cli, [*base, "review", str(item_id), "--no-actors"])
    assert cleared.exit_code == 0 and "actors: none" in cleared.output
    show = runner.invoke(cli, [*base, "show", str(item_id)])
    assert show.exit_code == 0 and "actors: none recorded" in show.output
