"""Editors generated from a template's typed fields: each reads and writes the answers-file value.

Every editor has the object name ``field:<id>``, an accessible name from the field's label, emits
``changed`` when the user edits it, and shows its validation message right under it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.agreements.templates import Column, FieldSpec
from partage_desktop.core.dates import DateTextError, date_in_words, parse_date
from partage_desktop.ui.widgets.date_field import DateField
from partage_desktop.ui.widgets.mnemonics import with_mnemonic
from partage_desktop.ui.wizard.cost_split_editor import CostSplitEditor
from partage_desktop.ui.wizard.numbers import ERROR_STYLE, normalize_number, shown_number


def normalize_date(text: str, lang: str) -> str | None:
    """A date typed in a table cell (``7/1/2027``, ``7 janvier 2027``) as ``2027-01-07``; text
    that is no date is kept as typed, for validation to point at."""
    stripped = text.strip()
    if not stripped:
        return None
    try:
        return parse_date(stripped, lang).isoformat()
    except DateTextError:
        return stripped


class _TypedAsYouGo(QStyledItemDelegate):
    """Cell editors write each keystroke to the table: text being typed is part of the answers
    (and of the autosaved draft) at once, not only when the cell is left — closing the wizard or
    changing step with a cell open loses nothing."""

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:  # noqa: N802 - Qt API
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _t, e=editor: self.commitData.emit(e))
        return editor


class ListEditor(QWidget):
    """Rows of a list field (an inventory, a schedule) in an editable table."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.columns: tuple[Column, ...] = spec.columns
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(self.columns))
        self.table.setObjectName(f"table:{spec.id}")
        delegate = _TypedAsYouGo(self.table)
        delegate.closeEditor.connect(lambda _editor, _hint: self._tidy_current())
        self.table.setItemDelegate(delegate)
        self.table.setHorizontalHeaderLabels([c.label[lang] for c in self.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(150)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a row"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove the selected row"))
        self.remove_button.clicked.connect(self.remove_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

    def add_row(self) -> None:
        self.table.insertRow(self.table.rowCount())
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def value(self) -> list[dict[str, Any]]:
        rows = []
        for r in range(self.table.rowCount()):
            row: dict[str, Any] = {}
            for c, column in enumerate(self.columns):
                item = self.table.item(r, c)
                text = item.text().strip() if item else ""
                if not text:
                    continue
                if column.type == "money":
                    row[column.id] = normalize_number(text, "money", self.lang)
                elif column.type == "date":
                    row[column.id] = normalize_date(text, self.lang)
                elif column.type == "integer":
                    row[column.id] = int(text) if text.isdigit() else text
                else:
                    row[column.id] = text
            if row:
                rows.append(row)
        return rows

    def set_value(self, rows: object) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in rows if isinstance(rows, list) else []:
            r = self.table.rowCount()
            self.table.insertRow(r)
            for c, column in enumerate(self.columns):
                cell = row.get(column.id) if isinstance(row, dict) else None
                self.table.setItem(r, c, QTableWidgetItem(self._shown(column, cell)))
        self.table.blockSignals(False)

    def _shown(self, column: Column, cell: object) -> str:
        """A stored cell as the user reads it: ``28 000,00`` / ``28,000.00``, dates in words."""
        if cell is None:
            return ""
        if column.type == "money":
            return shown_number(cell, self.lang, "money")
        if column.type == "date":
            try:
                return date_in_words(date.fromisoformat(str(cell)), self.lang)
            except ValueError:
                return str(cell)
        return str(cell)

    def _tidy_current(self) -> None:
        """A money or date cell just left is rewritten the way it will be read (``28000`` →
        ``28 000,00``); text that is no amount or date stays as typed, for validation to point at."""
        item = self.table.currentItem()
        if item is None:
            return
        column = self.columns[item.column()]
        text = item.text().strip()
        if column.type == "money":
            stored = normalize_number(text, "money", self.lang)
        elif column.type == "date":
            stored = normalize_date(text, self.lang)
        else:
            return
        shown = self._shown(column, stored) if stored is not None and stored != text else text
        if shown != item.text():
            self.table.blockSignals(True)
            item.setText(shown)
            self.table.blockSignals(False)


class FieldEditor(QWidget):
    """Label, help, the input itself and its validation message, for one template field."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, lang: str, party_names: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        self.label_text = spec.label[lang] + (" *" if spec.required else "")
        self.label = QLabel(self.label_text.replace("&", "&&"))
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        layout.addWidget(self.label)
        self.input = self._make_input(party_names)
        self.input.setObjectName(f"field:{spec.id}")
        self.input.setAccessibleName(spec.label[lang])
        if isinstance(self.input, ListEditor):
            # screen readers announce the table itself, not its container
            self.input.table.setAccessibleName(spec.label[lang])
        if spec.help.get(lang):
            self.input.setAccessibleDescription(spec.help[lang])
            self.input.setToolTip(spec.help[lang])
        self.label.setBuddy(self.input)
        layout.addWidget(self.input)
        if spec.help.get(lang):
            help_label = QLabel(spec.help[lang])
            help_label.setWordWrap(True)
            help_label.setStyleSheet("color: #555555;")
            layout.addWidget(help_label)
        self.error = QLabel()
        self.error.setObjectName(f"error:{spec.id}")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)

    def set_mnemonic(self, taken: set[str]) -> None:
        """Give the label an Alt+letter not in ``taken`` (the page's other mnemonics)."""
        self.label.setText(with_mnemonic(self.label_text, taken))

    def _make_input(self, party_names: Any) -> QWidget:
        spec, lang = self.spec, self.lang
        kind = spec.type
        widget: QWidget
        if kind == "text":
            widget = QLineEdit()
            widget.setMaxLength(spec.max_length + 50)  # validation, not truncation, says "too long"
            widget.textEdited.connect(lambda _t: self.changed.emit())
        elif kind == "longtext":
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)
            widget.setMinimumHeight(80)
            widget.setMaximumHeight(140)
            widget.textChanged.connect(self.changed.emit)
        elif kind in ("money", "percent"):
            widget = QLineEdit()
            widget.setMaximumWidth(200)
            widget.textEdited.connect(lambda _t: self.changed.emit())
        elif kind == "integer":
            widget = QSpinBox()
            widget.setRange(int(spec.minimum if spec.minimum is not None else 0),
                            int(spec.maximum if spec.maximum is not None else 100000))
            widget.setMaximumWidth(160)
            widget.valueChanged.connect(lambda _v: self.changed.emit())
        elif kind == "date":
            widget = DateField(lang, optional=True)  # "required" is said by validation, like elsewhere
            widget.setMaximumWidth(360)
            widget.dateChanged.connect(lambda _d: self.changed.emit())
            widget.line.textEdited.connect(lambda _t: self.changed.emit())  # bad text blocks Next
        elif kind == "choice":
            widget = QComboBox()
            widget.addItem(self.tr("— choose —"), None)
            for choice in spec.choices:
                widget.addItem(choice.label[lang], choice.value)
            widget.currentIndexChanged.connect(lambda _i: self.changed.emit())
        elif kind == "bool":
            widget = QCheckBox(self.tr("Yes"))
            widget.toggled.connect(lambda _b: self.changed.emit())
        elif kind == "list":
            widget = ListEditor(spec, lang)
            widget.changed.connect(self.changed.emit)
        elif kind == "cost_split":
            widget = CostSplitEditor(lang, party_names)
            widget.setFocusProxy(widget.method)  # the label's Alt+letter lands on the first choice
            widget.changed.connect(self.changed.emit)
        else:  # pragma: no cover - the loader refuses unknown types
            raise ValueError(kind)
        if spec.placeholder.get(lang) and isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.setPlaceholderText(spec.placeholder[lang])
        return widget

    def value(self) -> Any:
        w, kind = self.input, self.spec.type
        if kind == "text":
            return w.text() or None  # type: ignore[attr-defined]
        if kind == "longtext":
            return w.toPlainText() or None  # type: ignore[attr-defined]
        if kind in ("money", "percent"):
            return normalize_number(w.text(), kind, self.lang)  # type: ignore[attr-defined]
        if kind == "integer":
            return w.value()  # type: ignore[attr-defined]
        if kind == "date":
            # text that is no date stays in the answers as typed: the draft keeps it, Next waits
            return (w.text().strip() or None) if w.problem() else w.iso()  # type: ignore[attr-defined]
        if kind == "choice":
            return w.currentData()  # type: ignore[attr-defined]
        if kind == "bool":
            return w.isChecked()  # type: ignore[attr-defined]
        return w.value()  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> None:
        w, kind = self.input, self.spec.type
        w.blockSignals(True)
        try:
            if kind == "text":
                w.setText("" if value is None else str(value))  # type: ignore[attr-defined]
            elif kind == "longtext":
                w.setPlainText("" if value is None else str(value))  # type: ignore[attr-defined]
            elif kind in ("money", "percent"):
                w.setText(shown_number(value, self.lang, kind))  # type: ignore[attr-defined]
            elif kind == "integer":
                w.setValue(int(value) if isinstance(value, int) or str(value).isdigit() else w.minimum())  # type: ignore[attr-defined]
            elif kind == "date":
                w.set_iso(value)  # type: ignore[attr-defined]
            elif kind == "choice":
                index = w.findData(value)  # type: ignore[attr-defined]
                w.setCurrentIndex(max(index, 0))  # type: ignore[attr-defined]
            elif kind == "bool":
                w.setChecked(bool(value))  # type: ignore[attr-defined]
            else:
                w.set_value(value)  # type: ignore[attr-defined]
        finally:
            w.blockSignals(False)

    def show_problems(self, messages: list[str]) -> None:
        if isinstance(self.input, DateField) and self.input.problem():
            messages = []  # the date field already says, under its box, what to write
        self.error.setText("\n".join(messages))
        self.error.setVisible(bool(messages))
        self.input.setAccessibleDescription("\n".join(messages) or self.spec.help.get(self.lang, ""))
