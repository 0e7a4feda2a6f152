"""Evidence in the app: the selected item's evidence exported (the WARC file with its
manifest and checksum, as ``evidence export`` writes them), and every kept item
re-checked now (as ``evidence check``); the schedule does both by itself otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from monitor.evidence.keeping import KeepReport, evidence_path
from monitor.evidence.kept_export import export_kept
from monitor.store import ReadStore
from ui.worker import QueryOp, on_done

if TYPE_CHECKING:
    from monitor.evidence import Export
    from ui.main_window import MainWindow


class EvidenceActions(QObject):
    """The two actions, with their texts in the interface language."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 30_000)

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export the evidence"), text)
        box.setParent(self.window, box.windowFlags())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, without a loop of its own

    def report_text(self, report: KeepReport) -> str:
        counts = (
            self.tr("changed: %1 · deleted: %2 · no answer: %3")
            .replace("%1", str(report.changed))
            .replace("%2", str(report.deleted))
            .replace("%3", str(report.unknown))
        )
        parts = [
            self.tr("Evidence: kept of %n item(s)", "", report.kept),
            self.tr("%n re-checked", "", report.checked),
            counts,
        ]
        if report.failed:
            parts.append(self.tr("%n could not be written", "", report.failed))
        return " · ".join(parts)

    def check(self) -> None:
        """Keep what waits and re-check every kept item now, in the background."""
        self._say(self.tr("Re-checking the evidence kept…"))
        on_done(
            self.window.host.check_evidence(),
            lambda report: self._say(self.report_text(report)),
            lambda error: self._say(str(error)),
            parent=self.window,
        )

    def export(self) -> None:
        """The selected item's evidence, to a file the analyst chooses."""
        window = self.window
        item_id = window.current_id()
        if item_id is None:
            self._say(self.tr("Select an item first."))
            return
        data_dir = window.locations.data_dir
        if not evidence_path(data_dir, item_id).exists():
            self._warn(
                self.tr(
                    "Nothing is kept of this item yet: its evidence is kept once it is "
                    "confirmed or escalated, within minutes (Polling → Re-check evidence "
                    "now: at once)."
                )
            )
            return
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        path, _chosen = QFileDialog.getSaveFileName(
            window,
            self.tr("Export the evidence"),
            str(Path(documents or Path.home()) / f"pushback-evidence-{item_id}.warc.gz"),
            self.tr("WARC files (*.warc.gz)"),
        )
        if not path:
            return
        target = Path(path if path.endswith(".warc.gz") else path + ".warc.gz")

        def work(store: ReadStore) -> Export:
            state = store.evidence_states([item_id]).get(item_id)
            return export_kept(data_dir, item_id, state, target)

        def done(written: Export) -> None:
            self._say(
                self.tr("Wrote %1 with %2 and %3")
                .replace("%1", str(written.warc))
                .replace("%2", written.manifest.name)
                .replace("%3", written.checksum.name)
            )

        QueryOp(window.reads, window, work).success(done).failure(
            lambda error: self._warn(str(error))
        ).run()


def _of(window: MainWindow) -> EvidenceActions:
    found = window.findChild(EvidenceActions)
    return found if isinstance(found, EvidenceActions) else EvidenceActions(window)


def check_evidence(window: MainWindow) -> None:
    _of(window).check()


def export_evidence(window: MainWindow) -> None:
    _of(window).export()
