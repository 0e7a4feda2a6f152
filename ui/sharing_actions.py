"""Sharing in the app: File › Share findings… and Import partners' findings…, and
Triage › Share the note with partners, which marks the notes of the selected items as
shareable, or private again when all of them were (monitor/sharing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from monitor.store import Changes, Store
from ui.worker import WriteOp

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate


def open_share(window: MainWindow) -> None:
    from ui.share_dialog import ShareDialog  # noqa: PLC0415 - opened rarely

    names = dict(window.names.sources)
    dialog = ShareDialog(
        window.reads,
        window.locations.data_dir,
        names,
        window.selected_ids(),
        window,
        category_name=window.names.category,
    )
    dialog.exec()
    dialog.deleteLater()


def open_import(window: MainWindow) -> None:
    from ui.import_dialog import ImportDialog  # noqa: PLC0415 - opened rarely

    dialog = ImportDialog(
        window.reads, window.host.write, window.changes, window.locations.data_dir, window
    )
    dialog.choose_file()
    dialog.exec()
    dialog.deleteLater()


def toggle_note_shared(window: MainWindow) -> None:
    """Mark the selected items' notes as shareable; if every one is already, private."""
    ids = window.selected_ids()
    items = [item for item in (window.reader.item(i) for i in ids) if item and item.note]
    say = window.statusBar().showMessage
    if not items:
        say(translate("MainWindow", "The selected items have no note to share."), 10_000)
        return
    shared = not all(item.note_shared for item in items)
    noted = [item.id for item in items]

    def work(store: Store) -> Changes:
        for item_id in noted:
            store.share_note(item_id, shared)
        return Changes.of_items(noted, counts=False)

    text = (
        translate("MainWindow", "Notes shared with partners: %1")
        if shared
        else translate("MainWindow", "Notes private again: %1")
    ).replace("%1", str(len(noted)))
    WriteOp(window.host.write, window.changes, window, work).success(
        lambda _changes: say(text, 10_000)
    ).run()
