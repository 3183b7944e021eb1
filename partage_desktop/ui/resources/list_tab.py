"""What the inventory and needs tabs share: a filter box that ignores accents and capitals, a list
sorted by any column, Enter or a double click opens, Delete asks first, and an Undo bar after
archiving or deleting."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.folding import fold, strip_accents
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services import changes
from partage_desktop.ui.app.changes import follow

ID_ROLE = Qt.ItemDataRole.UserRole
WORDS_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's folded words, on its first cell
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what a column sorts by (a rank, a date, folded text)


def folded(text: str) -> str:
    if text.isascii() and "'" not in text and "`" not in text:
        return text.lower()  # nothing to fold: the common case, 5,000 rows at a time
    return strip_accents(fold(text)).casefold()


class FoldedFilter(QSortFilterProxyModel):
    """Keeps the rows whose words hold every word typed, accents and capitals aside."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terms: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.terms = folded(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802 - Qt API
        if not self.terms:
            return True
        words = self.sourceModel().index(row, 0, parent).data(WORDS_ROLE) or ""
        return all(term in words for term in self.terms)


class ListTab(QWidget):
    """A subclass fills ``columns`` and ``rows()`` and wires its buttons; this class keeps the list."""

    columns: tuple[str, ...] = ()
    list_name = ""
    # the column the list is sorted by at first, and how
    first_sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def __init__(self, data: DataDir, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data, self.lang = data, lang
        self.loaded = False
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter)
        self.show_closed = QCheckBox()
        self.model = QStandardItemModel(self)
        self.proxy = FoldedFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSortIndicator(*self.first_sort)
        self.view.horizontalHeader().setResizeContentsPrecision(100)  # widths from the first rows only
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setTabKeyNavigation(False)
        self.view.doubleClicked.connect(lambda _index: self.open_current())
        self.view.installEventFilter(self)
        self._filling = False
        self.view.selectionModel().currentRowChanged.connect(
            lambda *_: None if self._filling else self.selection_changed())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.undo_label = QLabel()
        self.undo_button = QPushButton()
        self.undo_bar = QWidget()
        undo = QHBoxLayout(self.undo_bar)
        undo.setContentsMargins(0, 0, 0, 0)
        undo.addWidget(self.undo_label, 1)
        undo.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.undo_button.clicked.connect(self.undo)
        self._undo: Callable[[], None] | None = None
        self.filter.textChanged.connect(self.proxy.set_text)
        self.show_closed.toggled.connect(lambda _: self.refresh())
        self.follower = follow(self, data, (changes.RESOURCES,), lambda _change: self.refresh() if self.loaded else None)

    def list_layout(self) -> QVBoxLayout:
        """Filter bar, list, empty state and undo bar, as one column a subclass places."""
        bar = QHBoxLayout()
        bar.addWidget(self.filter_label)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.show_closed)
        column = QVBoxLayout()
        column.addLayout(bar)
        column.addWidget(self.view, 1)
        column.addWidget(self.empty)
        column.addWidget(self.undo_bar)
        return column

    # ---------------------------------------------------------------- what a subclass says
    if TYPE_CHECKING:  # each tab defines these; the list calls them

        def rows(self) -> list[tuple[Any, list[Any], str]]:
            """(id, the cells shown, the words the filter searches), one per row. A cell is what it
            shows, or (what it shows, what it sorts by)."""
            ...

        def open_current(self) -> None: ...

        def delete_current(self) -> None: ...

    def selection_changed(self) -> None:
        """The current row changed (or the list was filled again)."""

    # ---------------------------------------------------------------- the list

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if not self.loaded:
            self.loaded = True
            self.refresh()
        super().showEvent(event)

    def refresh(self, select: Any = None) -> None:
        self.follower.read()
        keep = select if select is not None else self.current_id()
        sort_column = self.view.horizontalHeader().sortIndicatorSection()
        order = self.view.horizontalHeader().sortIndicatorOrder()
        self.view.setSortingEnabled(False)  # sorted once, after every row is in
        self._filling = True  # one selection change at the end, not one per row removed
        self.model.clear()
        self.model.setHorizontalHeaderLabels(list(self.columns))
        for ident, cells, words in self.rows():
            items = []
            for cell in cells:
                shown, key = cell if isinstance(cell, tuple) else (cell, cell)
                item = QStandardItem()
                item.setData(shown, Qt.ItemDataRole.DisplayRole)
                item.setData(folded(key) if isinstance(key, str) else key, SORT_ROLE)
                items.append(item)
            items[0].setData(ident, ID_ROLE)
            items[0].setData(folded(words), WORDS_ROLE)
            self.model.appendRow(items)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.view.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column), 110))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(sort_column if sort_column >= 0 else 0, order)
        self.empty.setVisible(self.model.rowCount() == 0)
        self.select(keep)
        self._filling = False
        self.selection_changed()

    def focus_target(self) -> QWidget | None:
        """The list when it shows rows, else the button that adds the first one."""
        if self.proxy.rowCount():
            return self.view
        return getattr(self, "new_button", None)

    def select(self, ident: Any) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if ident is not None and index.data(ID_ROLE) == ident:
                self.view.setCurrentIndex(index)
                return
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def current_id(self) -> Any:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(ID_ROLE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_id() is not None:
                self.open_current()
                return True
            if key == Qt.Key.Key_Delete and self.current_id() is not None:
                self.delete_current()
                return True
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- undo

    def offer_undo(self, text: str, action: Callable[[], None]) -> None:
        self._undo = action
        self.undo_label.setText(text)
        self.undo_bar.show()

    def undo(self) -> None:
        action, self._undo = self._undo, None
        self.undo_bar.hide()
        if action is not None:
            action()
            self.view.setFocus()
