"""Two organisations exchange a week of findings both ways: keys made, trusted, exported
and imported, provenance shown, a bundle tampered with, signed by a stranger, of a newer
format or no bundle at all refused, and a second import adding nothing."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from briefdata import WEEK_START, build
from click.testing import CliRunner, Result
from sharingdata import partner_bundle

from monitor.cli.main import cli
from monitor.errors import ShareError
from monitor.models import ItemStatus
from monitor.sharing import bundle as bundles
from monitor.sharing.keys import Keys, read_public_key
from monitor.store import ItemQuery, Queue, QueueQuery, Store

FINDINGS_W48 = 5  # confirmed in week 48 by briefdata


pytestmark = pytest.mark.usefixtures("no_keyring")  # keys in 0600 files, as on a server


class Org:
    def __init__(self, folder: Path, name: str) -> None:
        self.folder, self.name = folder, name
        self.runner = CliRunner()

    def run(self, *args: str) -> Result:
        return self.runner.invoke(cli, ["--data-dir", str(self.folder), *args])

    def ok(self, *args: str) -> str:
        result = self.run(*args)
        assert result.exit_code == 0, result.output
        return result.output

    def export(self, target: Path, *args: str) -> str:
        """``share export`` of week 48 (narrowed by ``args``) to ``target``; what it said."""
        return self.ok("share", "export", "--week", "2026-W48", *args, "-o", str(target))

    def items(self, *args: str) -> list[dict[str, Any]]:
        return json.loads(self.ok("items", "--json", *args))

    def store(self) -> Store:
        return Store.open(self.folder / "pushback.db")


@pytest.fixture
def orgs(tmp_path: Path) -> tuple[Org, Org]:
    """Two data folders with the same two weeks of monitoring, each with its key, each
    trusting the other's after "checking the fingerprint"."""
    a, b = Org(tmp_path / "a", "Stichting Wakker"), Org(tmp_path / "b", "Fonds Open Ruimte")
    for org in (a, b):
        build(org.folder / "pushback.db")
        assert "fingerprint:" in org.ok("keys", "init", "--name", org.name)
        org.ok("keys", "export", "-o", str(tmp_path / f"{org.folder.name}.pub"))
    b.ok("keys", "trust", str(tmp_path / "a.pub"))
    a.ok("keys", "trust", str(tmp_path / "b.pub"), "--name", "FOR")
    return a, b


@pytest.fixture
def w48(orgs: tuple[Org, Org], tmp_path: Path) -> Path:
    """The first organisation's bundle of week 48, for the second."""
    target = tmp_path / "w48.zip"
    orgs[0].export(target)
    return target


def test_a_week_of_findings_goes_both_ways_once(orgs: tuple[Org, Org], tmp_path: Path) -> None:
    a, b = orgs
    own_before = b.items()
    for sender, receiver, shown in ((a, b, "Stichting Wakker"), (b, a, "FOR")):
        target = tmp_path / f"from-{sender.folder.name}.zip"
        out = sender.export(target)
        assert f"{FINDINGS_W48} findings of 2026-W48" in out
        out = receiver.ok("share", "import", str(target))
        assert f"{FINDINGS_W48} findings added from {shown}" in out

        imported = receiver.items("--status", "partner")
        assert len(imported) == FINDINGS_W48
        key = Keys(sender.folder).need_own().fingerprint
        for item in imported:
            provenance = item["provenance"]
            assert provenance["organisation"] == shown
            assert provenance["key"] == key
            assert datetime.fromisoformat(provenance["confirmed"]).tzinfo is not None
            assert len(provenance["bundle"]) == 16
        assert {i["title"] for i in imported} == {
            i["title"] for i in sender.items("--status", "confirmed", "--since", "2026-11-23")
        }
        own = [i for i in receiver.items() if i["status"] != "partner"]
        assert own and all("provenance" not in i for i in own)

        again = receiver.ok("share", "import", str(target))
        assert "0 findings added" in again and f"{FINDINGS_W48} imported before" in again
        assert len(receiver.items("--status", "partner")) == FINDINGS_W48
    assert len(b.items()) == len(own_before) + FINDINGS_W48


def test_partners_findings_stay_apart_until_confirmed_here(
    orgs: tuple[Org, Org], w48: Path
) -> None:
    _, b = orgs
    store = b.store()
    counts = store.period_counts(WEEK_START, WEEK_START.replace(day=30))
    store.close()
    b.ok("share", "import", str(w48))

    store = b.store()
    try:
        assert store.period_counts(WEEK_START, WEEK_START.replace(day=30)) == counts
        assert store.to_classify("any-model") == [] or not any(
            store.item(i).status == ItemStatus.PARTNER  # type: ignore[union-attr]
            for i in store.to_classify("any-model")
        )
        queued = store.queue_ids(QueueQuery(queue=Queue.PARTNERS))
        assert len(queued) == FINDINGS_W48
        assert store.queue_counts(WEEK_START).queues[Queue.PARTNERS] == FINDINGS_W48
        shared = store.provenance(queued)
        # b read the same stories itself: each partner's finding names b's own item
        for item_id, provenance in shared.items():
            item = store.item(item_id)
            assert item is not None and provenance.same_story
            for own_id in provenance.same_story:
                own = store.item(own_id)
                assert own is not None and own.url == item.url
                assert own_id not in shared
            told = store.shared_by_partners(list(provenance.same_story))
            assert any(p.item_id == item_id for p in told[provenance.same_story[0]])
        first = queued[0]
    finally:
        store.close()

    # an analyst here confirms one as their own: it leaves the partners' queue
    b.ok("review", str(first), "--confirm")
    store = b.store()
    try:
        assert store.item(first).status == ItemStatus.CONFIRMED  # type: ignore[union-attr]
        assert first not in store.queue_ids(QueueQuery(queue=Queue.PARTNERS))
        assert first in store.provenance([first])  # where it came from stays known
    finally:
        store.close()
    b.ok("review", str(first), "--undo")
    store = b.store()
    try:
        item = store.item(first)
        assert item is not None and item.status == ItemStatus.PARTNER
        assert item.categories == list(store.provenance([first])[first].categories)
    finally:
        store.close()


def _rewrite(source: Path, target: Path, change: Any) -> None:
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    target.write_bytes(buffer.getvalue())


def _retitled(members: dict[str, bytes]) -> None:
    document = json.loads(members[bundles.MANIFEST])
    document["findings"][0]["title"] = "Iets heel anders"
    members[bundles.MANIFEST] = json.dumps(document).encode()


def _extra(members: dict[str, bytes]) -> None:
    members["README.txt"] = b"unsigned words"


def _refused(org: Org, path: Path, *words: str) -> None:
    before = len(org.items())
    result = org.run("share", "import", str(path))
    assert result.exit_code != 0
    assert str(path) in result.output
    for word in words:
        assert word in result.output
    assert len(org.items()) == before


def test_bundles_that_cannot_be_trusted_add_nothing(
    orgs: tuple[Org, Org], w48: Path, tmp_path: Path
) -> None:
    a, b = orgs
    tampered = tmp_path / "tampered.zip"
    _rewrite(w48, tampered, _retitled)
    _refused(b, tampered, "signature does not match", "changed after it was signed")

    extra = tmp_path / "extra.zip"
    _rewrite(w48, extra, _extra)
    _refused(b, extra, "README.txt")

    stranger = Org(tmp_path / "c", "Onbekend")
    build(stranger.folder / "pushback.db")
    stranger.ok("keys", "init", "--name", stranger.name)
    theirs = tmp_path / "c.zip"
    stranger.export(theirs)
    _refused(b, theirs, "not trusted here", "'Onbekend'")

    newer = tmp_path / "v2.zip"
    document = json.loads(zipfile.ZipFile(w48).read(bundles.MANIFEST))
    document["version"] = 2
    bundles.write(newer, document, Keys(a.folder))  # signed, but of a format not known
    _refused(b, newer, "version 2 is not known")

    noise = tmp_path / "noise.zip"
    noise.write_bytes(b"PK\x03\x04 not really")
    _refused(b, noise, "not a zip file")
    _refused(b, tmp_path / "missing.zip", "cannot be read")

    # a finding with a field at fault is named, and the whole bundle is refused
    document = json.loads(zipfile.ZipFile(w48).read(bundles.MANIFEST))
    document["findings"][2]["url"] = "javascript:alert(1)"
    bad = tmp_path / "bad-url.zip"
    bundles.write(bad, document, Keys(a.folder))
    _refused(b, bad, "finding 3", "'url'", "not a web address")

    b.ok("keys", "forget", "Stichting Wakker")
    _refused(b, w48, "not trusted here")


def test_only_shareable_notes_leave(orgs: tuple[Org, Org], tmp_path: Path) -> None:
    a, _ = orgs
    store = a.store()
    noted = [i for i in store.items(ItemQuery(status="confirmed")) if i.note]
    store.close()
    assert noted
    item_id = str(noted[0].id)

    def shared_note() -> str | None:
        target = tmp_path / "notes.zip"
        a.export(target, "--item", item_id)
        (finding,) = json.loads(zipfile.ZipFile(target).read(bundles.MANIFEST))["findings"]
        return finding["note"]

    assert shared_note() is None  # private by default
    assert "may go to partners" in a.ok("review", item_id, "--share-note")
    assert shared_note() == noted[0].note
    a.ok("review", item_id, "--note", "Bron gebeld; niet doorgeven.")
    assert shared_note() is None  # a new note is private again
    a.ok("review", item_id, "--share-note")
    a.ok("review", item_id, "--private-note")
    assert shared_note() is None


def test_keys_refuse_what_cannot_be_trusted(orgs: tuple[Org, Org], tmp_path: Path) -> None:
    a, b = orgs
    assert "has a key already" in a.run("keys", "init", "--name", "Tweede").output
    listed = b.ok("keys", "list")
    own = Keys(b.folder).need_own()
    assert own.fingerprint[:4].upper() in listed and "Stichting Wakker" in listed
    assert "already" in b.run("keys", "trust", str(tmp_path / "a.pub")).output
    assert "own key" in b.run("keys", "trust", str(tmp_path / "b.pub")).output

    changed = tmp_path / "changed.pub"
    data = json.loads((tmp_path / "a.pub").read_text())
    data["public_key"] = json.loads((tmp_path / "b.pub").read_text())["public_key"]
    changed.write_text(json.dumps(data))
    with pytest.raises(ShareError, match="fingerprint does not belong"):
        read_public_key(changed)
    result = b.run("keys", "trust", str(changed))
    assert result.exit_code != 0 and str(changed) in result.output

    secret = a.folder / "secrets" / "signing-key"
    assert secret.stat().st_mode & 0o777 == 0o600
    assert (secret.parent.stat().st_mode & 0o777) == 0o700
    assert "no partner is named" in a.run("keys", "forget", "Niemand").output


def test_without_a_key_nothing_is_signed(tmp_path: Path) -> None:
    org = Org(tmp_path / "z", "Z")
    build(org.folder / "pushback.db")
    result = org.run("share", "export", "--week", "2026-W48", "-o", str(tmp_path / "z.zip"))
    assert result.exit_code != 0 and "keys init" in result.output
    assert not (tmp_path / "z.zip").exists()


def test_import_on_either_database(database: Path | str, tmp_path: Path) -> None:
    """The store's part, on SQLite and PostgreSQL: added once, linked to the same story,
    kept apart from this organisation's counts."""
    sender = tmp_path / "sender"
    partner_bundle(sender, "Stichting Wakker", tmp_path / "s.pub", tmp_path / "w.zip")
    receiver = Keys(tmp_path / "receiver")
    receiver.init("Fonds Open Ruimte")
    receiver.trust(tmp_path / "s.pub")
    found = bundles.read(tmp_path / "w.zip", receiver)
    assert found.organisation == "Stichting Wakker" and len(found.findings) == FINDINGS_W48

    build(database)
    store = Store.open(database)
    try:
        now = datetime(2026, 12, 1, tzinfo=UTC)
        first = bundles.add(store, found, now)
        assert len(first.added) == FINDINGS_W48 and first.known == 0
        again = bundles.add(store, found, now)
        assert again.added == [] and again.known == FINDINGS_W48
        shared = store.provenance(first.added)
        assert {p.organisation for p in shared.values()} == {"Stichting Wakker"}
        assert all(p.same_story for p in shared.values())
        sources = {store.item(i).meta["partner_source"] for i in first.added}  # type: ignore[union-attr]
        assert "NOS" in sources
    finally:
        store.close()


def test_the_brief_marks_partners_findings_or_leaves_them_out(
    orgs: tuple[Org, Org], w48: Path, tmp_path: Path
) -> None:
    _, b = orgs
    b.ok("share", "import", str(w48))
    title = "Soros betaalt de demonstranten"

    def brief(*args: str) -> str:
        out = tmp_path / "brief.md"
        b.ok("brief", "--week", "2026-W48", "--lang", "en", "-o", str(out), *args)
        return out.read_text(encoding="utf-8")

    without = brief()
    assert "From partners" not in without and "Stichting Wakker" not in without
    marked = brief("--partners")
    section = marked.split("## From partners", 1)[1].split("\n## ", 1)[0]
    assert title in section and "Confirmed by Stichting Wakker on" in section

    def figures(brief: str) -> str:  # the partners' findings are not counted
        return brief.split("## Key figures", 1)[1].split("\n## ", 1)[0]

    assert figures(marked) == figures(without)
    dutch = tmp_path / "brief-nl.md"
    b.ok("brief", "--week", "2026-W48", "--lang", "nl", "--partners", "-o", str(dutch))
    assert "Bevestigd door Stichting Wakker op" in dutch.read_text(encoding="utf-8")


def test_team_import_brings_partners_findings_and_shared_notes(
    orgs: tuple[Org, Org], w48: Path, postgres_url: str
) -> None:
    _, b = orgs
    b.ok("share", "import", str(w48))
    store = b.store()
    noted = next(i for i in store.items(ItemQuery(status="confirmed")) if i.note)
    store.share_note(noted.id, True)
    partner = store.queue_ids(QueueQuery(queue=Queue.PARTNERS))[0]
    b.ok("review", str(partner), "--confirm")
    store.close()

    result = b.run("--database", postgres_url, "team", "import", "--from-sqlite", str(b.folder))
    assert result.exit_code == 0, result.output
    team = Store.open(postgres_url)
    try:
        waiting = team.queue_ids(QueueQuery(queue=Queue.PARTNERS))
        assert len(waiting) == FINDINGS_W48 - 1  # the one confirmed here is the team's own
        shared = team.provenance(waiting)
        assert {p.organisation for p in shared.values()} == {"Stichting Wakker"}
        moved = {i.title: i for i in team.items(ItemQuery(status="confirmed"))}
        assert moved[noted.title].note_shared
        again = bundles.read(w48, Keys(b.folder))
        assert bundles.add(team, again).added == []  # known to the team as well
    finally:
        team.close()
