"""The Guides section driven with the keyboard and mouse: search, navigation, bookmarks, tools."""

from __future__ import annotations

import json

import pytest
from keyboard_input import type_text
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTextBrowser,
)

from partage_desktop.ui import build_main_window


@pytest.fixture
def guides(make_window):
    win = make_window(section="section:guides")
    return win, win.guides


def results(section):
    lst = section.findChild(QListWidget, "guides-results")
    return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())]


def test_search_finds_the_van_article_and_enter_opens_it(guides, qtbot):
    win, section = guides
    box = section.findChild(QLineEdit, "guides-search")
    type_text(qtbot, box, "prêter camion")
    qtbot.waitUntil(lambda: "partager-equipement" in results(section)[:3], timeout=3000)
    section.results.setCurrentRow(results(section).index("partager-equipement"))
    qtbot.mouseClick(section.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=section.results.visualItemRect(section.results.currentItem()).center())
    view = section.findChild(QTextBrowser, "guides-article")
    assert section.current_article() == "partager-equipement"
    assert "camion" in view.toPlainText().lower()


def test_unaccented_and_elided_queries(guides, qtbot):
    _, section = guides
    box = section.findChild(QLineEdit, "guides-search")
    qtbot.keyClicks(box, "donnees personnelles")
    qtbot.waitUntil(lambda: bool(results(section)), timeout=3000)
    assert {"renseignements-personnels", "partager-donnees"} & set(results(section)[:3])
    box.clear()
    type_text(qtbot, box, "l’entente")
    qtbot.waitUntil(lambda: bool(results(section)), timeout=3000)


def test_no_result_suggests_other_words(guides, qtbot):
    _, section = guides
    qtbot.keyClicks(section.findChild(QLineEdit, "guides-search"), "zzqxw")
    label = section.findChild(QLabel, "guides-no-result")
    qtbot.waitUntil(label.isVisible, timeout=3000)
    assert "Aucun article" in label.text()


def test_links_history_and_bookmarks(guides, qtbot, data_dir):
    _, section = guides
    section.open_article("continuum")
    section.follow_link(QUrl("guide:formes-formelles"))
    assert section.current_article() == "formes-formelles"
    qtbot.mouseClick(section.back, Qt.MouseButton.LeftButton)
    assert section.current_article() == "continuum"
    qtbot.mouseClick(section.forward, Qt.MouseButton.LeftButton)
    assert section.current_article() == "formes-formelles"
    qtbot.mouseClick(section.star, Qt.MouseButton.LeftButton)
    saved = json.loads((data_dir / "parametres.json").read_text("utf-8"))
    assert saved["guide_bookmarks"] == ["formes-formelles"]
    assert section.tree.topLevelItem(0).text(0).startswith("★")


def test_see_also_and_template_links_are_shown(guides):
    _, section = guides
    section.open_article("partager-equipement")
    html = section.view.toHtml()
    assert "template:pret-materiel" in html
    assert "guide:" in html


def test_f1_opens_the_help_of_the_current_screen(guides, qtbot):
    win, section = guides
    win.show_section("section:home")
    qtbot.keyClick(win, Qt.Key.Key_F1)
    assert win.current_section() == "section:guides"
    assert section.current_article() == "bien-demarrer"


def test_continuum_self_assessment(guides, qtbot):
    _, section = guides
    qtbot.mouseClick(section.findChild(QPushButton, "open:selfassess-continuum"), Qt.MouseButton.LeftButton)
    dialog = section.tool_dialog
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    assert "au moins trois" in dialog.missing.text()
    assert not dialog.print_button.isEnabled()
    for question_id in dialog.groups:
        dialog.answer(question_id, 0)
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    text = dialog.result_view.toPlainText()
    assert "Prêt" in text and "Informel" in text
    assert "template:pret-materiel" in dialog.result_view.toHtml()
    created = []
    section.create_agreement.connect(created.append)
    dialog.result_view.anchorClicked.emit(QUrl("template:pret-materiel"))
    assert created == ["pret-materiel"]


def test_closing_a_self_assessment_keeps_the_dialog_outcome_readable(guides, qtbot):
    """The result pane was once named ``result``, hiding ``QDialog.result()`` from any caller."""
    _, section = guides
    qtbot.mouseClick(section.findChild(QPushButton, "open:selfassess-continuum"), Qt.MouseButton.LeftButton)
    dialog = section.tool_dialog
    for question_id in dialog.groups:
        dialog.answer(question_id, 0)
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    assert dialog.findChild(QTextBrowser, "selfassess-result").isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected.value


def test_continuum_for_a_van_lent_for_a_fee_jumps_to_the_loan_template(guides, qtbot):
    _, section = guides
    section.open_tool("selfassess-continuum")
    dialog = section.tool_dialog
    for question_id in dialog.groups:
        dialog.answer(question_id, 0)
    dialog.answer("money", 1)  # some costs reimbursed: fuel
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    assert "Contrat (entente écrite)" in dialog.result_view.toPlainText()
    created = []
    section.create_agreement.connect(created.append)
    assert dialog.create_button.isVisible() and "prêt d'équipement" in dialog.create_button.text().lower()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert created == ["pret-materiel"]
    assert not dialog.isVisible()


def test_readiness_points_to_the_article_that_helps(guides, qtbot):
    _, section = guides
    section.open_tool("selfassess-readiness")
    dialog = section.tool_dialog
    assert dialog.journal_button.isVisible() and not dialog.journal_button.isEnabled()  # nothing to keep yet
    for question_id in dialog.groups:
        dialog.answer(question_id, 4)
    dialog.answer("trust", 1)
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    assert "guide:defis" in dialog.result_view.toHtml()
    assert "Compatibilité" in dialog.result_view.toPlainText()
    assert dialog.print_button.isEnabled()
    opened = []
    dialog.open_article.connect(opened.append)
    dialog.result_view.anchorClicked.emit(QUrl("guide:defis"))
    assert section.current_article() == "defis"


class FakeJournal:
    def __init__(self, projects):
        self._projects = projects
        self.saved = []

    def projects(self):
        return self._projects

    def save(self, project_id, record):
        self.saved.append((project_id, record))


def test_readiness_result_kept_in_the_chosen_project_journal(guides, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    _, section = guides
    journal = FakeJournal([(7, "Camion partagé"), (9, "Locaux communs")])
    section.journal = journal
    section.open_tool("selfassess-readiness")
    dialog = section.tool_dialog
    assert dialog.journal_button.isVisible() and not dialog.journal_button.isEnabled()
    for question_id in dialog.groups:
        dialog.answer(question_id, 3)
    dialog.answer("board", 2)
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Locaux communs", True))
    qtbot.mouseClick(dialog.journal_button, Qt.MouseButton.LeftButton)
    [(project_id, record)] = journal.saved
    assert project_id == 9 and record.tool == "readiness"
    assert record.title.startswith("Sommes-nous prêts")
    assert "Notre conseil d'administration appuie la démarche." in record.body
    assert "Locaux communs" in dialog.status.text()


def test_journal_without_projects_says_what_to_do(guides, qtbot):
    _, section = guides
    section.journal = FakeJournal([])
    section.open_tool("selfassess-energy")
    dialog = section.tool_dialog
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.journal_button, Qt.MouseButton.LeftButton)
    assert "aucun projet" in dialog.status.text()
    assert section.journal.saved == []


def test_energy_estimate(guides, qtbot):
    _, section = guides
    section.open_tool("selfassess-energy")
    dialog = section.tool_dialog
    dialog.inputs["savings"].setValue(500)
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    text = dialog.result_view.toPlainText().replace("\u00a0", " ").replace("\u202f", " ")
    assert "4 200,00" in text and "mois 3" in text and "140" in text
    assert "42,86 $" in text  # 6 000 $ of benefits over 140 hours


def test_enter_opens_the_best_result_even_before_the_list_refreshes(guides, qtbot):
    _, section = guides
    box = section.findChild(QLineEdit, "guides-search")
    box.setFocus()
    type_text(qtbot, box, "fourgonnette")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert section.current_article() == "partager-equipement"


def test_no_result_suggestion_is_a_click_away(guides, qtbot):
    _, section = guides
    box = section.findChild(QLineEdit, "guides-search")
    qtbot.keyClicks(box, "camoin")  # a typo
    panel = section.findChild(QLabel, "guides-no-result")
    qtbot.waitUntil(panel.isVisible, timeout=3000)
    assert "camion" in panel.suggestions
    panel.linkActivated.emit("suggest:camion")
    assert box.text() == "camion"
    qtbot.waitUntil(lambda: "partager-equipement" in results(section), timeout=3000)


def test_zoom_with_the_keyboard(guides, qtbot):
    _, section = guides
    section.open_article("continuum")
    view = section.view
    size = view.point_size()
    section.search.setFocus()
    qtbot.keyClick(section.search, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.point_size() > size
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.point_size() < size
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.point_size() == size


def test_article_shows_the_diagram_and_links_to_the_journal(guides):
    _, section = guides
    section.open_article("continuum")
    html = section.view.toHtml()
    assert "img/continuum-fr.svg" in html and "app:journal" in html
    navigated = []
    section.navigate.connect(navigated.append)
    section.follow_link(QUrl("app:journal"))
    assert navigated == ["app:journal"]


def test_see_also_works_both_ways(guides):
    _, section = guides
    lib = section.library
    for article in lib.articles.values():
        for other in article.related:
            assert article.id in [a.id for a in lib.see_also(other)], (article.id, other)
    section.open_article("glossaire")
    assert "guide:" in section.view.toHtml()


def test_print_the_article(guides, qtbot, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    _, section = guides
    out = tmp_path / "article.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    section.open_article("partager-equipement")
    qtbot.mouseClick(section.print_button, Qt.MouseButton.LeftButton)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Prêter ou partager de l" in text and "camion" in text


def test_booklet_of_chosen_articles(guides, qtbot, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    _, section = guides
    section.open_article("partager-equipement")
    section.bookmarks = ["glossaire"]
    qtbot.mouseClick(section.booklet_button, Qt.MouseButton.LeftButton)
    dialog = section.booklet_dialog
    assert dialog.chosen() == ["partager-equipement", "glossaire"]
    out = tmp_path / "livret"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10000)
    assert dialog.saved == tmp_path / "livret.pdf"
    pages = [p.extract_text() for p in PdfReader(dialog.saved).pages]
    assert "Table des matières" in pages[1] and "Glossaire" in pages[1]
    assert dialog.open_button.isVisible()


def test_booklet_save_failure_is_explained(guides, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    _, section = guides
    section.open_booklet()
    dialog = section.booklet_dialog
    dialog._check_all(Qt.CheckState.Unchecked)
    assert not dialog.save_button.isEnabled()
    dialog._check_all(Qt.CheckState.Checked)
    assert len(dialog.chosen()) == len(section.library.articles)
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(blocker / "sous-dossier" / "livret.pdf"), ""))
    dialog.tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Impossible d'enregistrer" in dialog.status.text(), timeout=10000)
    assert dialog.saved is None and dialog.save_button.isEnabled()


def test_keyboard_from_search_box_to_results_and_back(guides, qtbot):
    _, section = guides
    box = section.search
    box.setFocus()
    qtbot.keyClicks(box, "assurance")
    qtbot.waitUntil(lambda: bool(section.results.ids()), timeout=3000)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert section.results.hasFocus()
    qtbot.keyClick(section.results, Qt.Key.Key_Down)
    second = section.results.ids()[1]
    qtbot.keyClick(section.results, Qt.Key.Key_Return)
    assert section.current_article() == second
    qtbot.keyClick(section.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert second in section.bookmarks
    qtbot.keyClick(section.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert second not in section.bookmarks


def test_readiness_kept_in_the_real_journal(guides, qtbot, data_dir, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from partage_desktop.platform import datadir
    from partage_desktop.services.journal import entries as journal

    _, section = guides
    data = datadir.resolve(str(data_dir))
    project = journal.save_project(data, journal.ProjectData(name="Camion partagé"))
    section.open_tool("selfassess-readiness")
    dialog = section.tool_dialog
    for question_id in dialog.groups:
        dialog.answer(question_id, 4)
    dialog.answer("leaving", 2)
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Camion partagé", True))
    kept = []
    dialog.journal_saved.connect(kept.append)
    qtbot.mouseClick(dialog.journal_button, Qt.MouseButton.LeftButton)
    assert kept == [project.id]
    [hit] = journal.search(data, "partenaire se retire")
    entry = journal.get_entry(data, hit.id)
    assert entry.project_id == project.id and entry.tags == ("autoévaluation",)


def test_the_search_index_is_ready_before_the_first_key(qtbot, data_dir):
    """Opening Guides builds the search index right after the section shows, so the first letter
    typed does not pay for it."""
    from partage_desktop.services.guides import library as guide_service

    guide_service._index.cache_clear()
    win = build_main_window(data_dir, "en")
    qtbot.addWidget(win)
    win.show()
    assert guide_service._index.cache_info().currsize == 0  # not at start-up
    win.show_section("section:guides")
    qtbot.waitUntil(lambda: guide_service._index.cache_info().currsize == 1, timeout=3000)


def test_a_self_assessment_says_what_is_missing_in_sight_and_fits_a_small_screen(guides, qtbot):
    """The « need three answers » message sits beside the button, the first blank question comes
    into view, and the dialog fits 1000×560 (before and after its result)."""
    _, section = guides
    qtbot.mouseClick(section.findChild(QPushButton, "open:selfassess-continuum"), Qt.MouseButton.LeftButton)
    dialog = section.tool_dialog
    dialog.resize(1000, 560)
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1000 and dialog.height() <= 560
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 560, hint
    questions = list(dialog.groups)
    dialog.scroll_area.verticalScrollBar().setValue(dialog.scroll_area.verticalScrollBar().maximum())  # read down to the end
    dialog.answer(questions[-1], 0)  # one answer only: not enough
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    missing = dialog.missing
    assert "au moins trois" in missing.text()
    assert missing.isVisible() and missing.visibleRegion().boundingRect().size() == missing.size()
    gap = dialog.compute_button.mapTo(dialog, dialog.compute_button.rect().topLeft()).y() \
        - missing.mapTo(dialog, missing.rect().bottomLeft()).y()
    assert 0 <= gap < 80  # right above the button that was clicked
    first_blank = dialog.findChild(QGroupBox, f"question:{questions[1]}")  # the first numbered one
    assert not first_blank.visibleRegion().isEmpty()  # brought back into view
    for question_id in questions:
        dialog.answer(question_id, 0)
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    assert not missing.isVisible()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 560, hint
