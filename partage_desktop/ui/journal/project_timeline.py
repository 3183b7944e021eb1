"""A project's timeline as a Qt model: its entries newest first, under one heading row per month,
read from the database a page at a time as the view scrolls (canFetchMore/fetchMore), so thousands
of entries never become thousands of widgets; and the view that shows it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from partage_desktop.core.formatting import format_date
from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.core.journal.vocabulary import EntryRow

PAGE = 200
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole
STANDOUT = ("milestone", "decision")  # what a reader of the timeline looks for first
Index = QModelIndex | QPersistentModelIndex
DATE, KIND, TITLE = range(3)

_KIND_COLORS = {"meeting": "#1f4e79", "decision": "#8a4b00", "difficulty": "#c62828", "success": "#2e7d32",
                "milestone": "#5b2a86", "note": "#616161"}
_icons: dict[str, QIcon] = {}


def kind_icon(kind: str) -> QIcon:
    """A small shape per kind of entry (never colour alone: the shapes differ and the label is
    written beside it), drawn once, on the GUI thread."""
    if kind not in _icons:
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(_KIND_COLORS.get(kind, "#616161"))
        p.setBrush(color)
        p.setPen(color)
        shapes = {
            "milestone": [(16, 2), (30, 16), (16, 30), (2, 16)],  # diamond
            "difficulty": [(16, 3), (30, 29), (2, 29)],  # warning triangle
            "success": [(16, 2), (20, 12), (30, 12), (22, 19), (25, 30), (16, 23), (7, 30), (10, 19), (2, 12),
                        (12, 12)],  # star
        }
        if kind in shapes:
            p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in shapes[kind]]))
        elif kind == "decision":
            p.drawRect(4, 4, 24, 24)
        elif kind == "meeting":
            p.drawEllipse(3, 3, 26, 26)
        else:
            p.drawRect(3, 12, 26, 8)
        p.end()
        _icons[kind] = QIcon(pixmap)
    return _icons[kind]


def month_title(month: str, lang: str) -> str:
    """``Juin 2026`` / ``June 2026`` for ``2026-06``."""
    from datetime import date

    year, number = (int(x) for x in month.split("-"))
    words = format_date(date(year, number, 2), lang).split(" ")
    name = words[1] if lang == "fr" else words[0]
    return f"{name[:1].upper()}{name[1:]} {year}"


class ProjectTimelineModel(QAbstractTableModel):
    """Rows are either a month heading (``str``, YYYY-MM) or an entry (``EntryRow``)."""

    def __init__(self, lang: str, load_page: Callable[[int, int, EntryRow | None], list[EntryRow]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._load_page = load_page  # (project id, how many, after this row) -> rows, newest first
        self._items: list[str | EntryRow] = []
        self._last: EntryRow | None = None
        self._project_id: int | None = None
        self._exhausted = True
        self._headers = [self.tr("Date"), self.tr("Type"), self.tr("Title")]

    def reset(self, project_id: int | None, first_page: list[EntryRow]) -> None:
        self.beginResetModel()
        self._project_id = project_id
        self._items = self._with_months(first_page, None)
        self._last = first_page[-1] if first_page else None
        self._exhausted = len(first_page) < PAGE
        self.endResetModel()

    @staticmethod
    def _with_months(rows: list[EntryRow], last: EntryRow | None) -> list[str | EntryRow]:
        """``rows`` with a heading before each month's first entry (none before a month that the
        previous page, ending with ``last``, already opened)."""
        out: list[str | EntryRow] = []
        for row in rows:
            month = row.entry_date.strftime("%Y-%m")
            if last is None or last.entry_date.strftime("%Y-%m") != month:
                out.append(month)
            out.append(row)
            last = row
        return out

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt API
        return not parent.isValid() and not self._exhausted and self._project_id is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802 - Qt API
        if not self.canFetchMore(parent):
            return
        assert self._project_id is not None
        more = self._load_page(self._project_id, PAGE, self._last)
        self._exhausted = len(more) < PAGE
        if more:
            added = self._with_months(more, self._last)
            self.beginInsertRows(QModelIndex(), len(self._items), len(self._items) + len(added) - 1)
            self._items.extend(added)
            self._last = more[-1]
            self.endInsertRows()

    def entry_at(self, row: int) -> EntryRow | None:
        item = self._items[row] if 0 <= row < len(self._items) else None
        return item if isinstance(item, EntryRow) else None

    def is_month(self, row: int) -> bool:
        return 0 <= row < len(self._items) and isinstance(self._items[row], str)

    def row_of(self, entry_id: int) -> int:
        return next((i for i, r in enumerate(self._items) if isinstance(r, EntryRow) and r.id == entry_id), -1)

    def entry_rows(self) -> int:
        return sum(isinstance(r, EntryRow) for r in self._items)

    # --- Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.entry_at(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags  # a month heading: the cursor and the selection skip it
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        palette = QApplication.palette()
        if isinstance(item, str):
            if role == Qt.ItemDataRole.DisplayRole and column == DATE:
                return month_title(item, self.lang)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont(QApplication.font())
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return palette.text()  # a heading is disabled for the cursor, not greyed out
            if role == Qt.ItemDataRole.BackgroundRole:
                return palette.alternateBase()
            return None
        if role == ENTRY_ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE:
                day = format_date(item.entry_date, self.lang)
                return day.rsplit(" ", 1)[0] if self.lang == "fr" else day.split(",")[0]
            if column == KIND:
                return vocab.label("kind", item.kind, self.lang)
            return item.title
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return kind_icon(item.kind)
        if role == Qt.ItemDataRole.FontRole and item.kind in STANDOUT:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and item.kind in STANDOUT:
            tint = QColor(_KIND_COLORS[item.kind])
            tint.setAlpha(38)  # a wash over the base colour: readable on light and dark themes
            return tint
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{format_date(item.entry_date, self.lang)} — {item.title}\n\n{item.body[:400]}".strip()
        return None


class TimelineView(QTableView):
    """The month headings span the row; a click or Enter opens the entry. A table view, not a tree:
    QTreeView fetches more rows at every layout until the model is exhausted, a table only when
    the user scrolls near the end."""

    open_requested = Signal(int)  # entry id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the timeline for the next control
        self.horizontalHeader().setStretchLastSection(True)
        self.clicked.connect(self._open)
        self.installEventFilter(self)

    def setModel(self, model: Any) -> None:  # noqa: N802 - Qt API
        super().setModel(model)
        def respan() -> None:
            self.clearSpans()
            self._span_months()

        model.modelReset.connect(respan)
        model.rowsInserted.connect(lambda _p, first, last: self._span_months(first, last))

    def _span_months(self, first: int = 0, last: int | None = None) -> None:
        model = cast(ProjectTimelineModel, self.model())  # the only model this view is given
        last = model.rowCount() - 1 if last is None else last
        for row in range(first, last + 1):
            if model.is_month(row):
                self.setSpan(row, 0, 1, model.columnCount())

    def _open(self, index: QModelIndex) -> None:
        entry_id = index.data(ENTRY_ID_ROLE) if index.isValid() else None
        if entry_id is not None:
            self.open_requested.emit(int(entry_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Enter opens on every platform (macOS's item views would start editing instead).
        if watched is self and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open(self.currentIndex())
            return True
        return super().eventFilter(watched, event)
