"""User text is plain text on screen, whatever it looks like.

An agreement received from a partner carried the title ``<h1 style="color:green">✔ Signée — vérifiée
par Partage</h1><img src=…>``: the agreement's details painted a large green "signed and verified"
and loaded a local image. Each kind of widget that shows user text is checked with such a title:
labels, message boxes (built and static), tooltips, wizard titles, and the labels that show markup
on purpose (their user values escaped).
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QHelpEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolTip

from partage_desktop.platform import datadir
from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import versions as av
from partage_desktop.services.data.database import prepare
from partage_desktop.ui import build_main_window
from partage_desktop.ui.agreements.dialogs import VerifyCopyDialog
from partage_desktop.ui.agreements.model import TITLE
from partage_desktop.ui.widgets import plain_text
from partage_desktop.ui.wizard.window import AgreementWizard

FORGED = "✔ Signée — vérifiée par Partage"
HOSTILE = f'<h1 style="color:green">{FORGED}</h1><img src="/etc/partage-logo.png">'


def _rendered(label: QLabel) -> str:
    """What a reader sees in the label: its text as is when plain, the document's text when rich."""
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


@pytest.fixture
def hostile_window(qtbot, data_dir, example_answers):
    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    answers = example_answers("locaux-partages")
    answers["parties"][1]["name"] = HOSTILE
    reference = drafts.create_draft(data, answers, today=date(2026, 11, 23))
    version = av.export_version(data, reference, "fr")
    con = sqlite3.connect(data.database)  # as an imported agreement can carry it
    with con:
        con.execute("UPDATE agreement SET title = ?", (HOSTILE,))
    con.close()
    win = build_main_window(data_dir, "fr")
    qtbot.addWidget(win)
    win.resize(1024, 600)
    win.show()
    win.show_section("section:agreements")
    section = win.findChild(object, "section:agreements")
    qtbot.waitUntil(lambda: section.proxy.rowCount() == 1, timeout=10000)
    view = section.table
    index = section.proxy.index(0, TITLE)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: section.details is not None, timeout=10000)
    return win, section, version


def test_the_details_of_an_agreement_show_its_title_as_typed(hostile_window):
    win, section, _ = hostile_window
    shown = [label for label in win.findChildren(QLabel) if FORGED in label.text() and label.isVisible()]
    assert {label.objectName() for label in shown} >= {"agreement-info"}
    assert len(shown) >= 2  # the heading and the parties
    for label in shown:
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert "<h1" in _rendered(label) and "<img" in _rendered(label)


def test_every_label_left_to_guess_is_plain_text(hostile_window):
    """The safety net: a label nobody told to show markup never does (Qt would guess from the text)."""
    win, _, _ = hostile_window
    label = QLabel(HOSTILE, win)
    label.show()
    assert label.textFormat() == Qt.TextFormat.PlainText
    on_purpose = QLabel(win)
    on_purpose.setTextFormat(Qt.TextFormat.RichText)
    on_purpose.show()
    assert on_purpose.textFormat() == Qt.TextFormat.RichText
    assert not [x for x in win.findChildren(QLabel)
                if x.isVisible() and x.textFormat() == Qt.TextFormat.AutoText]


def _text_format_of_the_open_box(seen: list) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            label = widget.findChild(QLabel, "qt_msgbox_label")
            seen.append((label.textFormat(), label.text()))
            informative = widget.findChild(QLabel, "qt_msgbox_informativelabel")
            if informative is not None:
                seen.append((informative.textFormat(), informative.text()))
            widget.done(0)
            return
    QTimer.singleShot(20, lambda: _text_format_of_the_open_box(seen))


def test_a_message_box_shows_the_title_as_typed(hostile_window):
    seen: list = []
    QTimer.singleShot(0, lambda: _text_format_of_the_open_box(seen))
    QMessageBox.warning(hostile_window[0], "Partage", f"« {HOSTILE} » ne peut pas être ouvert.")
    assert seen and seen[0] == (Qt.TextFormat.PlainText, f"« {HOSTILE} » ne peut pas être ouvert.")
    box = QMessageBox(QMessageBox.Icon.Information, "Partage", HOSTILE, parent=hostile_window[0])
    box.setInformativeText(HOSTILE)
    seen.clear()
    QTimer.singleShot(0, lambda: _text_format_of_the_open_box(seen))
    box.exec()
    assert [fmt for fmt, _ in seen] == [Qt.TextFormat.PlainText, Qt.TextFormat.PlainText]


def test_a_tooltip_shows_the_title_as_typed(hostile_window, qtbot):
    _, section, _ = hostile_window
    view = section.table
    rect = view.visualRect(section.proxy.index(0, TITLE))
    assert HOSTILE in str(section.proxy.index(0, TITLE).data(Qt.ItemDataRole.ToolTipRole))
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), view.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=3000)
    tip = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label" and w.isVisible())
    assert FORGED in tip.text()
    assert tip.textFormat() == Qt.TextFormat.PlainText
    QToolTip.hideText()


def test_a_label_with_markup_on_purpose_escapes_the_users_text(hostile_window, qtbot, monkeypatch):
    win, section, version = hostile_window
    dialogs: list = []
    monkeypatch.setattr(VerifyCopyDialog, "exec", lambda self: dialogs.append(self) or 0)
    win.findChild(QAction, "action:verify-copy").trigger()
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.fingerprint, version.fingerprint)
    qtbot.keyClick(dialog.fingerprint, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.status not in ("", "busy"), timeout=10000)
    assert dialog.verdict.textFormat() == Qt.TextFormat.RichText  # the verdict in colour
    assert dialog.status == "found"
    rendered = _rendered(dialog.verdict)
    assert FORGED in rendered and "<h1" in rendered and "<img" in rendered  # shown as typed, not obeyed


def test_a_page_title_of_the_wizard_is_plain_text(qtbot, data_dir):
    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    wizard = AgreementWizard(data, "fr")
    qtbot.addWidget(wizard)
    assert wizard.titleFormat() == Qt.TextFormat.PlainText
    assert wizard.subTitleFormat() == Qt.TextFormat.PlainText


def test_html_keeps_every_character_of_a_value():
    doc = QTextDocument()
    value = HOSTILE + " & <b>\n2"
    doc.setHtml("<b>x</b> " + plain_text.html(value))
    assert doc.toPlainText() == f"x {HOSTILE} & <b>\n2"
