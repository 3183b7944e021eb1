"""The wizard's choice of a bilingual export, made with the mouse on the review step: saved with the
draft's answers, shown again when the draft reopens, and the export is the two-column PDF."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QFileDialog, QWizard

from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements.export import verify_pdf
from partage_desktop.ui.wizard.window import Page


def test_choose_bilingual_with_the_mouse_then_export(qtbot, window, example_answers, tmp_path, monkeypatch):
    wiz = window.open_wizard(example_answers("pret-materiel"))
    assert wiz.currentId() == Page.REVIEW
    wiz.activateWindow()
    qtbot.waitUntil(wiz.isActiveWindow)
    option = wiz.findChild(QCheckBox, "option:bilingual")
    prevails = wiz.findChild(QComboBox, "option:prevails")
    assert option.text().replace("&", "") == "Exporter en version bilingue, côte à côte"
    assert not option.isChecked() and not prevails.isEnabled()
    assert prevails.currentData() == "fr"  # by default, the agreement's language prevails
    qtbot.mouseClick(option, Qt.MouseButton.LeftButton, pos=option.rect().center())
    assert option.isChecked() and prevails.isEnabled()
    assert wiz.answers["bilingual"] == {"prevails": "fr"}
    # then the language that prevails, with the keyboard as a person would (Tab from the option)
    qtbot.keyClick(option, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is prevails
    qtbot.keyClick(prevails, Qt.Key.Key_Down)
    assert prevails.currentData() == "en" and prevails.currentText() == "Anglais"
    assert wiz.answers["bilingual"] == {"prevails": "en"}
    # saved with the draft's answers
    wiz.flush()
    reference = wiz.reference
    assert drafts.load_draft(window.data, reference)["bilingual"] == {"prevails": "en"}
    # the export is the two-column agreement, English prevailing, and verifies
    out = tmp_path / "entente.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    finish = wiz.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert out.is_file()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages).split())
    assert "Entente de prêt d'équipement" in text and "Equipment Loan Agreement" in text
    assert "la version anglaise prévaut" in text and "the English version prevails" in text
    assert verify_pdf(out, "fr").ok


def test_the_choice_shows_again_and_can_be_undone(qtbot, window, example_answers):
    raw = example_answers("pret-materiel")
    raw["bilingual"] = {"prevails": "en"}
    wiz = window.open_wizard(raw)
    assert wiz.currentId() == Page.REVIEW
    option = wiz.findChild(QCheckBox, "option:bilingual")
    prevails = wiz.findChild(QComboBox, "option:prevails")
    assert option.isChecked() and prevails.currentData() == "en" and prevails.isEnabled()
    qtbot.mouseClick(option, Qt.MouseButton.LeftButton, pos=option.rect().center())
    assert not option.isChecked() and not prevails.isEnabled()
    assert "bilingual" not in wiz.answers
    wiz.flush()
    assert "bilingual" not in drafts.load_draft(window.data, wiz.reference)
    wiz.close()
