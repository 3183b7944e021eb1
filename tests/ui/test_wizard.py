"""The agreement wizard driven as a user would, from the choice of template to the exported PDF."""

from __future__ import annotations

import json

import pytest
from keyboard_input import type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QListWidget, QPushButton, QWizard

from partage_desktop.core.agreements.validation import validate
from partage_desktop.platform import datadir
from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.services.agreements.export import verify_pdf
from partage_desktop.ui.wizard.window import Page

TEMPLATES = sorted(catalogue().templates)


@pytest.fixture
def window(make_window):
    return make_window  # these tests choose the language: window("en")


def click_next(qtbot, wiz):
    button = wiz.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), wiz.currentPage().reason.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_template(qtbot, wiz, template_id):
    lst = wiz.findChild(QListWidget, "field:template")
    row = next(i for i in range(lst.count()) if lst.item(i).data(Qt.ItemDataRole.UserRole) == template_id)
    lst.setCurrentRow(row)
    click_next(qtbot, wiz)


def fill_party(wiz, index, party):
    for key, value in party.items():
        edit = wiz.findChild(QLineEdit, f"party:{index}:{key}")
        edit.setText(value)
        edit.textEdited.emit(value)


def fill_group_pages(qtbot, wiz, fields):
    """On each generated step, give every visible editor the example's value, then Next."""
    while wiz.currentId() not in (Page.CLAUSES, Page.REVIEW):
        page = wiz.currentPage()
        for _round in range(2):  # a value may reveal a conditional field
            for editor in page.active_editors():
                if editor.spec.id in fields:
                    if editor.spec.type == "cost_split":
                        editor.input.refresh_parties()
                    editor.set_value(fields[editor.spec.id])
                    editor.changed.emit()
        click_next(qtbot, wiz)


def export_from_review(qtbot, wiz, monkeypatch, out):
    assert wiz.currentId() == Page.REVIEW
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    finish = wiz.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled(), wiz.currentPage().reason.text()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert out.is_file()


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_every_template_from_start_to_exported_pdf(qtbot, window, example_answers, tmp_path, monkeypatch,
                                                   template_id):
    lang = "fr" if TEMPLATES.index(template_id) % 2 == 0 else "en"
    example = example_answers(template_id)
    example["lang"] = lang
    win = window(lang)
    wiz = win.new_agreement()
    assert wiz.objectName() == "agreement-wizard"
    choose_template(qtbot, wiz, template_id)
    assert wiz.currentId() == Page.PARTIES
    add = wiz.findChild(QPushButton, "action:add-party")
    while len(wiz.currentPage().boxes) < len(example["parties"]):
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    type_text(qtbot, wiz.findChild(QLineEdit, "party:0:name"), example["parties"][0]["name"])
    rest = {k: v for k, v in example["parties"][0].items() if k != "name"}
    fill_party(wiz, 0, rest)
    for i, party in enumerate(example["parties"][1:], start=1):
        fill_party(wiz, i, party)
    click_next(qtbot, wiz)
    fill_group_pages(qtbot, wiz, example["fields"])
    click_next(qtbot, wiz)  # own wording: nothing to add
    out = tmp_path / "entente.pdf"
    export_from_review(qtbot, wiz, monkeypatch, out)
    # what the wizard collected is what the example says, value for value
    collected = validate(catalogue(), wiz.answers).answers
    expected = validate(catalogue(), example).answers
    assert collected.values == expected.values
    assert collected.parties == expected.parties
    outcome = verify_pdf(out, lang)
    assert outcome.ok and outcome.reference == wiz.reference
    # the export froze version 1 and the agreement is now ready to sign
    from partage_desktop.services.agreements.listing import list_agreements

    [listed] = list_agreements(win.data)
    assert (listed["ref"], listed["versions"], listed["status"]) == (wiz.reference, 1, "ready")


def test_validation_message_next_to_the_field_then_corrected(qtbot, window, example_answers):
    raw = example_answers("pret-materiel")
    del raw["fields"]["start_date"], raw["fields"]["end_date"]
    wiz = window().open_wizard(raw)
    assert wiz.currentId() == Page.DATES  # the draft resumes at the first step with something to do
    page = wiz.currentPage()
    assert "Date de début" in page.reason.text()  # what is left to do is said on the step...
    assert wiz.button(QWizard.WizardButton.NextButton).isEnabled()  # ...and the user may still go on
    start = next(e for e in page.editors if e.spec.id == "start_date")
    end = next(e for e in page.editors if e.spec.id == "end_date")
    start.input.setFocus()
    start.input.set_iso("2027-03-01")
    end.input.set_iso("2027-01-31")
    error = page.findChild(QLabel, "error:end_date")
    assert error.isVisible() and "1er mars 2027" in error.text() and error.text().startswith("Cette date")
    assert "corriger" in page.reason.text()
    end.input.set_iso("2027-12-31")
    assert not error.isVisible() and not page.reason.isVisible()


def test_third_party_and_live_cost_split(qtbot, window, example_answers):
    raw = example_answers("locaux-partages")
    wiz = window().open_wizard({"template": "locaux-partages", "lang": "fr", "parties": raw["parties"][:2]})
    assert wiz.currentId() == Page.RESOURCE  # the two parties are complete
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wiz.currentId() == Page.PARTIES
    qtbot.mouseClick(wiz.findChild(QPushButton, "action:add-party"), Qt.MouseButton.LeftButton)
    type_text(qtbot, wiz.findChild(QLineEdit, "party:2:name"), "Maison des jeunes L'Évasion")
    fill_party(wiz, 2, {k: v for k, v in raw["parties"][2].items() if k != "name"})
    assert len(wiz.answers["parties"]) == 3 and wiz.answers["parties"][2]["name"] == "Maison des jeunes L'Évasion"
    while wiz.currentId() != Page.COSTS:
        page = wiz.currentPage()
        if hasattr(page, "active_editors"):
            for editor in page.active_editors():
                if editor.spec.id in raw["fields"]:
                    editor.set_value(raw["fields"][editor.spec.id])
                    editor.changed.emit()
        click_next(qtbot, wiz)
    split = wiz.findChild(object, "field:cost_split")
    split.method.setCurrentIndex(split.method.findData("percent"))
    qtbot.keyClicks(split.total, "1000")
    for i, share in enumerate(("50", "30", "20")):
        qtbot.keyClicks(wiz.findChild(QLineEdit, f"cost-split:share:{i}"), share)
    amounts = [wiz.findChild(QLabel, f"cost-split:amount:{i}").text().replace("\u202f", " ").replace("\u00a0", " ")
               for i in range(3)]
    assert amounts == ["500,00 $", "300,00 $", "200,00 $"]
    share = wiz.findChild(QLineEdit, "cost-split:share:2")
    share.clear()
    qtbot.keyClicks(share, "25")
    assert "105" in wiz.findChild(QLabel, "cost-split:sum").text()
    assert wiz.answers["fields"]["cost_split"]["shares"] == ["50", "30", "25"]


def test_closing_mid_way_loses_nothing_and_resumes_where_left(qtbot, window, example_answers, data_dir):
    raw = example_answers("pret-materiel")
    win = window()
    wiz = win.new_agreement("pret-materiel")  # e.g. from a guide's "create this agreement"
    assert wiz.currentId() == Page.PARTIES
    type_text(qtbot, wiz.findChild(QLineEdit, "party:1:name"), "Comptoir « Élan » & Cie")
    fill_party(wiz, 0, raw["parties"][0])
    wiz.close()  # no "save changes?": it is already saved
    data = datadir.resolve(str(data_dir))
    [draft] = drafts.list_drafts(data)
    answers = drafts.load_draft(data, draft.reference)
    assert answers["parties"][1]["name"] == "Comptoir « Élan » & Cie"
    again = win.open_wizard(answers, reference=draft.reference)
    assert again.currentId() == Page.PARTIES  # party 2 still lacks its address
    assert again.findChild(QLineEdit, "party:1:name").text() == "Comptoir « Élan » & Cie"
    assert draft.reference in again.windowTitle()
    again.close()


def test_autosave_shows_the_time(qtbot, window):
    wiz = window().new_agreement("pret-materiel")
    type_text(qtbot, wiz.findChild(QLineEdit, "party:1:name"), "Répit")
    label = wiz.currentPage().findChild(QLabel, "wizard:saved")
    qtbot.waitUntil(lambda: "Enregistré à" in label.text(), timeout=3000)
    assert wiz.reference and wiz.reference.startswith("ENT-")


def test_own_clause_added_and_reworded_are_marked(qtbot, window, example_answers, tmp_path, monkeypatch):
    raw = example_answers("pret-materiel")
    wiz = window().open_wizard(raw)
    assert wiz.currentId() == Page.REVIEW
    wiz.back()
    assert wiz.currentId() == Page.CLAUSES
    page = wiz.currentPage()
    type_text(qtbot, page.title_edit, "Clés du véhicule")
    type_text(qtbot, page.text_edit, "Les clés sont remises au répondant <désigné> & à personne d'autre.")
    qtbot.mouseClick(wiz.findChild(QPushButton, "action:add-clause"), Qt.MouseButton.LeftButton)
    page.reword_edit.setPlainText("Le Prêteur reste propriétaire de l'équipement, point final.")
    qtbot.mouseClick(wiz.findChild(QPushButton, "action:reword-clause"), Qt.MouseButton.LeftButton)
    assert wiz.answers["clauses"]["added"][0]["title"] == "Clés du véhicule"
    assert len(wiz.answers["clauses"]["reworded"]) == 1
    click_next(qtbot, wiz)
    problems = wiz.findChild(QListWidget, "review:problems")
    notes = [problems.item(i).text() for i in range(problems.count())]
    assert any("Clés du véhicule" in n for n in notes) and any("reformulée" in n for n in notes)
    out = tmp_path / "e.pdf"
    export_from_review(qtbot, wiz, monkeypatch, out)
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "<désigné> & à personne" in text and "point final" in text
    assert "texte propre à la présente entente" in text


def test_answers_file_opens_in_the_wizard(qtbot, window, tmp_path, monkeypatch, example_answers):
    source = tmp_path / "reponses.json"
    source.write_text(json.dumps(example_answers("services-partages"), ensure_ascii=False), "utf-8")
    win = window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    win.findChild(object, "action:open-answers").trigger()
    [wiz] = win.wizards
    assert wiz.currentId() == Page.REVIEW and wiz.template().id == "services-partages"
    wiz.close()


def test_f1_opens_the_guide_for_the_step(qtbot, window):
    win = window()
    wiz = win.new_agreement("pret-materiel")
    wiz.activateWindow()
    qtbot.waitUntil(wiz.isActiveWindow, timeout=2000)
    QTest.keyClick(wiz.focusWidget() or wiz, Qt.Key.Key_F1)
    assert win.current_section() == "section:guides"
    article = win.findChild(object, "guides-article")
    assert "signer" in article.toPlainText().lower()  # the article on authorizing and signing
    win.show_section("section:home")
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.HelpButton), Qt.MouseButton.LeftButton)
    assert win.current_section() == "section:guides"
    wiz.close()


def test_amendment_through_the_wizard_then_compared(qtbot, window, example_answers, data_dir, tmp_path, monkeypatch):
    """Sign an exported agreement, prepare an amendment from the Agreements section: it opens in
    the wizard, a date is changed there, the export makes the amendment PDF citing its parent,
    and the comparison lists exactly that change."""
    from datetime import date

    from PySide6.QtWidgets import QDialog

    from partage_desktop.services.agreements import versions as av
    from partage_desktop.ui.agreements.dialogs import CompareDialog

    data = datadir.resolve(str(data_dir))
    win = window()
    parent = drafts.create_draft(win.data, example_answers("pret-materiel"), today=date(2026, 11, 23))
    first = av.export_version(data, parent, "fr")
    av.mark_signed(data, parent, date(2026, 11, 20), "fr")
    win.show_section("section:agreements")
    section = win.agreements
    section.refresh(select=parent)
    qtbot.mouseClick(section.buttons["agreement:amend"], Qt.MouseButton.LeftButton)
    [wiz] = win.wizards  # the amendment opened in the wizard, ready to change
    amendment = wiz.reference
    assert amendment == f"{parent}-A1"
    while wiz.currentId() != Page.DATES:
        wiz.back() if wiz.currentId() > Page.DATES else click_next(qtbot, wiz)
    end = next(e for e in wiz.currentPage().editors if e.spec.id == "end_date")
    end.input.set_iso("2027-09-30")
    while wiz.currentId() != Page.REVIEW:
        click_next(qtbot, wiz)
    out = tmp_path / "avenant.pdf"
    export_from_review(qtbot, wiz, monkeypatch, out)
    done = win.findChild(QDialog, "export-done")  # the dialog after the export names the amendment
    assert "l'avenant" in done.findChild(QLabel, "export-done:next").text()
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert parent in text and first.fingerprint in text  # the amendment cites its parent
    assert "30 septembre 2027" in text
    shown = []
    monkeypatch.setattr(CompareDialog, "exec", lambda self: shown.append(self) or QDialog.DialogCode.Rejected)
    section.refresh(select=amendment)
    qtbot.mouseClick(section.buttons["agreement:compare"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    table = shown[0].table
    cells = [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
             for r in range(table.rowCount())]
    end_rows = [row for row in cells if row[0] == "Date de fin"]
    assert end_rows and "30 septembre 2027" in end_rows[0][2]
