"""The address book driven as a user would: add, validate next to the field, search, archive."""

from __future__ import annotations

import pytest
from keyboard_input import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QMessageBox, QPushButton

from partage_desktop.ui import build_main_window


@pytest.fixture
def section(make_window):
    win = make_window(section="section:organizations")
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


def two_organizations(section):
    from partage_desktop.services.organizations import address_book as o

    o.save_organization(section.data, o.OrganizationData(legal_name="Centre A", neq="1234567890", address="1 rue X",
                                                         representative="Jo", representative_title="DG", is_own=True))
    o.save_organization(section.data, o.OrganizationData(legal_name="Comptoir B", address="2 rue Y",
                                                         representative="Al", representative_title="DG"))
    section.refresh()
    assert names(section) == ["Centre A (notre organisme)", "Comptoir B"]


def stored(section, name):
    from partage_desktop.services.organizations import address_book as o

    return next(x for x in o.list_organizations(section.data) if x.legal_name == name)


def answer_next_dialog(qtbot, button_name, seen):
    """Click a button of the message box about to open (found by object name or text)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            seen.append("no message box")
            return
        seen.append(box.text())
        wanted = [b for b in box.buttons() if b.objectName() == button_name]
        (wanted[0] if wanted else box.buttons()[0]).click()
        if not wanted:
            seen.append(f"no button {button_name}")

    QTimer.singleShot(0, click)


def test_valid_edits_are_saved_when_another_organization_is_chosen(section, qtbot):
    two_organizations(section)
    section.list.setCurrentRow(1)
    rep = section.findChild(QLineEdit, "org:representative")
    rep.clear()
    type_text(qtbot, rep, "Alice Nouvelle")
    qtbot.keyClicks(section.findChild(QLineEdit, "org:phone"), "514 555-1111")
    section.list.setCurrentRow(0)  # a click on the other organization
    assert section.findChild(QLineEdit, "org:legal_name").text() == "Centre A"
    status = section.findChild(QLabel, "organizations-status").text()
    assert "Comptoir B" in status and "enregistré à" in status
    assert (stored(section, "Comptoir B").representative, stored(section, "Comptoir B").phone) == \
        ("Alice Nouvelle", "514 555-1111")
    section.list.setCurrentRow(1)
    assert rep.text() == "Alice Nouvelle"


def test_invalid_edits_ask_before_leaving_then_stay_or_are_discarded(section, qtbot):
    two_organizations(section)
    section.list.setCurrentRow(1)
    neq = section.findChild(QLineEdit, "org:neq")
    qtbot.keyClicks(neq, "12345")
    seen = []
    answer_next_dialog(qtbot, "organizations-keep-editing", seen)
    section.list.setCurrentRow(0)
    assert len(seen) == 1 and "Comptoir B" in seen[0]
    assert section.list.currentRow() == 1 and neq.text() == "12345"  # still there, nothing lost
    assert section.findChild(QLabel, "org-error:neq").isVisible()
    answer_next_dialog(qtbot, "organizations-discard", seen)
    section.list.setCurrentRow(0)
    assert len(seen) == 2
    assert section.findChild(QLineEdit, "org:legal_name").text() == "Centre A"
    assert stored(section, "Comptoir B").neq == ""


def test_searching_while_editing_keeps_the_edits(section, qtbot):
    two_organizations(section)
    section.list.setCurrentRow(0)
    rep = section.findChild(QLineEdit, "org:representative")
    qtbot.keyClicks(rep, " Tremblay")
    qtbot.keyClicks(section.findChild(QLineEdit, "organizations-search"), "comp")
    assert names(section) == ["Comptoir B"]
    assert section.findChild(QLineEdit, "org:legal_name").text() == "Centre A"
    assert rep.text() == "Jo Tremblay"
    search = section.findChild(QLineEdit, "organizations-search")
    search.clear()  # the edited organization is listed again, and still the one selected
    assert section.list.currentItem().text().startswith("Centre A") and rep.text() == "Jo Tremblay"


def test_a_partner_s_record_does_not_offer_our_logo(qtbot, data_dir):
    from partage_desktop.services.organizations import address_book as orgs

    orgs.save_organization(_data(data_dir), orgs.OrganizationData(
        legal_name="Maison de la famille", address="1 rue X", representative="Jo", representative_title="DG",
        is_own=True))
    orgs.save_organization(_data(data_dir), orgs.OrganizationData(
        legal_name="Comptoir B", address="2 rue Y", representative="Al", representative_title="DG"))
    win = build_main_window(data_dir, "fr")
    qtbot.addWidget(win)
    win.show()
    win.show_section("section:organizations")
    section = win.findChild(object, "section:organizations")
    lst = section.findChild(QListWidget, "organizations-list")
    logo = section.findChild(QPushButton, "action:choose-logo")

    def choose(text):
        row = next(i for i in range(lst.count()) if lst.item(i).text().startswith(text))
        qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(lst.item(row)).center())
        qtbot.waitUntil(lambda: section.form.value("legal_name") == text)

    choose("Comptoir B")
    assert not logo.isVisible() and "Notre logo" not in _visible_texts(section)
    choose("Maison de la famille")
    assert logo.isVisible() and section.logo_box.title().startswith("Notre logo")


def _data(data_dir):
    from partage_desktop.platform import datadir
    from partage_desktop.services.data.database import prepare

    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    return data


def _visible_texts(widget):
    from PySide6.QtWidgets import QGroupBox

    return " ".join(b.title() for b in widget.findChildren(QGroupBox) if b.isVisible())
