"""An exchange file already imported: the preview says there is nothing to do, and its one button
is Close (default, Enter closes); Import is not offered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from safetydata import add_agreement, prepared

from partage_desktop.services.exchange import agreements as exchange
from partage_desktop.ui.safety.exchange_dialog import ImportPreviewDialog


def preview_of(window, qtbot, monkeypatch, file, answer):
    seen = []

    def look(dialog):
        seen.append({"default": next((b for b in dialog.findChildren(type(dialog.import_button))
                                      if b.isDefault()), None),
                     "import": dialog.import_button.isVisible() and dialog.import_button.isEnabled(),
                     "text": dialog.preview.toPlainText()})
        if answer == "enter":
            QTest.keyClick(dialog, Qt.Key.Key_Return)
            return dialog.result()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: (dialog.show(), look(dialog))[1])
    window.findChild(QAction, "action:exchange-import").trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10000)
    return seen[0]


def test_a_file_with_nothing_new_offers_close_not_import(window, qtbot, tmp_path, monkeypatch):
    partner = prepared(tmp_path / "partenaire")
    add_agreement(partner, "ENT-2026-0007", versions=1)
    file = tmp_path / "recu.partage"
    exchange.export_agreement(partner, "ENT-2026-0007", file, "fr")
    done = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: done.append(a[2]))

    first = preview_of(window, qtbot, monkeypatch, file, "accept")
    assert first["import"] and first["default"].objectName() == "import:confirm"
    qtbot.waitUntil(lambda: bool(done), timeout=10000)

    again = preview_of(window, qtbot, monkeypatch, file, "enter")
    assert "rien à faire" in again["text"] or "déjà" in again["text"]
    assert not again["import"]
    assert again["default"].objectName() == "import:close" and again["default"].text().replace("&", "") == "Fermer"
    assert len(done) == 1  # Enter closed the preview: nothing was imported a second time
