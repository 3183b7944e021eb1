"""A partner's exchange file carries their signing certificate: File → Import an exchange file…
(opened with the mouse) lists it in the preview as new, Import adds it, and File → Trusted
certificates… then shows it, received in an exchange file, beside our own marked « (le nôtre) »."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from safetydata import add_agreement, prepared

from partage_desktop.services.exchange import agreements as exchange
from partage_desktop.services.signing.trust import register_own_certificate
from partage_desktop.ui.safety.exchange_dialog import ImportPreviewDialog
from partage_desktop.ui.signing.trust_dialog import TrustedCertificatesDialog
from tests.signing_support import make_key
from tests.ui.conftest import SMALL_SCREEN

pytestmark = pytest.mark.qt_log_ignore("grabbing the keyboard", "propagateSizeHints", "does not support raise")
SHOTS = Path(tempfile.gettempdir())


def click_menu(qtbot, window, object_name: str) -> None:
    """Open the File menu with the mouse and click the entry."""
    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(window.file_menu.menuAction()).center())
    menu = window.file_menu
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    action = next(a for a in menu.actions() if a.objectName() == object_name)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_a_partners_certificate_arrives_with_their_agreement(make_window, qtbot, tmp_path, monkeypatch):
    partner_key = make_key(tmp_path / "cles", "partenaire", "Karim Benali", "Carrefour emploi Hochelaga-Maisonneuve",
                           "karim@carrefour-hm.example", "cormoran-du-fleuve")
    our_key = make_key(tmp_path / "cles", "nous", "Nathalie Bergeron", "Centre de femmes L'Éclaircie",
                       "direction@eclaircie.example", "Érable sucré 2026")
    partner = prepared(tmp_path / "partenaire")
    register_own_certificate(partner, partner_key.pem.read_bytes(), "fr")
    add_agreement(partner, "ENT-2026-0007", versions=1)
    file = tmp_path / "recu.partage"
    exchange.export_agreement(partner, "ENT-2026-0007", file, "fr")

    win = make_window("fr", size=SMALL_SCREEN)
    register_own_certificate(win.data, our_key.pem.read_bytes(), "fr")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    previews, done = [], []

    def look_then_click_import(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        previews.append(dialog.preview.toPlainText())
        dialog.grab().save(str(SHOTS / "xcert-preview-fr.png"))
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ImportPreviewDialog, "exec", look_then_click_import)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: done.append(a[2]))
    click_menu(qtbot, win, "action:exchange-import")
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert previews[0].count("\n") >= 3
    assert "1 certificat de signature joint (1 nouveau" in previews[0]
    # (a QPlainTextEdit gives its no-break spaces back as plain spaces)
    assert (f"nouveau : Karim Benali (Carrefour emploi Hochelaga-Maisonneuve), empreinte "
            f"{' '.join(partner_key.sha256[i:i + 4] for i in range(0, 64, 4)).upper()}") in previews[0]
    assert "Importation" in done[0] and "Karim Benali" in done[0]
    con = sqlite3.connect(win.data.database)
    assert con.execute("SELECT source FROM trusted_certificate WHERE sha256 = ?",
                       (partner_key.sha256,)).fetchall() == [("exchange",)]
    con.close()

    opened: list[QDialog] = []
    monkeypatch.setattr(TrustedCertificatesDialog, "exec", lambda self: opened.append(self) or self.show() or 0)
    click_menu(qtbot, win, "action:trusted-certificates")
    qtbot.waitUntil(lambda: bool(opened), timeout=3000)
    dialog = opened[0]
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    names = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    assert set(names) == {"Karim Benali", "Nathalie Bergeron (le nôtre)"}
    row = names["Karim Benali"]
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.table.visualItemRect(dialog.table.item(row, 1)).center())
    assert "Reçu dans un fichier d'échange." in dialog.details.text()
    row = names["Nathalie Bergeron (le nôtre)"]
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.table.visualItemRect(dialog.table.item(row, 1)).center())
    assert "Le nôtre" in dialog.details.text()
    dialog.grab().save(str(SHOTS / "xcert-trusted-fr.png"))
