"""The Journal's project page, driven as a user would: a project with partners, a linked agreement,
entries of several kinds and an attached file; its identity, figures, timeline and documents; a
timeline item opening its entry; documents opening (and a missing file explained)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest

from partage_desktop.core.journal.vocabulary import EntryRow
from partage_desktop.platform import datadir
from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import versions as agreement_versions
from partage_desktop.services.data.database import prepare
from partage_desktop.services.journal import entries as svc
from partage_desktop.services.journal.attachments import add_attachment
from partage_desktop.services.organizations.address_book import OrganizationData, save_organization
from partage_desktop.ui import build_main_window
from partage_desktop.ui.journal.project_timeline import PAGE, ProjectTimelineModel


@pytest.fixture
def project(data_dir, tmp_path, example_answers):
    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    own = save_organization(data, OrganizationData(legal_name="Maison de la famille", is_own=True)).id
    other = save_organization(data, OrganizationData(legal_name="Cuisine L'Œuvre")).id
    reference = drafts.create_draft(data, example_answers("pret-materiel"), today=date(2026, 3, 1))
    version = agreement_versions.export_version(data, reference, "fr")
    [choice] = svc.agreement_choices(data)
    project = svc.save_project(data, svc.ProjectData(
        name="Camion réfrigéré partagé", purpose="Livrer les denrées fraîches ensemble.", resource_kind="material",
        continuum_position="mutualisation", stage="running", start_date=date(2026, 3, 1),
        partner_ids=(own, other), agreement_ids=(choice.id,)))
    entries = {}
    for kind, title, day, extra in (
            ("meeting", "Réunion de démarrage", date(2026, 3, 2), dict(hours=((own, 150),))),
            ("decision", "Choix du garage", date(2026, 3, 20), dict(money_cents=50000, money_kind="saved")),
            ("milestone", "Premier trajet", date(2026, 4, 1), dict(money_cents=12000, money_kind="spent")),
            ("note", "Idée pour l'hiver", date(2026, 4, 15), {})):
        entries[kind] = svc.save_entry(data, svc.EntryData(project_id=project.id, title=title, entry_date=day,
                                                           kind=kind, **extra))
    source = tmp_path / "Procès-verbal.pdf"
    source.write_bytes(b"%PDF-1.4 contenu")
    attached = add_attachment(data, entries["meeting"].id, source)
    return data, project, reference, version, entries, attached


def open_page(qtbot, data, lang="fr"):
    win = build_main_window(data.root, lang)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.show_section("section:journal")
    section = win.journal
    qtbot.waitUntil(lambda: section.project.count() > 1, timeout=5000)
    section.project.setFocus()
    QTest.keyClick(section.project, Qt.Key.Key_Down)  # the user chooses the project
    page = section.project_page
    qtbot.waitUntil(lambda: section.tabs.currentWidget() is page and page.overview is not None, timeout=5000)
    return win, section, page


def double_click(qtbot, tree, item):
    pos = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)  # a double click starts with a press
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def rect_of(view, row):
    index = view.model().index(row, 2)
    view.scrollTo(index)
    return view.visualRect(index).center()


def test_the_page_shows_identity_figures_timeline_and_documents(qtbot, project):
    data, p, reference, version, entries, _attached = project
    win, section, page = open_page(qtbot, data)
    assert section.tabs.indexOf(page) == 0 and section.tabs.tabText(0) == "Pro&jet"
    assert not section.filters.isVisible()  # the filters act on the entry list, not on this page
    assert page.name.text() == "Camion réfrigéré partagé"
    facts = {k: v.text() for k, v in page.facts.items()}
    assert facts == {"stage": "En cours", "resource": "Équipement et matériel", "continuum": "Mutualisation",
                     "start": "1er mars 2026", "partners": "Cuisine L'Œuvre, Maison de la famille",
                     "purpose": "Livrer les denrées fraîches ensemble."}
    figures = {k: v.text() for k, v in page.figures.items()}
    assert "Heures investies" in figures["hours"] and "2,5 h" in figures["hours"]
    assert "500,00\u00a0$" in figures["saved"] and "120,00\u00a0$" in figures["spent"]
    assert "Bénéfice net" in figures["net"] and "380,00\u00a0$" in figures["net"]
    assert page.entry_count.text() == "4 entrées"

    model = page.timeline_model
    shown = [(model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data())
             for r in range(model.rowCount())]
    assert shown == [("Avril 2026", None, None), ("15 avril", "Note", "Idée pour l'hiver"),
                     ("1er avril", "Jalon", "Premier trajet"), ("Mars 2026", None, None),
                     ("20 mars", "Décision", "Choix du garage"), ("2 mars", "Réunion", "Réunion de démarrage")]
    bold = [bool(model.index(r, 2).data(Qt.ItemDataRole.FontRole) and
                 model.index(r, 2).data(Qt.ItemDataRole.FontRole).bold()) for r in range(model.rowCount())]
    assert bold == [True, False, True, True, True, False]  # month headings, milestones and decisions
    assert model.index(2, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, 2).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(2, 1).data(Qt.ItemDataRole.DecorationRole) is not None  # the kind's icon
    assert model.flags(model.index(0, 0)) == Qt.ItemFlag.NoItemFlags  # month headings are not items
    assert page.timeline.columnSpan(0, 0) == 3 and page.timeline.columnSpan(1, 0) == 1

    [agreement] = [page.documents.agreements.topLevelItem(i) for i in range(page.documents.agreements.topLevelItemCount())]
    assert [agreement.text(c) for c in range(5)] == [reference, agreement.text(1), "Prête à signer", "1",
                                                     version.fingerprint]
    assert agreement.text(1)  # the agreement's title
    [file] = [page.documents.files.topLevelItem(i) for i in range(page.documents.files.topLevelItemCount())]
    assert [file.text(c) for c in range(3)] == ["Procès-verbal.pdf", "Réunion de démarrage", "2 mars 2026"]
    assert not page.documents.agreements_empty.isVisible() and not page.documents.files_empty.isVisible()


def test_clicking_or_pressing_enter_on_a_timeline_item_opens_the_entry(qtbot, project):
    data, _p, _ref, _v, entries, _a = project
    win, section, page = open_page(qtbot, data)
    view = page.timeline
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect_of(view, 2))
    assert section.tabs.currentWidget() is section.entries_tab
    qtbot.waitUntil(lambda: section.editor.entry is not None and section.editor.entry.id == entries["milestone"].id)
    assert section.model.entry_at(section.view.currentIndex().row()).id == entries["milestone"].id

    section.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.timeline_model.rowCount() == 6)
    view.setFocus()
    view.setCurrentIndex(page.timeline_model.index(4, 0))
    QTest.keyClick(view, Qt.Key.Key_Down)  # from the decision to the meeting, past nothing
    assert view.currentIndex().row() == 5
    QTest.keyClick(view, Qt.Key.Key_Up)
    QTest.keyClick(view, Qt.Key.Key_Up)  # the "Mars 2026" heading is skipped
    assert view.currentIndex().row() == 2
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert section.tabs.currentWidget() is section.entries_tab
    assert section.editor.entry.id == entries["milestone"].id
    assert section.editor.title.text() == "Premier trajet"


def test_an_entry_the_filters_hide_still_opens_in_the_editor(qtbot, project):
    data, _p, _ref, _v, entries, _a = project
    win, section, page = open_page(qtbot, data)
    section.tabs.setCurrentWidget(section.entries_tab)
    section.kind.setCurrentIndex(section.kind.findData("note"))
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    section.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.timeline_model.rowCount() == 6)
    page.timeline.setFocus()
    page.timeline.setCurrentIndex(page.timeline_model.index(5, 0))
    QTest.keyClick(page.timeline, Qt.Key.Key_Enter)
    assert section.editor.entry.id == entries["meeting"].id
    assert section.editor.title.text() == "Réunion de démarrage"
    flag = section.editor.not_listed  # the user is told it is not in the list beside it
    assert flag.isVisible() and "pas dans la liste" in flag.text() and "Camion réfrigéré partagé" in flag.text()
    qtbot.mouseClick(section.view.viewport(), Qt.MouseButton.LeftButton, pos=rect_of(section.view, 0))
    qtbot.waitUntil(lambda: section.editor.entry.id != entries["meeting"].id)
    assert not flag.isVisible()  # an entry of the list: no flag


def test_documents_open_and_a_missing_file_is_explained(qtbot, project, monkeypatch):
    data, _p, reference, version, _e, attached = project
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(QUrl(url).toLocalFile()) or True)
    win, section, page = open_page(qtbot, data)
    files = page.documents.files
    item = files.topLevelItem(0)
    double_click(qtbot, files, item)
    assert opened == [str(data.attachments / attached.stored_name)]
    (data.attachments / attached.stored_name).unlink()
    files.setFocus()
    files.setCurrentItem(item)
    QTest.keyClick(files, Qt.Key.Key_Return)
    assert len(opened) == 1 and page.documents.message.isVisible()
    assert "Le fichier « Procès-verbal.pdf » est introuvable" in page.documents.message.text().replace("\u00a0", " ")
    assert "Restaurez une sauvegarde" in page.documents.message.text()

    agreements = page.documents.agreements
    row = agreements.topLevelItem(0)
    double_click(qtbot, agreements, row)
    assert win.current_section() == "section:agreements" and win.agreements.current_reference() == reference

    page.documents.open_agreement = None  # the page alone (no main window to go to): the PDF opens
    win.show_section("section:journal")
    agreements.setFocus()
    agreements.setCurrentItem(row)
    QTest.keyClick(agreements, Qt.Key.Key_Return)
    assert opened[-1].endswith(f"{reference}-v1.pdf")
    with open(opened[-1], "rb") as pdf:
        assert pdf.read() == version.pdf


def test_empty_states_teach_and_no_project_shows_the_hint(qtbot, data_dir):
    data = datadir.resolve(str(data_dir))
    prepare(data, "en")
    svc.save_project(data, svc.ProjectData(name="Shared premises"))
    win, section, page = open_page(qtbot, data, "en")
    assert page.timeline_empty.isVisible()
    assert page.timeline_empty.text() == "No entry yet — write the first one in the Entries tab."
    assert page.documents.agreements_empty.isVisible() and "Edit details…" in page.documents.agreements_empty.text()
    assert page.documents.files_empty.isVisible() and "Attach a file…" in page.documents.files_empty.text()
    assert page.facts["purpose"].text().startswith("No purpose written yet")
    assert page.facts["resource"].text() == "(not decided)"
    assert "$0.00" in page.figures["net"].text()
    qtbot.mouseClick(page.first_entry_button, Qt.MouseButton.LeftButton)
    assert section.tabs.currentWidget() is section.entries_tab and section.editor.entry is not None
    section.tabs.setCurrentWidget(page)
    section.project.setCurrentIndex(0)  # All projects
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.hint)
    assert page.hint.text().startswith("Choose a project")


def test_edit_details_opens_the_project_dialog_and_the_page_follows(qtbot, project, monkeypatch):
    from partage_desktop.ui.journal import dialogs as journal_dialogs

    data, p, *_ = project
    win, section, page = open_page(qtbot, data)

    def renamed(dialog):
        dialog.saved = svc.save_project(data, replace(svc.get_project(data, p.id), name="Camion partagé"))
        return True

    monkeypatch.setattr(journal_dialogs.ProjectDialog, "exec", renamed)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.name.text() == "Camion partagé", timeout=5000)


def _rows(n, start=date(2026, 6, 30)):
    return [EntryRow(i + 1, start - timedelta(days=i // 4), "note", f"Entrée {i}", "", 1, "P", "", None, None,
                     None, 0.0) for i in range(n)]


def test_the_timeline_model_fetches_page_by_page_and_never_repeats_a_month(qtmodeltester):
    rows = _rows(PAGE * 2 + 30)
    calls = []

    def load(project_id, limit, after):
        calls.append(after.id if after else None)
        start = 0 if after is None else next(i for i, r in enumerate(rows) if r.id == after.id) + 1
        return rows[start:start + limit]

    model = ProjectTimelineModel("fr", load)
    model.reset(1, load(1, PAGE, None))
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert calls == [None, rows[PAGE - 1].id, rows[2 * PAGE - 1].id]
    assert model.entry_rows() == len(rows)
    months = [model.index(r, 0).data() for r in range(model.rowCount()) if model.is_month(r)]
    assert len(months) == len(set(months)) == len({r.entry_date.strftime("%Y-%m") for r in rows})
    assert months[0] == "Juin 2026"


def test_an_old_entry_far_down_a_long_timeline_opens_selected_in_the_entry_list(qtbot, data_dir):
    from partage_desktop.core.journal.vocabulary import EntryFilter
    from partage_desktop.services.demo.sample import create_demo

    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    create_demo(data, 1200, "fr")
    win, section, page = open_page(qtbot, data)  # the first project in the list, by name
    project_id = section.current_project_id()
    assert svc.count_entries(data, EntryFilter(project_id=project_id)) >= 2 * PAGE
    model = page.timeline_model
    assert model.entry_rows() == PAGE  # read lazily: one page so far
    while model.canFetchMore():
        model.fetchMore()
    oldest_row = model.rowCount() - 1
    oldest = model.entry_at(oldest_row)
    page.timeline.setFocus()
    page.timeline.setCurrentIndex(model.index(oldest_row, 0))
    QTest.keyClick(page.timeline, Qt.Key.Key_Return)
    assert section.tabs.currentWidget() is section.entries_tab
    assert section.editor.entry.id == oldest.id
    assert section.model.entry_at(section.view.currentIndex().row()).id == oldest.id
