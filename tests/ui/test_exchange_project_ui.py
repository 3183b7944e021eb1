"""File → Send to a partner… offers a project too; File → Import previews a project's file."""

from __future__ import annotations

import sqlite3
from datetime import date
from urllib.parse import unquote

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from safetydata import prepared

from partage_desktop.services.exchange.project import export_project, read_project_exchange
from partage_desktop.services.journal import entries as svc
from partage_desktop.ui.safety.exchange_dialog import ImportPreviewDialog, SendDialog


def a_project(data):
    project = svc.save_project(data, svc.ProjectData(name="Cuisine collective"))
    svc.save_entry(data, svc.EntryData(project_id=project.id, title="Réunion", entry_date=date(2026, 3, 2)))
    svc.save_entry(data, svc.EntryData(project_id=project.id, title="Secret", entry_date=date(2026, 3, 3),
                                       private=True))
    return project


def test_send_a_project_saves_its_file_and_prepares_an_email(window, qtbot, tmp_path, monkeypatch):
    a_project(window.data)
    target = tmp_path / "pour-le-partenaire"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told, opened, sent = [], [], []

    def message(box):
        told.append(box.text())
        [mail] = [b for b in box.buttons() if "courriel" in b.text()]  # "Write an email"
        mail.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", message)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    def drive(dialog):
        assert dialog.list.topLevelItemCount() == 0  # no agreement: the project tab is shown
        assert dialog.tabs.currentIndex() == 1
        row = dialog.project_list.topLevelItem(0)
        assert [row.text(i) for i in range(4)] == ["Cuisine collective", "1", "1", "0"]
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10000)
        sent.append(dialog.saved)
        return 1

    monkeypatch.setattr(SendDialog, "exec", drive)
    window.findChild(QAction, "action:exchange-export").trigger()
    qtbot.waitUntil(lambda: bool(sent), timeout=10000)
    assert sent[0].name == "pour-le-partenaire.partage"
    assert "1 entrée privée reste sur cet ordinateur" in told[0].replace("\u00a0", " ")
    incoming = read_project_exchange(sent[0], "fr")
    assert [e["title"] for e in incoming.doc["entries"]] == ["Réunion"]
    url = QUrl(opened[0])
    assert url.scheme() == "mailto" and "Cuisine collective" in unquote(url.query())


def test_without_a_mail_program_the_user_is_told_what_to_do(qtbot, data_dir, monkeypatch, tmp_path):
    from partage_desktop.platform.datadir import resolve
    from partage_desktop.ui.widgets.tasks import TaskRunner

    dialog = SendDialog(resolve(str(data_dir)), "fr", TaskRunner(), [], projects=[])
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    dialog.write_email(tmp_path / "x.partage", {"project": "Cuisine", "entries": 1, "agreements": 0,
                                                "private_left_out": 0})
    assert "Aucun logiciel de courriel n'est configuré" in told[0] and "x.partage" in told[0]


def test_import_a_project_shows_its_preview_then_imports(window, qtbot, tmp_path, monkeypatch):
    partner = prepared(tmp_path / "partenaire")
    project = a_project(partner)
    file = tmp_path / "recu.partage"
    export_project(partner, project.id, file, "fr")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    previews, done = [], []

    def confirm(dialog):
        previews.append(dialog.preview.toPlainText())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", confirm)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: done.append(a[2]))
    window.findChild(QAction, "action:exchange-import").trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert "ajout du projet" in previews[0] and "1 entrée de journal" in previews[0]
    con = sqlite3.connect(window.data.database)
    assert con.execute("SELECT title FROM journal_entry").fetchall() == [("Réunion",)]
    con.close()
