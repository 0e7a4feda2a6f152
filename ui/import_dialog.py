"""File › Import partners' findings…: a partner's signed bundle checked first (who signed
it, with the key's fingerprint, the period, each finding and whether it was imported
before), then added to the From partners queue on the analyst's word, as
``share import`` does."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monitor.sharing import bundle as bundles
from monitor.sharing.keys import Keys, spaced
from monitor.store import Changes, ReadStore, Store
from ui.changes import ChangeHub
from ui.style import RED
from ui.worker import QueryOp, Reads, Write, WriteOp

Checked = tuple[bundles.Bundle, set[str]]


class ImportDialog(QDialog):
    def __init__(
        self,
        reads: Reads,
        write: Write,
        hub: ChangeHub,
        data_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reads, self.write, self.hub = reads, write, hub
        self.keys = Keys(data_dir)
        self.bundle: bundles.Bundle | None = None
        self.added: list[int] | None = None
        self.setWindowTitle(self.tr("Import partners' findings"))
        self.resize(860, 520)
        self.signed = QLabel(self.tr("Choose a bundle a partner sent you."))
        self.signed.setWordWrap(True)
        self.findings = QTreeWidget()
        self.findings.setHeaderLabels(
            [self.tr("Title"), self.tr("Source"), self.tr("Published"), self.tr("Here")]
        )
        self.findings.setRootIsDecorated(False)
        self.findings.setColumnWidth(0, 420)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.choose = QPushButton(self.tr("Choose a bundle…"))
        self.add = QPushButton(self.tr("Add to From partners"))
        self.add.setEnabled(False)
        self.buttons.addButton(self.choose, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.add, QDialogButtonBox.ButtonRole.ActionRole)
        self.choose.clicked.connect(self.choose_file)
        self.add.clicked.connect(self.add_findings)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.signed)
        layout.addWidget(self.findings, 1)
        layout.addWidget(self.buttons)

    def _fault(self, text: str) -> None:
        self.signed.setText(f'<span style="color:{RED}">{escape(text)}</span>')  # a bundle's words
        self.add.setEnabled(False)

    def choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        path, _chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Import partners' findings"),
            folder or str(Path.home()),
            self.tr("Findings bundles (*.zip)"),
        )
        if path:
            self.check(Path(path))

    def check(self, path: Path) -> None:
        """Verify the bundle and see which findings are stored already, off the GUI
        thread; nothing is added yet."""
        self.bundle, self.added = None, None
        self.add.setEnabled(False)
        self.findings.clear()
        keys = self.keys

        def work(store: ReadStore) -> Checked:
            found = bundles.read(path, keys)
            return found, store.known_findings(found.key, [f.finding for f in found.findings])

        self.signed.setText(self.tr("Checking the signature…"))
        QueryOp(self.reads, self, work).success(self._show).failure(
            lambda error: self._fault(str(error))
        ).run()

    def _show(self, checked: Checked) -> None:
        found, known = checked
        self.bundle = found
        fresh = 0
        for finding in found.findings:
            before = finding.finding in known
            fresh += not before
            here = self.tr("imported before") if before else self.tr("new")
            row = QTreeWidgetItem(
                [finding.title, finding.source, finding.published.date().isoformat(), here]
            )
            row.setToolTip(0, finding.url or "")
            self.findings.addTopLevelItem(row)
        lines = [
            self.tr("Signed by %1 · key %2 · the signature is valid.")
            .replace("%1", f"<b>{escape(found.organisation)}</b>")
            .replace("%2", spaced(found.key)),
            self.tr("Made on %1 for %2 to %3 · %n finding(s)", "", len(found.findings))
            .replace("%1", found.created.astimezone().strftime("%Y-%m-%d %H:%M"))
            .replace("%2", found.first.isoformat())
            .replace("%3", found.last.isoformat()),
        ]
        if found.pseudonymised:
            lines.append(self.tr("Private persons are pseudonymised in it."))
        lines.append(self.tr("New here: %n", "", fresh))
        self.signed.setText("<br>".join(lines))
        self.add.setEnabled(fresh > 0)

    def add_findings(self) -> None:
        found = self.bundle
        if found is None:
            return
        self.add.setEnabled(False)
        added: list[int] = []

        def work(store: Store) -> Changes:
            added.extend(bundles.add(store, found).added)
            return Changes(items=frozenset(added), counts=True, new_items=True)

        def done(_changes: Changes) -> None:
            self.added = added
            self.signed.setText(self.tr("Added %n finding(s) to From partners.", "", len(added)))

        WriteOp(self.write, self.hub, self, work).success(done).failure(
            lambda error: self._fault(str(error))
        ).run()
