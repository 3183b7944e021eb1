"""What the resource and need dialogs share: labelled rows with their problem shown under the
field, choice boxes filled from the vocabulary, amounts typed the Québec way."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.resources.vocabulary import choices
from partage_desktop.services.resources.content import catalogue
from partage_desktop.ui.app.i18n import format_money
from partage_desktop.ui.app.sections import scrolled
from partage_desktop.ui.widgets.date_field import DateField

ERROR_STYLE = "color: #b00020"


def money_text(cents: int | None, lang: str) -> str:
    return "" if cents is None else format_money(Decimal(cents) / 100, lang)


class Form:
    """Rows of one page: ``add(key, label, editor)`` keeps the editor and its problem label by key."""

    def __init__(self, prefix: str, editors: dict[str, QWidget], errors: dict[str, QLabel],
                 pages: dict[str, QWidget]) -> None:
        self.prefix, self.editors, self.errors, self.pages = prefix, editors, errors, pages
        self._page: QWidget | None = None  # the page rows are being added to

    def page(self) -> tuple[QScrollArea, QFormLayout]:
        content = QWidget()
        form = QFormLayout(content)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        area = scrolled(content)
        self._page = area
        return area, form

    def add(self, form: QFormLayout, key: str, label: str, editor: QWidget, extra: QWidget | None = None) -> QWidget:
        editor.setObjectName(f"{self.prefix}:{key}")
        plain = label.replace("&", "").rstrip(" :\u00a0")
        editor.setAccessibleName(plain)
        if isinstance(editor, QPlainTextEdit):
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(66)
        error = QLabel()
        error.setObjectName(f"{self.prefix}-error:{key}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(extra if extra is not None else editor)
        column.addWidget(error)
        if isinstance(editor, QAbstractButton):  # a check box carries its own label
            editor.setText(label)
            form.addRow(column)
        else:
            caption = QLabel(label)
            caption.setBuddy(editor)
            form.addRow(caption, column)
        self.editors[key], self.errors[key] = editor, error
        if self._page is not None:
            self.pages[key] = self._page
        return editor


def combo(pairs: list[tuple[Any, str]]) -> QComboBox:
    box = QComboBox()
    for value, text in pairs:
        box.addItem(text, value)
    return box


def vocabulary_combo(group: str, lang: str) -> QComboBox:
    return combo(choices(group, lang))


def region_combo(lang: str, none_text: str) -> QComboBox:
    regions = catalogue().regions
    return combo([("", none_text), *((code, f"{code} – {r.name[lang]}") for code, r in regions.items())])


def set_combo(box: QComboBox, value: Any, missing_text: str | None = None) -> None:
    index = box.findData(value)
    if index < 0 and missing_text is not None:  # an archived category, an agreement since removed…
        box.addItem(missing_text, value)
        index = box.count() - 1
    box.setCurrentIndex(max(index, 0))


def spin(low: int, high: int, none_text: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    if none_text:
        box.setSpecialValueText(none_text)  # the lowest value reads "no limit"
    return box


def value_of(editor: QWidget, empty_is_none: bool = False) -> Any:
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox):
        value = editor.value()
        return None if empty_is_none and value == editor.minimum() else value
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, DateField):
        return editor.value()
    if isinstance(editor, QLineEdit):
        return editor.text()
    raise TypeError(editor)


def set_value(editor: QWidget, value: Any) -> None:
    if isinstance(editor, QComboBox):
        set_combo(editor, value)
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(editor.minimum() if value is None else int(value))
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(value or "")
    elif isinstance(editor, DateField):
        editor.set_value(value)
    elif isinstance(editor, QLineEdit):
        editor.setText("" if value is None else str(value))


def show_problems(errors: dict[str, QLabel], problems: dict[str, str]) -> None:
    for key, label in errors.items():
        text = problems.get(key, "")
        label.setText(text[:1].upper() + text[1:])
        label.setVisible(bool(text))


def first_line_edit(widget: QWidget) -> QWidget:
    return widget.focusProxy() or widget


