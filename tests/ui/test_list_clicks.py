"""Every list and table of the app answers a mouse click on its rows: the details and the actions
follow the row clicked (a slot on the current row alone used to see no selection yet), and a
double click opens what the list offers to open."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget

from partage_desktop.platform import datadir
from partage_desktop.services.data.database import prepare


def click(qtbot, view: QAbstractItemView, index, double: bool = False) -> None:
    view.scrollTo(index)
    pos = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def click_item(qtbot, widget, item, double: bool = False) -> None:
    index = widget.indexFromItem(item) if isinstance(widget, QListWidget) else widget.indexFromItem(item, 0)
    click(qtbot, widget, index, double)


@pytest.fixture
def window(make_window):
    return partial(make_window, size=(1024, 600))


def row_of(section, reference):
    for row in range(section.proxy.rowCount()):
        if section.proxy.index(row, 0).data() == reference:
            return section.proxy.index(row, 1)
    raise AssertionError(reference)


def test_agreements_a_mouse_click_selects_the_row_and_its_actions(window, qtbot, two_agreements):
    data, loan, premises = two_agreements
    win = window()
    win.show_section("section:agreements")
    section = win.agreements
    qtbot.waitUntil(lambda: section.proxy.rowCount() == 2)
    first = section.current_reference()
    other = loan if first == premises else premises
    click(qtbot, section.table, row_of(section, other))
    assert section.current_reference() == other
    assert section.details_title.text().startswith(other)
    assert section.buttons["agreement:open"].isEnabled()
    assert section.export_action.isEnabled() and section.print_action.isEnabled()
    if other == premises:
        assert section.buttons["agreement:sign"].isEnabled()
        assert section.buttons["agreement:resolutions"].isEnabled()
    click(qtbot, section.table, row_of(section, first))
    assert section.details_title.text().startswith(first)
    click(qtbot, section.table, row_of(section, premises))
    assert section.buttons["agreement:sign"].isEnabled() and section.buttons["agreement:resolutions"].isEnabled()
    assert section.versions.count() == 1


def test_agreements_a_double_click_on_a_draft_opens_it_in_the_wizard(window, qtbot, two_agreements):
    data, loan, premises = two_agreements
    win = window()
    win.show_section("section:agreements")
    section = win.agreements
    qtbot.waitUntil(lambda: section.proxy.rowCount() == 2)
    section.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the loan is not the row selected at load
    section.table.selectRow(0)
    with qtbot.waitSignal(section.open_in_wizard) as opened:
        click(qtbot, section.table, row_of(section, loan), double=True)
    assert opened.args == [loan]
    assert [w.reference for w in win.wizards] == [loan]
    win.wizards[0].close()


def test_agreements_a_click_on_a_version_chooses_it(window, qtbot, two_agreements):
    from safetydata import add_agreement

    data, loan, premises = two_agreements
    add_agreement(data, "ENT-2026-0042", versions=2)
    win = window()
    win.show_section("section:agreements")
    section = win.agreements
    qtbot.waitUntil(lambda: section.proxy.rowCount() == 3)
    click(qtbot, section.table, row_of(section, "ENT-2026-0042"))
    versions = section.versions
    assert versions.count() == 2 and section.selected_version() == 2  # the latest, to begin with
    click_item(qtbot, versions, versions.item(0))
    assert section.selected_version() == 1


def test_organizations_a_click_shows_that_organization(window, qtbot, data_dir):
    from partage_desktop.services.organizations.address_book import (
        OrganizationData,
        save_organization,
    )

    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    save_organization(data, OrganizationData(legal_name="Maison de la famille", is_own=True))
    save_organization(data, OrganizationData(legal_name="Cuisine collective"))
    win = window()
    win.show_section("section:organizations")
    section = win.findChild(object, "section:organizations")
    qtbot.waitUntil(lambda: section.list.count() == 2)
    for row in (1, 0, 1):
        item = section.list.item(row)
        click_item(qtbot, section.list, item)
        name = section.findChild(object, "org:legal_name").text()
        assert item.text().startswith(name) and section.list.currentItem() is item


def test_guides_a_click_in_the_contents_and_in_the_results_opens_the_article(window, qtbot, data_dir):
    win = window()
    win.show_section("section:guides")
    guides = win.guides
    qtbot.waitUntil(lambda: guides.tree.topLevelItemCount() > 0)
    theme = guides.tree.topLevelItem(1)
    theme.setExpanded(True)
    article = theme.child(0)
    click_item(qtbot, guides.tree, article)
    assert guides.history[guides.position] == article.data(0, Qt.ItemDataRole.UserRole)
    qtbot.keyClicks(guides.search, "camion")
    qtbot.waitUntil(lambda: guides.left_stack.currentWidget() is guides.results and guides.results.count() > 1)
    second = guides.results.item(1)
    click_item(qtbot, guides.results, second)
    assert guides.history[guides.position] == second.data(Qt.ItemDataRole.UserRole)


@pytest.fixture
def journal_data(data_dir):
    from partage_desktop.services.journal import entries as svc
    from partage_desktop.services.organizations.address_book import (
        OrganizationData,
        save_organization,
    )

    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    own = save_organization(data, OrganizationData(legal_name="Maison de la famille", is_own=True)).id
    project = svc.save_project(data, svc.ProjectData(
        name="Camion partagé", purpose="Livrer ensemble.", resource_kind="material",
        continuum_position="mutualisation", stage="running", start_date=date(2026, 3, 1), partner_ids=(own,)))
    entries = [svc.save_entry(data, svc.EntryData(project_id=project.id, title=title, entry_date=day, kind="note"))
               for title, day in (("Première rencontre", date(2026, 3, 2)), ("Choix du garage", date(2026, 3, 9)),
                                  ("Premier trajet", date(2026, 3, 20)))]
    return data, project, entries


def test_journal_a_click_on_an_entry_opens_it_in_the_editor(window, qtbot, journal_data):
    data, project, entries = journal_data
    win = window()
    win.show_section("section:journal")
    section = win.journal
    view = section.view
    tab = next(i for i in range(section.tabs.count()) if section.tabs.widget(i).isAncestorOf(view))
    section.tabs.setCurrentIndex(tab)
    qtbot.waitUntil(lambda: view.model().rowCount() == 3)
    for row in (2, 0, 1):
        index = view.model().index(row, 2)
        click(qtbot, view, index)
        assert section.editor.entry is not None
        assert section.findChild(object, "journal-title").text() == view.model().entry_at(row).title


def test_journal_trash_and_revisions_follow_the_row_clicked(window, qtbot, journal_data):
    from partage_desktop.services.journal import entries as svc
    from partage_desktop.ui.journal.dialogs import TrashDialog

    data, project, entries = journal_data
    for entry in entries[:2]:
        svc.trash_entry(data, entry.id)
    win = window()
    dialog = TrashDialog(data, "fr", win)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 2
    second = dialog.list.item(1)
    title = second.text()
    click_item(qtbot, dialog.list, second)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 1 and dialog.list.item(0).text() != title


def test_backups_a_click_enables_restore_and_a_double_click_asks_to_restore_that_one(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    from safetydata import add_rows

    from partage_desktop.services.safety import backup
    from partage_desktop.ui.safety.backup_dialog import RestoreDialog

    win = window()
    add_rows(win.data, agreements=1)
    backup.make_backup(win.data, "fr", thin_folder=False)
    add_rows(win.data, agreements=2, tag="n")
    backup.make_backup(win.data, "fr", thin_folder=False)
    dialog = RestoreDialog(win.data, "fr", win.tasks, lambda: None, win)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.clearSelection()
    assert not dialog.restore_button.isEnabled()
    older = dialog.list.topLevelItem(1)
    click_item(qtbot, dialog.list, older)
    assert dialog.restore_button.isEnabled() and dialog.selected() is dialog.backups[1]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel)
    click_item(qtbot, dialog.list, older, double=True)
    assert len(asked) == 1


def test_send_dialog_a_click_on_an_agreement_enables_saving(window, qtbot):
    from safetydata import add_agreement

    from partage_desktop.services.agreements.listing import list_agreements
    from partage_desktop.ui.safety.exchange_dialog import SendDialog

    win = window()
    add_agreement(win.data, "ENT-2026-0042", versions=1)
    add_agreement(win.data, "ENT-2026-0043", versions=1)
    dialog = SendDialog(win.data, "fr", win.tasks, list_agreements(win.data), win)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.clearSelection()
    assert not dialog.save_button.isEnabled()
    item = dialog.list.topLevelItem(1)
    click_item(qtbot, dialog.list, item)
    assert dialog.save_button.isEnabled() and dialog.list.currentItem() is item


def test_journal_attachments_a_click_chooses_the_file_and_a_double_click_opens_it(window, qtbot, journal_data,
                                                                                  tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from partage_desktop.services.journal.attachments import add_attachment

    data, project, entries = journal_data
    for name in ("Procès-verbal.pdf", "Facture.pdf"):
        source = tmp_path / name
        source.write_bytes(b"%PDF-1.4 " + name.encode())
        add_attachment(data, entries[0].id, source)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    win = window()
    win.show_section("section:journal")
    section = win.journal
    view = section.view
    section.tabs.setCurrentIndex(next(i for i in range(section.tabs.count())
                                      if section.tabs.widget(i).isAncestorOf(view)))
    qtbot.waitUntil(lambda: view.model().rowCount() == 3)
    row = next(r for r in range(3) if view.model().entry_at(r).id == entries[0].id)
    click(qtbot, view, view.model().index(row, 2))
    box = section.editor.attachments
    assert box.list.count() == 2
    box.list.setCurrentItem(None)
    item = next(box.list.item(i) for i in range(2) if box.list.item(i).text() == "Facture.pdf")
    click_item(qtbot, box.list, item)
    assert box.remove_button.isEnabled() and box.list.currentItem() is item
    click_item(qtbot, box.list, item, double=True)
    assert len(opened) == 1 and Path(opened[0]).read_bytes() == b"%PDF-1.4 Facture.pdf"


def test_journal_revisions_a_click_shows_that_version(window, qtbot, journal_data):
    from dataclasses import replace

    from partage_desktop.services.journal import entries as svc
    from partage_desktop.ui.journal.dialogs import RevisionsDialog

    data, project, entries = journal_data
    entry = entries[0]
    for body in ("Premier texte", "Deuxième texte", "Troisième texte"):
        entry = svc.save_entry(data, replace(entry, body=body), new_revision=True)
    win = window()
    dialog = RevisionsDialog(data, "fr", entry.id, win)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() >= 2
    for row in (dialog.list.count() - 1, 0):
        item = dialog.list.item(row)
        click_item(qtbot, dialog.list, item)
        assert dialog.preview.toPlainText() == item.data(Qt.ItemDataRole.UserRole).body


def test_wizard_a_click_on_a_kind_of_agreement_chooses_it(window, qtbot, data_dir):
    win = window()
    wizard = win.new_agreement()
    page = wizard.currentPage()
    kinds = page.list
    for row in (2, 0):
        item = kinds.item(row)
        click_item(qtbot, kinds, item)
        assert wizard.answers["template"] == item.data(Qt.ItemDataRole.UserRole)
    wizard.close()
