"""Sharing in the app: the key made and a partner's trusted in Settings › Partners, a
bundle previewed and saved, a partner's bundle checked and added to From partners, the
provenance in the detail pane, and a note marked as shareable."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from desktop import Desktop
from pytestqt.qtbot import QtBot
from sharingdata import partner_bundle

from monitor.sharing import bundle as bundles
from monitor.sharing.keys import Keys, spaced
from monitor.store import Queue, QueueQuery, Store
from ui.import_dialog import ImportDialog
from ui.partners_box import PartnersBox
from ui.share_dialog import ShareDialog
from ui.sharing_actions import toggle_note_shared

pytestmark = pytest.mark.usefixtures("no_keyring")  # keys in 0600 files, as on a server


def _partner(tmp_path: Path) -> tuple[Keys, Path]:
    """Another organisation with two weeks of findings and a bundle of week 48."""
    target = tmp_path / "partner.zip"
    keys = partner_bundle(
        tmp_path / "partner", "Fonds Open Ruimte", tmp_path / "partner.pub", target
    )
    return keys, target


def test_keys_are_made_and_trusted_in_settings(
    qtbot: QtBot, desktop: Desktop, tmp_path: Path
) -> None:
    settings = desktop.window.dialogs.settings()
    assert settings is not None
    qtbot.addWidget(settings)
    box = settings.partners
    assert isinstance(box, PartnersBox)
    assert "None yet" in box.own.text() and not box.export.isEnabled()
    box.name.setText("Stichting Wakker")
    box.make.click()
    own = Keys(desktop.locations.data_dir).need_own()
    assert spaced(own.fingerprint) in box.own.text() and box.export.isEnabled()
    box.export_to(tmp_path / "ours.pub")
    assert json.loads((tmp_path / "ours.pub").read_text())["fingerprint"] == own.fingerprint

    partner, _bundle = _partner(tmp_path)
    asked = box.ask_trust(tmp_path / "partner.pub")
    assert asked is not None
    assert spaced(partner.need_own().fingerprint) in asked.text()  # read out before trusting
    asked.close()
    assert box.partners.topLevelItemCount() == 0  # nothing trusted without the answer
    box.trust_as(tmp_path / "partner.pub", "FOR")
    assert box.partners.topLevelItemCount() == 1
    assert box.partners.topLevelItem(0).text(0) == "FOR"
    box.trust_as(tmp_path / "partner.pub", "FOR")
    assert "already" in box.problem.text()
    box.partners.setCurrentItem(box.partners.topLevelItem(0))
    box.forget.click()
    assert box.partners.topLevelItemCount() == 0


def test_a_bundle_is_previewed_and_saved(qtbot: QtBot, desktop: Desktop, tmp_path: Path) -> None:
    window = desktop.window
    item_id = desktop.ids[0]
    store = Store.open(desktop.locations.database)
    try:
        store.record_decision(
            item_id, "confirm", labels=["anti_aid"], note="Bron gebeld.", analyst="Sanne"
        )
        item = store.item(item_id)
        assert item is not None
    finally:
        store.close()
    dialog = ShareDialog(window.reads, desktop.locations.data_dir, {}, [item_id], window)
    qtbot.addWidget(dialog)
    assert "no signing key" in dialog.summary.text() and not dialog.save.isEnabled()

    Keys(desktop.locations.data_dir).init("Stichting Wakker")
    dialog.chosen.setChecked(True)  # the selection, whenever it was published
    qtbot.waitUntil(lambda: dialog.preview.topLevelItemCount() == 1)
    row = dialog.preview.topLevelItem(0)
    assert row.text(0) == item.title and row.text(6) == "—"  # the note is private
    assert "1 finding will leave, signed by Stichting Wakker" in dialog.summary.text()

    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.selected_ids() == [item_id])
    toggle_note_shared(window)
    qtbot.waitUntil(lambda: _shared(desktop, item_id))
    window.detail.show_item(item_id)
    assert "Shared with partners" in window.detail.browser.toPlainText()
    dialog.refresh()
    qtbot.waitUntil(
        lambda: (
            dialog.preview.topLevelItemCount() == 1
            and dialog.preview.topLevelItem(0).text(6) == "Bron gebeld."
        )
    )
    dialog.write(tmp_path / "ours.zip")
    qtbot.waitUntil(lambda: dialog.written is not None)
    partner = Keys(tmp_path / "partner")
    partner.init("Fonds Open Ruimte")
    Keys(desktop.locations.data_dir).export(tmp_path / "ours.pub")
    partner.trust(tmp_path / "ours.pub")
    found = bundles.read(tmp_path / "ours.zip", partner)
    assert [f.note for f in found.findings] == ["Bron gebeld."]

    toggle_note_shared(window)  # every selected note shared: private again
    qtbot.waitUntil(lambda: not _shared(desktop, item_id))


def _shared(desktop: Desktop, item_id: int) -> bool:
    store = Store.open(desktop.locations.database)
    try:
        item = store.item(item_id)
        return item is not None and item.note_shared
    finally:
        store.close()


def test_a_partners_bundle_is_checked_then_added(
    qtbot: QtBot, desktop: Desktop, tmp_path: Path
) -> None:
    window = desktop.window
    ours = Keys(desktop.locations.data_dir)
    ours.init("Stichting Wakker")
    partner, path = _partner(tmp_path)
    dialog = ImportDialog(
        window.reads, window.host.write, window.changes, desktop.locations.data_dir, window
    )
    qtbot.addWidget(dialog)
    dialog.check(path)
    qtbot.waitUntil(lambda: "not trusted here" in dialog.signed.text())
    assert str(path) in dialog.signed.text() and not dialog.add.isEnabled()
    dialog._fault("said to be '<img src=\"/etc/passwd\">'")  # a bundle's own words
    assert "&lt;img" in dialog.signed.text()  # shown as text, never as markup

    ours.trust(tmp_path / "partner.pub", "FOR")
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(path) as archive, zipfile.ZipFile(tampered, "w") as copy:
        manifest = archive.read(bundles.MANIFEST).replace(b"Soros", b"Sorus")
        copy.writestr(bundles.MANIFEST, manifest)
        copy.writestr(bundles.SIGNATURE, archive.read(bundles.SIGNATURE))
    dialog.check(tampered)
    qtbot.waitUntil(lambda: "signature does not match" in dialog.signed.text())
    assert not dialog.add.isEnabled()

    dialog.check(path)
    qtbot.waitUntil(dialog.add.isEnabled)
    assert "Signed by <b>FOR</b>" in dialog.signed.text()
    assert spaced(partner.need_own().fingerprint) in dialog.signed.text()
    assert dialog.findings.topLevelItemCount() == 5
    dialog.add.click()
    qtbot.waitUntil(lambda: dialog.added is not None)
    assert dialog.added is not None and len(dialog.added) == 5

    store = Store.open(desktop.locations.database)
    try:
        assert len(store.queue_ids(QueueQuery(queue=Queue.PARTNERS))) == 5
    finally:
        store.close()
    qtbot.waitUntil(lambda: window.navigator.counts.queues.get(Queue.PARTNERS) == 5)
    first = dialog.added[0]
    window.detail.show_item(first)
    text = window.detail.browser.toPlainText()
    assert "Shared by a partner" in text and "Confirmed by FOR on" in text
    assert "FOR" in window.names.source(f"partner:{partner.need_own().fingerprint[:16]}")

    dialog.check(path)  # a second time: nothing new
    qtbot.waitUntil(lambda: "New here: 0" in dialog.signed.text())
    assert not dialog.add.isEnabled()
    desktop.languages.apply("nl")
    window.detail.show_item(first)
    assert "Gedeeld door een partner" in window.detail.browser.toPlainText()


def test_the_brief_dialog_offers_partners_and_pseudonyms(qtbot: QtBot, desktop: Desktop) -> None:
    dialog = desktop.window.dialogs.brief()
    qtbot.addWidget(dialog)
    assert not dialog.pseudonymise.isEnabled()  # a brief (docx) names what was confirmed
    dialog.partners.setChecked(True)
    assert dialog.request().partners and dialog.request().pseudonyms is None
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert dialog.pseudonymise.isEnabled()
    dialog.pseudonymise.setChecked(True)
    unnamed = dialog.request().pseudonyms
    assert unnamed is not None and (unnamed.person("Piet Jansen") or "").startswith("person-")
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert dialog.request().pseudonyms is None


def test_the_brief_dialog_leaves_the_pseudonym_secret_to_the_export(
    qtbot: QtBot, desktop: Desktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ticking the box reads no secret on the window's thread: a locked keyring would
    hold the window; the export's thread reads it when it first needs it."""
    from monitor.sharing import pseudonyms

    read: list[Path] = []
    real = pseudonyms.secret_of

    def secret_of(folder: Path) -> bytes:
        read.append(folder)
        return real(folder)

    monkeypatch.setattr(pseudonyms, "secret_of", secret_of)
    dialog = desktop.window.dialogs.brief()
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.pseudonymise.setChecked(True)
    unnamed = dialog.request().pseudonyms
    assert unnamed is not None and read == []
    first, again = unnamed.person("Piet Jansen"), unnamed.person("Piet Jansen")
    assert first == again and (first or "").startswith("person-")
    assert len(read) == 1  # once, then kept


def test_the_names_that_stay_named_are_edited_and_checked(qtbot: QtBot, desktop: Desktop) -> None:
    from monitor.sharing.pseudonyms import PUBLIC_NAMES, Pseudonyms
    from ui.public_names_dialog import PublicNamesDialog

    dialog = PublicNamesDialog(desktop.locations.data_dir)
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText("Viktor Orbán\n" + "x" * 300 + "\n")
    dialog.save()
    assert f"{PUBLIC_NAMES}:2: longer than 200" in dialog.problem.text()
    assert not (desktop.locations.data_dir / PUBLIC_NAMES).exists()  # nothing half saved
    dialog.editor.setPlainText("# public figures\nViktor Orbán\n@ordoiuris\n")
    dialog.save()
    assert dialog.result() == PublicNamesDialog.DialogCode.Accepted
    kept = Pseudonyms.for_folder(desktop.locations.data_dir)
    assert (
        kept.person("@ordoiuris") == "@ordoiuris" and kept.person("Viktor Orbán") == "Viktor Orbán"
    )
