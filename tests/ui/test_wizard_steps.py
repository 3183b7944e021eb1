"""Wizard steps: the address book fills the empty party, a cell being typed is never lost, and
the preview shows the pages (a marked draft) on any step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWizard

from partage_desktop.services.agreements import drafts
from partage_desktop.services.organizations import address_book as orgs
from partage_desktop.ui.wizard.window import Page


@pytest.fixture
def window(make_window):
    win = make_window()
    orgs.save_organization(win.data, orgs.OrganizationData(
        legal_name="Centre A", address="1 rue X", representative="Jo", representative_title="DG", is_own=True))
    orgs.save_organization(win.data, orgs.OrganizationData(
        legal_name="Comptoir B", address="2 rue Y", representative="Al", representative_title="DG"))
    return win


def test_the_partner_picked_fills_the_empty_party_instead_of_adding_one(window, qtbot):
    wiz = window.new_agreement("pret-materiel")
    assert wiz.currentId() == Page.PARTIES
    page = wiz.currentPage()
    assert [b.party().get("name") for b in page.boxes] == ["Centre A", None]
    pick = wiz.findChild(QComboBox, "party:pick")
    # the address book sits above the parties, where the empty one waits
    assert pick.mapTo(page, pick.rect().topLeft()).y() < page.boxes[1].mapTo(page, page.boxes[1].rect().topLeft()).y()
    pick.setCurrentIndex(pick.findText("Comptoir B"))
    qtbot.mouseClick(wiz.findChild(QPushButton, "action:use-partner"), Qt.MouseButton.LeftButton)
    assert [b.party().get("name") for b in page.boxes] == ["Centre A", "Comptoir B"]
    assert wiz.answers["parties"][1]["representative"] == "Al"
    assert not page.reason.isVisible() and wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    # every party filled: the next partner picked is added as a new party
    qtbot.mouseClick(wiz.findChild(QPushButton, "action:use-partner"), Qt.MouseButton.LeftButton)
    assert len(page.boxes) == 3 and page.boxes[2].party()["name"] == "Comptoir B"
    # "Add a party" still adds an empty one to type in
    qtbot.mouseClick(wiz.findChild(QPushButton, "action:add-party"), Qt.MouseButton.LeftButton)
    assert len(page.boxes) == 4 and page.boxes[3].party() == {}


def test_text_typed_in_a_cell_is_saved_when_the_wizard_closes(window, qtbot, example_answers):
    wiz = window.open_wizard(example_answers("pret-materiel"))
    while wiz.currentId() != Page.RESOURCE:
        wiz.back()
    editor = next(e for e in wiz.currentPage().editors if e.spec.type == "list")
    table = editor.input.table
    wiz.activateWindow()
    table.setFocus()
    table.setCurrentCell(0, 0)
    table.editItem(table.item(0, 0))
    qtbot.waitUntil(lambda: table.viewport().findChild(QLineEdit) is not None)
    cell = table.viewport().findChild(QLineEdit)
    cell.selectAll()
    QTest.keyClicks(cell, "Remorque fermee")  # the cell is still open when the window closes
    wiz.close()
    saved = drafts.load_draft(window.data, wiz.reference)
    assert saved["fields"]["items"][0]["description"] == "Remorque fermee"


def test_the_preview_shows_draft_pages_on_an_early_step(window, qtbot):
    wiz = window.new_agreement("pret-materiel")
    assert wiz.currentId() == Page.PARTIES and not wiz.validation().ok
    with qtbot.waitSignal(wiz.preview_ready, timeout=20000) as blocker:
        qtbot.mouseClick(wiz.button(QWizard.WizardButton.CustomButton1), Qt.MouseButton.LeftButton)
    pdf = blocker.args[0]
    from partage_desktop.pdf.agreement.draw import read_embedded_answers

    assert pdf.startswith(b"%PDF") and read_embedded_answers(pdf) is None  # a draft, not the agreement
    preview = wiz.findChild(object, "preview-window")
    qtbot.waitUntil(lambda: preview.preview.page_count() > 0)
    assert preview.preview.stack.currentWidget() is preview.preview.view
    # the export still refuses: on the review, Export stays disabled until every answer is given
    wiz.go_to(Page.REVIEW)
    assert wiz.currentId() == Page.REVIEW
    assert not wiz.button(QWizard.WizardButton.FinishButton).isEnabled()
