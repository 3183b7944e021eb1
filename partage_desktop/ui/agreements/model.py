"""The agreements list as a Qt model: one row per agreement, sortable, filtered by a proxy."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from partage_desktop.core.agreements.lifecycle import status_label
from partage_desktop.ui.app import i18n

Index = QModelIndex | QPersistentModelIndex
REF, TITLE, PARTIES, STATUS, END, VERSIONS = range(6)
ROW_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ORDER = {"draft": 0, "ready": 1, "signed": 2, "expired": 3, "terminated": 4}


class AgreementsModel(QAbstractTableModel):
    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[dict[str, Any]] = []
        self.headers = [self.tr("Reference"), self.tr("Agreement"), self.tr("Parties"), self.tr("Status"),
                        self.tr("Ends"), self.tr("Versions")]

    def status_text(self, state: str) -> str:
        return status_label(state, self.lang)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == REF:
                return row["ref"]
            if column == TITLE:
                return row["title"]
            if column == PARTIES:
                return ", ".join(row["parties"])
            if column == STATUS:
                return self.status_text(row.get("state", row["status"]))
            if column == END:
                return i18n.format_date(date.fromisoformat(row["end_date"]), self.lang, short=True) \
                    if row["end_date"] else ""
            if column == VERSIONS:
                return str(row["versions"])
        if role == SORT_ROLE:
            if column == STATUS:
                return STATUS_ORDER.get(row.get("state", row["status"]), 9)
            if column == END:
                return row["end_date"] or "9999"
            if column == VERSIONS:
                return int(row["versions"])
            return str(self.data(index)).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE, PARTIES, END):
            # the columns may be too narrow for the whole text: the tooltip gives all of it
            if column == END:
                return i18n.format_date(date.fromisoformat(row["end_date"]), self.lang) if row["end_date"] else None
            return "\n".join(row["parties"]) if column == PARTIES else row["title"]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == VERSIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AgreementsFilter(QSortFilterProxyModel):
    """Filters on status, partner, kind (template) and a search text over every column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = ""
        self.partner = ""
        self.kind = ""
        self.text = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filters(self, state: str = "", partner: str = "", kind: str = "", text: str = "") -> None:
        self.beginFilterChange()
        self.state, self.partner, self.kind, self.text = state, partner, kind, text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt API
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        if row is None:
            return False
        if self.state and row.get("state", row["status"]) != self.state:
            return False
        if self.partner and self.partner not in row["parties"]:
            return False
        if self.kind and row["template"] != self.kind:
            return False
        if self.text:
            haystack = " ".join([row["ref"], row["title"], *row["parties"]]).casefold()
            return all(word in haystack for word in self.text.split())
        return True
