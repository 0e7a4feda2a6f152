"""File › Share findings…: a signed bundle of the findings confirmed here, for partners
(monitor/sharing, as ``share export`` writes it). The analyst chooses the period or the
selected items, sees every finding that will leave with every field it takes along, and
chooses whether private persons are pseudonymised, before anything is written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monitor.brief.period import Period, date_range, last_complete_week
from monitor.errors import MonitorError
from monitor.sharing import bundle as bundles
from monitor.sharing.keys import Keys, spaced
from monitor.store import ReadStore
from ui.dates import to_date, to_qdate
from ui.style import RED
from ui.worker import QueryOp, Reads, on_done, run_in_thread

COLUMNS = 7


class ShareDialog(QDialog):
    def __init__(
        self,
        reads: Reads,
        data_dir: Path,
        source_names: dict[str, str],
        selected: list[int],
        parent: QWidget | None = None,
        category_name: Callable[[str], str] = str,
    ) -> None:
        super().__init__(parent)
        self.reads, self.data_dir, self.source_names = reads, data_dir, source_names
        self.category_name = category_name
        self.selected = selected
        self.document: dict[str, Any] | None = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Share findings with partners"))
        self.resize(900, 560)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.preview = self._preview()
        note = QLabel(
            self.tr(
                "Each finding also takes its link, the time it was confirmed here and the "
                "SHA-256 of its evidence. Its text, its author, the model's scores and who "
                "decided stay here. Notes go only where an analyst marked them as shareable."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save = QPushButton(self.tr("Save bundle…"))
        self.buttons.addButton(self.save, QDialogButtonBox.ButtonRole.ActionRole)
        self.save.clicked.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self._choices())
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.keys = Keys(data_dir)
        self.refresh()

    def _choices(self) -> QFormLayout:
        """What to share: a period or the selection, and whether pseudonymised."""
        week = last_complete_week(date.today())
        self.period = QRadioButton(self.tr("The findings of a period"))
        self.chosen = QRadioButton(self.tr("The selected items (%n)", "", len(self.selected)))
        self.chosen.setEnabled(bool(self.selected))
        self.period.setChecked(True)
        self.first, self.last = QDateEdit(to_qdate(week.first)), QDateEdit(to_qdate(week.last))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.refresh)
        self.pseudonymise = QCheckBox(self.tr("Pseudonymise private persons"))
        self.pseudonymise.setToolTip(
            self.tr(
                "Handles and names of private persons become stable pseudonyms; public "
                "figures and organisations on the list stay named (docs/privacy.md)"
            )
        )
        for toggle in (self.period, self.chosen, self.pseudonymise):
            toggle.toggled.connect(self.refresh)

        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("From")))
        dates.addWidget(self.first)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.last)
        dates.addStretch()
        form = QFormLayout()
        form.addRow(self.period, dates)
        form.addRow(self.chosen)
        form.addRow(self.pseudonymise)
        return form

    def _preview(self) -> QTreeWidget:
        preview = QTreeWidget()
        preview.setHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Source"),
                self.tr("Published"),
                self.tr("Categories"),
                self.tr("Severity"),
                self.tr("Actors"),
                self.tr("Note"),
            ]
        )
        preview.setRootIsDecorated(False)
        preview.setColumnWidth(0, 300)
        preview.setColumnWidth(3, 140)
        return preview

    def _fault(self, text: str) -> None:
        self.summary.setText(f'<span style="color:{RED}">{escape(text)}</span>')
        self.save.setEnabled(False)

    def refresh(self) -> None:
        """Read what would leave, in the background, and show it."""
        self.document = None
        self.save.setEnabled(False)
        try:
            own = self.keys.own()
        except MonitorError as exc:
            self._fault(str(exc))
            return
        if own is None:
            self._fault(
                self.tr(
                    "This organisation has no signing key yet: make one in Settings › "
                    "Partners, then share."
                )
            )
            return
        first, last = to_date(self.first.date()), to_date(self.last.date())
        try:
            period = date_range(first, last)
        except MonitorError as exc:
            self._fault(str(exc))
            return
        ids = self.selected if self.chosen.isChecked() else None
        pseudonymise, data_dir, names = (
            self.pseudonymise.isChecked(),
            self.data_dir,
            self.source_names,
        )

        def work(store: ReadStore) -> dict[str, Any]:
            shown = period
            if ids is not None:  # the selection: the days it was published on
                days = [i.published.astimezone().date() for i in map(store.item, ids) if i]
                shown = Period(min(days), max(days)) if days else period
            pseudonyms = None
            if pseudonymise:
                from monitor.sharing.pseudonyms import Pseudonyms  # noqa: PLC0415

                pseudonyms = Pseudonyms.for_folder(data_dir)
            return bundles.manifest(
                store,
                own,
                shown,
                source_names=names,
                pseudonyms=pseudonyms,
                ids=ids,
            )

        self.summary.setText(self.tr("Reading the findings…"))
        QueryOp(self.reads, self, work).success(self._show).failure(
            lambda error: self._fault(str(error))
        ).run()

    def _show(self, document: dict[str, Any]) -> None:
        self.document = document
        self.preview.clear()
        for finding in document["findings"]:
            row = QTreeWidgetItem(
                [
                    finding["title"],
                    finding["source"],
                    finding["published"][:10],
                    ", ".join(map(self.category_name, finding["categories"])),
                    finding["severity"] or "",
                    ", ".join(a["name"] for a in finding["actors"]),
                    finding["note"] or "—",
                ]
            )
            row.setToolTip(0, finding["url"] or "")
            self.preview.addTopLevelItem(row)
        count = len(document["findings"])
        self.summary.setText(
            self.tr("%n finding(s) will leave, signed by %1 (key %2).", "", count)
            .replace("%1", document["organisation"])
            .replace("%2", spaced(document["key"]))
        )
        self.save.setEnabled(count > 0)

    def choose_file(self) -> None:
        document = self.document
        if document is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        period = document["period"]
        name = f"pushback-findings-{period['from']}-{period['to']}.zip"
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the bundle"),
            str(Path(folder or Path.home()) / name),
            self.tr("Findings bundles (*.zip)"),
        )
        if path:
            self.write(Path(path if path.endswith(".zip") else path + ".zip"))

    def write(self, target: Path) -> None:
        document, keys = self.document, self.keys
        if document is None:
            return

        def wrote(count: int) -> None:
            self.written = target
            self.summary.setText(
                self.tr("Wrote %1: %n finding(s), signed.", "", count).replace("%1", str(target))
            )

        on_done(
            run_in_thread(lambda: bundles.write(target, document, keys)),
            wrote,
            lambda error: self._fault(str(error)),
            parent=self,
        )
