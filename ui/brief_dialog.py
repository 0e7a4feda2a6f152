"""The weekly brief in the app: choose the week (or dates), language and format, see a
preview, and save. Everything is read and written off the GUI thread; writing can be
cancelled from its progress dialog."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from monitor import brief as briefs
from monitor.brief.formats import SUFFIXES, patterns
from monitor.classify.taxonomy import Taxonomy
from monitor.config import SourceConfig
from monitor.errors import MonitorError
from monitor.progress import Cancelled, Stoppable, Task
from monitor.settings import Settings
from monitor.store import ReadStore
from ui.dates import to_date, to_qdate
from ui.detail_pane import SafeBrowser
from ui.geometry import resize_within_screen
from ui.i18n import Retranslating
from ui.style import RED
from ui.worker import QueryOp, Reads

if TYPE_CHECKING:
    from monitor.sharing.pseudonyms import Pseudonymiser

T = TypeVar("T")
RECENT_WEEKS = 12
PREVIEW_DELAY_MS = 300
# Each format's name in the format box and in the save dialog's file filter.
FORMAT_NAMES = {
    "docx": "Word",
    "pdf": "PDF",
    "html": "HTML",
    "md": "Markdown",
    "csv": "CSV",
    "json": "JSON",
}


def name_filter(form: str) -> str:
    """The save dialog's filter for ``form``, e.g. ``Word (*.docx)``."""
    return f"{FORMAT_NAMES[form]} ({patterns(form)})"


class PreviewBrowser(SafeBrowser):
    """Shows the brief's charts (handed over as images) and still fetches nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: dict[str, QImage] = {}

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        name = QUrl(name)
        image = self.images.get(name.toString())
        return image if image is not None else super().loadResource(kind, name)


class BriefDialog(Retranslating, QDialog):
    def __init__(
        self,
        reads: Reads,
        taxonomy: Taxonomy,
        settings: Settings,
        source_names: Mapping[str, str],
        parent: QWidget | None = None,
        today: date | None = None,
        sources: Mapping[str, SourceConfig] | None = None,
        data_dir: Path | None = None,
    ) -> None:
        """``sources``: feeds.yaml's, whose countries and tags what rose is counted by;
        ``data_dir``: whose pseudonym secret and public names an export uses."""
        super().__init__(parent)
        self.reads = reads
        self.sources = dict(sources or {})
        self.taxonomy = taxonomy
        self.settings = settings
        self.source_names = dict(source_names)
        self.today = today or date.today()
        self.saved: Path | None = None
        resize_within_screen(self, 900, 760)

        self._make_period()
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.language or "nl"), 0))
        self.format = QComboBox()
        for form, name in FORMAT_NAMES.items():
            self.format.addItem("Word (DOCX)" if form == "docx" else name, form)
        self.data_dir = data_dir
        self._pseudonyms: Pseudonymiser | None = None  # made when first asked for
        self.partners = QCheckBox()
        self.pseudonymise = QCheckBox()
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.ask_where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)  # Escape too
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.hide()  # shown only while it has something to say
        self.preview = PreviewBrowser()
        self.labels = [QLabel(), QLabel(), QLabel()]
        self._lay_out()

        self._later = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._later.timeout.connect(self.refresh)
        for signal in (
            self.period.currentIndexChanged,
            self.language.currentIndexChanged,
            self.first.dateChanged,
            self.last.dateChanged,
            self.partners.toggled,
        ):
            signal.connect(self._changed)
        self.retranslate()
        self._generation = 0
        self.refresh()

    def _make_period(self) -> None:
        """The current week, the twelve before it, or other dates."""
        self.period = QComboBox()
        last = briefs.last_complete_week(self.today)
        year, week, _ = self.today.isocalendar()
        current = briefs.iso_week(f"{year}-W{week:02d}")  # the week so far
        for shown in [current, *self._weeks_before(last)]:
            self.period.addItem(shown.label, shown.label)
        self.period.addItem("", "dates")
        self.period.setCurrentIndex(1)  # the last complete week
        self.first = QDateEdit(to_qdate(last.first))
        self.last = QDateEdit(to_qdate(last.last))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)

    def _lay_out(self) -> None:
        """The choices in a row, what happens under them, the preview, the buttons."""
        row = QHBoxLayout()
        for label, widget in zip(
            self.labels, (self.period, self.language, self.format), strict=True
        ):
            row.addWidget(label)
            row.addWidget(widget)
            if widget is self.period:
                row.addWidget(self.first)
                row.addWidget(self.last)
        row.addWidget(self.partners)
        row.addWidget(self.pseudonymise)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)

    @staticmethod
    def _weeks_before(last: briefs.Period) -> list[briefs.Period]:
        weeks = [last]
        for _ in range(RECENT_WEEKS - 1):
            weeks.append(weeks[-1].previous())
        return weeks

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Weekly brief"))
        for label, text in zip(
            self.labels, (self.tr("Period"), self.tr("Language"), self.tr("Format")), strict=True
        ):
            label.setText(text)
        self.period.setItemText(self.period.count() - 1, self.tr("Other dates…"))
        self.partners.setText(self.tr("Partners' findings"))
        self.partners.setToolTip(
            self.tr(
                "Add a section with the findings partners shared that nobody here has "
                "decided, each marked with who confirmed it"
            )
        )
        self.pseudonymise.setText(self.tr("Pseudonymise private persons"))
        self.pseudonymise.setToolTip(
            self.tr(
                "CSV and JSON: handles and names of private persons as stable pseudonyms; "
                "public figures and organisations on the list stay named (docs/privacy.md)"
            )
        )
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Write the brief in the chosen format"))

    # -- what is asked -------------------------------------------------------------------

    def request(self) -> briefs.Request:
        choice = self.period.currentData()
        if choice == "dates":
            period = briefs.date_range(to_date(self.first.date()), to_date(self.last.date()))
        else:
            period = briefs.iso_week(choice)
        return briefs.Request(
            period=period,
            format=self.format.currentData(),
            language=self.language.currentData(),
            organisation=self.settings.organisation,
            source_names=self.source_names,
            sources=self.sources,
            thresholds=self.settings.classifier.thresholds,
            partners=self.partners.isChecked(),
            pseudonyms=self._pseudonyms_asked(),
        )

    def _pseudonyms_asked(self) -> Pseudonymiser | None:
        """The data folder's pseudonyms, read by the export's own thread when it first
        needs them (a locked keyring then never holds the window)."""
        if not (self.pseudonymise.isChecked() and self.pseudonymise.isEnabled()):
            return None
        if self._pseudonyms is None and self.data_dir is not None:
            from monitor.sharing.pseudonyms import FolderPseudonyms  # noqa: PLC0415 - rarely

            self._pseudonyms = FolderPseudonyms(self.data_dir)
        return self._pseudonyms

    def _format_changed(self) -> None:
        """Pseudonyms are for the exports (CSV, JSON), not the brief itself."""
        table = self.format.currentData() in ("csv", "json")
        self.pseudonymise.setEnabled(table and self.data_dir is not None)

    def _changed(self) -> None:
        dates = self.period.currentData() == "dates"
        self.first.setVisible(dates)
        self.last.setVisible(dates)
        self._later.start()

    # -- preview -------------------------------------------------------------------------

    def refresh(self) -> None:
        request = self._unless_failed(self.request)
        if request is None:
            return
        self._generation += 1
        generation = self._generation
        self._say(self.tr("Preparing the preview…"))
        taxonomy = self.taxonomy
        QueryOp(self.reads, self, lambda store: briefs.preview(store, request, taxonomy)).success(
            lambda found: self._show(generation, *found)
        ).failure(self._failed).run()

    def _show(self, generation: int, page: str, images: dict[str, bytes]) -> None:
        if generation != self._generation:
            return  # the analyst changed the period meanwhile
        self.preview.images = {name: QImage.fromData(data) for name, data in images.items()}
        self.preview.setHtml(page)
        self._say("")

    def _failed(self, error: BaseException) -> None:
        self._say(str(error), failed=True)

    def _unless_failed(self, make: Callable[[], T]) -> T | None:
        """What ``make`` gives, or ``None`` with its error shown (dates the wrong way
        round, say)."""
        try:
            return make()
        except MonitorError as exc:
            self._failed(exc)
            return None

    def _say(self, text: str, *, failed: bool = False) -> None:
        """What happens now, or went wrong; the line is hidden while there is nothing."""
        self.outcome.setStyleSheet(f"color: {RED};" if failed else "")
        self.outcome.setText(text)
        self.outcome.setVisible(bool(text))

    # -- saving --------------------------------------------------------------------------

    def file_dialog(self) -> QFileDialog:
        """The save dialog, not yet shown: the chosen format's filter selected (the others
        offered) and the brief's name with that format's extension."""
        request = self.request()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, self.tr("Save the brief"), folder)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters([name_filter(form) for form in FORMAT_NAMES])
        dialog.selectNameFilter(name_filter(request.format))
        dialog.setDefaultSuffix(SUFFIXES[request.format][0].lstrip("."))
        dialog.selectFile(request.file_name())
        return dialog

    def ask_where(self) -> None:
        dialog = self._unless_failed(self.file_dialog)
        if dialog is None:
            return
        if dialog.exec() and dialog.selectedFiles():
            chosen = next(
                (f for f in FORMAT_NAMES if name_filter(f) == dialog.selectedNameFilter()), None
            )
            self.save_as(Path(dialog.selectedFiles()[0]), chosen)

    def save_as(self, path: Path, chosen: str | None = None) -> None:
        """Save under the name the analyst gave. A name ending in a format's extension is
        written in that format (the format box follows); any other name is written in
        ``chosen`` (the dialog's filter) or the box's format and gets its extension."""
        form = briefs.format_of(path) or chosen or self.format.currentData()
        self.format.setCurrentIndex(self.format.findData(form))
        self.save_to(Path(briefs.with_suffix(path, form)))

    def save_to(self, path: Path) -> None:
        """Write the brief to ``path`` in the background; the outcome is shown here."""
        request = self._unless_failed(self.request)
        if request is None:
            return
        self.save_button.setEnabled(False)
        self._say(self.tr("Writing %1…").replace("%1", path.name))
        taxonomy = self.taxonomy

        progress = Stoppable(Task.BRIEF)  # its dialog offers Cancel

        def work(store: ReadStore) -> Path:
            written = briefs.build(store, request, taxonomy, progress)
            progress.check()  # cancelled during the last step: nothing is written
            briefs.save(written, path)
            return path

        title = self.tr("Writing %1").replace("%1", path.name)
        QueryOp(self.reads, self, work).success(self._saved).failure(
            self._save_failed
        ).with_progress(title, progress).run()

    def _saved(self, path: Path) -> None:
        self.save_button.setEnabled(True)
        self.saved = path
        self._say(self.tr("Saved: %1").replace("%1", str(path)))

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, Cancelled):
            self._say(self.tr("Cancelled: nothing was saved."))
        else:
            self._failed(error)
