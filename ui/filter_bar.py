"""The filter bar above the queue: full-text search, date range, language, category and
minimum score. It only describes a filter; the window turns it into a query. The
languages offered are those the stored items are in (the store's languages query), read
again once new items came in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from monitor.classify.taxonomy import Taxonomy
from monitor.store import Changes, ReadStore, fts_query
from ui.dates import to_date
from ui.i18n import Retranslating
from ui.keys import is_escape
from ui.worker import QueryOp, Reads

SEARCH_DELAY_MS = 250
LANGUAGES_DELAY_MS = 2_000  # the languages are read again once a burst of polls is over


@dataclass(frozen=True, kw_only=True)
class Filter:
    search: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    language: str | None = None
    category: str | None = None
    min_score: float | None = None


class FilterBar(Retranslating, QWidget):
    changed = Signal()
    left = Signal()  # Esc in the search field: back to the list
    _reads: Reads | None = None  # where the languages are read (languages_from)
    _read_failed: Callable[[BaseException], None] | None = None

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.language = "en"
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")
        self._typing = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.changed)
        self.search.textChanged.connect(self._typing.start)
        self.search.returnPressed.connect(self._search_now)
        self.search.installEventFilter(self)
        self.no_words = QLabel()  # shown while the search has no word to look for
        self.no_words.hide()
        self.search.textChanged.connect(self._check_words)

        self.range = QComboBox()
        self.range.currentIndexChanged.connect(self._range_chosen)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-7))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.changed)
            edit.hide()
        self.to_label = QLabel()
        self.to_label.hide()
        self.languages = QComboBox()
        self.languages.currentIndexChanged.connect(self.changed)
        self.category = QComboBox()
        self.category.currentIndexChanged.connect(self.changed)
        self.min_score = QDoubleSpinBox(decimals=2, minimum=0.0, maximum=1.0, singleStep=0.05)
        self.min_score.valueChanged.connect(self.changed)
        self.clear = QToolButton()
        self.clear.clicked.connect(self.reset)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.no_words)
        top.addWidget(self.clear)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.range,
            self.date_from,
            self.to_label,
            self.date_to,
            self.languages,
            self.category,
            self.min_score,
        ):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self._seen_languages: list[str] = []
        self._languages_timer = QTimer(self, singleShot=True, interval=LANGUAGES_DELAY_MS)
        self.retranslate()

    # -- texts ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and is_escape(event):
            if self._typing.isActive():  # what was typed counts at once
                self._search_now()
            self.left.emit()
            return True
        return False

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search titles and text  ( / )"))
        self.search.setToolTip(
            self.tr(
                'Words must all occur; "quoted words" as a phrase; a word ending in * matches '
                "its beginning."
            )
        )
        self._refill(
            self.range,
            [
                (self.tr("Any time"), "any"),
                (self.tr("Last 24 hours"), "day"),
                (self.tr("Last 7 days"), "week"),
                (self.tr("Last 30 days"), "month"),
                (self.tr("Dates…"), "custom"),
            ],
        )
        self.to_label.setText(self.tr("to"))
        self._fill_languages()
        names = [(c.name.get(self.language, c.id), c.id) for c in self.taxonomy.categories]
        self._refill(self.category, [(self.tr("All categories"), ""), *names])
        self.min_score.setSpecialValueText(self.tr("Any score"))
        self.min_score.setPrefix(self.tr("score ≥ ") if self.min_score.value() else "")
        self.min_score.setToolTip(self.tr("Only items whose highest score is at least this"))
        self.clear.setText(self.tr("Clear filters"))
        self.no_words.setText(self.tr("Nothing to search for: type a word"))

    def set_language(self, language: str) -> None:
        """The language of category names (the taxonomy has them in Dutch and English)."""
        self.language = language
        self.retranslate()

    def languages_from(
        self, reads: Reads, failed: Callable[[BaseException], None] | None = None
    ) -> None:
        """Offer the languages of the items in the store ``reads`` opens: now, and again
        after new items arrive (:meth:`apply`); ``failed`` hears of a read that failed."""
        self._reads, self._read_failed = reads, failed
        self._languages_timer.timeout.connect(self.read_languages)
        self.read_languages()

    def read_languages(self) -> None:
        if self._reads is None:
            return
        op = QueryOp(self._reads, self, _languages)
        op = op.success(self.set_languages)
        if self._read_failed is not None:
            op = op.failure(self._read_failed)
        op.run()

    def apply(self, changes: Changes) -> None:
        """New items may be in a language not offered yet."""
        if changes.new_items and self._reads is not None:
            self._languages_timer.start()

    def set_languages(self, codes: list[str]) -> None:
        """The item languages present in the database, offered in the language box."""
        self._seen_languages = codes
        self._fill_languages()

    def _fill_languages(self) -> None:
        known = {"nl": self.tr("Dutch"), "en": self.tr("English")}
        codes = list(dict.fromkeys(["nl", "en", *self._seen_languages]))
        self._refill(
            self.languages,
            [
                (self.tr("All languages"), ""),
                *((known.get(c) or _native_name(c), c) for c in codes),
            ],
        )

    @staticmethod
    def _refill(box: QComboBox, entries: list[tuple[str, str]]) -> None:
        """Replace a box's entries, keeping what was chosen and without a change signal."""
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        for text, data in entries:
            box.addItem(text, data)
        index = box.findData(chosen)
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)

    # -- values --------------------------------------------------------------------------

    def _check_words(self, text: str) -> None:
        """Only quotes, stars or punctuation: the queue shows nothing, and this says why."""
        self.no_words.setVisible(bool(text.strip()) and not fts_query(text))

    def _search_now(self) -> None:
        self._typing.stop()
        self.changed.emit()

    def _range_chosen(self) -> None:
        custom = self.range.currentData() == "custom"
        for widget in (self.date_from, self.to_label, self.date_to):
            widget.setVisible(custom)
        self.changed.emit()

    def set_category(self, category: str | None) -> None:
        self.category.setCurrentIndex(max(self.category.findData(category or ""), 0))

    def reset(self) -> None:
        for widget in (self.search, self.range, self.languages, self.category, self.min_score):
            widget.blockSignals(True)
        self.search.clear()
        self.range.setCurrentIndex(0)
        self.languages.setCurrentIndex(0)
        self.category.setCurrentIndex(0)
        self.min_score.setValue(0.0)
        for widget in (self.search, self.range, self.languages, self.category, self.min_score):
            widget.blockSignals(False)
        self._range_chosen()

    def value(self, now: datetime | None = None) -> Filter:
        now = now or datetime.now(UTC)
        since = until = None
        span = {
            "day": timedelta(days=1),
            "week": timedelta(days=7),
            "month": timedelta(days=30),
        }.get(self.range.currentData())
        if span:
            since = now - span
        elif self.range.currentData() == "custom":
            since = _local_midnight(to_date(self.date_from.date()))
            until = _local_midnight(to_date(self.date_to.date()) + timedelta(days=1))
        score = self.min_score.value()
        self.min_score.setPrefix(self.tr("score ≥ ") if score else "")
        return Filter(
            search=self.search.text().strip() or None,
            since=since,
            until=until,
            language=self.languages.currentData() or None,
            category=self.category.currentData() or None,
            min_score=score or None,
        )


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


def _languages(store: ReadStore) -> list[str]:
    return store.languages()


def _native_name(code: str) -> str:
    """A language the interface has no name for, in its own words: "français (fr)"."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    return f"{locale.nativeLanguageName()} ({code})"
