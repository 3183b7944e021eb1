"""The one date field of the app: type the date as you write it, or pick it on a calendar.

It reads ``2027-01-07``, ``7/1/2027``, ``7 1 2027`` and ``7 janvier 2027`` / ``January 7, 2027``
(core.dates), shows the date in words under the box as you type (``jeudi 7 janvier 2027``), puts
the text in words when you leave the box, and says next to it what to write when the text is no
date. Alt+Down (or F4) or the button opens the calendar; Up and Down move one day.

The Qt-side interface follows QDateEdit's (``date()``/``setDate()`` with QDate, ``dateChanged``,
minimum and maximum dates) so that a form can swap one for the other.
"""

from __future__ import annotations

import datetime as dt  # for annotations inside DateField, whose date() method hides the class
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.agreements.reminders import FIRST_DAY, LAST_DAY
from partage_desktop.core.dates import (
    EXAMPLE,
    DateTextError,
    check_range,
    date_in_words,
    parse_date,
)
from partage_desktop.ui.app.i18n import locale_for

ERROR_STYLE = "color: #a4262c;"
HINT_STYLE = "color: #555555;"


def _lang_of_default_locale() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def _to_date(value: object) -> date | None:
    if isinstance(value, QDate):
        return date(value.year(), value.month(), value.day()) if value.isValid() else None
    if isinstance(value, date):
        return value
    return None


def _to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value is not None else QDate()


class _CalendarPopup(QFrame):
    """The calendar, as a popup under the field: Enter or a click picks the day, Esc closes."""

    def __init__(self, field: DateField) -> None:
        super().__init__(field, Qt.WindowType.Popup)
        self.field = field
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("date-field:calendar")
        self.calendar.setGridVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)

    def _picked(self, day: QDate) -> None:
        self.hide()
        self.field._picked(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            self.field.line.setFocus(Qt.FocusReason.PopupFocusReason)
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A date typed as text or picked on a calendar. ``dateChanged`` carries the new QDate (a null
    QDate when an optional field is emptied); text that is no date changes nothing and is
    explained under the box (``problem()``)."""

    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name, so forms can swap the two

    def __init__(self, lang: str | None = None, optional: bool = False, words: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or _lang_of_default_locale()
        self.optional = optional
        self.show_words = words
        self._date: date | None = None
        self._problem = ""
        # validation's own bounds: no date picked on screen can be refused later
        self._minimum: date | None = FIRST_DAY
        self._maximum: date | None = LAST_DAY
        self.line = QLineEdit()
        self.line.setObjectName("date-field:text")
        self.line.setPlaceholderText(date_in_words(date(2027, 1, 7), self.lang))
        self.line.setToolTip(self._tr_example())
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._finished)
        self.line.installEventFilter(self)
        self.button = QToolButton()
        self.button.setObjectName("date-field:open-calendar")
        # a compact field (a filter bar) gets the drop-down arrow of a combo box instead of the word
        self.button.setText(self.tr("Calendar") if words else "\u25be")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setToolTip(self.tr("Pick the date on a calendar (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Alt+Down from the box does the same
        self.button.clicked.connect(self.open_calendar)
        self.hint = QLabel()
        self.hint.setObjectName("date-field:hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addLayout(row)
        column.addWidget(self.hint)
        self.popup: _CalendarPopup | None = None
        if not optional:  # like QDateEdit, a required date always has one: today until set
            self.set_value(date.today())
        self.setFocusProxy(self.line)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _tr_example(self) -> str:
        return self.tr("For example: %1").replace("%1", EXAMPLE[self.lang])

    # ---------------------------------------------------------------- QDateEdit's interface

    def date(self) -> QDate:
        """The date shown (a null QDate when there is none)."""
        return _to_qdate(self._date)

    def setDate(self, value: QDate | dt.date | None) -> None:  # noqa: N802 - QDateEdit's name
        """As QDateEdit: a date outside the minimum and maximum is brought to the nearest one."""
        day = _to_date(value)
        if day is not None and self._minimum is not None:
            day = max(day, self._minimum)
        if day is not None and self._maximum is not None:
            day = min(day, self._maximum)
        self.set_value(day)

    def setMinimumDate(self, value: QDate | dt.date | None) -> None:  # noqa: N802 - QDateEdit's name
        self._minimum = _to_date(value)

    def setMaximumDate(self, value: QDate | dt.date | None) -> None:  # noqa: N802 - QDateEdit's name
        self._maximum = _to_date(value)

    def minimumDate(self) -> QDate:  # noqa: N802 - QDateEdit's name
        return _to_qdate(self._minimum)

    def maximumDate(self) -> QDate:  # noqa: N802 - QDateEdit's name
        return _to_qdate(self._maximum)

    def calendarWidget(self) -> QCalendarWidget:  # noqa: N802 - QDateEdit's name
        return self._popup().calendar

    # ---------------------------------------------------------------- Python's interface

    def value(self) -> dt.date | None:
        return self._date

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value`` (None: empty); ``dateChanged`` when it differs, as QDateEdit does."""
        self._problem = ""
        self.line.setText(date_in_words(value, self.lang) if value is not None else "")
        self._set(value)
        self._show_hint()

    def iso(self) -> str | None:
        return self._date.isoformat() if self._date is not None else None

    def set_iso(self, value: object) -> None:
        try:
            day = date.fromisoformat(str(value)) if value else None
            if day is not None:
                check_range(day, self.lang, self._minimum, self._maximum)
        except (ValueError, DateTextError):
            self.line.setText(str(value))  # what a hand-made file had: shown, to be corrected
            self._typed(str(value))
            return
        self.set_value(day)

    def text(self) -> str:
        return self.line.text()

    def problem(self) -> str:
        """What is wrong with the text typed, in the user's words ("" when it is a date)."""
        return self._problem

    # ---------------------------------------------------------------- typing

    def _read(self, text: str) -> tuple[dt.date | None, str]:
        if not text.strip() and self.optional:
            return None, ""
        try:
            value = parse_date(text, self.lang)
            check_range(value, self.lang, self._minimum, self._maximum)
        except DateTextError as exc:
            return None, str(exc)
        return value, ""

    def _typed(self, text: str) -> None:
        value, self._problem = self._read(text)
        if not self._problem:
            self._set(value)
        self._show_hint()

    def _finished(self) -> None:
        """Leaving the box: a date is written out in words (what was typed is no longer needed)."""
        if not self._problem and self._date is not None:
            words = date_in_words(self._date, self.lang)
            if self.line.text() != words:
                self.line.setText(words)
        self._show_hint()

    def _set(self, value: dt.date | None) -> None:
        if value != self._date:
            self._date = value
            self.dateChanged.emit(_to_qdate(value))

    def _show_hint(self) -> None:
        if self._problem:
            self.hint.setText(self._problem)
            self.hint.setStyleSheet(ERROR_STYLE)
            self.hint.show()
            self.line.setAccessibleDescription(self._problem)
            return
        self.line.setAccessibleDescription(self._tr_example())
        typed = self.line.text().strip()
        if self.show_words and self._date is not None and (typed != date_in_words(self._date, self.lang)
                                                            or self.line.hasFocus()):
            self.hint.setText(date_in_words(self._date, self.lang, weekday=True))
            self.hint.setStyleSheet(HINT_STYLE)
            self.hint.show()
        else:
            self.hint.hide()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt API
        """The name goes to the box itself, which is what a screen reader lands on."""
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)
        self.button.setAccessibleName(self.tr("Calendar for %1").replace("%1", name))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            key_event: Any = event
            key, mods = key_event.key(), key_event.modifiers()
            if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier):
                self.open_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods & Qt.KeyboardModifier.AltModifier:
                self._step(1 if key == Qt.Key.Key_Up else -1)
                return True
        if watched is self.line and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._show_hint()
        return super().eventFilter(watched, event)

    def _step(self, days: int) -> None:
        start = self._date or date.today()
        value = start + timedelta(days=days) if self._date is not None else start
        if (self._minimum and value < self._minimum) or (self._maximum and value > self._maximum):
            return
        self._problem = ""
        self.line.setText(date_in_words(value, self.lang))
        self._set(value)
        self._show_hint()

    # ---------------------------------------------------------------- the calendar

    def _popup(self) -> _CalendarPopup:
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.calendar.setLocale(locale_for(self.lang))
        return self.popup

    def open_calendar(self) -> None:
        popup = self._popup()
        calendar = popup.calendar
        calendar.setMinimumDate(_to_qdate(self._minimum or FIRST_DAY))
        calendar.setMaximumDate(_to_qdate(self._maximum or LAST_DAY))
        shown = self._date or date.today()
        calendar.setSelectedDate(_to_qdate(shown))
        calendar.setCurrentPage(shown.year, shown.month)
        popup.adjustSize()
        popup.move(self.mapToGlobal(self.line.geometry().bottomLeft()))
        popup.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: QDate) -> None:
        value = _to_date(day)
        self._problem = ""
        self.line.setText(date_in_words(value, self.lang) if value else "")
        self._set(value)
        self._show_hint()
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)
