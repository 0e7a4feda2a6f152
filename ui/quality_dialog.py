"""The classifier's evaluation report: for the active model, precision, recall and F1
per category, on the development set it was tuned on and on the analysts' decisions
since it was trained (a live test set), for all items or one language at a time. The
table's columns carry two header levels (each set's name over its measures), and the
dialog takes the table's size."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionHeader,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monitor.classify.metrics import Report
from monitor.classify.quality import ModelQuality, model_quality
from monitor.classify.taxonomy import Taxonomy
from monitor.errors import MonitorError
from monitor.store import ReadStore
from ui.geometry import resize_within_screen
from ui.i18n import Retranslating
from ui.style import RIGHT
from ui.worker import QueryOp, Reads

LANGUAGES = ("", "nl", "en")  # "": all items
MEASURES = 4  # precision, recall, F1, items: the columns of each set
# Room around the headers' and cells' text, so that no text runs from edge to edge.
PADDING = "QHeaderView::section { padding: 4px 12px; } QTableView::item { padding: 0 10px; }"


def read_quality(store: ReadStore, categories: tuple[str, ...]) -> ModelQuality | None:
    model = store.active_model()
    return None if model is None else model_quality(store, model, categories)


class GroupedHeader(QHeaderView):
    """Column headers on two levels: each group's name once, over its columns' names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.groups: list[tuple[str, int, int]] = []  # name, first column, columns

    def sizeHint(self) -> QSize:
        size = super().sizeHint()
        return QSize(size.width(), 2 * size.height())

    def paintSection(self, painter: QPainter, rect: QRect, index: int) -> None:
        super().paintSection(painter, rect.adjusted(0, rect.height() // 2, 0, 0), index)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        for name, first, count in self.groups:
            last = first + count - 1
            left = self.sectionViewportPosition(first)
            width = self.sectionViewportPosition(last) + self.sectionSize(last) - left
            option = QStyleOptionHeader()
            self.initStyleOption(option)
            option.rect = QRect(left, 0, width, self.height() // 2)
            option.text = name
            option.textAlignment = Qt.AlignmentFlag.AlignCenter
            option.position = QStyleOptionHeader.SectionPosition.Middle
            self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.end()


class QualityDialog(Retranslating, QDialog):
    def __init__(
        self, reads: Reads, taxonomy: Taxonomy, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quality-dialog")
        self.taxonomy = taxonomy
        self.language = language
        self.quality: ModelQuality | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choice_label = QLabel()
        self.choice = QComboBox()
        self.choice.currentIndexChanged.connect(lambda _: self._show())
        self.table = QTableWidget(len(taxonomy.ids) + 1, 2 * MEASURES)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.header = GroupedHeader(self.table)
        self.table.setHorizontalHeader(self.header)
        self.header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setStyleSheet(PADDING)
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.choice_label)
        row.addWidget(self.choice)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.retranslate()
        self.fit_table()
        ids = tuple(taxonomy.ids)
        QueryOp(reads, self, lambda store: read_quality(store, ids)).success(self._loaded).failure(
            self._failed
        ).run()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Classifier report"))
        self.choice_label.setText(self.tr("Items"))
        chosen = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        for code, text in zip(
            LANGUAGES, (self.tr("All languages"), self.tr("Dutch"), self.tr("English")), strict=True
        ):
            self.choice.addItem(text, code)
        self.choice.setCurrentIndex(max(self.choice.findData(chosen), 0))
        self.choice.blockSignals(False)
        self.header.groups = [
            (self.tr("Development set"), 0, MEASURES),
            (self.tr("Your decisions"), MEASURES, MEASURES),
        ]
        measures = [self.tr("Precision"), self.tr("Recall"), self.tr("F1"), self.tr("Items")]
        self.table.setHorizontalHeaderLabels(2 * measures)
        names = [c.name.get(self.language, c.id) for c in self.taxonomy.categories]
        self.table.setVerticalHeaderLabels([*names, self.tr("Average (macro)")])
        self.note.setText(
            self.tr(
                "Precision: of the items the model flags for a category, the share that "
                "carry it. Recall: of the items that carry a category, the share the model "
                "flags. F1 weighs the two together. Items: how many carry the category; in "
                "the last row, all items. The development set: examples held out from "
                "training (written for this project, and a share of each public dataset). "
                "Your decisions: items confirmed or rejected since the model was trained, "
                "which it never saw; they measure precision well, and recall only for the "
                "categories you added."
            )
        )
        self._show()

    def _loaded(self, quality: ModelQuality | None) -> None:
        self.quality = quality
        self._show()
        self.fit_table()

    def fit_table(self) -> None:
        """Take the table's size (within the screen): no empty rows or columns around it."""
        table = self.table
        table.resizeColumnsToContents()
        frame = 2 * table.frameWidth()
        table.setFixedHeight(
            self.header.sizeHint().height() + table.verticalHeader().length() + frame
        )
        table.setMinimumWidth(
            table.verticalHeader().sizeHint().width() + self.header.length() + frame
        )
        self.adjustSize()
        resize_within_screen(self, self.width(), self.height())

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(str(error) if isinstance(error, MonitorError) else repr(error))

    def _number(self, value: float, decimals: int = 2) -> str:
        return QLocale(self.language).toString(value, "f", decimals)

    def _show(self) -> None:
        quality = self.quality
        if quality is None:
            self.summary.setText(self.tr("No trained model yet."))
            return
        trained = quality.trained_on
        decisions = int(trained.get("decisions", 0))
        self.summary.setText(
            self.tr(
                "Model %1 (encoder %2), trained on %3 labelled examples and %Ln decision(s).",
                "",
                decisions,
            )
            .replace("%1", quality.version)
            .replace("%2", (quality.encoder or "").split(":")[0])
            .replace("%3", QLocale(self.language).toString(int(trained.get("examples", 0))))
        )
        language = self.choice.currentData() or ""
        for column, report in ((0, quality.development), (4, quality.decisions)):
            part = _part(report, language)
            for row, name in enumerate(self.taxonomy.ids):
                score = part.categories.get(name) if part else None
                cells = (
                    ["", "", "", "0"]
                    if score is None
                    else [
                        self._number(score.precision),
                        self._number(score.recall),
                        self._number(score.f1),
                        QLocale(self.language).toString(score.support),
                    ]
                )
                self._cells(row, column, cells)
            macro = (
                []
                if part is None
                else [
                    "",
                    "",
                    self._number(part.macro_f1),
                    QLocale(self.language).toString(part.items),
                ]
            )
            self._cells(len(self.taxonomy.ids), column, macro or ["", "", "", "0"])

    def _cells(self, row: int, column: int, texts: list[str]) -> None:
        for offset, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setTextAlignment(RIGHT)
            self.table.setItem(row, column + offset, item)


def _part(report: Report | None, language: str) -> Report | None:
    if report is None or not language:
        return report
    return report.groups.get("by_language", {}).get(language)
