"""Date pickers stop where validation stops (1900 to 2199): no date typed on screen can be refused
later, nor reach the calendar's edge where renewals and meetings are computed."""

from __future__ import annotations

from PySide6.QtCore import QDate

from partage_desktop.core.reminders import FIRST_DAY, LAST_DAY
from partage_desktop.ui.field_editors import DateEdit


def test_an_agreement_date_cannot_be_picked_past_2199(qtbot):
    editor = DateEdit("fr")
    qtbot.addWidget(editor)
    editor.setDate(QDate(9999, 12, 31))
    assert editor.date() == QDate(LAST_DAY.year, LAST_DAY.month, LAST_DAY.day)
    assert editor.minimumDate() == QDate(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day)
