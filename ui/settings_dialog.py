"""Settings: the interface language, the classifier (method, model folder, per-category
thresholds and alert thresholds) and the polling defaults, with the data folder shown
whole (with buttons to copy and open it).

Saved to settings.yaml and to the ``defaults`` of feeds.yaml, both keeping comments; a
value that does not validate is shown in the dialog, which stays open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from monitor.classify.encoder import encoder_folder, offers_int8
from monitor.classify.onnx import ONNX_INT8_FILE
from monitor.classify.taxonomy import Taxonomy
from monitor.config import Locations, format_duration
from monitor.errors import MonitorError
from monitor.feeds_place import FeedsPlace
from monitor.fetch import user_agent_for
from monitor.settings import BACKENDS, ENCODERS, Settings, load_settings, save_settings
from ui.encryption_box import EncryptionBox
from ui.folder_field import FolderField
from ui.i18n import Retranslating
from ui.partners_box import PartnersBox
from ui.style import RED


def _spin(special: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=0.99, singleStep=0.05)
    spin.setSpecialValueText(special)
    return spin


class SettingsDialog(Retranslating, QDialog):
    applied = Signal(object)  # the saved Settings

    def __init__(
        self, locations: Locations, taxonomy: Taxonomy, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.locations = locations
        self.taxonomy = taxonomy
        self.category_language = language
        self.settings = load_settings(locations.data_dir)
        self.feeds = FeedsPlace(locations, lambda: self.settings.analyst_name)
        self.defaults = self.feeds.load().config.defaults
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), "")
        self.tabs.addTab(self._classifier_tab(), "")
        self.tabs.addTab(self._polling_tab(), "")
        self.partners = PartnersBox(locations.data_dir, self.settings.organisation)
        self.partners_tab = self.tabs.addTab(self.partners, "")
        self.privacy_tab = self.tabs.addTab(EncryptionBox(locations), "")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {RED};")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._fill(self.settings)

    @staticmethod
    def _form(fields: list[QWidget | QHBoxLayout], into: QFormLayout) -> list[QLabel]:
        labels = [QLabel() for _ in fields]
        for label, field in zip(labels, fields, strict=True):
            into.addRow(label, field)
        return labels

    def _general_tab(self) -> QWidget:
        general = QWidget()
        self.language = QComboBox()
        self.language.setObjectName("language-choice")  # each language in its own words
        self.analyst = QLineEdit()
        self.organisation = QLineEdit()
        self.notifications = QCheckBox()
        self.on_close = QComboBox()  # what closing the window does: ask, keep polling, quit
        self.on_close.setObjectName("on-close")
        folder = FolderField(self.locations.data_dir)  # the whole path, Copy and Open
        self.data_dir, self.copy_data, self.open_data = folder.path, folder.copy, folder.open
        fields = [self.language, self.analyst, self.organisation, self.notifications, self.on_close]
        self.general_labels = self._form([*fields, folder], QFormLayout(general))
        return general

    def _classifier_tab(self) -> QWidget:
        classifier = QWidget()
        self.enabled = QCheckBox()
        self.backend = QComboBox()
        for backend in BACKENDS:
            self.backend.addItem("", backend)  # named in retranslate
        self.encoder = QComboBox()
        self.encoder.currentIndexChanged.connect(lambda _: self._int8_applies())
        self.model_dir = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        model = QHBoxLayout()
        model.addWidget(self.model_dir, 1)
        model.addWidget(self.browse)
        self.int8 = QCheckBox()
        form = QFormLayout()
        self.classifier_labels = self._form(
            [self.enabled, self.encoder, self.backend, model, self.int8], form
        )
        grid = QGridLayout()
        self.grid_headers = [QLabel(), QLabel(), QLabel()]
        for column, label in enumerate(self.grid_headers):
            label.setStyleSheet("font-weight: bold;")
            grid.addWidget(label, 0, column)
        self.thresholds: dict[str, QDoubleSpinBox] = {}
        self.alerts: dict[str, QDoubleSpinBox] = {}
        self.category_labels: dict[str, QLabel] = {}
        for row, category in enumerate(self.taxonomy.categories, start=1):
            self.category_labels[category.id] = QLabel()
            self.thresholds[category.id] = _spin("")
            self.alerts[category.id] = _spin("")
            grid.addWidget(self.category_labels[category.id], row, 0)
            grid.addWidget(self.thresholds[category.id], row, 1)
            grid.addWidget(self.alerts[category.id], row, 2)
        stack = QVBoxLayout(classifier)
        stack.addLayout(form)
        stack.addLayout(grid)
        stack.addStretch(1)
        return classifier

    def _polling_tab(self) -> QWidget:
        polling = QWidget()
        self.interval = QLineEdit()
        self.timeout = QLineEdit()
        self.user_agent = QLineEdit()
        self.polling_labels = self._form(
            [self.interval, self.timeout, self.user_agent], QFormLayout(polling)
        )
        return polling

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for index, text in enumerate(
            (self.tr("General"), self.tr("Classifier"), self.tr("Polling"))
        ):
            self.tabs.setTabText(index, text)
        self.tabs.setTabText(self.partners_tab, self.tr("Partners"))
        self.tabs.setTabText(self.privacy_tab, self.tr("Privacy"))
        chosen = self.language.currentData()
        self.language.clear()
        for text, code in ((self.tr("As the system"), ""), ("Nederlands", "nl"), ("English", "en")):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(self.language.findData(chosen), 0))
        for label, text in zip(
            self.general_labels,
            (
                self.tr("Interface language"),
                self.tr("Analyst name"),
                self.tr("Organisation"),
                self.tr("Notifications"),
                self.tr("Closing the window"),
                self.tr("Data folder"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.analyst.setPlaceholderText(self.settings.analyst_name)
        self.analyst.setToolTip(self.tr("Recorded with every decision"))
        self.organisation.setToolTip(self.tr("Named under the title of the weekly brief"))
        self.notifications.setText(self.tr("Notify me of new items above an alert threshold"))
        chosen_close = self.on_close.currentIndex()
        self.on_close.clear()
        for text, keep in (
            (self.tr("Ask the first time"), None),
            (self.tr("Keep polling in the background"), True),
            (self.tr("Quit: polling stops"), False),
        ):
            self.on_close.addItem(text, keep)
        self.on_close.setCurrentIndex(max(chosen_close, 0))
        self.on_close.setToolTip(
            self.tr(
                "In the background, alerts still come as desktop notifications; the tray "
                "icon, or starting Pushback Monitor again, opens the window. Quit (Ctrl+Q) "
                "always stops polling. Without a tray and a notification service, closing "
                "the window quits."
            )
        )
        for label, text in zip(
            self.classifier_labels,
            (
                self.tr("Classify items"),
                self.tr("Language model"),
                self.tr("Method"),
                self.tr("Model folder"),
                self.tr("Faster int8 model"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.enabled.setText(self.tr("Classify new items (off: poll and store only)"))
        chosen_encoder = self.encoder.currentData()
        self.encoder.clear()
        self.encoder.addItem(
            self.tr("Multilingual: multilingual-e5-small (trained model ships)"), ENCODERS[0]
        )
        self.encoder.addItem(
            self.tr("English only: all-MiniLM-L6-v2 (trains on first use)"), ENCODERS[1]
        )
        own = self.settings.classifier.encoder
        if own not in ENCODERS:
            self.encoder.addItem(own, own)
        self.encoder.setCurrentIndex(max(self.encoder.findData(chosen_encoder), 0))
        self.encoder.setToolTip(
            self.tr(
                "The model that reads the texts. Another language model gets its own trained "
                "model: the one this data folder had before, or one trained here on the "
                "labelled examples and your decisions, which takes some minutes."
            )
        )
        for backend, name in {
            "embedding-head": self.tr("Trained here on the labelled examples"),
            "sequence-classification": self.tr("A classification model of your own"),
            "zero-shot": self.tr("Zero-shot: without training"),
        }.items():
            self.backend.setItemText(self.backend.findData(backend), name)
        self.backend.setToolTip(
            self.tr(
                "How items are scored: by a small model trained here on what the language "
                "model reads, or by a model of your own in the model folder"
            )
        )
        self.model_dir.setPlaceholderText(self.tr("The built-in model"))
        self.browse.setText(self.tr("Choose…"))
        self.int8.setText(self.tr("Quantised to int8: faster, very slightly less accurate"))
        for label, text in zip(
            self.grid_headers,
            (self.tr("Category"), self.tr("Flag from score"), self.tr("Alert from score")),
            strict=True,
        ):
            label.setText(text)
        for category in self.taxonomy.categories:
            self.category_labels[category.id].setText(
                category.name.get(self.category_language, category.id)
            )
            self.thresholds[category.id].setSpecialValueText(self.tr("model's own"))
            self.alerts[category.id].setSpecialValueText(self.tr("never"))
        for label, text in zip(
            self.polling_labels,
            (self.tr("Poll every"), self.tr("Give up a fetch after"), self.tr("User agent")),
            strict=True,
        ):
            label.setText(text)
        self.interval.setToolTip(
            self.tr("For sources without an interval of their own; for example 30m or 2h")
        )

    def _fill(self, settings: Settings) -> None:
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.analyst.setText(settings.analyst)
        self.organisation.setText(settings.organisation)
        self.notifications.setChecked(settings.notifications)
        self.on_close.setCurrentIndex({None: 0, True: 1, False: 2}[settings.keep_polling])
        classifier = settings.classifier
        self.enabled.setChecked(classifier.enabled)
        self.encoder.setCurrentIndex(max(self.encoder.findData(classifier.encoder), 0))
        self.backend.setCurrentIndex(max(self.backend.findData(classifier.backend), 0))
        self.model_dir.setText(str(classifier.model_dir) if classifier.model_dir else "")
        self.int8.setChecked(classifier.int8)
        self._int8_applies()
        for name, spin in self.thresholds.items():
            spin.setValue(classifier.thresholds.get(name, 0.0))
        for name, spin in self.alerts.items():
            spin.setValue(settings.alerts.get(name, 0.0))
        self.interval.setText(format_duration(self.defaults.interval))
        self.timeout.setText(format_duration(self.defaults.timeout))
        self.user_agent.setText(self.defaults.user_agent or "")
        self.user_agent.setPlaceholderText(user_agent_for(self.defaults))  # sent when empty

    def _int8_applies(self) -> None:
        """An ONNX model folder offers int8 only when it holds an int8 model as well."""
        try:
            folder = encoder_folder(self.encoder.currentData() or ENCODERS[0])
        except MonitorError:
            folder = None
        missing = folder is not None and not offers_int8(folder)
        self.int8.setEnabled(not missing)
        self.int8.setToolTip(
            self.tr("This ONNX model folder has no int8 model (%1)").replace("%1", ONNX_INT8_FILE)
            if missing
            else ""
        )

    def folder_dialog(self) -> QFileDialog:
        """The model folder's chooser, not yet shown: at the folder chosen, else at the
        data folder (a model folder inside it is saved relative to it)."""
        chosen = Path(self.model_dir.text().strip()).expanduser()
        start = self.locations.data_dir
        if self.model_dir.text().strip() and (start / chosen).is_dir():
            start = start / chosen  # an absolute path replaces the data folder
        dialog = QFileDialog(self, self.tr("Model folder"), str(start))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        return dialog

    def _browse(self) -> None:
        dialog = self.folder_dialog()
        if dialog.exec() and dialog.selectedFiles():
            self.model_dir.setText(dialog.selectedFiles()[0])

    def changes(self) -> dict[tuple[str, ...], Any]:
        thresholds = {n: round(s.value(), 2) for n, s in self.thresholds.items() if s.value()}
        alerts = {n: round(s.value(), 2) for n, s in self.alerts.items() if s.value()}
        return {
            ("language",): self.language.currentData() or None,
            ("analyst",): self.analyst.text().strip() or None,
            ("organisation",): self.organisation.text().strip() or None,
            ("notifications",): self.notifications.isChecked(),
            ("keep_polling",): self.on_close.currentData(),
            ("alerts",): alerts,
            ("classifier", "enabled"): self.enabled.isChecked(),
            ("classifier", "encoder"): None
            if self.encoder.currentData() == ENCODERS[0]
            else self.encoder.currentData(),
            ("classifier", "backend"): self.backend.currentData(),
            ("classifier", "model_dir"): self._model_dir(),
            ("classifier", "int8"): self.int8.isChecked() or None,
            ("classifier", "thresholds"): thresholds or None,
        }

    def _model_dir(self) -> str | None:
        """A folder inside the data folder is saved relative to it, so that a copy of the
        data folder uses its own copy of the model."""
        text = self.model_dir.text().strip()
        if not text:
            return None
        try:
            return Path(text).relative_to(self.locations.data_dir).as_posix()
        except ValueError:
            return text

    def polling_changes(self) -> dict[str, str | None]:
        """The polling defaults the analyst changed (an emptied field: the built-in one)."""
        now = {
            "interval": format_duration(self.defaults.interval),
            "timeout": format_duration(self.defaults.timeout),
            "user_agent": self.defaults.user_agent or "",
        }
        fields = {"interval": self.interval, "timeout": self.timeout, "user_agent": self.user_agent}
        return {
            name: field.text().strip() or None
            for name, field in fields.items()
            if field.text().strip() != now[name]
        }

    def save(self) -> None:
        try:
            polling = self.polling_changes()
            if polling:  # the sources' defaults: feeds.yaml, or the team's (editors only)
                feeds_file = self.feeds.load()
                feeds_file.update_defaults(polling)  # checked before anything is written
                feeds_file.save()
            saved = save_settings(self.locations.data_dir, self.changes())
        except MonitorError as exc:
            self.problem.setText(str(exc))
            return
        self.settings = saved
        self.applied.emit(saved)
        self.accept()
