"""A .partage file double-clicked on the desktop: the app opens and previews it for import."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from safetydata import add_agreement, prepared

from partage_desktop.cli.main import main
from partage_desktop.platform import datadir
from partage_desktop.platform.opened_file import split_opened_file
from partage_desktop.services.data.session import close_all
from partage_desktop.services.exchange import agreements as exchange
from partage_desktop.ui import build_main_window
from partage_desktop.ui.app import startup
from partage_desktop.ui.safety.exchange_dialog import ImportPreviewDialog, start_import


@pytest.fixture
def exchange_file(tmp_path):
    partner = prepared(tmp_path / "partenaire")
    add_agreement(partner, "ENT-2026-0011", versions=1)
    file = tmp_path / "Reçu du partenaire.partage"
    exchange.export_agreement(partner, "ENT-2026-0011", file, "fr")
    close_all()
    return file


def test_only_an_existing_exchange_file_alone_is_taken_as_a_file_to_open(exchange_file, tmp_path):
    assert split_opened_file([str(exchange_file)]) == ([], exchange_file.absolute())
    assert split_opened_file(["templates", "list"]) == (["templates", "list"], None)
    missing = [str(tmp_path / "absent.partage")]
    assert split_opened_file(missing) == (missing, None)
    assert split_opened_file(["--lang", "en", str(exchange_file)])[1] is None


def test_the_command_line_opens_the_app_with_the_file(exchange_file, data_dir, monkeypatch):
    seen = {}

    def fake_gui(data, lang, smoke=False, screenshot=None, started=0.0, open_file=None):
        seen.update(data=data.root, open_file=open_file)
        return 0

    monkeypatch.setattr(startup, "run_gui", fake_gui)
    monkeypatch.setenv(datadir.ENV_VAR, str(data_dir))
    assert main([str(exchange_file)]) == 0
    assert seen == {"data": data_dir.absolute(), "open_file": exchange_file.absolute()}


def test_the_given_file_is_previewed_without_asking_for_a_file(exchange_file, qtbot, data_dir, monkeypatch):
    window = build_main_window(data_dir, "fr")
    qtbot.addWidget(window)
    window.show()

    def no_dialog(*_args, **_kwargs):
        raise AssertionError("the file was given: no file dialog")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", no_dialog)
    previews, done = [], []

    def confirm(dialog):
        previews.append(dialog.preview.toPlainText())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", confirm)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: done.append(a[2]))
    start_import(window, exchange_file)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert "ENT-2026-0011" in previews[0]
    con = sqlite3.connect(window.data.database)
    assert con.execute("SELECT reference FROM agreement").fetchall() == [("ENT-2026-0011",)]
    con.close()
    window.tasks.shutdown()
    close_all()


def test_macos_file_open_events_start_the_same_import(exchange_file, qtbot, qapp, data_dir, monkeypatch, tmp_path):
    from PySide6.QtGui import QFileOpenEvent

    from partage_desktop.ui.app.file_open import ExchangeFileOpener
    from partage_desktop.ui.safety import exchange_dialog

    window = build_main_window(data_dir, "fr")
    qtbot.addWidget(window)
    started = []
    monkeypatch.setattr(exchange_dialog, "start_import", lambda w, path: started.append((w, path)))
    opener = ExchangeFileOpener(window)
    qapp.installEventFilter(opener)
    try:
        other = tmp_path / "notes.txt"
        other.write_text("x")
        qapp.sendEvent(qapp, QFileOpenEvent(str(other)))
        qapp.sendEvent(qapp, QFileOpenEvent(str(exchange_file)))
        qtbot.waitUntil(lambda: bool(started), timeout=5000)
    finally:
        qapp.removeEventFilter(opener)
    assert started == [(window, exchange_file)]
    window.tasks.shutdown()
    close_all()
