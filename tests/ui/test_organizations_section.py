"""The address book driven as a user would: add, validate next to the field, search, archive."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QMessageBox, QPushButton

from partage_desktop.ui import build_main_window


def type_text(qtbot, widget, text):
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def section(qtbot, data_dir):
    win = build_main_window(data_dir, "fr")
    qtbot.addWidget(win)
    win.show()
    win.show_section("section:organizations")
    return win.findChild(object, "section:organizations")


def names(section):
    lst = section.findChild(QListWidget, "organizations-list")
    return [lst.item(i).text() for i in range(lst.count())]


def test_add_our_organization_with_a_bad_neq_then_fix_it(section, qtbot):
    qtbot.mouseClick(section.findChild(QPushButton, "organizations-new"), Qt.MouseButton.LeftButton)
    type_text(qtbot, section.findChild(QLineEdit, "org:legal_name"), "Société d'entraide Éveil")
    neq = section.findChild(QLineEdit, "org:neq")
    qtbot.keyClicks(neq, "12345")
    section.findChild(object, "org:is_own").setChecked(True)
    save = section.findChild(QPushButton, "organizations-save")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    error = section.findChild(QLabel, "org-error:neq")
    assert error.isVisible() and "10 chiffres" in error.text()
    assert names(section) == []
    neq.clear()
    qtbot.keyClicks(neq, "1145 678 901")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not error.isVisible()
    assert names(section) == ["Société d'entraide Éveil (notre organisme)"]
    assert neq.text() == "1145678901"


def test_duplicates_are_warned_and_search_and_archive_work(section, qtbot, monkeypatch):
    for name in ("Maison des jeunes", "Comptoir alimentaire"):
        section.new()
        qtbot.keyClicks(section.findChild(QLineEdit, "org:legal_name"), name)
        assert section.save()
    section.new()
    qtbot.keyClicks(section.findChild(QLineEdit, "org:legal_name"), "MAISON des jeunes")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    assert not section.save()
    assert asked and len(names(section)) == 2
    qtbot.keyClicks(section.findChild(QLineEdit, "organizations-search"), "comptoir")
    assert names(section) == ["Comptoir alimentaire"]
    section.list.setCurrentRow(0)
    qtbot.mouseClick(section.findChild(QPushButton, "organizations-archive"), Qt.MouseButton.LeftButton)
    assert names(section) == []
