"""Saving from the windows goes through the same guard as ``--out``: the save dialog may ask
"replace?", but one of the data folder's own files is refused whatever it asked, with a message
saying why, and the dialog opens again; a name that gets its extension added after the dialog is
replaced only after asking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from safetydata import add_agreement, add_rows, counts, prepared

from partage_desktop.ui.safety.exchange_dialog import SendDialog


@pytest.fixture
def window(make_window, data_dir):
    add_rows(prepared(data_dir), agreements=2, projects=1, entries=3)
    return make_window()


class Dialogs:
    """The save dialog answers in turn (then cancels); message boxes are recorded."""

    def __init__(self, monkeypatch, answers):
        self.answers = list(answers)
        self.boxes: list[tuple[str, str]] = []
        self.questions: list[str] = []
        self.reply = QMessageBox.StandardButton.No
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: self.save())
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.show(box))
        monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *a, **k: self.ask(text))

    def save(self):
        return (str(self.answers.pop(0)), "") if self.answers else ("", "")

    def show(self, box):
        self.boxes.append((box.objectName(), box.text()))
        return 0

    def ask(self, text):
        self.questions.append(text)
        return self.reply


def _journal_export(window, qtbot):
    window.show_section("section:journal")
    section = window.findChild(object, "section:journal")
    qtbot.waitUntil(lambda: section.count.text() != "", timeout=5000)
    button = section.findChild(QPushButton, "journal-export-csv")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return section


def test_the_database_is_refused_as_a_journal_export_and_the_dialog_opens_again(window, qtbot, monkeypatch,
                                                                               tmp_path):
    data = window.data
    before = counts(data)
    chosen = tmp_path / "journal.csv"
    dialogs = Dialogs(monkeypatch, [data.database, data.root / "pieces-jointes" / "x.csv", chosen])
    section = _journal_export(window, qtbot)
    qtbot.waitUntil(lambda: chosen.exists(), timeout=10000)
    refused = [text for name, text in dialogs.boxes if name == "save-refused"]
    assert len(refused) == 2
    assert "fichiers de Partage" in refused[0] and str(data.database) in refused[0]
    assert "rien n'a été écrit" in refused[0]
    assert not dialogs.answers  # asked three times: twice refused, then saved
    qtbot.waitUntil(lambda: section.status.text().startswith("Enregistré"), timeout=5000)
    assert counts(data) == before and data.database.read_bytes()[:15] == b"SQLite format 3"
    assert not (data.attachments / "x.csv").exists()


def test_a_symlink_to_the_settings_is_refused(window, qtbot, monkeypatch, tmp_path):
    data = window.data
    data.settings_file.write_text('{"lang": "fr"}', "utf-8")
    link = tmp_path / "journal.csv"
    link.symlink_to(data.settings_file)
    dialogs = Dialogs(monkeypatch, [link])
    _journal_export(window, qtbot)
    qtbot.waitUntil(lambda: bool(dialogs.boxes), timeout=5000)
    assert dialogs.boxes[0][0] == "save-refused"
    assert data.settings_file.read_text("utf-8") == '{"lang": "fr"}'


def test_an_added_extension_that_names_an_existing_file_is_replaced_only_after_asking(window, qtbot,
                                                                                    monkeypatch, tmp_path):
    existing = tmp_path / "bilan.csv"
    existing.write_text("le travail de la semaine", "utf-8")
    dialogs = Dialogs(monkeypatch, [tmp_path / "bilan"])  # the dialog asked about "bilan", not "bilan.csv"
    _journal_export(window, qtbot)
    qtbot.waitUntil(lambda: bool(dialogs.questions), timeout=5000)
    assert str(existing) in dialogs.questions[0] and "Le remplacer" in dialogs.questions[0]
    qtbot.wait(200)
    assert existing.read_text("utf-8") == "le travail de la semaine"
    dialogs.answers, dialogs.reply = [tmp_path / "bilan"], QMessageBox.StandardButton.Yes
    section = _journal_export(window, qtbot)
    qtbot.waitUntil(lambda: section.status.text().startswith("Enregistré"), timeout=10000)
    assert existing.read_text("utf-8-sig").startswith("N°;Date;Projet")


def test_an_exchange_file_cannot_replace_a_backup(window, qtbot, monkeypatch):
    data = window.data
    add_agreement(data, "ENT-2026-0042", versions=1)
    from partage_desktop.services.safety import backup

    made = backup.make_backup(data, "fr")
    original = made.path.read_bytes()
    dialogs = Dialogs(monkeypatch, [made.path])

    def drive(dialog):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return 0

    monkeypatch.setattr(SendDialog, "exec", drive)
    window.findChild(QAction, "action:exchange-export").trigger()
    qtbot.waitUntil(lambda: bool(dialogs.boxes), timeout=5000)
    assert dialogs.boxes[0][0] == "save-refused"
    assert made.path.read_bytes() == original
