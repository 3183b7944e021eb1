"""The shared list of categories, in French and in English: add one, reword one, archive one (it
leaves the choices; resources already in it keep it) and bring it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.resources.vocabulary import choices, label
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.resources import categories
from partage_desktop.services.resources.problems import InvalidFields
from partage_desktop.ui.app.sections import fit_screen
from partage_desktop.ui.resources import form_parts as parts
from partage_desktop.words import say

CODE_ROLE = Qt.ItemDataRole.UserRole


class CategoriesDialog(QDialog):
    def __init__(self, data: DataDir, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categories-dialog")
        self.setWindowTitle(self.tr("Categories"))
        self.data, self.lang = data, lang
        self.rows: dict[str, categories.CategoryView] = {}
        intro = QLabel(self.tr("The categories that resources and needs are filed under, shared with "
                               "partners through offers sheets. Each has a French and an English name."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("categories-list")
        self.table.setAccessibleName(self.tr("Categories"))
        self.table.setHorizontalHeaderLabels([self.tr("French name"), self.tr("English name"), self.tr("Kind")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_: self._load_current())
        self.show_archived = QCheckBox(self.tr("Show &archived"))
        self.show_archived.setObjectName("categories-show-archived")
        self.show_archived.toggled.connect(lambda _: self.refresh())

        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        form = parts.Form("category", self.editors, self.errors, {})
        box = QWidget()
        rows = QFormLayout(box)
        form._page = box
        form.add(rows, "label_fr", self.tr("&French name:"), QLineEdit())
        form.add(rows, "label_en", self.tr("&English name:"), QLineEdit())
        form.add(rows, "kind", self.tr("&Suits the kind:"), parts.combo([("", self.tr("(any)")), *choices("kind", lang)]))
        self.add_button = QPushButton(self.tr("A&dd as a new category"))
        self.add_button.setObjectName("categories-add")
        self.add_button.clicked.connect(lambda: self.save(new=True))
        self.save_button = QPushButton(self.tr("Sa&ve the changes"))
        self.save_button.setObjectName("categories-save")
        self.save_button.clicked.connect(lambda: self.save(new=False))
        self.archive_button = QPushButton(self.tr("Arc&hive"))
        self.archive_button.setObjectName("categories-archive")
        self.archive_button.clicked.connect(self.toggle_archive)
        self.status = QLabel()
        self.status.setObjectName("categories-status")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.show_archived)
        layout.addWidget(box)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.save_button.setDefault(True)  # Enter in a name keeps the change to the category shown
        self.add_button.setAutoDefault(False)
        self.archive_button.setAutoDefault(False)
        self.refresh()
        fit_screen(self, 680, 540)

    def refresh(self, select: str | None = None) -> None:
        keep = select or self.current_code()
        found = categories.list_categories(self.data, self.lang, include_archived=self.show_archived.isChecked())
        self.rows = {c.code: c for c in found}
        self.table.blockSignals(True)
        self.table.setRowCount(len(found))
        for row, c in enumerate(found):
            suffix = self.tr(" (archived)") if c.archived else ""
            cells = [c.label_fr + suffix, c.label_en + suffix, label("kind", c.kind, self.lang) if c.kind else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CODE_ROLE, c.code)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        codes = [c.code for c in found]
        self.table.setCurrentCell(codes.index(keep) if keep in codes else 0 if codes else -1, 0)
        self._load_current()

    def current_code(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(CODE_ROLE) if item else None

    def _load_current(self) -> None:
        c = self.rows.get(self.current_code() or "")
        self.editors["label_fr"].setText(c.label_fr if c else "")  # type: ignore[attr-defined]
        self.editors["label_en"].setText(c.label_en if c else "")  # type: ignore[attr-defined]
        parts.set_combo(self.editors["kind"], c.kind if c else "")  # type: ignore[arg-type]
        self.save_button.setEnabled(c is not None)
        self.archive_button.setEnabled(c is not None)
        self.archive_button.setText(self.tr("&Restore") if c and c.archived else self.tr("Arc&hive"))
        parts.show_problems(self.errors, {})

    def save(self, new: bool) -> None:
        code = None if new else self.current_code()
        try:
            saved = categories.save_category(self.data, self.editors["label_fr"].text(),  # type: ignore[attr-defined]
                                             self.editors["label_en"].text(),  # type: ignore[attr-defined]
                                             self.editors["kind"].currentData(), code)  # type: ignore[attr-defined]
        except InvalidFields as exc:
            parts.show_problems(self.errors, {k: say(m, self.lang) for k, m in exc.fields.items()})
            first = next((k for k in self.editors if k in exc.fields), None)
            if first:
                self.editors[first].setFocus()
            return
        self.refresh(select=saved)
        self.status.setText(self.tr("Category saved."))

    def toggle_archive(self) -> None:
        c = self.rows.get(self.current_code() or "")
        if c is None:
            return
        categories.archive_category(self.data, c.code, archived=not c.archived)
        self.refresh(select=c.code)
        self.status.setText(self.tr("Category restored.") if c.archived else self.tr(
            "Category archived: it is no longer offered, and resources already in it keep it."))
