"""Every open screen follows what is written, wherever it is written: the wizard's own window, the
Organizations section, an exchange file imported, a service running on the worker thread
(services.changes, ui.app.changes). No screen waits to be shown again to be right."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
)
from safetydata import add_agreement, prepared

from partage_desktop.platform import datadir
from partage_desktop.services.agreements import drafts
from partage_desktop.services.data.session import close_all, session_scope
from partage_desktop.services.exchange import agreements as exchange
from partage_desktop.services.journal import entries as journal
from partage_desktop.services.organizations.address_book import OrganizationData, save_organization
from partage_desktop.ui import build_main_window
from partage_desktop.ui.app.changes import bridge
from partage_desktop.ui.safety.exchange_dialog import ImportPreviewDialog
from partage_desktop.ui.wizard.window import Page


def type_text(qtbot, widget, text):
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def win(qtbot, data_dir):
    window = build_main_window(data_dir, "fr")
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for wizard in list(window.wizards):
        wizard.close()
    window.tasks.shutdown()
    close_all()


def go_to(win, qtbot, name):
    """Click the section in the sidebar, as a person would."""
    nav = win.findChild(QListWidget, "navigation")
    row = win.section_names().index(name)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(row)).center())
    assert win.current_section() == name
    return win.findChild(object, name)


def listed_references(section) -> list[str]:
    table = section.findChild(QTableView, "agreements-list")
    model = table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_draft_saved_in_the_wizard_appears_in_the_open_agreements_list(win, qtbot, example_answers):
    section = go_to(win, qtbot, "section:agreements")
    assert listed_references(section) == []
    qtbot.mouseClick(section.findChild(QPushButton, "agreements-new"), Qt.MouseButton.LeftButton)
    [wizard] = win.wizards  # the wizard is a window of its own
    lst = wizard.findChild(QListWidget, "field:template")
    row = next(i for i in range(lst.count()) if lst.item(i).data(Qt.ItemDataRole.UserRole) == "pret-materiel")
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(lst.item(row)).center())
    qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == Page.PARTIES
    type_text(qtbot, wizard.findChild(QLineEdit, "party:1:name"), "Comptoir « Élan »")
    qtbot.waitUntil(lambda: wizard.reference is not None, timeout=5000)  # autosaved off the UI thread
    qtbot.waitUntil(lambda: listed_references(section) == [wizard.reference], timeout=5000)
    assert win.current_section() == "section:agreements"  # no switching back and forth
    assert wizard.isVisible()  # and the wizard still open
    # its later saves keep the list right: the title follows the parties
    qtbot.waitUntil(lambda: "Élan" in " ".join(
        section.model.index(r, c).data() or "" for r in range(section.model.rowCount())
        for c in range(section.model.columnCount())), timeout=5000)


def test_a_draft_saved_in_the_wizard_is_listed_on_the_open_home_screen(win, qtbot):
    assert win.current_section() == "section:home"
    recent = win.findChild(QListWidget, "home-recent")
    assert recent.isHidden()
    wizard = win.new_agreement("pret-materiel")  # e.g. a guide's "create this agreement"
    type_text(qtbot, wizard.findChild(QLineEdit, "party:1:name"), "Répit")
    qtbot.waitUntil(lambda: wizard.reference is not None, timeout=5000)
    qtbot.waitUntil(lambda: recent.isVisible() and recent.count() == 1, timeout=5000)
    assert recent.item(0).text().startswith(wizard.reference)


def test_importing_an_exchange_file_refreshes_the_open_agreements_list(win, qtbot, tmp_path, monkeypatch):
    partner = prepared(tmp_path / "partenaire")
    add_agreement(partner, "ENT-2026-0007", versions=1)
    file = tmp_path / "recu.partage"
    exchange.export_agreement(partner, "ENT-2026-0007", file, "fr")
    section = go_to(win, qtbot, "section:agreements")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)
    done = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: done.append(a[2]))
    win.findChild(object, "action:exchange-import").trigger()
    qtbot.waitUntil(lambda: listed_references(section) == ["ENT-2026-0007"], timeout=10000)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert win.current_section() == "section:agreements"
    # the home screen, hidden meanwhile, shows it as soon as it is shown again
    go_to(win, qtbot, "section:home")
    recent = win.findChild(QListWidget, "home-recent")
    assert [recent.item(i).text()[:13] for i in range(recent.count())] == ["ENT-2026-0007"]


def test_a_partner_added_in_organizations_is_offered_by_the_open_wizard(win, qtbot):
    wizard = win.new_agreement("pret-materiel")
    pick = wizard.findChild(QComboBox, "party:pick")
    assert wizard.currentId() == Page.PARTIES and not pick.isVisibleTo(wizard)  # an empty address book
    win.activateWindow()
    section = go_to(win, qtbot, "section:organizations")
    qtbot.mouseClick(section.findChild(QPushButton, "organizations-new"), Qt.MouseButton.LeftButton)
    type_text(qtbot, section.findChild(QLineEdit, "org:legal_name"), "Comptoir d'entraide Élan")
    qtbot.mouseClick(section.findChild(QPushButton, "organizations-save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pick.isVisibleTo(wizard) and pick.count() == 1, timeout=5000)
    assert pick.itemText(0) == "Comptoir d'entraide Élan"
    qtbot.mouseClick(wizard.findChild(QPushButton, "action:use-partner"), Qt.MouseButton.LeftButton)
    assert wizard.findChild(QLineEdit, "party:1:name").text() == "Comptoir d'entraide Élan"


def test_a_hidden_section_is_only_marked_stale_then_refreshed_when_shown(win, qtbot, example_answers):
    section = go_to(win, qtbot, "section:agreements")  # read once
    go_to(win, qtbot, "section:home")
    reads = []
    original = section.refresh
    section.refresh = lambda *a, **k: reads.append(1) or original(*a, **k)
    data = datadir.resolve(str(win.data.root))
    reference = drafts.create_draft(data, example_answers(), today=date(2026, 11, 22))
    drafts.save_draft(data, reference, example_answers())
    qtbot.waitUntil(lambda: win.findChild(QListWidget, "home-recent").count() == 1, timeout=5000)
    assert reads == []  # hidden: nothing read yet
    go_to(win, qtbot, "section:agreements")
    assert listed_references(section) == [reference]
    assert reads == [1]  # two saves, one refresh
    go_to(win, qtbot, "section:home")
    go_to(win, qtbot, "section:agreements")
    assert reads == [1]  # nothing changed: showing it again reads nothing


def test_a_journal_entry_written_on_another_thread_reaches_the_open_journal_on_the_gui_thread(win, qtbot):
    data = win.data
    own = save_organization(data, OrganizationData("Centre d'action bénévole", is_own=True))
    project = journal.save_project(data, journal.ProjectData(name="Cuisine partagée", partner_ids=(own.id,)))
    section = go_to(win, qtbot, "section:journal")
    qtbot.waitUntil(lambda: section.count.text() != "", timeout=5000)
    assert section.model.rowCount() == 0
    threads = []
    bridge(data).changed.connect(lambda _change: threads.append(QThread.currentThread()))

    def write() -> None:  # e.g. a self-assessment or an import on a worker thread
        journal.save_entry(data, journal.EntryData(project_id=project.id, title="Rencontre du comité",
                                                   entry_date=date(2026, 11, 22)))

    worker = threading.Thread(target=write)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=5000)
    assert section.model.entry_at(0).title == "Rencontre du comité"
    assert threads and all(thread is QApplication.instance().thread() for thread in threads)
    # and the home screen's counts, read when it is shown again
    go_to(win, qtbot, "section:home")
    assert win.home.snapshot.journal_entries == 1 and win.home.snapshot.projects == 1


def test_the_journal_editor_saving_its_own_entry_does_not_reload_the_list(win, qtbot):
    data = win.data
    project = journal.save_project(data, journal.ProjectData(name="Cuisine partagée"))
    saved = journal.save_entry(data, journal.EntryData(project_id=project.id, title="Rencontre",
                                                       entry_date=date(2026, 11, 22)))
    section = go_to(win, qtbot, "section:journal")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=5000)
    view = section.findChild(QTableView, "journal-entries")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(section.model.index(0, 2)).center())
    assert section.editor.entry is not None and section.editor.entry.id == saved.id
    reloads = []
    original = section.refresh_lists
    section.refresh_lists = lambda *a, **k: reloads.append(1) or original(*a, **k)
    type_text(qtbot, section.editor.title, " du comité")
    assert section.editor.save_now()
    qtbot.wait(50)  # the announcement's turn of the event loop
    assert reloads == []
    assert section.model.entry_at(0).title == "Rencontre du comité"
    assert view.selectionModel().isRowSelected(0)


def test_a_rolled_back_action_announces_nothing(win, qtbot):
    from partage_desktop.store.models import Organization

    with qtbot.assertNotEmitted(bridge(win.data).changed, wait=100), pytest.raises(RuntimeError), \
            session_scope(win.data) as session:
        session.add(Organization(legal_name="Jamais écrite"))
        session.flush()
        raise RuntimeError("the action failed")


def test_the_demo_data_removed_refreshes_every_open_screen(win, qtbot, monkeypatch):
    data = win.data
    from partage_desktop.services.demo.sample import create_demo

    create_demo(data, entries=5, lang="fr")
    agreements = go_to(win, qtbot, "section:agreements")
    assert listed_references(agreements)
    organizations = go_to(win, qtbot, "section:organizations")
    assert organizations.findChild(QListWidget, "organizations-list").count()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr("partage_desktop.ui.app.demo_actions._ask", lambda *a, **k: True)
    win.findChild(object, "action:remove-demo").trigger()
    qtbot.waitUntil(lambda: organizations.findChild(QListWidget, "organizations-list").count() == 0, timeout=20000)
    go_to(win, qtbot, "section:agreements")
    assert listed_references(agreements) == []


def test_a_closed_screen_no_longer_follows(qtbot, data_dir):
    from PySide6.QtWidgets import QWidget

    from partage_desktop.services import changes
    from partage_desktop.ui.app.changes import follow

    data = prepared(data_dir)
    heard = []
    view = QWidget()
    follow(view, data, (changes.AGREEMENTS,), heard.append)
    view.show()
    changes.announce(data, changes.AGREEMENTS)
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=2000)
    view.deleteLater()
    qtbot.wait(10)
    with qtbot.waitSignal(bridge(data).changed, timeout=2000):
        changes.announce(data, changes.AGREEMENTS)  # no call into the deleted screen
    assert len(heard) == 1
