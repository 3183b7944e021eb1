"""The Resources section's Board tab, used with the mouse at 1024×600 in French and English: a
partner's sheet imported (preview, then confirmation), its offers and needs read with their sender
and date, filtered, shown with photos; our own sheet exported; the partner's sheet removed; a sheet
opened with File › Open goes to the board."""

from __future__ import annotations

import os
import shutil

import pytest
from board_support import fill_sender
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from safetydata import prepared

from partage_desktop.platform import datadir
from partage_desktop.services.resources import board as board_service
from partage_desktop.services.resources import sheets
from partage_desktop.ui.widgets.import_preview import ImportPreviewDialog
from tests.ui.conftest import SMALL_SCREEN

SHOTS = os.environ.get("BOARD_SHOTS")  # a folder: the test saves what it shows there, to look at


@pytest.fixture
def partner_sheet(tmp_path):
    """A partner's offers sheet file, made in the partner's own data folder."""
    partner = prepared(tmp_path / "partenaire")
    fill_sender(partner, name="Maison des jeunes de Laval", offers=4, needs=2)
    path = tmp_path / "fiche-mdj.partage"
    sheets.export_sheet(partner, path, "fr")
    from partage_desktop.services.data.session import close_all

    close_all()
    return path


def _board(win):
    section = win.findChild(object, "section:resources")
    tab = section.show_tab("resources-tab:board")
    assert tab is not None
    return section, tab


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def _shot(widget, name):
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name))


def _wait_idle(qtbot, win):
    qtbot.waitUntil(lambda: not win.tasks.busy, timeout=20000)
    qtbot.wait(50)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_import_read_filter_and_remove_with_the_mouse(make_window, qtbot, monkeypatch, partner_sheet, data_dir, lang):
    win = make_window(lang, size=SMALL_SCREEN, section="section:resources")
    section, tab = _board(win)
    _wait_idle(qtbot, win)
    assert tab.empty.isVisible() and tab.list.topLevelItemCount() == 0
    _shot(win, f"board-empty-{lang}.png")

    previews = []

    def confirm(dialog):
        previews.append(dialog.preview.toPlainText())
        _shot(dialog, f"board-preview-{lang}.png")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(partner_sheet), ""))
    monkeypatch.setattr(ImportPreviewDialog, "exec", confirm)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _title, text: shown.append(text))
    _click(qtbot, tab.import_button)
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 6, timeout=20000)
    _wait_idle(qtbot, win)
    assert "Maison des jeunes de Laval" in previews[0]
    assert ("6 ajouts" if lang == "fr" else "6 added") in previews[0]
    assert ("importée" if lang == "fr" else "imported") in shown[0]

    # every row says who sent it and the sheet's date
    first = tab.list.topLevelItem(0)
    assert first.text(2) == "Maison des jeunes de Laval" and first.text(3)
    _shot(win, f"board-list-{lang}.png")

    # the offer with photos, clicked: its detail and its photos
    tent = next(tab.list.topLevelItem(i) for i in range(6) if tab.list.topLevelItem(i).text(1).startswith("Tente"))
    view = tab.list
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(tent).center())
    assert tab.list.currentItem() is tent
    qtbot.waitUntil(lambda: tab.photo_row.count() == 3, timeout=20000)
    assert "Marc Gagnon" in tab.detail.toPlainText()
    assert ("Dépôt" if lang == "fr" else "Deposit") not in tab.detail.toPlainText()  # the tent has none
    assert "&lt;" not in tab.detail.toPlainText()
    _shot(win, f"board-detail-{lang}.png")

    # needs only, then words typed in the search box
    tab.side.setCurrentIndex(2)
    assert tab.list.topLevelItemCount() == 2
    assert {tab.list.topLevelItem(i).text(0) for i in range(2)} == {"Besoin" if lang == "fr" else "Need"}
    tab.side.setCurrentIndex(0)
    tab.search.setFocus()
    qtbot.keyClicks(tab.search, "REFRIGERATEURS")  # capitals, no accent, plural: still found
    assert tab.list.topLevelItemCount() == 1
    assert tab.list.topLevelItem(0).text(1) == "Réfrigérateur commercial"
    tab.search.clear()
    assert tab.list.topLevelItemCount() == 6

    # Make an agreement from the partner's offer: the section passes it on to the main window
    wanted = []
    section.make_agreement.connect(wanted.append)
    _click(qtbot, tab.agreement_button)
    assert wanted and set(wanted[0]) >= {"board_item_id"} and wanted[0]["board_item_id"] == tab._current().id

    # the partner's sheet removed, after a confirmation
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    _click(qtbot, tab.remove_button)
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 0, timeout=20000)
    assert "Maison des jeunes de Laval" in asked[0]
    data = datadir.resolve(str(data_dir))
    assert board_service.list_sheets(data) == []
    _wait_idle(qtbot, win)


def test_cancelled_preview_writes_nothing(make_window, qtbot, monkeypatch, partner_sheet, data_dir):
    win = make_window("fr", size=SMALL_SCREEN, section="section:resources")
    _section, tab = _board(win)
    _wait_idle(qtbot, win)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(partner_sheet), ""))
    seen = []
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda d: seen.append(True) or QDialog.DialogCode.Rejected)
    _click(qtbot, tab.import_button)
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    _wait_idle(qtbot, win)
    assert board_service.list_sheets(datadir.resolve(str(data_dir))) == []


def test_a_hostile_sheet_is_refused_with_its_reason(make_window, qtbot, monkeypatch, tmp_path):
    bad = tmp_path / "fiche.partage"
    bad.write_bytes(b"<html>not a zip</html>")
    win = make_window("en", size=SMALL_SCREEN, section="section:resources")
    _section, tab = _board(win)
    _wait_idle(qtbot, win)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    _click(qtbot, tab.import_button)
    qtbot.waitUntil(lambda: bool(warned), timeout=20000)
    assert "is not a Partage exchange file" in warned[0] and "Nothing was imported" in warned[0]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_export_our_sheet_as_partage_and_pdf(make_window, qtbot, monkeypatch, data_dir, tmp_path, lang):
    fill_sender(datadir.resolve(str(data_dir)) if (data_dir / "partage.sqlite3").exists()
                else prepared(data_dir))
    win = make_window(lang, size=SMALL_SCREEN, section="section:resources")
    _section, tab = _board(win)
    _wait_idle(qtbot, win)
    done = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: done.append(text))

    def export_to(target, chosen_filter):
        before = len(done)
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda _p, _c, _s, filters: (str(target), filters.split(";;")[chosen_filter]))
        _click(qtbot, tab.export_button)
        qtbot.waitUntil(lambda: len(done) > before, timeout=30000)

    export_to(tmp_path / "ours", 0)  # no extension typed: the chosen file type gives it
    export_to(tmp_path / "ours-print", 1)
    assert (tmp_path / "ours.partage").is_file()
    assert (tmp_path / "ours-print.pdf").read_bytes().startswith(b"%PDF")
    assert ("Offres" if lang == "fr" else "Offers") in done[0]
    _wait_idle(qtbot, win)


def test_file_open_sends_a_sheet_to_the_board(make_window, qtbot, monkeypatch, partner_sheet, data_dir):
    from partage_desktop.ui.safety.exchange_dialog import start_import

    win = make_window("fr", size=SMALL_SCREEN)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    copy = partner_sheet.with_name("double-clic.partage")
    shutil.copy(partner_sheet, copy)
    start_import(win, copy)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    _wait_idle(qtbot, win)
    assert "Fiche d'offres" in shown[0]
    sheets_now = board_service.list_sheets(datadir.resolve(str(data_dir)))
    assert [s.sender_name for s in sheets_now] == ["Maison des jeunes de Laval"]
    section = win.findChild(object, "section:resources")
    assert section.isVisible() and section.tabs.currentWidget().objectName() == "resources-tab:board"
    qtbot.waitUntil(lambda: section.tabs.currentWidget().list.topLevelItemCount() == 6, timeout=20000)
    assert QApplication.activeModalWidget() is None
