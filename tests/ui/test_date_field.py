"""The one date field (ui.date_field): typed the way people write dates, shown in words, with the
calendar; used by the wizard, the journal entry editor, the journal's period and the dialogs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCalendarWidget, QLineEdit, QWidget

from partage_desktop.platform import datadir
from partage_desktop.services.journal import entries as svc
from partage_desktop.services.organizations.address_book import OrganizationData, save_organization
from partage_desktop.ui import build_main_window
from partage_desktop.ui.widgets.date_field import DateField


def type_text(widget, text):
    for ch in text:  # non-ASCII characters cannot go through keyClicks
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def field(qtbot):
    kept = []

    def make(lang="fr", **kw):
        holder = QWidget()
        kept.append(holder)
        qtbot.addWidget(holder)
        edit = DateField(lang, parent=holder, **kw)
        other = QLineEdit(holder)  # somewhere to Tab to
        other.move(0, 80)
        holder.show()
        edit.setFocus()
        qtbot.waitUntil(lambda: edit.line.hasFocus())
        return edit, other
    yield make
    for holder in kept:
        holder.close()


@pytest.mark.parametrize("typed", ["2027-01-07", "7/1/2027", "7 1 2027", "7 janvier 2027"])
def test_each_way_of_typing_gives_the_date_in_words(qtbot, field, typed):
    edit, other = field("fr", optional=True)
    changes = []
    edit.dateChanged.connect(changes.append)
    type_text(edit.line, typed)
    assert edit.value() == date(2027, 1, 7)
    assert edit.hint.isVisible() and edit.hint.text() == "jeudi 7 janvier 2027"  # read back while typing
    other.setFocus()
    qtbot.waitUntil(lambda: other.hasFocus())
    assert edit.line.text() == "7 janvier 2027"  # leaving the box writes it in words
    assert changes[-1] == QDate(2027, 1, 7)


def test_english_reads_day_first_too_and_writes_the_month_first(qtbot, field):
    edit, other = field("en", optional=True)
    type_text(edit.line, "7/1/2027")
    assert edit.value() == date(2027, 1, 7)
    assert edit.hint.text() == "Thursday, January 7, 2027"
    other.setFocus()
    qtbot.waitUntil(lambda: other.hasFocus())
    assert edit.line.text() == "January 7, 2027"


def test_text_that_is_no_date_is_explained_next_to_the_box_and_changes_nothing(qtbot, field):
    edit, _other = field("fr")
    edit.set_value(date(2026, 12, 6))
    edit.line.selectAll()
    type_text(edit.line, "32/1/2027")
    assert edit.value() == date(2026, 12, 6)  # the last date stays
    assert edit.hint.isVisible() and "n'existe pas" in edit.hint.text() and edit.problem() == edit.hint.text()
    assert edit.line.accessibleDescription() == edit.problem()  # screen readers hear it too
    edit.line.selectAll()
    type_text(edit.line, "demain")
    assert "2027-01-07" in edit.hint.text()
    edit.line.selectAll()
    type_text(edit.line, "1er février 2027")
    assert not edit.problem() and edit.value() == date(2027, 2, 1)


@pytest.mark.qt_log_ignore("grabbing the keyboard")  # the offscreen platform's popups; harmless
def test_the_calendar_opens_from_the_keyboard_and_enter_picks_the_day(qtbot, field):
    edit, _other = field("fr", optional=True)
    type_text(edit.line, "7/1/2027")
    QTest.keyClick(edit.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = edit.findChild(QCalendarWidget)
    qtbot.waitUntil(lambda: calendar.isVisible())
    assert calendar.selectedDate() == QDate(2027, 1, 7)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)  # the next day
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert edit.value() == date(2027, 1, 8) and edit.line.text() == "8 janvier 2027"
    assert QApplication.focusWidget() is edit.line
    QTest.keyClick(edit.line, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: calendar.isVisible())
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert edit.value() == date(2027, 1, 8)


def test_limits_are_said_in_words(qtbot, field):
    edit, _other = field("fr")
    edit.setMaximumDate(QDate(2026, 12, 6))
    edit.line.selectAll()
    type_text(edit.line, "7 1 2027")
    assert edit.problem() == "La date doit être le 6 décembre 2026 ou avant."


def test_an_emptied_optional_date_has_no_date_and_no_message(qtbot, field):
    edit, _other = field("fr", optional=True, words=False)
    type_text(edit.line, "2027-01-07")
    assert not edit.hint.isVisible()  # the journal's period: no words under the box
    edit.line.selectAll()
    QTest.keyClick(edit.line, Qt.Key.Key_Delete)
    edit.line.textEdited.emit(edit.line.text())
    assert edit.value() is None and not edit.date().isValid() and not edit.problem()


def test_the_journal_entry_date_is_typed_like_the_wizard_s(qtbot, data_dir):
    data = datadir.resolve(str(data_dir))
    from partage_desktop.services.data.database import prepare

    prepare(data, "fr")
    own = save_organization(data, OrganizationData(legal_name="Maison de la famille", is_own=True)).id
    project = svc.save_project(data, svc.ProjectData(name="Locaux", partner_ids=(own,)))
    entry = svc.save_entry(data, svc.EntryData(project_id=project.id, title="Réunion", entry_date=date(2026, 12, 6),
                                                kind="meeting", body="Compte rendu."))
    win = build_main_window(data.root, "fr")
    qtbot.addWidget(win)
    win.show()
    win.show_section("section:journal")
    editor = win.journal.editor
    qtbot.waitUntil(lambda: editor.entry is not None and editor.entry.id == entry.id, timeout=5000)
    day = editor.findChild(DateField, "journal-date")
    assert day.line.text() == "6 décembre 2026"  # no longer 2026-12-06 beside « 7 janvier 2027 »
    day.line.setFocus()
    day.line.selectAll()
    type_text(day.line, "7/1/2027")
    qtbot.waitUntil(lambda: not editor.timer.isActive(), timeout=3000)
    assert svc.get_entry(data, entry.id).entry_date == date(2027, 1, 7)
