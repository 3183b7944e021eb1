"""Home lists open what they show (a click, a double click or Enter): an agreement is shown selected
in Agreements, a draft resumes in the wizard; File › Recent agreements lists the last ones opened
or saved, kept in the settings."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from partage_desktop.core.agreements.reminders import Reminder
from partage_desktop.platform.settings import Settings
from partage_desktop.store.quick import HomeSnapshot
from partage_desktop.ui.app.home import REFERENCE_ROLE


@pytest.fixture
def win(make_window, two_agreements):
    window = make_window(size=(1024, 600))
    yield window
    for wizard in list(window.wizards):
        wizard.close()


class Recorder(QObject):
    def __init__(self, widget):
        super().__init__(widget)
        self.events = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self.events.append(event.type())
        return False


def item_for(view, reference):
    for row in range(view.count()):
        if view.item(row).data(REFERENCE_ROLE) == reference:
            return view.item(row)
    raise AssertionError(reference)


def centre(view, item) -> QPoint:
    view.scrollToItem(item)
    return view.visualItemRect(item).center()


def recent(win) -> list[str]:
    return Settings.load(win.data.settings_file).recent_agreements


def test_a_click_on_a_recent_agreement_shows_it_selected_and_the_second_click_does_not_leak(win, qtbot, two_agreements):
    data, loan, premises = two_agreements
    home = win.home
    assert win.current_section() == "section:home" and home.recent.count() == 2
    view = home.recent
    pos = centre(view, item_for(view, premises))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert win.current_section() == "section:agreements"
    assert win.agreements.current_reference() == premises
    assert win.agreements.buttons["agreement:sign"].isEnabled()
    # the rest of a double click lands on the Agreements screen, under the same pointer: dropped
    table = win.agreements.table.viewport()
    reached = Recorder(table)
    there = table.mapFromGlobal(view.viewport().mapToGlobal(pos))
    qtbot.mousePress(table, Qt.MouseButton.LeftButton, pos=there)
    qtbot.mouseDClick(table, Qt.MouseButton.LeftButton, pos=there)
    qtbot.mouseRelease(table, Qt.MouseButton.LeftButton, pos=there)
    assert reached.events == []
    assert win.agreements.current_reference() == premises and not win.wizards
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    qtbot.mousePress(table, Qt.MouseButton.LeftButton, pos=there)  # later clicks are the user's again
    assert reached.events == [QEvent.Type.MouseButtonPress]
    assert recent(win) == [premises]


def test_a_double_click_on_a_draft_resumes_it_in_the_wizard_once(win, qtbot, two_agreements):
    data, loan, premises = two_agreements
    view = win.home.recent
    pos = centre(view, item_for(view, loan))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert [w.reference for w in win.wizards] == [loan]
    assert recent(win) == [loan]


def test_enter_opens_the_item_and_the_reminders_open_too(win, qtbot, two_agreements):
    data, loan, premises = two_agreements
    view = win.home.recent
    view.setFocus()
    view.setCurrentItem(item_for(view, premises))
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert win.current_section() == "section:agreements" and win.agreements.current_reference() == premises

    win.show_section("section:home")
    win.home.show_snapshot(HomeSnapshot(reminders=[Reminder("ends", date(2027, 1, 5), premises, "Locaux")]))
    reminders = win.home.reminders
    assert reminders.count() == 1 and reminders.isVisible()
    qtbot.mouseClick(reminders.viewport(), Qt.MouseButton.LeftButton, pos=centre(reminders, reminders.item(0)))
    assert win.current_section() == "section:agreements" and win.agreements.current_reference() == premises


def test_recent_agreements_menu_lists_the_last_opened_and_saved_and_opens_them(win, qtbot, two_agreements, tmp_path,
                                                                                 monkeypatch):
    data, loan, premises = two_agreements
    menu = win.findChild(object, "menu:recent-agreements")
    win.fill_recent_menu()
    assert [a.text() for a in menu.actions()] == ["Aucune entente ouverte pour l'instant"]
    assert not menu.actions()[0].isEnabled()
    # saved as PDF from the Agreements section: remembered
    win.show_section("section:agreements")
    win.agreements.select(premises)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "entente.pdf"), ""))
    win.findChild(QAction, "action:export-pdf").trigger()
    qtbot.waitUntil(lambda: recent(win) == [premises], timeout=10000)
    win.edit_agreement(loan)  # resumed in the wizard: remembered, first
    assert recent(win) == [loan, premises]
    win.fill_recent_menu()
    actions = menu.actions()
    assert [a.objectName() for a in actions] == [f"recent:{loan}", f"recent:{premises}"]
    assert actions[1].text().startswith(f"&2 {premises} — ")
    win.show_section("section:home")
    actions[1].trigger()
    assert win.current_section() == "section:agreements" and win.agreements.current_reference() == premises
    # at most eight, the newest first; those deleted since are left out of the menu
    for n in range(10):
        win.remember_agreement(f"ENT-2020-{n:04d}")
    assert len(recent(win)) == 8 and recent(win)[0] == "ENT-2020-0009"
    win.remember_agreement(premises)
    win.fill_recent_menu()
    assert [a.objectName() for a in menu.actions()] == [f"recent:{premises}"]


def test_where_one_click_activates_an_item_it_opens_it_once(win, qtbot, two_agreements):
    from PySide6.QtWidgets import QProxyStyle, QStyle

    class SingleClick(QProxyStyle):  # as on desktops set to open with one click
        def styleHint(self, hint, option=None, widget=None, returnData=None):  # noqa: N802 - Qt API
            if hint == QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick:
                return 1
            return super().styleHint(hint, option, widget, returnData)

    data, loan, premises = two_agreements
    view = win.home.recent
    style = SingleClick()
    view.setStyle(style)
    opened = []
    win.home.open_agreement.connect(lambda reference, _status: opened.append(reference))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre(view, item_for(view, premises)))
    assert opened == [premises]
    view.setStyle(None)
