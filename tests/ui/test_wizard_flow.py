"""The wizard's flow, driven with the mouse: no draft before a real choice, deleting a draft to the
trash, the step list, moving on with answers missing, the review's problems as links, amendments
opening on what changes, and the dialog after the export."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QWizard,
)

from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import trash as agreement_trash
from partage_desktop.services.agreements import versions as av
from partage_desktop.services.agreements.listing import list_agreements
from partage_desktop.ui import build_main_window
from partage_desktop.ui.wizard.window import Page
from partage_desktop.words import error_lines


@pytest.fixture
def win(window):
    return window


def click_item(qtbot, view: QListWidget, row: int) -> None:
    item = view.item(row)
    view.scrollToItem(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(item).center())


def row_of(view: QListWidget, text: str) -> int:
    rows = [i for i in range(view.count()) if text in view.item(i).text()]
    assert rows, (text, [view.item(i).text() for i in range(view.count())])
    return rows[0]


def button(wiz, which):
    return wiz.button(which)


def close_button(wiz):
    return wiz.button(QWizard.WizardButton.CancelButton)


def steps(wiz) -> QListWidget:
    return wiz.findChild(QListWidget, "wizard:steps")


def yes_to_questions(monkeypatch) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *a, **k:
                        asked.append(text) or QMessageBox.StandardButton.Yes)
    return asked


def focus_in(qtbot, wiz):
    wiz.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is wiz)


# ------------------------------------------------------------------ 4. the draft and its trash


def test_opening_and_closing_create_an_agreement_leaves_no_draft_and_no_reference_used(win, qtbot):
    wiz = win.new_agreement()
    focus_in(qtbot, wiz)  # the list has the keyboard: its first item is under the cursor, not chosen
    qtbot.wait(700)  # longer than the autosave delay
    assert "template" not in wiz.answers and wiz.reference is None
    assert close_button(wiz).text() == "Fermer"
    assert not wiz.findChild(QPushButton, "action:delete-draft").isVisible()
    qtbot.mouseClick(close_button(wiz), Qt.MouseButton.LeftButton)
    assert not wiz.isVisible()
    assert list_agreements(win.data) == [] and drafts.list_drafts(win.data) == []

    # a click on a kind of agreement is a choice: the draft is kept, and the button says so
    wiz = win.new_agreement()
    templates = wiz.findChild(QListWidget, "field:template")
    click_item(qtbot, templates, 1)
    assert close_button(wiz).text() == "Fermer (le brouillon est conservé)"
    qtbot.mouseClick(close_button(wiz), Qt.MouseButton.LeftButton)
    [draft] = drafts.list_drafts(win.data)
    assert draft.template_id == templates.item(1).data(Qt.ItemDataRole.UserRole)
    assert draft.reference.endswith("-0001")  # the first window used no reference


def test_a_draft_deleted_in_the_wizard_goes_to_the_trash_and_comes_back(win, qtbot, monkeypatch):
    from partage_desktop.ui.agreements.trash import AgreementTrashDialog

    wiz = win.new_agreement("pret-materiel")
    wiz.findChild(object, "party:1:name").setText("Comptoir B")
    wiz.findChild(object, "party:1:name").textEdited.emit("Comptoir B")
    asked = yes_to_questions(monkeypatch)
    delete = wiz.findChild(QPushButton, "action:delete-draft")
    assert delete.isVisible()
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert asked and "corbeille" in asked[0]  # confirmation first
    assert not wiz.isVisible() and wiz not in win.wizards
    reference = wiz.reference
    assert drafts.list_drafts(win.data) == [] and list_agreements(win.data) == []
    [trashed] = agreement_trash.trashed_drafts(win.data)
    assert trashed.reference == reference

    # the Agreements section's trash restores it, with what was typed
    def restore_then_close(dialog):
        assert dialog.list.count() == 1 and reference in dialog.list.item(0).text()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AgreementTrashDialog, "exec", restore_then_close)
    win.show_section("section:agreements")
    qtbot.mouseClick(win.findChild(QPushButton, "agreements-open-trash"), Qt.MouseButton.LeftButton)
    assert [d.reference for d in drafts.list_drafts(win.data)] == [reference]
    assert win.agreements.current_reference() == reference
    assert drafts.load_draft(win.data, reference)["parties"][1]["name"] == "Comptoir B"


def test_delete_a_draft_from_the_agreements_list_then_empty_the_trash(win, qtbot, monkeypatch, example_answers):
    from partage_desktop.ui.agreements.trash import AgreementTrashDialog

    ready = drafts.create_draft(win.data, example_answers("pret-materiel"))
    av.export_version(win.data, ready, "fr")
    draft = drafts.create_draft(win.data, {"template": "pret-materiel", "lang": "fr"})
    win.show_section("section:agreements")
    section = win.agreements
    section.refresh(select=ready)
    delete = section.buttons["agreement:delete"]
    assert not delete.isEnabled()  # an exported agreement may be printed already: not deleted
    section.refresh(select=draft)
    assert delete.isEnabled()
    opened = win.edit_agreement(draft)  # a wizard open on it closes, its typing saved
    asked = yes_to_questions(monkeypatch)
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert asked and draft in asked[0]
    assert not opened.isVisible()
    assert [r["ref"] for r in list_agreements(win.data)] == [ready]
    recent = [win.home.recent.item(i).text() for i in range(win.home.recent.count())]
    assert not any(draft in line for line in recent)  # nor on the home screen
    assert [d.reference for d in agreement_trash.trashed_drafts(win.data)] == [draft]

    def empty_then_close(dialog):
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
        assert dialog.list.count() == 0 and dialog.empty_note.isVisibleTo(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AgreementTrashDialog, "exec", empty_then_close)
    qtbot.mouseClick(win.findChild(QPushButton, "agreements-open-trash"), Qt.MouseButton.LeftButton)
    assert agreement_trash.trashed_drafts(win.data) == []
    assert [r["ref"] for r in list_agreements(win.data)] == [ready]


def test_the_trash_empties_itself_after_its_delay(win, example_answers):
    from sqlalchemy import update

    from partage_desktop.services.data.session import session_scope
    from partage_desktop.store.models import Agreement

    old = drafts.create_draft(win.data, {"template": "pret-materiel", "lang": "fr"})
    recent = drafts.create_draft(win.data, {"template": "pret-materiel", "lang": "fr"})
    agreement_trash.trash_draft(win.data, old, "fr")
    agreement_trash.trash_draft(win.data, recent, "fr")
    with session_scope(win.data) as session:
        session.execute(update(Agreement).where(Agreement.reference == old).values(deleted_at=date(2020, 1, 1)))
    win.show_section("section:agreements")  # the section purges what is past the delay
    assert [d.reference for d in agreement_trash.trashed_drafts(win.data)] == [recent]


def test_only_a_draft_goes_to_the_trash(win, example_answers):
    from partage_desktop.platform.errors import UserInputError

    ready = drafts.create_draft(win.data, example_answers("pret-materiel"))
    av.export_version(win.data, ready, "fr")
    with pytest.raises(UserInputError) as caught:
        agreement_trash.trash_draft(win.data, ready, "fr")
    assert "brouillon" in error_lines(caught.value, "fr")[0]


# ------------------------------------------------------------------ 7. the step list


def test_the_step_list_shows_where_things_stand_and_goes_where_clicked(win, qtbot, example_answers):
    raw = example_answers("pret-materiel")
    del raw["fields"]["start_date"]
    wiz = win.open_wizard(raw)
    assert wiz.currentId() == Page.DATES  # a draft resumes on the first step that needs work
    count = wiz.findChild(QLabel, "wizard:step-count")
    assert count.text() == "Étape 4 sur 9"
    side = steps(wiz)
    texts = [side.item(i).text() for i in range(side.count())]
    assert len(texts) == 9
    assert "Dates" in texts[3] and "à compléter" in texts[3] and texts[3].startswith("▸")
    assert "Parties" in texts[1] and "✓" in texts[1]
    click_item(qtbot, side, row_of(side, "Parties"))
    assert wiz.currentId() == Page.PARTIES and count.text() == "Étape 2 sur 9"
    click_item(qtbot, side, row_of(side, "Vérifier et exporter"))
    assert wiz.currentId() == Page.REVIEW and count.text() == "Étape 9 sur 9"
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wiz.currentId() == Page.CLAUSES  # Back works from where the click landed


def test_a_complete_draft_resumes_on_the_review(win, example_answers):
    wiz = win.open_wizard(example_answers("pret-materiel"))
    assert wiz.currentId() == Page.REVIEW
    assert "prête à exporter" in steps(wiz).item(steps(wiz).count() - 1).text()


# ------------------------------------------------------------------ 8. moving on, the export waits


def test_next_with_missing_answers_then_the_review_links_to_each_place(win, qtbot, monkeypatch):
    wiz = win.new_agreement("pret-materiel")
    assert wiz.currentId() == Page.PARTIES
    page = wiz.currentPage()
    next_button = wiz.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    assert "À compléter" in page.reason.text()
    while wiz.currentId() != Page.REVIEW:  # the whole way with nothing typed
        before = wiz.currentId()
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        assert wiz.currentId() != before
    assert not wiz.button(QWizard.WizardButton.FinishButton).isEnabled()  # only the export waits
    problems = wiz.findChild(QListWidget, "review:problems")
    texts = [problems.item(i).text() for i in range(problems.count())]
    assert all(t.startswith("✗") for t in texts) and not any("Aucun problème" in t for t in texts)
    assert "à corriger avant l'export" in wiz.currentPage().reason.text()

    # a party's missing representative: the click goes to the parties, in that very field
    focus_in(qtbot, wiz)
    click_item(qtbot, problems, row_of(problems, "Partie 2 — Représentant"))
    assert wiz.currentId() == Page.PARTIES
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().objectName() == "party:1:representative")
    box = wiz.currentPage().boxes[1]
    assert box.errors["representative"].isVisible()  # its message shows, though never typed in

    # a template field: its step, its editor
    click_item(qtbot, steps(wiz), row_of(steps(wiz), "Vérifier"))
    problems = wiz.findChild(QListWidget, "review:problems")
    click_item(qtbot, problems, row_of(problems, "Date de début"))
    assert wiz.currentId() == Page.DATES
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and
                    wiz.findChild(object, "field:start_date").isAncestorOf(QApplication.focusWidget())
                    or QApplication.focusWidget() is wiz.findChild(object, "field:start_date"))
    assert wiz.findChild(QLabel, "error:start_date").isVisible()


# ------------------------------------------------------------------ 9. amendments


@pytest.fixture
def signed(win, example_answers):
    parent = drafts.create_draft(win.data, example_answers("pret-materiel"), today=date(2026, 11, 23))
    av.export_version(win.data, parent, "fr")
    av.mark_signed(win.data, parent, date(2026, 11, 20), "fr")
    return parent


def test_an_amendment_opens_on_what_changes_and_previews_itself(win, qtbot, signed):
    win.show_section("section:agreements")
    win.agreements.refresh(select=signed)
    qtbot.mouseClick(win.agreements.buttons["agreement:amend"], Qt.MouseButton.LeftButton)
    [wiz] = win.wizards
    assert wiz.currentId() == Page.TEMPLATE
    assert wiz.currentPage().title() == "Que voulez-vous changer\u202f?"
    assert signed in wiz.currentPage().subTitle()
    assert "Rien ne change encore" in wiz.currentPage().reason.text()

    # on the review, « no change » is a problem (not « ready to export »), and the export waits
    click_item(qtbot, steps(wiz), row_of(steps(wiz), "Vérifier"))
    problems = wiz.findChild(QListWidget, "review:problems")
    texts = [problems.item(i).text() for i in range(problems.count())]
    assert any("ne change encore rien" in t for t in texts), texts
    assert not any("Aucun problème" in t for t in texts)
    assert not wiz.button(QWizard.WizardButton.FinishButton).isEnabled()
    with qtbot.waitSignal(wiz.preview_failed, timeout=20000) as refused:
        wiz.request_preview()
    assert "ne change encore rien" in refused.args[0]

    # the problem leads back to « what changes », which leads to the dates
    click_item(qtbot, problems, row_of(problems, "ne change encore rien"))
    assert wiz.currentId() == Page.TEMPLATE
    choices = wiz.findChild(QListWidget, "amend:choices")
    click_item(qtbot, choices, row_of(choices, "Dates"))
    assert wiz.currentId() == Page.DATES
    end = next(e for e in wiz.currentPage().editors if e.spec.id == "end_date")
    end.input.set_iso("2027-09-30")
    click_item(qtbot, steps(wiz), row_of(steps(wiz), "Ce qui change"))
    assert "Dates et horaire — modifié" in [choices.item(i).text() for i in range(choices.count())]
    click_item(qtbot, steps(wiz), row_of(steps(wiz), "Vérifier"))
    problems = wiz.findChild(QListWidget, "review:problems")
    assert "Aucun problème" in problems.item(0).text() and "avenant" in problems.item(0).text()
    assert wiz.button(QWizard.WizardButton.FinishButton).isEnabled()
    # the preview is the amendment itself, not the whole agreement again
    with qtbot.waitSignal(wiz.preview_ready, timeout=20000) as shown:
        wiz.request_preview()
    import io

    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(shown.args[0])).pages)
    assert "Avenant n° 1" in text and signed in text and "30 septembre 2027" in text
    wiz.close()


# ------------------------------------------------------------------ 10. after the export


def test_after_the_export_a_dialog_says_where_and_what_next(win, qtbot, monkeypatch, tmp_path, example_answers):
    from PySide6.QtWidgets import QFileDialog

    wiz = win.open_wizard(example_answers("pret-materiel"))
    assert wiz.currentId() == Page.REVIEW
    out = tmp_path / "sortie" / "entente.pdf"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert out.is_file() and not wiz.isVisible()
    dialog = win.findChild(QDialog, "export-done")
    assert dialog is not None and dialog.isVisible()
    assert dialog.findChild(QLabel, "export-done:path").text() == str(out)
    following = dialog.findChild(QLabel, "export-done:next").text()
    assert "signer" in following and "Marquer comme signée" in following
    # the agreement is shown in Agreements, ready to sign
    assert win.current_section() == "section:agreements"
    assert win.agreements.current_reference() == wiz.reference
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.mouseClick(dialog.findChild(QPushButton, "export-done:open"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.findChild(QPushButton, "export-done:folder"), Qt.MouseButton.LeftButton)
    assert opened == [str(out), str(out.parent)]
    from PySide6.QtPrintSupport import QPrintDialog

    printing = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: printing.append(self) or QDialog.DialogCode.Rejected)
    qtbot.mouseClick(dialog.findChild(QPushButton, "export-done:print"), Qt.MouseButton.LeftButton)
    assert printing  # the print dialog was offered
    qtbot.mouseClick(dialog.findChild(QPushButton, "export-done:close"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.findChild(QDialog, "export-done") is None)


# ------------------------------------------------------------------ the small screen


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_wizard_and_its_step_list_fit_1024_by_600(qtbot, data_dir, example_answers, lang):
    window = build_main_window(data_dir, lang)
    qtbot.addWidget(window)
    window.show()
    raw = example_answers("locaux-partages")
    raw["lang"] = lang
    # among the longest real organization names: its choices of wording must not widen the step
    raw["parties"][0]["name"] = ("Corporation de développement communautaire des Basses-Laurentides "
                                 "et de la Rivière-du-Nord")
    wiz = window.open_wizard(raw)
    wiz.resize(1024, 600)
    side = wiz.findChild(object, "wizard:side")
    for page in wiz.step_ids():
        wiz.go_to(page)
        qtbot.wait(10)
        assert wiz.size().width() <= 1024 and wiz.size().height() <= 600, (page, wiz.size())
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton,
                      QWizard.WizardButton.BackButton):
            b = wiz.button(which)
            if b.isVisible():
                corner = b.mapTo(wiz, b.rect().bottomRight())
                assert corner.x() <= 1024 and corner.y() <= 600, (page, which)
        assert side.isVisible() and side.mapTo(wiz, side.rect().bottomRight()).y() <= 600
        step = wiz.page(page)
        if hasattr(step, "scroll"):  # a step's body never needs to scroll sideways
            qtbot.wait(10)
            assert step.body_widget.minimumSizeHint().width() <= step.scroll_area.viewport().width(), \
                (page, step.body_widget.minimumSizeHint(), step.scroll_area.viewport().size())
        last = steps(wiz).visualItemRect(steps(wiz).item(steps(wiz).count() - 1))
        assert last.bottom() <= steps(wiz).viewport().height()  # every step shows without scrolling
    wiz.close()
