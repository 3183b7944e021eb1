"""Keyboard and screen readers: a whole wizard done with the keyboard only, unique Alt+letters on
each page, and accessible names where assistive technology looks for them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QTableWidget, QWizard

from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.services.organizations import address_book as orgs
from partage_desktop.ui.widgets.mnemonics import clashes, mnemonic_of
from partage_desktop.ui.wizard.window import Page

WIZARD_BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton,
                  QWizard.WizardButton.HelpButton, QWizard.WizardButton.CustomButton1)


@pytest.fixture
def window(make_window):
    return make_window  # these tests choose the language: window("en")


def focused():
    return QApplication.focusWidget()


def key(k, modifier=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(focused(), k, modifier)


def alt(text):
    """Alt + the mnemonic of a label or button text, as a user reads it on screen."""
    letter = mnemonic_of(text)
    assert letter, f"no Alt+letter in {text!r}"
    key(getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)


def type_keys(text):
    for ch in text:  # one key at a time, to whatever has the focus (a cell editor opens on the first)
        QTest.keyClicks(focused(), ch)


def label_of(page, field_id):
    return next(e for e in page.editors if e.spec.id == field_id).label.text()


def test_a_loan_agreement_from_start_to_review_with_the_keyboard_only(window, qtbot):
    win = window()
    orgs.save_organization(win.data, orgs.OrganizationData(
        legal_name="Centre A", address="1 rue X", representative="Jo Tremblay", representative_title="DG",
        is_own=True))
    orgs.save_organization(win.data, orgs.OrganizationData(
        legal_name="Comptoir B", address="2 rue Y", representative="Al Roy", representative_title="DG"))
    wiz = win.new_agreement()
    wiz.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is wiz)
    next_text = wiz.button(QWizard.WizardButton.NextButton).text()

    # the kind of agreement: the list has the keyboard but nothing is chosen yet (no draft);
    # Space takes the item under the cursor, the arrows move the choice, Enter for Next
    assert focused().objectName() == "field:template"
    assert "template" not in wiz.answers and wiz.reference is None
    key(Qt.Key.Key_Space)
    for _ in range(len(catalogue().templates)):
        if wiz.answers.get("template") == "pret-materiel":
            break
        key(Qt.Key.Key_Down)
    assert wiz.answers["template"] == "pret-materiel"
    key(Qt.Key.Key_Return)
    assert wiz.currentId() == Page.PARTIES

    # the step asks first whether we lend or borrow: an arrow says we borrow, which makes our
    # organization party 2, the borrower; the partner from the address book fills the empty party 1
    page = wiz.currentPage()
    qtbot.waitUntil(lambda: focused() is page.we_first)
    assert page.we_first.isChecked() and page.boxes[0].title().startswith("Partie &1 — Prêteur")
    key(Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: page.we_others.isChecked())
    assert [b.party().get("name") for b in page.boxes] == [None, "Centre A"]
    assert page.boxes[1].title() == "Partie &2 — Emprunteur (notre organisme)"
    pick_label = next(lbl for lbl in page.pick_row.findChildren(QLabel) if lbl.buddy() is page.pick)
    alt(pick_label.text())
    assert focused() is page.pick
    alt(page.use.text())  # a button's Alt+letter clicks it (after its short press animation)
    qtbot.waitUntil(lambda: [b.party().get("name") for b in page.boxes] == ["Comptoir B", "Centre A"])
    key(Qt.Key.Key_Return)
    assert wiz.currentId() == Page.RESOURCE

    # the inventory table: Alt+letter to the table, Tab to "Add a row", Space, back, type in the cells
    page = wiz.currentPage()
    qtbot.waitUntil(lambda: page.isAncestorOf(focused()))  # each step starts on its first field
    alt(label_of(page, "items"))
    assert isinstance(focused(), QTableWidget) and focused().accessibleName()
    table = focused()
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is table and table.rowCount() == 1
    type_keys("Camion cube")
    key(Qt.Key.Key_Tab)
    alt(label_of(page, "purpose"))
    type_keys("Transport des denrees du jeudi")
    alt(next_text)
    qtbot.waitUntil(lambda: wiz.currentId() == Page.DATES)

    # dates: typed the Québec way, day month year (it once gave « 7 décembre 1 »); an arrow on an
    # empty date starts at today
    page = wiz.currentPage()
    qtbot.waitUntil(lambda: page.isAncestorOf(focused()))
    alt(label_of(page, "start_date"))
    type_keys("7 1 2027")
    alt(label_of(page, "end_date"))
    key(Qt.Key.Key_Up)
    key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys("24/6/2027")
    key(Qt.Key.Key_Return)
    while wiz.currentId() not in (Page.REVIEW, -1):
        before = wiz.currentId()
        qtbot.waitUntil(lambda: wiz.currentPage().isAncestorOf(focused()))
        assert wiz.button(QWizard.WizardButton.NextButton).isEnabled(), wiz.currentPage().reason.text()
        alt(next_text)
        qtbot.waitUntil(lambda before=before: wiz.currentId() != before)
    assert wiz.currentId() == Page.REVIEW
    fields = wiz.answers["fields"]
    assert fields["items"] == [{"description": "Camion cube"}]
    assert fields["purpose"] == "Transport des denrees du jeudi"
    assert (fields["start_date"], fields["end_date"]) == ("2027-01-07", "2027-06-24")
    assert [p["name"] for p in wiz.answers["parties"]] == ["Comptoir B", "Centre A"]  # we borrow
    assert wiz.validation().ok, [str(p) for p in wiz.validation().errors]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_step_has_unique_alt_letters_and_named_tables(window, example_answers, lang):
    win = window(lang)
    for template_id in sorted(catalogue().templates):
        raw = example_answers(template_id)
        raw["lang"] = lang
        wiz = win.open_wizard(raw)
        while wiz.currentId() != Page.TEMPLATE:
            wiz.back()
        while True:
            page = wiz.currentPage()
            if wiz.currentId() not in (Page.CLAUSES, Page.REVIEW):  # those two steps: another change
                beside = [wiz.button(b) for b in WIZARD_BUTTONS] + [wiz.findChild(QPushButton, "action:delete-draft")]
                assert clashes(page, beside) == {}, (template_id, wiz.currentId())
            for editor in getattr(page, "editors", []):
                assert mnemonic_of(editor.label.text()), (template_id, editor.label.text())
                assert editor.label.buddy() is not None
            for table in page.findChildren(QTableWidget):
                assert table.accessibleName(), (template_id, table.objectName())
            if wiz.currentId() == Page.REVIEW:
                break
            wiz.next()
        wiz.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_organization_screens_have_unique_alt_letters(window, qtbot, qapp, lang):
    from partage_desktop.platform.settings import Settings
    from partage_desktop.ui.app import i18n
    from partage_desktop.ui.app.first_run import FirstRunWizard
    from partage_desktop.ui.app.first_run import Page as FirstRunPage

    i18n.install(qapp, lang)
    try:
        win = window(lang)
        win.show_section("section:organizations")
        section = win.findChild(object, "section:organizations")
        assert clashes(section) == {}
        assert section.findChild(QLineEdit, "org:legal_name").accessibleName()
        first = FirstRunWizard(win.data, Settings(), lang)
        qtbot.addWidget(first)
        first.show()
        first.next()
        assert first.currentId() == FirstRunPage.ORGANIZATION
        buttons = [first.button(b) for b in WIZARD_BUTTONS[:4]]
        assert clashes(first.currentPage(), buttons) == {}  # "Nom légal" and "NEQ" no longer share Alt+N
    finally:
        i18n.install(qapp, "fr")
