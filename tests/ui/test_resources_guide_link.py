"""The Resources section's header links to the guide article on lending and borrowing well; a
click (or the keyboard) opens it in the Guides section, in the window's language, and F1 in the
section opens the same article."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QTextBrowser, QWidget

from tests.ui.conftest import SMALL_SCREEN


@pytest.mark.parametrize(("lang", "text", "title"), [
    ("fr", "Prêter et emprunter sans souci", "Prêter et emprunter sans souci"),
    ("en", "Lending and borrowing well", "Lending and borrowing well"),
])
def test_the_header_link_opens_the_lending_article(make_window, qtbot, lang, text, title):
    win = make_window(lang, size=SMALL_SCREEN, section="section:resources")
    link = win.findChild(QPushButton, "resources-guide-link")
    assert link.text() == text and link.isVisible()
    section = win.findChild(QWidget, "section:resources")
    assert link.geometry().right() <= section.width()  # whole, at 1024 × 600
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert win.current_section() == "section:guides"
    assert win.guides.current_article() == "preter-emprunter"
    article = win.findChild(QTextBrowser, "guides-article")
    assert title in article.toPlainText()


def test_the_link_is_reached_with_the_keyboard_and_f1_opens_the_same_article(make_window, qtbot):
    win = make_window("fr", section="section:resources")
    link = win.findChild(QPushButton, "resources-guide-link")
    link.setFocus()
    qtbot.waitUntil(lambda: link.hasFocus())
    QTest.keyClick(link, Qt.Key.Key_Space)
    assert win.guides.current_article() == "preter-emprunter"
    win.show_section("section:home")
    win.show_section("section:resources")
    win.open_help("resources")  # what F1 and Help › Help on this screen do in the section
    assert win.guides.current_article() == "preter-emprunter"
