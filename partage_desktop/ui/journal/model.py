"""The journal's entry list as a Qt table model over the database, fetched in pages.

The view asks for more rows only as the user scrolls (canFetchMore/fetchMore): 100,000 entries
never become 100,000 widgets or Python objects at once. A new filter or search replaces the rows
with a first page loaded off the UI thread by the section (see ``reset``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from partage_desktop.core.folding import highlight
from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.core.journal.vocabulary import EntryFilter, EntryRow
from partage_desktop.ui.app.i18n import format_date, format_money

if TYPE_CHECKING:
    from partage_desktop.services.journal.data import EntryData

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole
# While searching, the Title column's (title, passage of the text) with the matching words between
# HIT_START and HIT_END, painted by journal_highlight.SearchHitDelegate; None otherwise.
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_START, HIT_END = "\x02", "\x03"
Index = QModelIndex | QPersistentModelIndex


class JournalEntriesModel(QAbstractTableModel):
    def __init__(self, lang: str,
                 load_page: Callable[[EntryFilter, int, int, EntryRow | None], list[EntryRow]],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._load_page = load_page
        self._rows: list[EntryRow] = []
        self._filter = EntryFilter()
        self._exhausted = True
        self._snippets: dict[int, tuple[str, str]] = {}
        self._headers = [self.tr("Date"), self.tr("Type"), self.tr("Title"), self.tr("Project"),
                         self.tr("Hours"), self.tr("Amount")]

    # --- loading

    @property
    def filter(self) -> EntryFilter:
        return self._filter

    def reset(self, f: EntryFilter, first_page: list[EntryRow]) -> None:
        """Show ``first_page`` (already loaded, usually off the UI thread) for filter ``f``."""
        self.beginResetModel()
        self._filter = f
        self._snippets.clear()
        self._rows = list(first_page)
        self._exhausted = len(first_page) < PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt API
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802 - Qt API
        if parent.isValid() or self._exhausted:
            return
        more = self._load_page(self._filter, len(self._rows), PAGE, self._rows[-1] if self._rows else None)
        self._exhausted = len(more) < PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def loaded_rows(self) -> int:
        return len(self._rows)

    def entry_at(self, row: int) -> EntryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == entry_id), -1)

    def show_saved(self, entry: EntryData) -> None:
        """Update the row of an entry just saved in the editor, without reloading the page."""
        row = self.row_of(entry.id) if entry.id is not None else -1
        if row < 0:
            return
        self._rows[row] = replace(self._rows[row], title=entry.title, kind=entry.kind, entry_date=entry.entry_date,
                                  minutes=entry.minutes, money_cents=entry.money_cents, money_kind=entry.money_kind,
                                  body=entry.body)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # --- Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:  # short in the list (the whole date is its tooltip and is in the editor)
                return format_date(row.entry_date, self.lang, short=True)
            if column == 1:
                return vocab.label("kind", row.kind, self.lang)
            if column == 2:
                return row.title
            if column == 3:
                return row.project
            if column == 4:
                return self._hours(row.minutes)
            if column == 5 and row.money_cents is not None and row.money_kind:
                return f"{format_money(Decimal(row.money_cents) / 100, self.lang)} " \
                       f"({vocab.label('money', row.money_kind, self.lang).lower()})"
            return None
        if role == SNIPPET_ROLE and column == 2:
            return self._snippet(row)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return format_date(row.entry_date, self.lang)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            snippet = self._snippet(row)  # while searching: the passage that matched, unmarked
            return snippet[1].replace(HIT_START, "").replace(HIT_END, "") if snippet else row.body[:400]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _snippet(self, row: EntryRow) -> tuple[str, str] | None:
        """Marked only for the rows painted, once each: a page of 200 costs nothing until shown."""
        query = self._filter.query
        if not query.strip():
            return None
        found = self._snippets.get(row.id)
        if found is None:
            found = self._snippets[row.id] = (highlight(row.title, query, HIT_START, HIT_END, width=300),
                                              highlight(row.body, query, HIT_START, HIT_END, width=160))
        return found

    def _hours(self, minutes: int | None) -> str | None:
        if not minutes:
            return None
        value = f"{minutes / 60:.1f}".rstrip("0").rstrip(".")
        value = value.replace(".", ",") if self.lang == "fr" else value
        return f"{value} h"
