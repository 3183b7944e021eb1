"""Date fields stop where validation stops (1900 to 2199): no date typed or picked on screen can
be refused later, nor reach the calendar's edge where renewals and meetings are computed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from partage_desktop.core.agreements.reminders import FIRST_DAY, LAST_DAY
from partage_desktop.ui.widgets.date_field import DateField


def test_a_date_field_cannot_be_set_past_2199_nor_before_1900(qtbot):
    field = DateField("fr")
    qtbot.addWidget(field)
    field.setDate(QDate(9999, 12, 31))
    assert field.value() == LAST_DAY
    field.setDate(QDate(1, 1, 1))
    assert field.value() == FIRST_DAY
    assert field.minimumDate() == QDate(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day)
    assert field.maximumDate() == QDate(LAST_DAY.year, LAST_DAY.month, LAST_DAY.day)


@pytest.mark.qt_log_ignore("grabbing the keyboard")  # the offscreen platform's popups; harmless
def test_the_calendar_stops_at_the_same_bounds(qtbot):
    field = DateField("en")
    qtbot.addWidget(field)
    field.show()
    field.open_calendar()
    calendar = field.calendarWidget()
    assert calendar.maximumDate() == QDate(2199, 12, 31) and calendar.minimumDate() == QDate(1900, 1, 1)
    field.popup.hide()


def test_a_year_9999_from_a_file_is_shown_as_typed_and_flagged_not_taken(qtbot):
    field = DateField("fr", optional=True)
    qtbot.addWidget(field)
    field.set_iso("9999-12-31")
    assert field.value() is None
    assert field.text() == "9999-12-31" and field.problem()
    field.set_iso("2027-01-07")
    assert field.value() == date(2027, 1, 7) and not field.problem()
