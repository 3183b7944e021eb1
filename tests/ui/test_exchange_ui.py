"""File → Send to a partner… and File → Import an exchange file…, driven like a user would."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from safetydata import add_agreement, prepared

from partage_desktop.services.exchange import agreements as exchange
from partage_desktop.ui.safety.exchange_dialog import ImportPreviewDialog, SendDialog


def test_send_to_a_partner_saves_an_exchange_file(window, qtbot, tmp_path, monkeypatch):
    fingerprints = add_agreement(window.data, "ENT-2026-0042", versions=2)
    target = tmp_path / "pour-le-partenaire"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    sent = []

    def drive(dialog):
        assert dialog.list.topLevelItemCount() == 1 and dialog.list.topLevelItem(0).text(0) == "ENT-2026-0042"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10000)
        sent.append(dialog.saved)
        return 1

    monkeypatch.setattr(SendDialog, "exec", drive)
    window.findChild(QAction, "action:exchange-export").trigger()
    qtbot.waitUntil(lambda: bool(sent), timeout=10000)
    assert sent[0].name == "pour-le-partenaire.partage" and sent[0].is_file()
    assert "Joignez-le à un courriel" in told[0]
    doc, _ = exchange.read_exchange(sent[0], "fr")
    assert [v["fingerprint"] for v in doc["versions"]] == fingerprints


def test_import_previews_then_imports(window, qtbot, tmp_path, monkeypatch):
    partner = prepared(tmp_path / "partenaire")
    add_agreement(partner, "ENT-2026-0007", versions=1)
    file = tmp_path / "recu.partage"
    exchange.export_agreement(partner, "ENT-2026-0007", file, "fr")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    previews, done = [], []

    def confirm(dialog):
        previews.append(dialog.preview.toPlainText())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", confirm)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: done.append(a[2]))
    window.findChild(QAction, "action:exchange-import").trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert "ajout de l'entente ENT-2026-0007" in previews[0] and "Aperçu" in previews[0]
    assert "Importation" in done[0]
    con = sqlite3.connect(window.data.database)
    assert con.execute("SELECT reference FROM agreement").fetchall() == [("ENT-2026-0007",)]
    con.close()


def test_cancelling_the_preview_writes_nothing(window, qtbot, tmp_path, monkeypatch):
    partner = prepared(tmp_path / "partenaire")
    add_agreement(partner, "ENT-2026-0008", versions=1)
    file = tmp_path / "recu.partage"
    exchange.export_agreement(partner, "ENT-2026-0008", file, "fr")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    cancelled = []
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda d: cancelled.append(True) or QDialog.DialogCode.Rejected)
    window.findChild(QAction, "action:exchange-import").trigger()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=10000)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10000)
    con = sqlite3.connect(window.data.database)
    assert con.execute("SELECT COUNT(*) FROM agreement").fetchone() == (0,)
    con.close()


def test_a_damaged_file_is_refused_with_its_message(window, qtbot, tmp_path, monkeypatch):
    file = tmp_path / "abime.partage"
    file.write_bytes(b"PK\x03\x04 truncated")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    window.findChild(QAction, "action:exchange-import").trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=10000)
    assert "Rien n'a été importé" in warned[0]
