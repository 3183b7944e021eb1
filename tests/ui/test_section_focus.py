"""Choosing a section with the mouse puts the keyboard in it, and Ctrl+S / Ctrl+P act on the
current section wherever the focus is (they did nothing while it stayed on the sidebar)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from partage_desktop.platform import datadir
from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import versions as av
from partage_desktop.services.data.database import prepare


@pytest.fixture
def win(make_window, data_dir, example_answers, monkeypatch):
    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    reference = drafts.create_draft(data, example_answers("locaux-partages"), today=date(2026, 11, 23))
    av.export_version(data, reference, "fr")
    # the system dialogs are answered "Cancel": what matters is that the action ran
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: 0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    window = make_window(size=(1024, 600))
    window.activateWindow()
    return window


def click_section(qtbot, win, title):
    nav = win.nav
    item = nav.findItems(title, Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center())


def press(widget, key):
    QTest.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def counter(action):
    fired = []
    action.triggered.connect(lambda *_: fired.append(True))
    return fired


def wait_idle(qtbot, win):
    qtbot.waitUntil(lambda: not win.tasks.busy, timeout=15000)


def section_print_action(section):
    return next(a for a in section.actions() if QKeySequence(QKeySequence.StandardKey.Print) in a.shortcuts())


def test_a_section_clicked_in_the_sidebar_takes_the_focus_and_its_shortcuts(win, qtbot):
    section = win.agreements
    printed, saved = counter(section.print_action), counter(section.export_action)
    click_section(qtbot, win, "Ententes")
    assert win.current_section() == "section:agreements"
    qtbot.waitUntil(lambda: section.current_reference() is not None)
    focus = QApplication.focusWidget()
    assert focus is section.table and section.isAncestorOf(focus)
    press(focus, Qt.Key.Key_P)
    wait_idle(qtbot, win)
    assert printed == [True]
    press(QApplication.focusWidget(), Qt.Key.Key_S)
    wait_idle(qtbot, win)
    assert saved == [True] and printed == [True]  # each key once: never claimed twice


def test_the_keys_reach_the_current_section_while_the_sidebar_has_the_focus(win, qtbot):
    section = win.agreements
    printed, saved = counter(section.print_action), counter(section.export_action)
    win.nav.setFocus()
    QTest.keyClick(win.nav, Qt.Key.Key_Down)  # arrows browse the sections and stay in the sidebar
    QTest.keyClick(win.nav, Qt.Key.Key_Down)
    assert win.current_section() == "section:agreements" and QApplication.focusWidget() is win.nav
    qtbot.waitUntil(lambda: section.current_reference() is not None)
    press(win.nav, Qt.Key.Key_S)
    wait_idle(qtbot, win)
    press(win.nav, Qt.Key.Key_P)
    wait_idle(qtbot, win)
    assert saved == [True] and printed == [True]
    # the guides print their article with the same key, not the agreement
    guides_printed = counter(section_print_action(win.guides))
    QTest.keyClick(win.nav, Qt.Key.Key_Up)
    assert win.current_section() == "section:guides"
    press(win.nav, Qt.Key.Key_P)
    assert guides_printed == [True] and printed == [True]


def test_guides_clicked_in_the_sidebar_print_with_ctrl_p(win, qtbot):
    guides_printed = counter(section_print_action(win.guides))
    click_section(qtbot, win, "Guides")
    focus = QApplication.focusWidget()
    assert win.guides.isAncestorOf(focus)
    assert focus is win.guides.search
    press(focus, Qt.Key.Key_P)
    assert guides_printed == [True]


@pytest.mark.parametrize("title, name", [("Accueil", "section:home"), ("Journal", "section:journal"),
                                         ("Organismes", "section:organizations")])
def test_every_section_takes_the_focus_when_clicked(win, qtbot, title, name):
    click_section(qtbot, win, "Guides")
    click_section(qtbot, win, title)
    section = win.findChild(object, name)
    assert win.current_section() == name
    assert section.isAncestorOf(QApplication.focusWidget())


def test_the_data_folder_is_named_in_about_not_in_the_status_bar(win, qtbot, monkeypatch):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMessageBox

    assert str(win.data.root) not in win.statusBar().currentMessage()
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    win.findChild(QAction, "action:about").trigger()
    assert shown and "Vos données sont conservées dans ce dossier\u00a0:\n" + str(win.data.root) in shown[0]
