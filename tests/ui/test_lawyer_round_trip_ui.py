"""*Envoyer à un juriste…* and *Intégrer les corrections du juriste…* clicked as a user would: the
Word document is saved and the next step explained; the lawyer's file is chosen, its corrections
previewed (before and after), confirmed with the mouse, and the wizard then shows the clause as the
agreement's own wording."""

from __future__ import annotations

import os
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
)

from partage_desktop.services.agreements import drafts

LOOK = Path(os.environ["DOCX_LOOK"]) if os.environ.get("DOCX_LOOK") else None
LAWYER_TEXT = "Le Prêteur remet l'équipement vérifié par un mécanicien, avec son manuel."


def section_of(win):
    return win.findChild(object, "section:agreements")


def choose(qtbot, section, name):
    """Click the pane's « Relecture juridique » button, then the entry ``name`` of its menu."""
    button = section.findChild(QToolButton, "agreement:lawyer")
    menu = button.menu()
    action = next(a for a in menu.actions() if a.objectName() == name)
    assert action.isEnabled()

    def pick():
        if not menu.isVisible():
            QTimer.singleShot(30, pick)
            return
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(30, pick)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot, section, reference):
    table = section.table
    for row in range(section.proxy.rowCount()):
        index = section.proxy.index(row, 0)
        if index.data() == reference:
            table.scrollTo(index)
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
            return
    raise AssertionError(reference)


@pytest.mark.qt_log_ignore("grabbing the keyboard")  # the offscreen platform's popups; harmless
def test_send_to_a_lawyer_and_bring_the_corrections_in(make_window, qtbot, two_agreements, tmp_path,
                                                       monkeypatch):
    data, loan, premises = two_agreements
    win = make_window("fr", size=(1024, 600), section="section:agreements")
    section = section_of(win)
    click_row(qtbot, section, loan)
    assert section.current_reference() == loan
    assert section.findChild(QToolButton, "agreement:lawyer").isVisible()

    out = tmp_path / "pour-le-juriste"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a, **k: told.append((title, text)))
    choose(qtbot, section, "action:send-to-lawyer")
    qtbot.waitUntil(lambda: bool(told), timeout=15000)
    sent = tmp_path / "pour-le-juriste.docx"
    assert sent.is_file()
    assert told[0][0] == "Envoyer à un juriste" and str(sent) in told[0][1]
    assert "Intégrer les corrections du juriste" in told[0][1]

    # the lawyer rewords clause 2.1 in Word
    document = docx.Document(str(sent))
    paragraph = next(p for p in document.paragraphs if p.text.startswith("2.1\t"))
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    paragraph.add_run(f"2.1\t{LAWYER_TEXT}")
    corrected = tmp_path / "corrige.docx"
    document.save(str(corrected))

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(corrected), ""))
    seen = []

    def confirm():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or dialog.objectName() != "lawyer-changes-dialog":
            QTimer.singleShot(50, confirm)  # still reading the file on the worker thread
            return
        seen.append(dialog.findChild(QPlainTextEdit, "lawyer-changes:list").toPlainText())
        if LOOK:
            dialog.grab().save(str(LOOK.with_name("preview-" + LOOK.name)))
        apply = dialog.findChild(QPushButton, "lawyer-changes:apply")
        assert drafts.load_draft(data, loan).get("clauses") is None  # nothing changed before confirming
        qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)

    QTimer.singleShot(100, confirm)
    choose(qtbot, section, "action:lawyer-changes")
    qtbot.waitUntil(lambda: bool(win.wizards), timeout=15000)
    assert "Clause 2.1 modifiée" in seen[0] and LAWYER_TEXT in seen[0] and "Avant" in seen[0] and "Après" in seen[0]
    reworded = drafts.load_draft(data, loan)["clauses"]["reworded"]
    assert list(reworded.values()) == [LAWYER_TEXT]
    wizard = win.wizards[-1]
    problems = wizard.findChild(QListWidget, "review:problems")
    notes = [problems.item(i).text() for i in range(problems.count())]
    assert any(n.startswith("✎ Clause reformulée") and "2.1" in n for n in notes), notes
    wizard.close()


def test_the_lawyer_actions_wait_for_an_agreement_that_can_change(make_window, qtbot, two_agreements):
    data, loan, premises = two_agreements
    win = make_window("en", section="section:agreements")
    section = section_of(win)
    click_row(qtbot, section, premises)  # ready to sign: its wording can still change
    actions = section.findChild(QToolButton, "agreement:lawyer").menu().actions()
    assert [a.text() for a in actions] == ["Send to a la&wyer…", "Bring in the l&awyer's corrections…"]
    assert all(a.isEnabled() for a in actions)
    section.show_reference(premises)
    win.grab().save(str(LOOK)) if LOOK else None


@pytest.mark.qt_log_ignore("grabbing the keyboard")  # the offscreen platform's popups; harmless
def test_a_refused_file_says_why_and_changes_nothing(make_window, qtbot, two_agreements, tmp_path, monkeypatch):
    data, loan, premises = two_agreements
    win = make_window("fr", section="section:agreements")
    section = section_of(win)
    click_row(qtbot, section, loan)
    before = drafts.load_draft(data, loan)
    macro = tmp_path / "corrige.docm"
    macro.write_bytes(b"PK\x03\x04 pas vraiment")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(macro), ""))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    choose(qtbot, section, "action:lawyer-changes")
    qtbot.waitUntil(lambda: bool(warned), timeout=15000)
    assert "corrige.docm" in warned[0] and "macros" in warned[0]
    assert drafts.load_draft(data, loan) == before and not win.wizards
