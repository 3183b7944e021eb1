"""The own-wording step keeps what is typed without its button; the review names a reworded
clause as the PDF numbers it; the export goes to the folder used last, with its extension."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidget, QPushButton, QWizard

from partage_desktop.platform.settings import Settings
from partage_desktop.services.agreements import drafts
from partage_desktop.ui.wizard.window import Page


@pytest.fixture
def window(make_window):
    return make_window  # these tests choose the language: window("en")


def at_clauses(win, answers):
    wiz = win.open_wizard(answers)
    assert wiz.currentId() == Page.REVIEW
    wiz.back()
    assert wiz.currentId() == Page.CLAUSES
    return wiz, wiz.currentPage()


def notes(wiz):
    problems = wiz.findChild(QListWidget, "review:problems")
    return [problems.item(i).text() for i in range(problems.count())]


def saved_clauses(win, wiz):
    return drafts.load_draft(win.data, wiz.reference).get("clauses") or {}


def test_a_clause_typed_without_add_is_kept_on_next(qtbot, window, example_answers):
    win = window()
    wiz, page = at_clauses(win, example_answers("pret-materiel"))
    page.title_edit.setText("Ma clause")
    page.text_edit.setPlainText("Un long texte tapé pendant dix minutes.")
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wiz.currentId() == Page.REVIEW
    assert "✎ Clause ajoutée\u00a0: Ma clause" in notes(wiz)
    wiz.close()
    assert saved_clauses(win, wiz)["added"] == [
        {"title": "Ma clause", "text": "Un long texte tapé pendant dix minutes.", "after": ""}]


def test_a_rewording_not_applied_is_kept_on_close_and_on_changing_clause(qtbot, window, example_answers):
    win = window()
    wiz, page = at_clauses(win, example_answers("pret-materiel"))
    page.reword_edit.setPlainText("Première reformulation, jamais appliquée.")
    page.clause_pick.setCurrentIndex(3)  # another clause: the first wording must not be dropped
    second = page.clause_pick.currentData()
    page.reword_edit.setPlainText("Deuxième reformulation, pas appliquée non plus.")
    wiz.close()
    reworded = saved_clauses(win, wiz)["reworded"]
    assert reworded == {"objet.pret": "Première reformulation, jamais appliquée.",
                        second: "Deuxième reformulation, pas appliquée non plus."}


def test_pending_text_is_kept_on_back_and_when_the_main_window_closes(qtbot, window, example_answers):
    win = window()
    wiz, page = at_clauses(win, example_answers("pret-materiel"))
    page.title_edit.setText("Retour")
    page.text_edit.setPlainText("Clause gardée en reculant.")
    wiz.back()
    assert wiz.answers["clauses"]["added"][0]["title"] == "Retour"
    wiz.next()
    page.reword_edit.setPlainText("Reformulée juste avant de quitter Partage.")
    win.close()
    clauses = saved_clauses(win, wiz)
    assert clauses["reworded"] == {"objet.pret": "Reformulée juste avant de quitter Partage."}
    assert clauses["added"][0]["text"] == "Clause gardée en reculant."


def test_an_unfinished_clause_is_said_kept_and_comes_back(qtbot, window, example_answers):
    win = window()
    wiz, page = at_clauses(win, example_answers("pret-materiel"))
    page.title_edit.setText("Titre seulement")
    next_button = wiz.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()  # the user may go on; the step says what is left to do
    assert "titre et un texte" in page.reason.text() and page.reason.isVisible()
    wiz.close()
    assert saved_clauses(win, wiz)["added"] == [{"title": "Titre seulement", "text": "", "after": ""}]
    again = win.edit_agreement(wiz.reference)
    while again.currentId() != Page.CLAUSES:
        again.back() if again.currentId() > Page.CLAUSES else again.next()
    page = again.currentPage()
    assert page.title_edit.text() == "Titre seulement" and page.text_edit.toPlainText() == ""
    page.text_edit.setPlainText("Le texte, enfin.")
    assert again.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.mouseClick(again.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert again.currentId() == Page.REVIEW
    assert again.answers["clauses"]["added"] == [{"title": "Titre seulement", "text": "Le texte, enfin.", "after": ""}]
    assert again.validation().ok
    again.close()


def test_passing_through_the_step_rewords_nothing(qtbot, window, example_answers):
    """French clauses carry no-break spaces, which a plain text box turns into spaces when read
    back: passing through the step, or clicking "Use this wording" unchanged, is no rewording."""
    win = window()
    wiz, page = at_clauses(win, example_answers("pret-materiel"))
    assert "\u00a0" in page.reword_edit.document().toRawText() or "\u202f" in page.reword_edit.document().toRawText()
    qtbot.mouseClick(wiz.findChild(QPushButton, "action:reword-clause"), Qt.MouseButton.LeftButton)
    page.clause_pick.setCurrentIndex(2)
    wiz.next()
    wiz.back()
    wiz.next()
    assert "clauses" not in wiz.answers
    wiz.close()


def test_clicking_the_buttons_still_works_and_adds_nothing_twice(qtbot, window, example_answers):
    win = window()
    wiz, page = at_clauses(win, example_answers("pret-materiel"))
    page.title_edit.setText("Clés")
    page.text_edit.setPlainText("Les clés restent au bureau.")
    qtbot.mouseClick(wiz.findChild(QPushButton, "action:add-clause"), Qt.MouseButton.LeftButton)
    page.reword_edit.setPlainText("Texte à nous.")
    qtbot.mouseClick(wiz.findChild(QPushButton, "action:reword-clause"), Qt.MouseButton.LeftButton)
    assert page.clause_pick.currentData() == "objet.pret"
    wiz.next()
    wiz.close()
    clauses = saved_clauses(win, wiz)
    assert len(clauses["added"]) == 1 and clauses["reworded"] == {"objet.pret": "Texte à nous."}


@pytest.mark.parametrize("lang,expected", [("fr", "✎ Clause reformulée\u00a0: 1.3, «\u00a0Objet\u00a0»"),
                                           ("en", "✎ Clause reworded: 1.3, “Purpose”")])
def test_review_names_a_reworded_clause_by_its_printed_number_and_article(qtbot, window, example_answers,
                                                                          lang, expected):
    raw = example_answers("pret-materiel")
    raw["lang"] = lang
    raw["clauses"] = {"added": [{"title": "A", "text": "a", "after": "objet.pret"}],
                      "reworded": {"objet.propriete": "Le Prêteur reste propriétaire."}}
    wiz = window(lang).open_wizard(raw)
    assert wiz.currentId() == Page.REVIEW
    reworded = [n for n in notes(wiz) if n.startswith("✎ Clause reformulée" if lang == "fr" else "✎ Clause reworded")]
    assert reworded == [expected]  # 1.3: the added clause before it counts; and no id shown
    wiz.close()


def test_export_uses_the_remembered_folder_adds_the_extension_and_remembers(qtbot, window, example_answers,
                                                                           tmp_path, monkeypatch):
    win = window()
    remembered = tmp_path / "ententes"
    remembered.mkdir()
    settings = Settings.load(win.data.settings_file)
    settings.last_export_dir = str(remembered)
    settings.save(win.data.settings_file)
    chosen = tmp_path / "ailleurs"
    chosen.mkdir()
    asked = []

    def fake_save(_parent, _caption, suggested, _filter):
        asked.append(suggested)
        return str(chosen / "mon entente"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    wiz = win.open_wizard(example_answers("pret-materiel"))
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert Path(asked[0]).parent == remembered and asked[0].endswith(".pdf")
    assert Path(asked[0]).name.startswith(wiz.reference)
    assert (chosen / "mon entente.pdf").read_bytes().startswith(b"%PDF")
    assert not (chosen / "mon entente").exists()
    assert Settings.load(win.data.settings_file).last_export_dir == str(chosen)


def test_answers_file_saved_from_the_review_likewise(qtbot, window, example_answers, tmp_path, monkeypatch):
    win = window()
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _p, _c, suggested, _f: (asked.append(suggested), (str(tmp_path / "reponses"), ""))[1])
    wiz = win.open_wizard(example_answers("pret-materiel"))
    qtbot.mouseClick(wiz.findChild(QPushButton, "action:save-answers"), Qt.MouseButton.LeftButton)
    assert (tmp_path / "reponses.json").is_file() and asked[0].endswith(".json")
    assert Settings.load(win.data.settings_file).last_export_dir == str(tmp_path)
    wiz.close()
