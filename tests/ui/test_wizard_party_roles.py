"""The parties step: the lend-or-borrow question puts our organization in its place, each box is
titled with its role, parties move and swap (mouse and keyboard), what moves with them (cost
shares, our organization), names read right in French, and amounts in tables read as amounts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QRadioButton

from partage_desktop.services.organizations import address_book as orgs
from partage_desktop.ui.wizard.window import Page


@pytest.fixture
def window(make_window):
    def make(lang="fr"):
        win = make_window(lang)
        orgs.save_organization(win.data, orgs.OrganizationData(
            legal_name="Banque alimentaire A", address="1 rue X", representative="Jo", representative_title="DG",
            is_own=True))
        orgs.save_organization(win.data, orgs.OrganizationData(
            legal_name="Centre B", address="2 rue Y", representative="Al", representative_title="DG"))
        return win
    return make


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def names(page):
    return [b.party().get("name") for b in page.boxes]


def test_a_food_bank_that_borrows_a_van_is_the_borrower(window, qtbot):
    win = window()
    wiz = win.new_agreement("pret-materiel")
    page = wiz.currentPage()
    we_first = wiz.findChild(QRadioButton, "party:we-first")
    we_others = wiz.findChild(QRadioButton, "party:we-others")
    assert we_first.text() == "prête l'équipement" and we_others.text() == "emprunte l'équipement"
    assert "Dans ce prêt, notre organisme" in page.question.text()
    assert we_first.isChecked()  # we start where the profile put us: first
    assert [b.title() for b in page.boxes] == ["Partie &1 — Prêteur (notre organisme)", "Partie &2 — Emprunteur"]
    click(qtbot, we_others)
    assert names(page) == [None, "Banque alimentaire A"]
    assert [b.title() for b in page.boxes] == ["Partie &1 — Prêteur", "Partie &2 — Emprunteur (notre organisme)"]
    # the object names follow the places; the names heard by screen readers carry the party and its role
    name_1 = wiz.findChild(QLineEdit, "party:1:name")
    assert name_1.text() == "Banque alimentaire A"
    assert name_1.accessibleName() == "Partie 2 (Emprunteur) — Nom légal"
    assert wiz.findChild(QLineEdit, "party:0:address").accessibleName() == "Partie 1 (Prêteur) — Adresse"
    pick = wiz.findChild(QComboBox, "party:pick")
    pick.setCurrentIndex(pick.findText("Centre B"))
    click(qtbot, wiz.findChild(QPushButton, "action:use-partner"))
    assert names(page) == ["Centre B", "Banque alimentaire A"]  # the partner fills the lender's box
    assert [p["name"] for p in wiz.answers["parties"]] == ["Centre B", "Banque alimentaire A"]
    # and back: we lend after all
    click(qtbot, we_first)
    assert names(page) == ["Banque alimentaire A", "Centre B"]


def test_move_and_swap_with_the_keyboard_only(window, qtbot, example_answers):
    win = window()
    raw = example_answers("locaux-partages")
    wiz = win.open_wizard(raw)
    while wiz.currentId() != Page.PARTIES:
        wiz.back()
    page = wiz.currentPage()
    first, second, third = (p["name"] for p in raw["parties"])
    assert [b.title() for b in page.boxes] == ["Partie &1 — Organisme hôte", "Partie &2 — Occupant",
                                               "Partie &3 — Occupant"]
    # Tab from the last field of party 3 reaches its "Move up" button; Space moves the party
    wiz.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is wiz)
    page.boxes[2].edits["phone"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.boxes[2].edits["phone"])
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.boxes[2].up
    assert page.boxes[2].up.accessibleName() == "Monter la Partie 3 (Occupant)"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: names(page) == [first, third, second])
    # the keyboard stays with the party that moved: on its button, in its new box
    assert QApplication.focusWidget() is page.boxes[1].up
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: names(page) == [third, first, second])
    assert not page.boxes[0].up.isEnabled() and QApplication.focusWidget() is page.boxes[0].down
    # Swap: the host and the first occupant change roles
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.boxes[0].swap
    assert page.boxes[0].swap.text() == "Échanger avec la partie 2"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: names(page) == [first, third, second])
    assert [p["name"] for p in wiz.answers["parties"]] == [first, third, second]


def test_cost_shares_follow_their_party(window, qtbot, example_answers):
    win = window()
    raw = example_answers("locaux-partages")
    raw["fields"]["cost_split"] = {"method": "percent", "total": "48600.00", "shares": ["60", "25", "15"]}
    wiz = win.open_wizard(raw)
    while wiz.currentId() != Page.PARTIES:
        wiz.back()
    page = wiz.currentPage()
    click(qtbot, page.boxes[2].up)
    assert wiz.answers["fields"]["cost_split"]["shares"] == ["60", "15", "25"]
    assert wiz.validation().ok, [str(p) for p in wiz.validation().errors]


def test_the_name_in_french_sentences_is_chosen_in_the_party_box(window, qtbot, example_answers):
    win = window()
    raw = example_answers("pret-materiel")
    wiz = win.open_wizard(raw)
    while wiz.currentId() != Page.PARTIES:
        wiz.back()
    page = wiz.currentPage()
    article = wiz.findChild(QComboBox, "party:1:article")
    assert article.currentData() == "le" and "au Comptoir alimentaire L'Entraide" in article.currentText()
    name = wiz.findChild(QLineEdit, "party:0:name")
    name.selectAll()
    for ch in "Maison de la famille":
        QTest.sendKeyEvent(QTest.KeyAction.Click, name, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
    first = wiz.findChild(QComboBox, "party:0:article")
    assert first.currentData() == "la" and "représentée par" in first.currentText()  # guessed from « Maison »
    article.setCurrentIndex(article.findData("none_m"))
    article.activated.emit(article.currentIndex())
    assert wiz.answers["parties"][1]["article"] == "none_m"
    assert page.boxes[1].party()["article"] == "none_m"


def test_symmetric_agreements_just_number_the_parties(window, qtbot):
    win = window("en")
    wiz = win.new_agreement("entente-collaboration")
    page = wiz.currentPage()
    assert not page.question_row.isVisible()
    assert [b.title() for b in page.boxes] == ["Party &1 (our organization)", "Party &2"]
    assert not page.boxes[0].article.isVisible()  # an English agreement: no French article to choose


@pytest.mark.parametrize(("lang", "shown"), [("fr", "28\u00a0000,00"), ("en", "28,000.00")])
def test_amounts_in_tables_read_as_amounts_and_are_stored_as_decimals(window, qtbot, example_answers, lang, shown):
    win = window(lang)
    raw = example_answers("pret-materiel")
    wiz = win.open_wizard(raw)
    while wiz.currentId() != Page.RESOURCE:
        wiz.back()
    editor = next(e for e in wiz.currentPage().editors if e.spec.id == "items")
    table = editor.input.table
    value_column = [c.id for c in editor.spec.columns].index("value")
    assert table.item(0, value_column).text() == shown
    assert editor.value()[0]["value"] == "28000.00"
    table.item(1, value_column).setText("1 250,5" if lang == "fr" else "1,250.5")
    assert editor.value()[1]["value"] == "1250.50"
