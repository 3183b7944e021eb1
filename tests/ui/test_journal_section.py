"""The Journal section driven as a user would: a project, entries of every kind with accents,
an attachment, search, a restored revision, the trash emptied, the report exported."""

from __future__ import annotations

from datetime import date

import pytest
from keyboard_input import type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
)

from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.platform import datadir
from partage_desktop.services.journal import entries as svc
from partage_desktop.services.journal.content import health_questions
from partage_desktop.services.organizations.address_book import OrganizationData, save_organization


def click(qtbot, parent, name):
    button = parent.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def in_dialog(callback):
    """Run ``callback(dialog)`` once the modal dialog opened by the next action is up."""
    def attempt():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        callback(dialog)
    QTimer.singleShot(0, attempt)


@pytest.fixture
def win(window):
    return window


def open_journal(win, qtbot):
    win.show_section("section:journal")
    section = win.findChild(object, "section:journal")
    qtbot.waitUntil(lambda: section.count.text() != "", timeout=5000)
    return section


def test_empty_journal_teaches_and_creates_a_project_then_each_kind_of_entry(win, qtbot, data_dir):
    data = datadir.resolve(str(data_dir))
    save_organization(data, OrganizationData(legal_name="Maison de la famille", is_own=True))
    save_organization(data, OrganizationData(legal_name="Cuisine L'Œuvre"))
    section = open_journal(win, qtbot)
    assert section.pages.currentWidget().objectName() == "journal-empty"
    assert section.findChild(QPushButton, "journal-first-entry").text() == "Écrire ma &première entrée"
    assert section.findChild(QPushButton, "journal-load-example").text() == "&Charger un exemple"

    def fill_project(dialog):
        type_text(qtbot, dialog.findChild(QLineEdit, "project:name"), "Camion réfrigéré")
        partners = dialog.findChild(QListWidget, "project:partners")
        partners.item(0).setCheckState(Qt.CheckState.Checked)
        partners.item(1).setCheckState(Qt.CheckState.Checked)
        dialog.findChild(QComboBox, "project:stage").setCurrentIndex(2)
        dialog.accept()

    in_dialog(fill_project)
    click(qtbot, section, "journal-first-entry")
    projects = svc.list_projects(data)
    assert [p.name for p in projects] == ["Camion réfrigéré"] and len(projects[0].partner_ids) == 2
    assert projects[0].stage == "running"
    editor = section.editor
    state = editor.findChild(QLabel, "journal-save-state")
    for i, kind in enumerate(vocab.KINDS):
        if i:  # the first entry is already open in the editor
            click(qtbot, section, "journal-new-entry")
        editor.kind.setCurrentIndex(editor.kind.findData(kind))
        if kind == "meeting":
            assert "Ordre du jour" in editor.body.toPlainText()  # the type's prompts
        type_text(qtbot, editor.findChild(QLineEdit, "journal-title"), f"{kind} : été, œuvre « à suivre »")
        body = editor.findChild(QPlainTextEdit, "journal-body")
        body.moveCursor(body.textCursor().MoveOperation.End)
        type_text(qtbot, body, "Élodie a noté l'échéance.")
        qtbot.waitUntil(lambda: state.text().startswith("Enregistré à"), timeout=3000)
    qtbot.waitUntil(lambda: section.model.rowCount() == len(vocab.KINDS), timeout=5000)
    rows = svc.entries_page(data, svc_filter(), 0, 20)
    assert sorted(r.kind for r in rows) == sorted(vocab.KINDS)
    assert all(r.title.endswith("été, œuvre « à suivre »") and "Élodie a noté l'échéance." in r.body for r in rows)
    assert section.pages.currentWidget() is section.tabs


def svc_filter(**kw):
    from partage_desktop.core.journal.vocabulary import EntryFilter

    return EntryFilter(**kw)


@pytest.fixture
def with_entries(data_dir):
    data = datadir.resolve(str(data_dir))
    from partage_desktop.services.data.database import prepare

    prepare(data, "fr")
    own = save_organization(data, OrganizationData(legal_name="Maison de la famille", is_own=True)).id
    project = svc.save_project(data, svc.ProjectData(name="Locaux partagés", partner_ids=(own,)))
    first = svc.save_entry(data, svc.EntryData(project_id=project.id, title="Réunion de démarrage",
                                               entry_date=date(2026, 3, 2), kind="meeting",
                                               body="Première version du compte rendu."))
    svc.save_entry(data, svc.EntryData(project_id=project.id, title="Bris de la chambre froide",
                                       entry_date=date(2026, 4, 2), kind="difficulty",
                                       body="Une œuvre de réparation à prévoir."))
    return data, first


def test_search_folds_accents_and_ligatures(win, qtbot, with_entries):
    section = open_journal(win, qtbot)
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    search = section.findChild(QLineEdit, "journal-search")
    assert search is not None and section.findChild(QTableView, "journal-entries") is section.view
    qtbot.keyClicks(search, "oeuvre")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=3000)
    assert section.model.entry_at(0).title == "Bris de la chambre froide"
    search.clear()
    qtbot.keyClicks(search, "zzzq")
    qtbot.waitUntil(lambda: section.model.rowCount() == 0, timeout=3000)
    assert "Aucune entrée ne correspond" in section.count.text()
    search.clear()
    kind = section.findChild(QComboBox, "journal-filter-kind")
    kind.setCurrentIndex(kind.findData("meeting"))
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=3000)
    assert section.model.entry_at(0).kind == "meeting"


def test_attach_a_file_and_a_missing_one(win, qtbot, with_entries, tmp_path, monkeypatch):
    section = open_journal(win, qtbot)
    qtbot.waitUntil(lambda: section.editor.entry is not None)
    source = tmp_path / "Procès-verbal.pdf"
    source.write_bytes(b"%PDF-1.4")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    click(qtbot, section.editor, "journal-attach")
    attachments = section.editor.findChild(QListWidget, "journal-attachments")
    assert attachments.count() == 1 and attachments.item(0).text() == "Procès-verbal.pdf"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "absent.docx"), ""))
    click(qtbot, section.editor, "journal-attach")
    assert "n'existe plus" in section.editor.state.text() and attachments.count() == 1
    # the service's reason code, worded by the catalogue as before (quotes with no-break spaces)
    assert section.editor.state.text().startswith("Le fichier «\u00a0absent.docx\u00a0» n'existe plus.")


def test_restore_an_earlier_version(win, qtbot, with_entries):
    data, first = with_entries
    section = open_journal(win, qtbot)
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    section.select_entry(first.id)
    editor = section.editor
    assert editor.entry.id == first.id
    editor.body.selectAll()
    type_text(qtbot, editor.body, "Texte réécrit par erreur")
    qtbot.waitUntil(lambda: editor.state.text().startswith("Enregistré à"), timeout=3000)
    assert svc.get_entry(data, first.id).body == "Texte réécrit par erreur"

    def restore(dialog):
        assert "Première version" in dialog.findChild(QPlainTextEdit, "journal-revision-preview").toPlainText()
        dialog.findChild(QPushButton, "journal-revision-restore").click()

    in_dialog(restore)
    click(qtbot, editor, "journal-history")
    assert svc.get_entry(data, first.id).body == "Première version du compte rendu."
    assert editor.body.toPlainText() == "Première version du compte rendu."
    assert svc.revisions(data, first.id)[0].body == "Texte réécrit par erreur"  # nothing lost


def test_trash_then_empty_it_after_confirmation(win, qtbot, with_entries, monkeypatch):
    data, first = with_entries
    section = open_journal(win, qtbot)
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    section.select_entry(first.id)
    click(qtbot, section.editor, "journal-trash-entry")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=3000)
    assert "corbeille" in section.status.text()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)

    def empty(dialog):
        assert dialog.findChild(QListWidget, "journal-trash-list").count() == 1
        dialog.findChild(QPushButton, "journal-trash-empty").click()
        assert dialog.findChild(QListWidget, "journal-trash-list").count() == 0
        dialog.accept()

    in_dialog(empty)
    click(qtbot, section, "journal-open-trash")
    assert asked and "définitivement" in asked[0]
    assert svc.get_entry(data, first.id) is None


def test_export_the_funder_report_and_csv(win, qtbot, with_entries, tmp_path, monkeypatch):
    section = open_journal(win, qtbot)
    out = tmp_path / "rapport.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    click(qtbot, section, "journal-export-pdf")
    qtbot.waitUntil(lambda: section.status.text().startswith("Enregistré"), timeout=10000)
    assert out.read_bytes().startswith(b"%PDF")
    csv = tmp_path / "journal.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(csv), ""))
    click(qtbot, section, "journal-export-csv")
    qtbot.waitUntil(lambda: csv.exists(), timeout=5000)
    assert csv.read_text("utf-8-sig").count("\n") == 3


def test_export_adds_the_extension_and_reopens_in_the_same_folder(win, qtbot, with_entries, tmp_path,
                                                                   monkeypatch):
    section = open_journal(win, qtbot)
    offered = []

    def dialog(_parent, _caption, suggested, _filter):
        offered.append(suggested)
        return str(tmp_path / "rapport-annuel"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    click(qtbot, section, "journal-export-csv")
    qtbot.waitUntil(lambda: (tmp_path / "rapport-annuel.csv").exists(), timeout=5000)
    qtbot.waitUntil(lambda: section.status.text().startswith("Enregistré"), timeout=5000)
    click(qtbot, section, "journal-export-pdf")
    assert offered[1].startswith(str(tmp_path))


def test_exporting_onto_a_folder_says_why_in_french(win, qtbot, with_entries, tmp_path, monkeypatch):
    section = open_journal(win, qtbot)
    folder = tmp_path / "dossier.csv"  # a folder whose name looks like the file asked for
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder), ""))
    click(qtbot, section, "journal-export-csv")
    qtbot.waitUntil(lambda: "Impossible" in section.status.text(), timeout=5000)
    assert "c'est un dossier, pas un fichier" in section.status.text()
    assert "directory" not in section.status.text()


def test_load_example_then_page_through_and_new_entry_action(win, qtbot):
    section = open_journal(win, qtbot)
    click(qtbot, section, "journal-load-example")
    qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=10000)
    assert section.model.rowCount() == 200 and section.model.canFetchMore()
    assert section.count.text() == "200 entrées"
    action = win.findChild(QAction, "action:new-journal-entry")
    asked = []
    in_dialog(lambda dialog: (asked.append(dialog.objectName()), dialog.accept()))  # all projects: which one?
    action.trigger()
    assert asked == ["journal-choose-project"]
    assert section.editor.entry is not None and section.editor.entry.id is None
    assert section.editor.state.text().startswith("Nouvelle entrée")


def test_model_pages_and_passes_the_model_tester(qtbot, qtmodeltester, with_entries):
    from partage_desktop.ui.journal.model import JournalEntriesModel

    data, _ = with_entries
    calls = []

    def load(f, offset, limit, after=None):
        calls.append((offset, limit, after.id if after else None))
        return svc.entries_page(data, f, offset, 1, after)  # pages of one row, to see paging work

    model = JournalEntriesModel("fr", load)
    model.reset(svc_filter(), load(svc_filter(), 0, 1))
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    model._exhausted = False
    model.fetchMore()
    first_id = model.entry_at(0).id
    assert model.rowCount() == 2 and calls[-1] == (1, 200, first_id)  # continues after the last row
    assert model.entry_at(1).id != first_id
    assert model.data(model.index(0, 0)) == "2 avr. 2026"  # short in the list
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "2 avril 2026"  # whole on hover
    assert model.data(model.index(0, 1)) == "Difficulté"


def test_indicators_and_a_health_checkup(win, qtbot, with_entries):
    data, first = with_entries
    svc.save_entry(data, svc.EntryData(project_id=first.project_id, title="Économie", entry_date=date(2026, 5, 1),
                                       kind="success", money_cents=123450, money_kind="saved",
                                       hours=((svc.get_project(data, first.project_id).partner_ids[0], 90),)))
    section = open_journal(win, qtbot)
    qtbot.waitUntil(lambda: section.project.count() == 2)
    section.project.setCurrentIndex(1)
    section.tabs.setCurrentWidget(section.indicators)
    figures = section.findChild(QLabel, "journal-figures")
    qtbot.waitUntil(lambda: "1\u00a0234,50\u00a0$" in figures.text(), timeout=5000)
    assert "Bénéfice net" in figures.text()
    health = section.findChild(QLabel, "journal-health")
    assert "Aucun bilan" in health.text()

    def answer(dialog):
        from PySide6.QtWidgets import QRadioButton

        for question in health_questions():
            dialog.findChild(QRadioButton, f"checkup:{question.id}:4").setChecked(True)
        dialog.accept()

    in_dialog(answer)
    click(qtbot, section, "journal-new-checkup")
    qtbot.waitUntil(lambda: "75/100" in health.text(), timeout=5000)
    assert "Tendance" in health.text()


def test_the_expired_trash_is_purged_only_after_the_first_page_is_shown(win, qtbot, with_entries, monkeypatch):
    """Purging used to be queued first: the list waited for it (half a second on 100,000 entries)."""
    from partage_desktop.ui.journal import section as journal_ui

    calls = []
    for name in ("purge_expired_trash", "entries_page"):
        real = getattr(svc, name)
        monkeypatch.setattr(svc, name, lambda *a, _real=real, _name=name, **k: calls.append(_name) or _real(*a, **k))
    monkeypatch.setattr(journal_ui, "PURGE_DELAY_MS", 50, raising=False)
    section = open_journal(win, qtbot)
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    qtbot.waitUntil(lambda: "purge_expired_trash" in calls, timeout=5000)
    assert calls[0] == "entries_page" and calls.count("purge_expired_trash") == 1
    section.reload()  # later reloads do not purge again
    qtbot.waitUntil(lambda: calls.count("entries_page") >= 2, timeout=5000)
    assert calls.count("purge_expired_trash") == 1


def test_search_results_show_the_matching_words_in_bold_and_keep_the_keyboard(win, qtbot, with_entries):
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    from partage_desktop.ui.journal.highlight import SearchHitDelegate, segments
    from partage_desktop.ui.journal.model import SNIPPET_ROLE

    section = open_journal(win, qtbot)
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    one_line = section.view.rowHeight(0)
    assert section.model.index(0, 2).data(SNIPPET_ROLE) is None  # not searching: the plain list
    search = section.findChild(QLineEdit, "journal-search")
    qtbot.keyClicks(search, "oeuvre")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=3000)
    index = section.model.index(0, 2)
    title, passage = index.data(SNIPPET_ROLE)
    assert ("œuvre", True) in segments(passage) and segments(title) == [("Bris de la chambre froide", False)]
    assert section.view.rowHeight(0) > one_line  # room for the passage under the title

    class Recording(QPainter):
        drawn: list = []

        def drawText(self, rect, flags, text):  # noqa: N802 - Qt API
            Recording.drawn.append((text, self.font().bold()))
            super().drawText(rect, flags, text)

    delegate = section.view.itemDelegateForColumn(2)
    assert isinstance(delegate, SearchHitDelegate)
    image = QImage(600, section.view.rowHeight(0), QImage.Format.Format_ARGB32)
    painter = Recording(image)
    option = QStyleOptionViewItem()
    option.initFrom(section.view)
    option.rect = image.rect()
    delegate.paint(painter, option, index)
    painter.end()
    assert ("œuvre", True) in Recording.drawn and ("Bris de la chambre froide", False) in Recording.drawn
    assert not any(bold for text, bold in Recording.drawn if "réparation" in text)

    search.clear()
    qtbot.keyClicks(search, "de")  # both titles: arrows still move through the results
    qtbot.waitUntil(lambda: section.model.rowCount() == 2, timeout=3000)
    section.view.setFocus()
    section.select_entry(section.model.entry_at(0).id)
    QTest.keyClick(section.view, Qt.Key.Key_Down)
    assert section.view.currentIndex().row() == 1
    assert section.editor.entry.id == section.model.entry_at(1).id
    search.clear()
    qtbot.waitUntil(lambda: section.view.rowHeight(0) == one_line, timeout=3000)
