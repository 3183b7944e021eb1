"""Issue #5's "done when", end to end: find the van article without accents, read it, print it,
run the continuum diagnostic and jump to the right agreement template."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QPushButton

from partage_desktop.ui import build_main_window


def test_van_question_from_search_to_agreement_template(qtbot, data_dir, tmp_path, monkeypatch):
    win = build_main_window(data_dir, "fr")
    qtbot.addWidget(win)
    win.show()
    win.nav.setCurrentRow(win.section_names().index("section:guides"))
    section = win.guides

    # find it, typing a few words without accents, and open the best result with Enter
    section.search.setFocus()
    qtbot.keyClicks(section.search, "preter camion")
    qtbot.waitUntil(lambda: section.results.ids()[:1] == ["partager-equipement"], timeout=3000)
    qtbot.keyClick(section.search, Qt.Key.Key_Return)
    assert section.current_article() == "partager-equipement"
    text = section.view.toPlainText()
    assert "Peut-on prêter notre camion à un autre organisme" in text and "Ce qu'on met par écrit" in text

    # print it
    printed = tmp_path / "article.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    qtbot.keyClick(section.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert "camion" in " ".join(PdfReader(printed).pages[0].extract_text().split())

    # run the continuum diagnostic: an occasional van loan, fuel paid back
    qtbot.mouseClick(section.findChild(QPushButton, "open:selfassess-continuum"), Qt.MouseButton.LeftButton)
    dialog = section.tool_dialog
    dialog.answer("resource", 0)
    for question in ("what", "duration", "purchase", "people", "data", "decisions", "risk", "partners", "identity"):
        dialog.answer(question, 0)
    dialog.answer("money", 1)
    qtbot.mouseClick(dialog.compute_button, Qt.MouseButton.LeftButton)
    assert "Prêt" in dialog.result_view.toPlainText()

    # Help explains the tool; coming back keeps the answers
    qtbot.mouseClick(dialog.help_button, Qt.MouseButton.LeftButton)
    assert section.current_article() == "continuum" and not dialog.isVisible()
    section.open_tool("selfassess-continuum")
    assert section.tool_dialog is dialog and dialog.answers()["money"] == 1

    # and jump to the right agreement template
    chosen = []
    section.create_agreement.connect(chosen.append)
    assert dialog.create_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert chosen == ["pret-materiel"]
    wizard = win.wizards[-1]
    assert wizard.objectName() == "agreement-wizard" and wizard.isVisible()
    assert wizard.answers["template"] == "pret-materiel"
    wizard.close()
