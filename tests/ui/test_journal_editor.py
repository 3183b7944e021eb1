"""The journal entry editor driven as a user would: nothing typed is lost when one field is wrong,
hours and amounts read as people write them, attachments removed (and put back), challenge tags,
the trash prompt, dates and negative amounts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QPushButton

from partage_desktop.core.formatting import format_date
from partage_desktop.platform import datadir
from partage_desktop.services.journal import attachments as files
from partage_desktop.services.journal import entries as svc
from partage_desktop.services.organizations.address_book import OrganizationData, save_organization
from partage_desktop.ui import build_main_window


def type_text(widget, text):
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def answer_next_dialog(button_name, seen=None):
    """Click ``button_name`` in the modal dialog opened by the next action (and note its text)."""
    def attempt():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        if seen is not None:
            seen.append(dialog.text() + "\n" + getattr(dialog, "informativeText", lambda: "")())
        dialog.findChild(QPushButton, button_name).click()
    QTimer.singleShot(0, attempt)


@pytest.fixture
def data(data_dir):
    data = datadir.resolve(str(data_dir))
    from partage_desktop.services.data.database import prepare

    prepare(data, "fr")
    return data


@pytest.fixture
def project(data):
    own = save_organization(data, OrganizationData(legal_name="Maison de la famille", is_own=True)).id
    other = save_organization(data, OrganizationData(legal_name="Cuisine L'Œuvre")).id
    return svc.save_project(data, svc.ProjectData(name="Locaux partagés", partner_ids=(own, other)))


def add(data, project, title, day, kind="note", **kw):
    return svc.save_entry(data, svc.EntryData(project_id=project.id, title=title, entry_date=day, kind=kind, **kw))


@pytest.fixture
def entries(data, project):
    return [add(data, project, "Réunion de démarrage", date(2026, 3, 2), "meeting", body="Premier compte rendu."),
            add(data, project, "Bris de la chambre froide", date(2026, 4, 2), "difficulty", body="Réparation."),
            add(data, project, "Lancement", date(2025, 6, 1), "milestone")]


_windows = []


@pytest.fixture(autouse=True)
def _no_question_when_the_test_closes_its_window(qtbot):
    """A test that ends on an unreadable value would be asked about it when its window closes."""
    yield
    for win in _windows:  # closed here rather than by qtbot, which closes before this runs
        win.journal.editor.timer.stop()
        win.journal.editor.problems = []
        win.close()
        win.deleteLater()
    _windows.clear()


def open_journal(qtbot, data, lang="fr", rows=3):
    win = build_main_window(data.root, lang)
    _windows.append(win)
    win.show()
    win.show_section("section:journal")
    section = win.journal
    qtbot.waitUntil(lambda: section.model.rowCount() == rows and section.editor.entry is not None, timeout=5000)
    return win, section


def click_row(qtbot, section, entry_id):
    index = section.model.index(section.model.row_of(entry_id), 0)
    qtbot.mouseClick(section.view.viewport(), Qt.MouseButton.LeftButton, pos=section.view.visualRect(index).center())


def saved(qtbot, editor):
    qtbot.waitUntil(lambda: not editor.timer.isActive() and editor.state.text().startswith("Enregistré à"),
                    timeout=3000)


def test_a_bad_amount_never_loses_the_text_and_leaving_asks(qtbot, data, entries):
    first, second, _ = entries
    win, section = open_journal(qtbot, data)
    click_row(qtbot, section, first.id)
    editor = section.editor
    assert editor.entry.id == first.id
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    type_text(editor.body, " TEXTE IMPORTANT ajouté")
    qtbot.keyClicks(editor.money.amount, "1e20")
    saved(qtbot, editor)
    assert "sauf" in editor.state.text()  # saved, except the amount
    assert svc.get_entry(data, first.id).body == "Premier compte rendu. TEXTE IMPORTANT ajouté"
    error = editor.findChild(QLabel, "journal-money-error")
    assert error.isVisible() and "1e20" in error.text() and "montant" in error.text()

    asked = []
    answer_next_dialog("leave-stay", asked)
    click_row(qtbot, section, second.id)
    assert asked and "montant" in asked[0]
    assert editor.entry.id == first.id and editor.money.amount.text() == "1e20"  # still there to correct
    assert section.view.currentIndex().row() == section.model.row_of(first.id)

    answer_next_dialog("leave-anyway")
    click_row(qtbot, section, second.id)
    assert editor.entry.id == second.id and editor.state.text() == "Enregistré"
    kept = svc.get_entry(data, first.id)
    assert "TEXTE IMPORTANT" in kept.body and kept.money_cents is None


def test_a_corrected_amount_is_saved_without_a_question(qtbot, data, entries):
    first, second, _ = entries
    win, section = open_journal(qtbot, data)
    click_row(qtbot, section, first.id)
    editor = section.editor
    qtbot.keyClicks(editor.money.amount, "12,3,4")
    saved(qtbot, editor)
    editor.money.amount.clear()
    qtbot.keyClicks(editor.money.amount, "1 234,56 $")
    saved(qtbot, editor)
    assert "sauf" not in editor.state.text() and not editor.money.error.isVisible()
    click_row(qtbot, section, second.id)  # no question: nothing is pending
    assert editor.entry.id == second.id
    assert svc.get_entry(data, first.id).money_cents == 123456


@pytest.mark.parametrize("typed,words", [("1e20", "n'est pas un montant"), ("99999999999999999999", "trop élevé"),
                                         ("-5", "sans signe moins"), ("12,345", "deux chiffres")])
def test_amounts_that_cannot_be_saved_are_explained_never_crash(qtbot, data, entries, typed, words):
    first = entries[0]
    win, section = open_journal(qtbot, data)
    click_row(qtbot, section, first.id)
    editor = section.editor
    qtbot.keyClicks(editor.money.amount, typed)
    saved(qtbot, editor)
    assert words in editor.money.error.text()
    type_text(editor.title, " bis")  # autosave again: same message, no error dialog
    qtbot.waitUntil(lambda: svc.get_entry(data, first.id).title.endswith("bis"), timeout=3000)
    assert words in editor.money.error.text() and svc.get_entry(data, first.id).money_cents is None


def test_an_untitled_new_entry_is_kept_under_its_type_and_date(qtbot, data, entries):
    win, section = open_journal(qtbot, data)
    editor = section.editor
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    editor.kind.setCurrentIndex(editor.kind.findData("meeting"))
    expected = f"Réunion du {format_date(date.today(), 'fr')}"
    assert editor.title.placeholderText() == expected
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    type_text(editor.body, "Compte rendu très long sans titre")
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)  # leave at once, before the autosave
    found = [r for r in svc.entries_page(data, svc_filter(), 0, 10) if r.title == expected]
    assert len(found) == 1 and "sans titre" in svc.get_entry(data, found[0].id).body


def test_a_new_entry_nobody_wrote_in_is_not_saved(qtbot, data, entries):
    win, section = open_journal(qtbot, data)
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    assert section.editor.state.text().startswith("Nouvelle entrée")
    click_row(qtbot, section, entries[0].id)
    assert svc.count_entries(data, svc_filter()) == 3


def test_closing_or_changing_section_with_bad_hours_asks_then_keeps_the_rest(qtbot, data, entries):
    first = entries[0]
    win, section = open_journal(qtbot, data)
    click_row(qtbot, section, first.id)
    editor = section.editor
    set_hours(qtbot, editor, 0, "1e3")
    type_text(editor.title, " (suite)")
    answer_next_dialog("leave-stay")
    win.show_section("section:guides")
    assert win.current_section() == "section:journal"
    assert "(suite)" in svc.get_entry(data, first.id).title
    assert "1e3" in editor.findChild(QLabel, "journal-hours-error").text()

    answer_next_dialog("leave-stay")
    win.close()
    assert win.isVisible()  # the user stays to correct the hours
    answer_next_dialog("leave-anyway")
    win.close()
    assert not win.isVisible()


def test_a_new_entry_typed_just_before_closing_is_kept(qtbot, data, entries):
    win, section = open_journal(qtbot, data)
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    type_text(section.editor.body, "Écrit juste avant de fermer")
    win.close()
    assert not win.isVisible()
    assert any("juste avant" in svc.get_entry(data, r.id).body for r in svc.entries_page(data, svc_filter(), 0, 10))


def set_hours(qtbot, editor, row, text):
    table = editor.hours.table
    table.setFocus()
    table.setCurrentCell(row, 1)
    table.editItem(table.item(row, 1))
    cell_editor = table.indexWidget(table.model().index(row, 1))
    assert cell_editor is not None
    cell_editor.selectAll()
    qtbot.keyClicks(cell_editor, text)
    QTest.keyClick(cell_editor, Qt.Key.Key_Return)
    # the delegate commits on a queued call
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState, timeout=2000)


@pytest.mark.parametrize("typed,minutes", [("1h30", 90), ("1 h 30", 90), ("1,5", 90), ("90 min", 90),
                                           ("0 h 45", 45), ("2", 120)])
def test_hours_are_read_as_typed(qtbot, data, entries, typed, minutes):
    first = entries[0]
    win, section = open_journal(qtbot, data)
    click_row(qtbot, section, first.id)
    set_hours(qtbot, section.editor, 0, typed)
    saved(qtbot, section.editor)
    assert svc.get_entry(data, first.id).minutes == minutes


def test_unreadable_hours_are_marked_and_keep_the_saved_hours(qtbot, data, entries):
    first = entries[0]
    win, section = open_journal(qtbot, data)
    click_row(qtbot, section, first.id)
    editor = section.editor
    set_hours(qtbot, editor, 1, "1 h 30")
    saved(qtbot, editor)
    set_hours(qtbot, editor, 1, "1e3")
    saved(qtbot, editor)
    error = editor.findChild(QLabel, "journal-hours-error")
    assert error.isVisible() and "Cuisine L'Œuvre" in error.text() and "1,5, 1 h 30 ou 90 min" in error.text()
    assert editor.hours.table.item(1, 1).toolTip() == error.text()
    assert svc.get_entry(data, first.id).minutes == 90
    set_hours(qtbot, editor, 1, "20000")
    saved(qtbot, editor)
    assert "10\u00a0000 heures" in error.text()


def test_remove_an_attachment_after_confirmation_then_put_it_back(qtbot, data, entries, tmp_path, monkeypatch):
    first = entries[0]
    win, section = open_journal(qtbot, data)
    click_row(qtbot, section, first.id)
    box = section.editor.attachments
    source = tmp_path / "Procès-verbal.pdf"
    source.write_bytes(b"%PDF-1.4")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    qtbot.mouseClick(box.attach_button, Qt.MouseButton.LeftButton)
    assert box.list.count() == 1
    stored = data.attachments / files.list_attachments(data, first.id)[0].stored_name
    box.list.setCurrentRow(0)
    box.list.setFocus()

    answer_next_dialog("confirm-keep")
    QTest.keyClick(box.list, Qt.Key.Key_Delete)
    assert box.list.count() == 1 and stored.exists()

    seen = []
    answer_next_dialog("confirm-remove", seen)
    QTest.keyClick(box.list, Qt.Key.Key_Delete)
    assert "Procès-verbal.pdf" in seen[0]
    assert box.list.count() == 0 and files.list_attachments(data, first.id) == [] and not stored.exists()
    assert "retiré" in section.editor.state.text()
    assert box.undo_button.isVisible()
    qtbot.mouseClick(box.undo_button, Qt.MouseButton.LeftButton)
    assert box.list.count() == 1 and box.list.item(0).text() == "Procès-verbal.pdf" and stored.exists()

    box.list.setCurrentRow(0)
    answer_next_dialog("confirm-remove")
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert box.list.count() == 0
    click_row(qtbot, section, entries[1].id)  # leaving the entry forgets the copy kept for undo
    assert not any((data.attachments / files.UNDO_FOLDER).iterdir())


@pytest.mark.parametrize("lang,tag", [("fr", "confiance"), ("en", "trust")])
def test_challenges_are_offered_as_tags_on_a_difficulty(qtbot, data, entries, lang, tag):
    difficulty = entries[1]
    win, section = open_journal(qtbot, data, lang)
    click_row(qtbot, section, entries[0].id)
    editor = section.editor
    assert not editor.challenges.isVisible()  # a meeting
    click_row(qtbot, section, difficulty.id)
    assert editor.challenges.isVisible()
    action = editor.challenges.actions_by_tag[tag]
    action.trigger()
    assert editor.tags.text() == tag
    qtbot.waitUntil(lambda: svc.get_entry(data, difficulty.id).tags == (tag,), timeout=3000)
    editor.challenges.menu.aboutToShow.emit()
    assert action.isChecked()
    action.trigger()
    assert editor.tags.text() == ""
    qtbot.waitUntil(lambda: svc.get_entry(data, difficulty.id).tags == (), timeout=3000)


def test_the_trash_prompt_counts_all_entries_with_plurals(qtbot, data, entries, monkeypatch):
    from partage_desktop.ui.journal import dialogs as journal_dialogs

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    monkeypatch.setattr(journal_dialogs, "TRASH_LISTED", 2)
    win, section = open_journal(qtbot, data)
    svc.trash_entry(data, entries[0].id)
    dialog = journal_dialogs.TrashDialog(data, "fr", section)
    dialog.empty_button.click()
    assert "l'entrée de la corbeille, avec ses pièces jointes" in asked[-1]
    for e in entries[1:]:
        svc.trash_entry(data, e.id)
    dialog.refresh()
    dialog.empty_button.click()
    assert "les 3 entrées" in asked[-1] and dialog.list.count() == 2
    assert not dialog.more.isHidden() and "Les 2 plus récentes" in dialog.more.text() and "sur 3" in dialog.more.text()


def test_the_trash_prompt_in_english(qtbot, data, entries, monkeypatch):
    from partage_desktop.ui.journal import dialogs as journal_dialogs

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    win, section = open_journal(qtbot, data, "en")
    svc.trash_entry(data, entries[0].id)
    dialog = journal_dialogs.TrashDialog(data, "en", section)
    dialog.empty_button.click()
    assert asked[-1].startswith("Delete the entry in the trash")
    svc.trash_entry(data, entries[1].id)
    dialog.refresh()
    dialog.empty_button.click()
    assert asked[-1].startswith("Delete the 2 entries")


def test_first_of_the_month_and_a_negative_net_benefit(qtbot, data, project, entries):
    add(data, project, "Achat", date(2026, 5, 3), "note", money_cents=209400, money_kind="spent")
    win, section = open_journal(qtbot, data, rows=4)
    row = section.model.row_of(entries[2].id)
    assert section.model.data(section.model.index(row, 0)) == "1er juin 2025"
    section.tabs.setCurrentWidget(section.indicators)
    figures = section.findChild(QLabel, "journal-figures")
    qtbot.waitUntil(lambda: "Bénéfice net" in figures.text(), timeout=5000)
    assert "\u22122\u00a0094,00\u00a0$" in figures.text() and "(" not in figures.text().split("Bénéfice net")[1]


def svc_filter(**kw):
    from partage_desktop.core.journal.vocabulary import EntryFilter

    return EntryFilter(**kw)
