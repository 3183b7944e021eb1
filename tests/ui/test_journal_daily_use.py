"""The journal in daily use, driven with the mouse: a new entry asks for its project when all
projects are listed, an entry moves to another project from the editor, the editor never keeps an
entry the list no longer holds, and the whole section fits a small screen (1000×560)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from partage_desktop.core.journal.vocabulary import EntryFilter
from partage_desktop.platform import datadir
from partage_desktop.services.data.database import prepare
from partage_desktop.services.journal import entries as svc
from partage_desktop.services.organizations.address_book import OrganizationData, save_organization
from partage_desktop.ui import build_main_window


@pytest.fixture
def two_projects(data_dir):
    """Two projects with two entries each; the last entry written is in « Camion réfrigéré »."""
    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    own = save_organization(data, OrganizationData(legal_name="Maison de la famille", is_own=True)).id
    cuisine = save_organization(data, OrganizationData(legal_name="Cuisine collective L'Œuvre du partage")).id
    tremplin = save_organization(data, OrganizationData(legal_name="Maison des jeunes Le Tremplin")).id
    locaux = svc.save_project(data, svc.ProjectData(name="Locaux partagés", partner_ids=(own, cuisine)))
    camion = svc.save_project(data, svc.ProjectData(name="Camion réfrigéré", partner_ids=(own, tremplin)))
    entries = {}
    for project, title, day in ((locaux, "Réunion de démarrage", date(2026, 3, 2)),
                                (locaux, "Bail signé", date(2026, 3, 20)),
                                (camion, "Achat du camion", date(2026, 4, 2)),
                                (camion, "Premier trajet", date(2026, 4, 9))):
        entries[title] = svc.save_entry(data, svc.EntryData(
            project_id=project.id, title=title, entry_date=day, kind="note", body="Texte.",
            partner_ids=(cuisine,) if project is locaux else (tremplin,),
            hours=((own, 90),)))
    return data, locaux, camion, entries, {"own": own, "cuisine": cuisine, "tremplin": tremplin}


@pytest.fixture
def win(make_window, two_projects):
    return make_window()


def open_journal(win, qtbot):
    win.show_section("section:journal")
    section = win.journal
    qtbot.waitUntil(lambda: section.count.text() != "" and section.model.rowCount() > 0, timeout=5000)
    return section


def wait_list(qtbot, section, expected_rows):
    qtbot.waitUntil(lambda: section.model.rowCount() == expected_rows, timeout=5000)
    qtbot.wait(50)  # the editor follows the list once it is shown


def click_row(qtbot, section, title):
    row = next(r for r in range(section.model.rowCount()) if section.model.entry_at(r).title == title)
    index = section.model.index(row, 2)
    section.view.scrollTo(index)
    qtbot.mouseClick(section.view.viewport(), Qt.MouseButton.LeftButton, pos=section.view.visualRect(index).center())
    qtbot.waitUntil(lambda: section.editor.entry is not None and section.editor.entry.title == title, timeout=3000)


def click(qtbot, widget):
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose_in_combo(qtbot, combo: QComboBox, text: str) -> None:
    """As a person with the keyboard: focus the list, then Down/Up until the wanted choice shows."""
    target = combo.findText(text)
    assert target >= 0, text
    combo.setFocus()
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def filter_project(qtbot, section, name, rows):
    """Choose a project in the list above (which opens its page), then click the Entries tab."""
    choose_in_combo(qtbot, section.project, name)
    bar = section.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(section.tabs.indexOf(section.entries_tab)).center())
    assert section.tabs.currentWidget() is section.entries_tab
    wait_list(qtbot, section, rows)


def in_dialog(callback):
    """Run ``callback(dialog)`` once the modal dialog opened by the next action is up."""
    def attempt():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        callback(dialog)
    QTimer.singleShot(0, attempt)


def test_a_new_entry_with_all_projects_listed_asks_for_its_project_the_last_used_first(win, qtbot, two_projects):
    data, locaux, camion, _entries, _orgs = two_projects
    section = open_journal(win, qtbot)
    assert section.project.currentText() == "Tous les projets"
    asked = {}

    def answer(dialog):
        combo = dialog.findChild(QComboBox, "journal-choose-project-list")
        asked["name"], asked["default"] = dialog.objectName(), combo.currentText()
        asked["label"] = dialog.findChild(QLabel).text()
        choose_in_combo(qtbot, combo, "Locaux partagés")
        qtbot.mouseClick(dialog.findChild(QPushButton, "journal-choose-project-ok"), Qt.MouseButton.LeftButton)

    in_dialog(answer)
    click(qtbot, section.new_button)
    assert asked == {"name": "journal-choose-project", "default": "Camion réfrigéré",  # the last written in
                     "label": "Dans quel &projet de partage noter cette entrée\u00a0?"}
    editor = section.editor
    assert editor.entry.id is None and editor.entry.project_id == locaux.id
    assert editor.project.currentText() == "Locaux partagés"  # the editor shows the project
    assert [editor.partners.item(i).text() for i in range(editor.partners.count())] == \
        ["Maison de la famille", "Cuisine collective L'Œuvre du partage"]
    win.activateWindow()  # the dialog gone, the window is active again and the title has the focus
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.title, timeout=3000)
    qtbot.keyClicks(editor.title, "Visite des locaux")
    qtbot.waitUntil(lambda: editor.entry.id is not None, timeout=3000)
    assert svc.get_entry(data, editor.entry.id).project_id == locaux.id
    wait_list(qtbot, section, 5)

    shown = editor.entry.id

    def cancel(dialog):  # cancelling writes nothing and keeps the entry shown
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    in_dialog(cancel)
    click(qtbot, section.new_button)
    assert editor.entry.id == shown and editor.title.text() == "Visite des locaux"


def test_a_new_entry_for_one_chosen_project_does_not_ask(win, qtbot, two_projects):
    _data, _locaux, camion, _entries, _orgs = two_projects
    section = open_journal(win, qtbot)
    filter_project(qtbot, section, "Camion réfrigéré", 2)
    click(qtbot, section.new_button)
    assert QApplication.activeModalWidget() is None
    assert section.editor.entry.project_id == camion.id and section.editor.project.currentText() == "Camion réfrigéré"


def test_an_entry_moves_to_another_project_from_the_editor_and_is_saved_there(win, qtbot, two_projects):
    data, locaux, camion, entries, orgs = two_projects
    section = open_journal(win, qtbot)
    click_row(qtbot, section, "Bail signé")
    editor = section.editor
    assert editor.project.currentText() == "Locaux partagés"
    choose_in_combo(qtbot, editor.project, "Camion réfrigéré")
    state = editor.findChild(QLabel, "journal-save-state")
    qtbot.waitUntil(lambda: state.text().startswith("Enregistré à"), timeout=3000)
    moved = svc.get_entry(data, entries["Bail signé"].id)
    assert moved.project_id == camion.id
    # nothing named on the entry is dropped: its partner and its hours stay, now beside Camion's partners
    assert moved.partner_ids == (orgs["cuisine"],) and moved.hours == ((orgs["own"], 90),)
    names = [editor.partners.item(i).text() for i in range(editor.partners.count())]
    assert names == ["Maison de la famille", "Maison des jeunes Le Tremplin", "Cuisine collective L'Œuvre du partage"]
    # the list (all projects) shows it in its new project
    qtbot.waitUntil(lambda: section.model.entry_at(section.model.row_of(moved.id)).project == "Camion réfrigéré",
                    timeout=3000)
    assert not section.view.isColumnHidden(3)
    assert not editor.not_listed.isVisible()


def test_moved_out_of_the_project_listed_the_entry_stays_in_the_editor_flagged(win, qtbot, two_projects):
    data, locaux, camion, entries, _orgs = two_projects
    section = open_journal(win, qtbot)
    filter_project(qtbot, section, "Locaux partagés", 2)
    assert section.view.isColumnHidden(3)  # one project listed: no Project column
    click_row(qtbot, section, "Bail signé")
    editor = section.editor
    choose_in_combo(qtbot, editor.project, "Camion réfrigéré")
    wait_list(qtbot, section, 1)
    qtbot.waitUntil(lambda: editor.not_listed.isVisible(), timeout=3000)
    assert editor.entry.id == entries["Bail signé"].id  # the user is still on it
    assert "Camion réfrigéré" in editor.not_listed.text() and "pas dans la liste" in editor.not_listed.text()
    assert svc.get_entry(data, entries["Bail signé"].id).project_id == camion.id


def test_changing_the_filter_clears_the_editor_of_an_entry_no_longer_listed(win, qtbot, two_projects):
    data, locaux, camion, entries, _orgs = two_projects
    section = open_journal(win, qtbot)
    click_row(qtbot, section, "Réunion de démarrage")
    editor = section.editor
    gone = entries["Réunion de démarrage"].id
    filter_project(qtbot, section, "Camion réfrigéré", 2)
    qtbot.waitUntil(lambda: editor.entry is None or editor.entry.id != gone, timeout=3000)
    # the editor now shows nothing or an entry of the list: never the one the list left out
    assert editor.entry is None or section.model.row_of(editor.entry.id) >= 0
    if editor.trash_button.isEnabled():
        click(qtbot, editor.trash_button)
        wait_list(qtbot, section, 1)
    trashed = [r.id for r in svc.entries_page(data, EntryFilter(trashed=True), 0, 10)]
    assert gone not in trashed
    assert all(svc.get_entry(data, i).project_id == camion.id for i in trashed)


def test_a_search_that_leaves_the_open_entry_out_clears_it_too(win, qtbot, two_projects):
    _data, _locaux, _camion, entries, _orgs = two_projects
    section = open_journal(win, qtbot)
    click_row(qtbot, section, "Bail signé")
    qtbot.keyClicks(section.search, "trajet")
    wait_list(qtbot, section, 1)
    qtbot.waitUntil(lambda: section.editor.entry is None or section.editor.entry.id != entries["Bail signé"].id,
                    timeout=3000)
    assert section.editor.entry is None or section.model.row_of(section.editor.entry.id) >= 0


# --- a small screen


def fully_visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.visibleRegion().boundingRect().size() == widget.size()


def reachable(widget: QWidget) -> bool:
    """On screen whole, or inside a scroll area that can bring it there."""
    from PySide6.QtWidgets import QScrollArea

    if fully_visible(widget):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.isVisible():
            return widget.isVisibleTo(parent.widget())
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_journal_fits_a_1000_by_560_window(qtbot, data_dir, two_projects, lang):
    window = build_main_window(data_dir, lang)
    qtbot.addWidget(window)
    # The other sections are checked by their own tests: here, only what the journal needs counts.
    for name in ("section:home", "section:guides", "section:agreements", "section:organizations"):
        window.findChild(QWidget, name).setMinimumSize(1, 1)
    window.show()
    section = open_journal(window, qtbot)
    click_row(qtbot, section, "Bail signé")
    window.resize(1000, 560)
    qtbot.waitUntil(lambda: window.size().width() == 1000 and window.size().height() == 560, timeout=3000)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 560, hint
    qtbot.wait(50)

    editor = section.editor
    for button in (editor.undo_button, editor.history_button, editor.trash_button, section.new_button):
        assert fully_visible(button), button.objectName()
    for field in (editor.project, editor.title, editor.body, editor.private, editor.attachments):
        assert reachable(field), field.objectName()
    for name in ("journal-open-trash", "journal-export-pdf", "journal-export-csv"):
        assert fully_visible(section.findChild(QPushButton, name)), name
    filters = (section.project, section.search, section.kind, section.partner, section.tag,
               section.filters.date_from, section.filters.date_to)
    for tab in ("entries", "indicators"):
        for f in filters:
            if f.isVisible():  # the indicators show the period only
                assert f.sizeHint().width() <= f.width(), (tab, f.objectName(), f.currentText()
                                                           if isinstance(f, QComboBox) else "")
                assert fully_visible(f), (tab, f.objectName())
        section.tabs.setCurrentWidget(section.indicators)
        qtbot.wait(50)
    # the title column takes the room the others leave; the project column shows for all projects
    header = section.view.horizontalHeader()
    assert header.sectionResizeMode(2) == header.ResizeMode.Stretch and not section.view.isColumnHidden(3)

    choose_in_combo(qtbot, section.project, "Locaux partagés")
    section.tabs.setCurrentWidget(section.project_page)
    page = section.project_page
    qtbot.waitUntil(lambda: page.name.text() == "Locaux partagés", timeout=5000)
    qtbot.wait(50)
    for w in (page.edit_button, page.indicators_button, page.timeline):
        assert reachable(w), w.objectName()
    assert section.project.sizeHint().width() <= section.project.width()


def test_the_first_row_of_the_editor_stays_in_view_in_a_narrow_editor(qtbot, data_dir, two_projects):
    """A narrow editor puts labels above fields rather than cutting them on the right."""
    window = build_main_window(data_dir, "fr")
    qtbot.addWidget(window)
    window.show()
    section = open_journal(window, qtbot)
    click_row(qtbot, section, "Bail signé")
    editor = section.editor
    editor.resize(400, 500)
    qtbot.wait(20)
    inner = editor.scroll_area.widget()
    assert inner.width() <= editor.scroll_area.viewport().width()
    right = editor.title.mapTo(inner, QPoint(editor.title.width(), 0)).x()
    assert right <= editor.scroll_area.viewport().width()
