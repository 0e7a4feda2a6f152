"""Evidence in the detail pane: what is kept (hashes, times, addresses; nothing loaded
from outside), and "deleted on … — evidence kept" once the post is gone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from desktop import Desktop
from pytestqt.qtbot import QtBot

from monitor.store import EvidenceRecord, EvidenceUpdate, Store

KEPT = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def record(desktop: Desktop, update: EvidenceUpdate) -> None:
    """``update`` to its item's evidence, in the desktop's store."""
    store = Store.open(desktop.locations.database)
    try:
        store.record_evidence(update)
    finally:
        store.close()


def confirm_and_keep(
    desktop: Desktop, item_id: int, records: list[EvidenceRecord], next_check: datetime
) -> None:
    """Sanne confirms the item, and ``records`` are its evidence, kept at KEPT."""
    store = Store.open(desktop.locations.database)
    try:
        store.record_decision(item_id, "confirm", labels=["anti_aid"], analyst="Sanne")
    finally:
        store.close()
    record(
        desktop,
        EvidenceUpdate(item_id=item_id, records=records, kept=KEPT, next_check=next_check),
    )


def test_the_detail_pane_shows_what_is_kept_and_a_deletion(qtbot: QtBot, desktop: Desktop) -> None:
    item_id = desktop.ids[0]
    records = [
        EvidenceRecord(
            kind="entry",
            url="https://nos.example/rss",
            sha256="ab" * 32,
            fetched=KEPT,
            record_id="<urn:uuid:1>",
        ),
        EvidenceRecord(
            kind="page",
            url="https://nos.example/post/1",
            sha256="cd" * 32,
            fetched=KEPT,
            record_id="<urn:uuid:2>",
            status=200,
        ),
    ]
    confirm_and_keep(desktop, item_id, records, next_check=KEPT + timedelta(days=1))
    detail = desktop.window.detail
    detail.show_item(item_id)
    text = detail.browser.toPlainText()
    assert "Evidence" in text and "sha256 " + "cd" * 32 in text
    assert "the feed entry" in text and "the page" in text and "Deleted on" not in text

    record(
        desktop,
        EvidenceUpdate(
            item_id=item_id,
            checked=KEPT + timedelta(days=1),
            next_check=KEPT + timedelta(days=1),
            deleted=KEPT + timedelta(days=1),
            deleted_how="HTTP 410",
        ),
    )
    detail.show_item(item_id)
    assert "— evidence kept (HTTP 410)" in detail.browser.toPlainText()
    desktop.languages.apply("nl")
    detail.show_item(item_id)
    assert "Verwijderd op" in detail.browser.toPlainText()


def test_the_selected_items_evidence_is_exported_and_checked_from_the_app(
    qtbot: QtBot, desktop: Desktop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures import Future

    from PySide6.QtWidgets import QFileDialog

    from monitor.evidence import FeedEntry, keep_entry
    from monitor.evidence.keeping import KeepReport, evidence_path

    w = desktop.window
    w.select_row(0)
    item_id = w.current_id()
    assert item_id is not None
    w.action("export_evidence").trigger()  # nothing kept yet: says so, writes nothing
    qtbot.waitUntil(lambda: _box_text(w) != "", timeout=5000)
    assert "Nothing is kept of this item yet" in _box_text(w)
    _close_boxes(w)

    kept = keep_entry(
        evidence_path(desktop.locations.data_dir, item_id),
        FeedEntry(
            body=b"{}",
            content_type="application/json",
            feed_url="https://n.example/",
            fetched_at=KEPT,
        ),
    )
    entry = EvidenceRecord(
        kind="entry",
        url="https://n.example/",
        sha256=kept.payload_sha256,
        fetched=KEPT,
        record_id=kept.record_id,
    )
    confirm_and_keep(desktop, item_id, [entry], next_check=KEPT)
    target = tmp_path / "mine.warc.gz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    w.action("export_evidence").trigger()
    qtbot.waitUntil(lambda: w.statusBar().currentMessage().startswith("Wrote"), timeout=5000)
    assert target.exists() and (tmp_path / "mine.warc.gz.manifest.json").exists()

    done: Future[KeepReport] = Future()
    done.set_result(KeepReport(kept=1, checked=3, changed=1, deleted=1, unknown=1))
    monkeypatch.setattr(desktop.host, "check_evidence", lambda: done)
    w.action("check_evidence").trigger()
    qtbot.waitUntil(lambda: "re-checked" in w.statusBar().currentMessage(), timeout=5000)
    assert w.statusBar().currentMessage() == (
        "Evidence: kept of 1 item · 3 re-checked · changed: 1 · deleted: 1 · no answer: 1"
    )


def _box_text(window: object) -> str:
    from PySide6.QtWidgets import QApplication, QMessageBox

    boxes = [
        b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()
    ]
    return boxes[0].text() if boxes else ""


def _close_boxes(window: object) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()
