"""The « Suggested matches » tab as a person uses it at 1024×600, in French and in English: the
ranked list, the reasons of the row clicked, Confirm / Dismiss / Undo, Ask to borrow (a text to
copy, nothing sent), Make an agreement from a confirmed match; keyboard too."""

from __future__ import annotations

import pytest
from matches_data import network
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from partage_desktop.platform import datadir
from partage_desktop.services.data.database import prepare
from partage_desktop.services.data.session import close_all
from partage_desktop.services.resources import matches
from tests.ui.conftest import SMALL_SCREEN


@pytest.fixture
def net(data_dir):
    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    found = network(data)
    close_all()
    return data, found


def open_tab(make_window, qtbot, lang):
    win = make_window(lang, size=SMALL_SCREEN, section="section:resources")
    section = win.findChild(QWidget, "section:resources")
    tab = section.show_tab("resources-tab:matches")
    assert tab is not None
    qtbot.waitUntil(lambda: tab.loaded and tab.view.topLevelItemCount() > 0)
    return win, section, tab


def click_row(qtbot, tab, row, double=False):
    item = tab.view.topLevelItem(row)
    index = tab.view.indexFromItem(item, 1)
    pos = tab.view.visualRect(index).center()
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    if double:
        qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def row_titles(tab):
    return [(tab.view.topLevelItem(r).text(1), tab.view.topLevelItem(r).text(2))
            for r in range(tab.view.topLevelItemCount())]


def test_french_list_reasons_confirm_dismiss_undo_and_make_an_agreement(make_window, qtbot, net, tmp_path):
    data, found = net
    win, section, tab = open_tab(make_window, qtbot, "fr")
    assert section.tabs.tabText(section.tabs.indexOf(tab)) == "Jumelages suggérés"
    assert section.tabs.indexOf(tab) == section.tabs.count() - 1  # last, after the other parts
    rows = row_titles(tab)
    assert ("Remorques", "La remorque utilitaire") in rows and ("Remorques", "Remorque fermée") in rows
    assert rows.index(("Remorques", "La remorque utilitaire")) < rows.index(("Remorques", "Remorque fermée"))
    assert ("Tentes pour la fête de quartier (leur besoin)", "Tentes de réception 3 x 3 (chez nous)") in rows

    near = rows.index(("Remorques", "La remorque utilitaire"))
    click_row(qtbot, tab, near)
    text = tab.reasons.toPlainText().replace("\u00a0", " ")  # as the document gives it back
    assert "même catégorie : Véhicules et remorques" in text and "mots en commun : remorque" in text
    assert "À vérifier" in text and "assurance exigée" in text
    assert "Notre besoin «\u00a0Remorques\u00a0»" in tab.title.text()
    assert not tab.agreement_button.isEnabled()  # confirm first
    assert tab.request_button.text() == "Demander un &prêt…"
    assert tab.grab().save(str(tmp_path / "matches-fr.png"))  # a picture to look at when it changes

    emitted = []
    section.make_agreement.connect(emitted.append)
    qtbot.mouseClick(tab.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.view.currentItem() is not None and tab.view.currentItem().text(4) == "Confirmée")
    assert tab._current().offer_key == found["offer_key"]
    assert tab.agreement_button.isEnabled() and not tab.confirm_button.isEnabled()
    qtbot.mouseClick(tab.agreement_button, Qt.MouseButton.LeftButton)
    assert emitted == [{"need_id": found["need_id"], "board_item_id": found["offer_id"],
                        "organization_id": found["partner_id"]}]

    far = [r for r, titles in enumerate(row_titles(tab)) if titles == ("Remorques", "Remorque fermée")][0]
    click_row(qtbot, tab, far)
    qtbot.mouseClick(tab.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("Remorques", "Remorque fermée") not in row_titles(tab))
    qtbot.mouseClick(tab.show_dismissed, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("Remorques", "Remorque fermée") in row_titles(tab))
    far = row_titles(tab).index(("Remorques", "Remorque fermée"))
    click_row(qtbot, tab, far)
    assert tab.view.currentItem().text(4) == "Écartée"
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.view.currentItem() is not None and tab.view.currentItem().text(4) == ""
                    and tab.view.currentItem().text(2) == "Remorque fermée")
    assert {s.status for s in matches.suggestions(data, "fr")} == {"confirmed", None}


def test_english_ask_to_borrow_gives_a_text_to_copy_and_keyboard_works(make_window, qtbot, net, monkeypatch,
                                                                      tmp_path):
    data, found = net
    win, section, tab = open_tab(make_window, qtbot, "en")
    assert section.tabs.tabText(section.tabs.indexOf(tab)) == "Suggested matches"
    rows = row_titles(tab)
    near = rows.index(("Remorques", "La remorque utilitaire"))
    click_row(qtbot, tab, near)
    assert "same category: Vehicles and trailers" in tab.reasons.toPlainText()
    assert "fee: $25.00 per day" in tab.reasons.toPlainText()
    assert tab.grab().save(str(tmp_path / "matches-en.png"))

    shown = []

    def exec_dialog(dialog):
        shown.append(dialog.text.toPlainText())
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        assert dialog.grab().save(str(tmp_path / "request-en.png"))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr("partage_desktop.ui.resources.matches.RequestDialog.exec", exec_dialog)
    qtbot.mouseClick(tab.request_button, Qt.MouseButton.LeftButton)
    assert shown and shown[0].startswith("To: Julie Roy (Maison des jeunes de Châteauguay)\n"
                                         "Subject: Request to borrow — La remorque utilitaire")
    assert QApplication.clipboard().text() == shown[0]

    # keyboard: Enter confirms the current suggestion, Enter again asks for the agreement
    tab.view.setFocus()
    emitted = []
    section.make_agreement.connect(emitted.append)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.view.currentItem() is not None and tab.view.currentItem().text(4) == "Confirmed")
    assert QApplication.focusWidget() is tab.view
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert emitted == [{"need_id": found["need_id"], "board_item_id": found["offer_id"],
                        "organization_id": found["partner_id"]}]
    # Delete dismisses the chosen one: it leaves the list
    theirs = [r for r, (need, _) in enumerate(row_titles(tab)) if need.endswith("(their need)")][0]
    click_row(qtbot, tab, theirs)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not any(need.endswith("(their need)") for need, _ in row_titles(tab)))
    # a double click on the confirmed one asks for the agreement too
    emitted.clear()
    confirmed = [r for r in range(tab.view.topLevelItemCount()) if tab.view.topLevelItem(r).text(4) == "Confirmed"]
    click_row(qtbot, tab, confirmed[0], double=True)
    assert len(emitted) == 1


def test_an_empty_tab_teaches_where_suggestions_come_from(make_window, qtbot, data_dir):
    win = make_window("fr", size=SMALL_SCREEN, section="section:resources")
    section = win.findChild(QWidget, "section:resources")
    tab = section.show_tab("resources-tab:matches")
    qtbot.waitUntil(lambda: tab.loaded)
    assert tab.pages.currentWidget() is tab.empty and tab.empty.isVisible()
    assert "onglet Besoins" in tab.empty.text()
    assert all(not b.isVisible() for b in tab.findChildren(QPushButton) if b.objectName().startswith("matches-"))
