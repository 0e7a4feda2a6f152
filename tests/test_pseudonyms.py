"""Pseudonymised exports: private persons' handles and names as pseudonyms that are the
same within an organisation and differ across organisations, public names kept, and a
list of public names whose faults are named by file and line."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from briefdata import build
from click.testing import CliRunner

from monitor.cli.main import cli
from monitor.errors import ConfigError
from monitor.sharing import bundle as bundles
from monitor.sharing.pseudonyms import (
    PUBLIC_NAMES,
    FolderPseudonyms,
    Pseudonyms,
    read_public_names,
)
from monitor.store import Actor, ActorKind, ItemQuery, Store

pytestmark = pytest.mark.usefixtures("no_keyring")

CHANNEL = "@waarheidskanaal"  # an account briefdata's analysts named on week 48's findings


def _run(folder: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--data-dir", str(folder), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_same_person_is_the_same_pseudonym_here_and_another_elsewhere(
    tmp_path: Path,
) -> None:
    ours, theirs = Pseudonyms.for_folder(tmp_path / "a"), Pseudonyms.for_folder(tmp_path / "b")
    again = Pseudonyms.for_folder(tmp_path / "a")  # the secret is kept, not made anew
    handle = "@Jan@mastodon.social"
    assert ours.person(handle) == again.person(handle) == ours.person(" @jan@Mastodon.social ")
    assert ours.person(handle) != theirs.person(handle)
    assert ours.person(handle).startswith("person-")  # type: ignore[union-attr]
    assert "jan" not in (ours.person(handle) or "")
    assert ours.person("Jan de Vries") != ours.person("Jan de Wit")
    assert ours.person(None) is None and ours.person("") == ""
    secret = tmp_path / "a" / "secrets" / "pseudonym-secret"
    assert secret.stat().st_mode & 0o777 == 0o600


def test_handles_in_text_and_links_are_pseudonymised_public_ones_kept(tmp_path: Path) -> None:
    names = Pseudonyms.of(b"s" * 32, ["Viktor Orbán", "@ordoiuris"])
    text = "Zie @jan@mastodon.social, @henk.bsky.social, u/throwaway_123 en @ordoiuris."
    shown = names.text(text)
    for private in ("jan@mastodon.social", "henk.bsky.social", "throwaway_123"):
        assert private not in shown
    assert "@ordoiuris" in shown and shown.count("person-") == 3
    assert names.text("schrijf naar info@example.org") == "schrijf naar info@example.org"
    assert names.person("viktor  orbán") == "viktor  orbán"  # on the list: named
    # a handle listed without its instance is not every account of that name
    assert names.person("@ordoiuris@mastodon.social") != "@ordoiuris@mastodon.social"

    mastodon = names.url("https://mastodon.social/@jan/11223344")
    # the post's id would find the post and its author: only the pseudonymised account
    assert mastodon == f"https://mastodon.social/@{names.pseudonym('jan@mastodon.social')}"
    assert names.pseudonym("jan@mastodon.social") in shown  # the link and the text agree
    for link, private in (
        ("https://bsky.app/profile/henk.bsky.social/post/3kx", "henk.bsky.social"),
        ("https://www.reddit.com/user/throwaway_123/comments/abc", "throwaway_123"),
        ("https://t.me/waarheidskanaal/552", "waarheidskanaal"),
        ("https://t.me/s/waarheidskanaal", "waarheidskanaal"),
        ("https://www.youtube.com/@someone?si=tracking", "someone"),
    ):
        unnamed = names.url(link)
        assert unnamed is not None and private not in unnamed and "person-" in unnamed
    for kept in (
        "https://nos.nl/artikel/2500000-kabinet",
        "https://www.reddit.com/r/thenetherlands/comments/abc",
        "https://www.youtube.com/@ordoiuris",
    ):
        assert names.url(kept) == kept


def test_a_broken_public_names_file_is_named_by_line(tmp_path: Path) -> None:
    path = tmp_path / PUBLIC_NAMES
    path.write_text("# public figures\nViktor Orbán  # PM\n\n" + "x" * 300 + "\n", "utf-8")
    with pytest.raises(ConfigError, match=rf"{PUBLIC_NAMES}:4: longer than 200"):
        read_public_names(path)
    path.write_text("Ordo Iuris\nFoo\x07bar\n", "utf-8")
    with pytest.raises(ConfigError, match=rf"{PUBLIC_NAMES}:2: holds a control character"):
        read_public_names(path)
    path.write_text("Ordo Iuris\n# comment\n@citizengo\n", "utf-8")
    assert read_public_names(path) == ["Ordo Iuris", "@citizengo"]
    assert read_public_names(tmp_path / "missing.txt") == []


def _with_people(folder: Path) -> None:
    """Week 48 with a private person named on two findings and a public one on one."""
    build(folder / "pushback.db")
    store = Store.open(folder / "pushback.db")
    try:
        found = [i for i in store.items(ItemQuery(status="confirmed")) if i.published.day >= 23]
        for item in found[:2]:
            store.set_actors(item.id, [Actor("Piet Jansen", ActorKind.PERSON)], analyst="Sanne")
        store.set_actors(
            found[2].id,
            [Actor("Viktor Orbán", ActorKind.PERSON), Actor(CHANNEL, ActorKind.ACCOUNT)],
            analyst="Sanne",
        )
    finally:
        store.close()
    (folder / PUBLIC_NAMES).write_text("Viktor Orbán\n", "utf-8")


@pytest.mark.parametrize("form", ["csv", "json"])
def test_the_export_names_no_private_person(tmp_path: Path, form: str) -> None:
    folder = tmp_path / "org"
    _with_people(folder)
    plain, unnamed = tmp_path / f"plain.{form}", tmp_path / f"unnamed.{form}"
    _run(folder, "brief", "--week", "2026-W48", "-o", str(plain))
    _run(folder, "brief", "--week", "2026-W48", "--pseudonymise", "-o", str(unnamed))
    before, after = plain.read_text("utf-8"), unnamed.read_text("utf-8")
    assert "Piet Jansen" in before and CHANNEL in before and "Sanne" in before
    for private in ("Piet Jansen", CHANNEL, "Sanne", "Joris"):
        assert private not in after
    assert "Viktor Orbán" in after  # on the list of public names
    assert "Kabinet-Schoof" in after  # an organisation stays named
    piet = Pseudonyms.for_folder(folder).person("Piet Jansen") or ""
    assert after.count(piet) == 2  # the same person on two findings: one pseudonym
    if form == "json":
        items = json.loads(after)["items"]
        assert {a["name"] for i in items for a in i["actors"]} >= {piet, "Viktor Orbán"}


def test_pseudonymise_is_for_the_exports_and_a_bundle(tmp_path: Path) -> None:
    folder = tmp_path / "org"
    _with_people(folder)
    result = CliRunner().invoke(
        cli, ["--data-dir", str(folder), "brief", "--week", "2026-W48", "--pseudonymise",
              "-o", str(tmp_path / "b.pdf")],
    )  # fmt: skip
    assert (
        result.exit_code != 0 and "--pseudonymise goes with --format csv or json" in result.output
    )
    _run(folder, "keys", "init", "--name", "Stichting Wakker")
    target = tmp_path / "w48.zip"
    _run(folder, "share", "export", "--week", "2026-W48", "--pseudonymise", "-o", str(target))
    document = json.loads(zipfile.ZipFile(target).read(bundles.MANIFEST))
    assert document["pseudonymised"] is True
    named = json.dumps(document["findings"], ensure_ascii=False)
    assert "Piet Jansen" not in named and CHANNEL not in named and "Viktor Orbán" in named
    assert Pseudonyms.for_folder(folder).person("Piet Jansen") in named


def test_links_in_running_text_are_pseudonymised_as_links_are() -> None:
    names = Pseudonyms.of(b"s" * 32, ["@ordoiuris"])
    note = (
        "Zie https://mastodon.social/@jan/11223344, en https://t.me/waarheidskanaal/552. "
        "Bron: https://nos.nl/artikel/1 en https://www.youtube.com/@ordoiuris."
    )
    shown = names.text(note)
    assert "jan" not in shown and "waarheidskanaal" not in shown
    assert names.url("https://mastodon.social/@jan/11223344") in shown
    assert f"@{names.pseudonym('jan@mastodon.social')}" in shown  # as a mention would be
    assert "https://nos.nl/artikel/1 en https://www.youtube.com/@ordoiuris." in shown


def test_a_damaged_secret_is_refused_never_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "org"
    Pseudonyms.for_folder(folder)  # makes the secret
    kept = folder / "secrets" / "pseudonym-secret"
    kept.write_text("not hexadecimal", "utf-8")
    with pytest.raises(ConfigError, match="pseudonym secret is damaged"):
        Pseudonyms.for_folder(folder)
    later = FolderPseudonyms(folder)  # read when first used: the fault shows then
    with pytest.raises(ConfigError, match="pseudonym secret is damaged"):
        later.person("Piet Jansen")
    assert kept.read_text("utf-8") == "not hexadecimal"  # left for the analyst to restore


def test_a_folders_pseudonyms_read_later_are_the_same(tmp_path: Path) -> None:
    folder = tmp_path / "org"
    (folder / PUBLIC_NAMES).parent.mkdir(parents=True)
    (folder / PUBLIC_NAMES).write_text("@ordoiuris\n", "utf-8")
    now, later = Pseudonyms.for_folder(folder), FolderPseudonyms(folder)
    line = "@piet en @ordoiuris: https://bsky.app/profile/piet.bsky.social/post/1"
    assert later.text(line) == now.text(line) != line
    assert later.person("Piet") == now.person("Piet")
    assert later.url("https://t.me/piet") == now.url("https://t.me/piet")
