"""The demo data in the window: File > Remove the demo data (confirmed, the user's rows kept), and
loading the example into a folder that already holds data asks first and backs up."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton
from safetydata import example

from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.agreements import drafts
from partage_desktop.services.data.session import close_all
from partage_desktop.services.demo.sample import create_demo
from partage_desktop.services.organizations.address_book import OrganizationData, save_organization


@pytest.fixture
def window(make_window):
    return make_window(size=(1024, 600))


def _names(data: DataDir, table: str, column: str) -> list[str]:
    con = sqlite3.connect(data.database)
    try:
        return [r[0] for r in con.execute(f"SELECT {column} FROM {table} ORDER BY id")]
    finally:
        con.close()


def _answer(monkeypatch, button_text: str, seen: list[str]) -> None:
    """The next message boxes are answered by clicking the button that reads ``button_text``."""

    def click(box):
        seen.append(box.objectName() + ": " + box.text())
        wanted = next(b for b in box.buttons() if b.text() == button_text)
        wanted.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)


def test_remove_the_demo_data_keeps_the_users_rows(window, qtbot, monkeypatch):
    data = window.data
    save_organization(data, OrganizationData(legal_name="Friperie Le Bon Débarras"))
    create_demo(data, 20, "fr")
    seen: list[str] = []
    _answer(monkeypatch, "&Retirer les données de démonstration", seen)

    action = window.findChild(QAction, "action:remove-demo")
    assert action.text() == "Retirer les données de dé&monstration…"
    action.trigger()
    qtbot.waitUntil(lambda: "retirées" in window.statusBar().currentMessage(), timeout=15000)

    assert seen and seen[0].startswith("demo:confirm-remove")
    assert "5 organismes, 3 projets, 3 ententes, 20 entrées" in seen[0].replace("\xa0", " ")
    assert _names(data, "organization", "legal_name") == ["Friperie Le Bon Débarras"]
    assert _names(data, "project", "name") == [] and _names(data, "agreement", "reference") == []
    assert list((data.backups).glob("*-avant-demo.zip"))


def test_remove_can_be_cancelled_and_says_when_there_is_nothing(window, qtbot, monkeypatch):
    data = window.data
    create_demo(data, 5, "fr")
    seen: list[str] = []
    _answer(monkeypatch, "Annuler", seen)
    window.findChild(QAction, "action:remove-demo").trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    qtbot.wait(200)
    assert len(_names(data, "project", "name")) == 3  # cancelled: nothing removed

    close_all()
    con = sqlite3.connect(data.database)
    with con:
        for table in ("organization", "project", "agreement", "journal_entry"):
            con.execute(f"UPDATE {table} SET demo = 0")  # as if it were all the user's
    con.close()
    _answer(monkeypatch, "OK", seen)
    window.findChild(QAction, "action:remove-demo").trigger()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    assert seen[1].startswith("demo:nothing")
    assert len(_names(data, "project", "name")) == 3


def test_loading_the_example_into_a_folder_with_data_asks_first(window, qtbot, monkeypatch):
    data = window.data
    reference = drafts.create_draft(data, example())
    window.show_section("section:journal")
    section = window.findChild(object, "section:journal")
    button = section.findChild(QPushButton, "journal-load-example")
    qtbot.waitUntil(button.isVisible, timeout=5000)

    seen: list[str] = []
    _answer(monkeypatch, "Annuler", seen)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen[0].startswith("demo:confirm-load") and "1 entente" in seen[0]
    qtbot.wait(200)
    assert _names(data, "project", "name") == []

    _answer(monkeypatch, "&Ajouter les données de démonstration", seen)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=20000)
    assert len(_names(data, "project", "name")) == 3
    assert reference in _names(data, "agreement", "reference")
    assert list(data.backups.glob("*-avant-demo.zip"))
