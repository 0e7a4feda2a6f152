"""The sources table: one row per source of feeds.yaml, with its stored state, its
recent activity and how its server has answered (read off the GUI thread by
:func:`read_source_health`), and its health by the one rule of :mod:`monitor.health`.
Every column sorts (a click on its header); the health column sorts the sources that
need attention first.

The model only shows; the sources dialog writes feeds.yaml and then hands the model the
sources again.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from monitor import health as source_health
from monitor.config import SourceConfig, format_duration
from monitor.health import Health, SourceHealth
from monitor.models import SourceState
from monitor.source_names import source_name
from monitor.sources import KINDS
from monitor.store import ReadStore, SourceActivity
from monitor.urls import redact
from ui.navigator import HEALTH_COLORS, dot
from ui.style import RED, RIGHT
from ui.table_model import FlatTableModel, Index

COLUMNS = (
    "enabled",
    "name",
    "kind",
    "interval",
    "last_success",
    "last_error",
    "streak",
    "items_per_day",
    "not_modified",
    "fetch",
    "health",
)
_NUMBERS = ("streak", "items_per_day", "not_modified", "fetch")
# the health column's order: what needs attention first
_ATTENTION = (Health.FAILING, Health.SILENT, Health.NEVER, Health.OK, Health.OFF)


def read_health(
    store: ReadStore, sources: list[SourceConfig]
) -> tuple[dict[str, SourceState], dict[str, SourceActivity]]:
    """Stored state and activity of ``sources`` (a read: run it in a :class:`QueryOp`)."""
    intervals = {s.id: s.interval for s in sources}
    return store.source_states(), store.source_activity(intervals, datetime.now(UTC))


def read_source_health(
    store: ReadStore, sources: list[SourceConfig]
) -> tuple[dict[str, SourceState], dict[str, SourceHealth]]:
    """Stored state and full health of ``sources`` (a read: run it in a QueryOp)."""
    return store.source_states(), source_health.read(store, sources)


def when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


def kind_title(kind: str) -> str:
    """What a kind of source is called in the window (the sources table, the form's
    kinds): its title, where the title is a word rather than a service's name in the
    interface language. Qt's translation tools find a text only where it is written out,
    so the words are written out here; a title not among them (Mastodon, Bluesky,
    Telegram) is shown as the kind gives it."""
    title = KINDS[kind].title
    words = {"RSS": QCoreApplication.translate("SourceKinds", "Web feed (RSS/Atom/JSON)")}
    return words.get(title, title)


class SourcesModel(FlatTableModel):
    columns = COLUMNS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sources: list[SourceConfig] = []
        self.states: dict[str, SourceState] = {}
        self.healths: dict[str, SourceHealth] = {}
        self._order: tuple[int, Qt.SortOrder] | None = None  # the column sorted by

    def set_sources(self, sources: list[SourceConfig]) -> None:
        self.beginResetModel()
        self.sources = self._sorted(sources)
        self.endResetModel()

    def set_health(self, states: dict[str, SourceState], healths: dict[str, SourceHealth]) -> None:
        self.states, self.healths = states, healths
        if self._order is not None:
            self.set_sources(self.sources)  # sorted by what was read
        elif self.sources:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.sources) - 1, len(COLUMNS) - 1)
            )

    @property
    def sorted(self) -> bool:
        """Whether the rows are sorted by a column (else in feeds.yaml's order)."""
        return self._order is not None

    def found(self, source: SourceConfig) -> SourceHealth:
        """The source's health as last read (its status alone until then)."""
        return self.healths.get(source.id) or source_health.assess(
            source, self.states.get(source.id)
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = (column, order) if column >= 0 else None  # -1: as feeds.yaml has them
        self.set_sources(self.sources)

    def _sorted(self, sources: list[SourceConfig]) -> list[SourceConfig]:
        if self._order is None:
            return sources
        column, order = self._order
        name = COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        known = [s for s in sources if self._key(s, name) is not None]
        unknown = [s for s in sources if self._key(s, name) is None]  # always last
        known.sort(key=lambda s: self._key(s, name), reverse=descending)
        return known + unknown

    def _key(self, source: SourceConfig, name: str) -> Any:
        found = self.found(source)
        state = self.states.get(source.id)
        keys: dict[str, Any] = {
            "enabled": source.enabled,
            "name": self.name(source).casefold(),
            "kind": kind_title(source.kind).casefold(),
            "interval": source.interval,
            "last_success": found.last_success,
            "last_error": (state.last_error or "") if state and found.failures else "",
            "streak": found.failures,
            "items_per_day": found.items_per_day,
            "not_modified": found.not_modified_share,
            "fetch": found.fetch_seconds,
            "health": _ATTENTION.index(found.status),
        }
        return keys[name]

    def name(self, source: SourceConfig) -> str:
        """What the source is called (monitor.source_names): its feed's title when
        feeds.yaml gives it no name."""
        return source_name(source, self.states.get(source.id))

    def health(self, source: SourceConfig) -> Health:
        return self.found(source).status

    def health_name(self, state: Health) -> str:
        return {
            Health.OK: self.tr("working"),
            Health.FAILING: self.tr("failing"),
            Health.SILENT: self.tr("gone silent"),
            Health.NEVER: self.tr("not polled yet"),
            Health.OFF: self.tr("switched off"),
        }[state]

    def row_total(self) -> int:
        return len(self.sources)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                "streak": self.tr("Failed polls in a row, up to now"),
                "items_per_day": self.tr("Items the source delivered a day, over the last 7 days"),
                "not_modified": self.tr(
                    "The share of polls in the last 30 days that the server answered"
                    " “not modified”: a source that says so costs little to poll"
                ),
                "fetch": self.tr("How long a poll took, on average over the last 30 days"),
            }.get(COLUMNS[section])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("On"),
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Interval"),
            self.tr("Last success"),
            self.tr("Last error"),
            self.tr("Errors"),
            self.tr("Per day"),
            self.tr("Unchanged"),
            self.tr("Fetch time"),
            self.tr("Health"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] == "enabled":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source = self.sources[index.row()]
        column = COLUMNS[index.column()]
        state = self.states.get(source.id)
        if role == Qt.ItemDataRole.CheckStateRole and column == "enabled":
            return Qt.CheckState.Checked if source.enabled else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(source, column, state, self.found(source))
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return f"{self.name(source)}\n{redact(source.address)}"  # a long name in full
        if role == Qt.ItemDataRole.ToolTipRole and column == "last_error":
            return state.last_error if state else None
        if role == Qt.ItemDataRole.DecorationRole and column == "health":
            return dot(HEALTH_COLORS[self.health(source)])
        if role == Qt.ItemDataRole.ForegroundRole and column == "last_error":
            return QBrush(QColor(RED))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(RIGHT)
        return None

    def _display(
        self,
        source: SourceConfig,
        column: str,
        state: SourceState | None,
        found: SourceHealth,
    ) -> str | None:
        if column == "name":
            return self.name(source)
        if column == "kind":
            return kind_title(source.kind)
        if column == "interval":
            return format_duration(source.interval)
        if column == "last_success":
            return when(state.last_success if state else None)
        if column == "last_error":
            error = (state.last_error or "") if state and state.consecutive_failures else ""
            return error.splitlines()[0][:80] if error else ""
        if column == "streak":
            return str(found.failures) if found.failures else ""
        if column == "items_per_day":
            return f"{found.items_per_day:g}" if self.healths else ""
        if column == "not_modified":
            share = found.not_modified_share
            return "" if share is None else f"{share:.0%}"
        if column == "fetch":
            return "" if found.fetch_seconds is None else f"{found.fetch_seconds:.2f} s"
        if column == "health":
            return self.health_name(self.health(source))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False  # the dialog writes feeds.yaml and then reloads the table
