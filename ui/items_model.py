"""The item table: holds row ids only and reads rows from the database a page at a time."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from monitor.store import Store

PAGE = 200
_ROW_SQL = (
    "SELECT i.id, i.published, i.source, i.language, i.title, i.published_estimated,"
    " coalesce(i.labels, c.categories) FROM items i"
    " LEFT JOIN classifications c ON c.item_id = i.id WHERE i.id IN ({marks})"
)


class ItemsModel(QAbstractTableModel):
    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self._store = Store.open(db_path, migrate_schema=False)
        self._ids: list[int] = []
        self._rows: dict[int, tuple[Any, ...]] = {}
        self._headers = [
            self.tr("Published"),
            self.tr("Source"),
            self.tr("Language"),
            self.tr("Categories"),
            self.tr("Title"),
        ]

    def close(self) -> None:
        self._store.close()

    def refresh(self) -> None:
        self.beginResetModel()
        self._ids = [
            row[0]
            for row in self._store.conn.execute(
                "SELECT id FROM items WHERE duplicate_of IS NULL ORDER BY published DESC, id DESC"
            )
        ]
        self._rows.clear()
        self.endResetModel()

    def item_id(self, row: int) -> int:
        return self._ids[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _row(self, row: int) -> tuple[Any, ...]:
        item_id = self._ids[row]
        if item_id not in self._rows:
            page = self._ids[max(row - PAGE // 4, 0) : row + PAGE]
            wanted = [i for i in page if i not in self._rows]
            sql = _ROW_SQL.format(marks=",".join("?" * len(wanted)))
            for found in self._store.conn.execute(sql, wanted):
                self._rows[found[0]] = found
        return self._rows.get(item_id, (item_id, "", "", "", "", 0, None))

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        _, published, source, language, title, estimated, categories = self._row(index.row())
        if index.column() == 0:
            if role == Qt.ItemDataRole.ToolTipRole:
                no_date = self.tr("The feed gave no usable date: this is when it was fetched.")
                return no_date if estimated else None
            when = datetime.fromisoformat(published).astimezone() if published else None
            text = when.strftime("%Y-%m-%d %H:%M") if when else ""
            return f"≈ {text}" if estimated else text
        labels = ", ".join(json.loads(categories)) if categories else ""
        return [None, source, language or "", labels, title][index.column()]
