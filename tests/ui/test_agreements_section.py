"""The Agreements section driven as a user would: list and filters, save/print, sign, amend, compare, verify."""

from __future__ import annotations

import io
import json
from datetime import date
from functools import partial

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QPushButton

from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import versions as av
from partage_desktop.ui.agreements.dialogs import CompareDialog, SignDialog, VerifyCopyDialog
from partage_desktop.ui.agreements.files import default_file_name
from partage_desktop.ui.agreements.model import AgreementsModel


@pytest.fixture
def window(make_window):
    return partial(make_window, section="section:agreements")  # window("en") in English


def section_of(win):
    return win.findChild(object, "section:agreements")


def wait_idle(qtbot, section):
    qtbot.waitUntil(lambda: not section.tasks.busy, timeout=15000)


def test_empty_state_explains_the_kinds_and_offers_to_create(window, qtbot):
    win = window()
    section = section_of(win)
    assert section.pages.currentWidget().objectName() == "agreements-empty"
    with qtbot.waitSignal(section.new_agreement):
        qtbot.mouseClick(section.findChild(QPushButton, "agreements-empty-new"), Qt.MouseButton.LeftButton)


def test_model_passes_qt_model_tester(qtmodeltester):
    model = AgreementsModel("fr")
    model.set_rows([{"ref": "ENT-2026-0001", "title": "Prêt", "status": "signed", "state": "expired",
                     "template": "pret-materiel", "parties": ["A", "B"], "versions": 1,
                     "start_date": "2026-01-01", "end_date": "2026-06-01"}])
    qtmodeltester.check(model)
    assert model.index(0, 3).data() == "Échue" or model.index(0, 3).data() == "Expired"


def test_list_sorts_filters_and_searches(window, qtbot, two_agreements):
    data, loan, premises = two_agreements
    section = section_of(window())
    assert section.proxy.rowCount() == 2
    refs = lambda: [section.proxy.index(r, 0).data() for r in range(section.proxy.rowCount())]  # noqa: E731
    section.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert refs() == [premises, loan]
    section.status_filter.setCurrentIndex(section.status_filter.findData("ready"))
    assert refs() == [premises]
    section.status_filter.setCurrentIndex(0)
    partner = "Comptoir alimentaire L'Entraide"
    section.partner_filter.setCurrentIndex(section.partner_filter.findData(partner))
    assert refs() == [loan]
    section.partner_filter.setCurrentIndex(0)
    section.kind_filter.setCurrentIndex(section.kind_filter.findData("locaux-partages"))
    assert refs() == [premises]
    section.kind_filter.setCurrentIndex(0)
    section.select(loan)
    section.table.setFocus()
    with qtbot.waitSignal(section.open_in_wizard) as opened:
        qtbot.keyClick(section.table, Qt.Key.Key_Return)  # Enter opens a draft in the wizard
    assert opened.args == [loan]
    qtbot.keyClicks(section.search, "entraide")
    assert refs() == [loan]
    qtbot.keyClicks(section.search, " zzz")
    assert refs() == [] and section.no_match.isVisible()


def test_save_as_pdf_freezes_a_version_remembers_the_folder_and_retries(window, qtbot, two_agreements,
                                                                         tmp_path, monkeypatch):
    data, loan, _ = two_agreements
    win = window()
    section = section_of(win)
    section.select(loan)
    assert section.details.status == "draft"
    out_dir = tmp_path / "sortie"
    out_dir.mkdir()
    asked = []

    def fake_save(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(out_dir / "entente"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    blocker = out_dir / "entente.pdf"
    blocker.mkdir()  # something in the way (as a PDF open in a reader on Windows): the first write fails

    seen = []

    def retry_after_fixing():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # the export is still running on the worker thread
            QTimer.singleShot(50, retry_after_fixing)
            return
        seen.append(box.text())
        blocker.rmdir()
        box.button(QMessageBox.StandardButton.Retry).click()

    QTimer.singleShot(200, retry_after_fixing)
    win.findChild(QAction, "action:export-pdf").trigger()
    wait_idle(qtbot, section)
    qtbot.waitUntil(lambda: (out_dir / "entente.pdf").is_file(), timeout=10000)
    assert asked[0].endswith(default_file_name(f"{loan} v1", ["Centre d'action bénévole de la Rivière-du-Nord",
                                                               "Comptoir alimentaire L'Entraide"]))
    assert (out_dir / "entente.pdf").read_bytes() == av.version_pdf(data, loan, 1, "fr")
    assert [p.name for p in out_dir.iterdir()] == ["entente.pdf"]  # no half-written leftovers
    assert "Impossible d'écrire" in seen[0] and "fermez-le" in seen[0]
    assert section.details.status == "ready" and len(section.details.versions) == 1
    # "entente" again: the extension is added after the dialog, so Partage asks before replacing
    questions = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: questions.append(text) or QMessageBox.StandardButton.Yes)
    win.findChild(QAction, "action:export-pdf").trigger()
    wait_idle(qtbot, section)
    assert asked[1].startswith(str(out_dir))  # the folder is remembered
    assert len(questions) == 1 and str(out_dir / "entente.pdf") in questions[0]


def test_print_renders_every_page(window, qtbot, two_agreements, tmp_path, monkeypatch):
    data, _, premises = two_agreements
    section = section_of(window())
    section.select(premises)
    target = tmp_path / "imprime.pdf"

    def printer():
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(target))
        p.setResolution(150)
        return p

    monkeypatch.setattr(section.files, "make_printer", printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    action = section.findChild(QAction, "action:print")
    assert action.shortcut().toString() == "Ctrl+P"
    action.trigger()
    wait_idle(qtbot, section)
    qtbot.waitUntil(target.exists, timeout=10000)
    expected = len(PdfReader(io.BytesIO(av.version_pdf(data, premises, 1, "fr"))).pages)
    assert len(PdfReader(target).pages) == expected


def test_sign_amend_and_compare(window, qtbot, two_agreements, tmp_path, monkeypatch):
    data, _, premises = two_agreements
    section = section_of(window())
    section.select(premises)
    scan = tmp_path / "signee.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))

    def sign(dialog):
        dialog.choose_scan()
        assert dialog.scan_label.text() == "signee.pdf"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SignDialog, "exec", sign)
    qtbot.mouseClick(section.buttons["agreement:sign"], Qt.MouseButton.LeftButton)
    assert section.details.status == "signed" and section.details.scan_path.read_bytes() == b"%PDF-1.4 scan"
    assert "Signée" in section.details_info.text()
    assert section.buttons["agreement:amend"].isEnabled()

    with qtbot.waitSignal(section.open_in_wizard) as opened:
        qtbot.mouseClick(section.buttons["agreement:amend"], Qt.MouseButton.LeftButton)
    amendment = opened.args[0]
    assert amendment == f"{premises}-A1" and section.current_reference() == amendment
    answers = drafts.load_draft(data, amendment)
    answers["fields"]["end_date"] = "2028-06-30"
    drafts.save_draft(data, amendment, answers)
    av.export_version(data, amendment, "fr")
    section.refresh(select=amendment)
    shown = []
    monkeypatch.setattr(CompareDialog, "exec", lambda self: shown.append(self) or 0)
    qtbot.mouseClick(section.buttons["agreement:compare"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, section)
    dialog = shown[0]
    cells = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())]
    assert ["Date de fin", cells[0][1], "30 juin 2028"] == cells[0]
    assert any(row[0].startswith("Clause") for row in cells)


def test_verify_a_copy_by_pdf_and_by_fingerprint(window, qtbot, two_agreements, tmp_path, monkeypatch):
    data, _, premises = two_agreements
    section = section_of(window("en"))
    fingerprint = av.details(data, premises, "en").versions[0].fingerprint
    dialogs = []
    monkeypatch.setattr(VerifyCopyDialog, "exec", lambda self: dialogs.append(self) or 0)
    section.findChild(QAction, "action:verify-copy").trigger()
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.fingerprint, fingerprint.lower().replace("-", " "))
    qtbot.keyClick(dialog.fingerprint, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.status not in ("", "busy"), timeout=10000)
    assert dialog.status == "found" and premises in dialog.verdict.text() and "Found" in dialog.verdict.text()
    copy = tmp_path / "received.pdf"
    copy.write_bytes(av.version_pdf(data, premises, 1, "en").replace(b"/Producer", b"/Producex", 1))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    qtbot.mouseClick(dialog.findChild(QPushButton, "verify:choose-pdf"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status not in ("", "busy"), timeout=15000)
    # which program wrote the file does not count: what it shows is the recorded version
    assert dialog.status == "identical" and "Identical to the recorded version" in dialog.verdict.text()
    assert "#1b5e20" in dialog.verdict.text()

    # a genuine export claiming the same reference and version with other amounts: a warning,
    # never the green mark
    answers = av.version_answers(data, premises, 1, "en")
    forged = render_forged(answers)
    copy.write_bytes(forged)
    dialog.status = ""
    qtbot.mouseClick(dialog.findChild(QPushButton, "verify:choose-pdf"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status not in ("", "busy"), timeout=15000)
    assert dialog.status == "mismatch"
    assert "does not match the recorded version" in dialog.verdict.text() and "#1b5e20" not in dialog.verdict.text()
    assert "Identical" not in dialog.verdict.text()
    # the verdict label once hid QDialog.result(): closing must leave the dialog's outcome readable
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected.value


def render_forged(answers: dict) -> bytes:
    """A real Partage export of other answers that carry the same reference and version."""
    from partage_desktop.services.agreements.export import render_pdf

    changed = json.loads(json.dumps(answers))
    money = [k for k, v in changed["fields"].items() if isinstance(v, str) and v.replace(".", "").isdigit()
             and "." in v]
    key = money[0] if money else None
    if key is not None:
        changed["fields"][key] = "1.00"
    else:
        changed["parties"][0]["address"] += " (bis)"
    return render_pdf(changed, changed.get("lang", "fr")).pdf


def test_every_filter_and_list_has_an_accessible_name(window, two_agreements):
    section = section_of(window())
    for name in ("agreements-search", "agreements-filter-status", "agreements-filter-partner",
                 "agreements-filter-kind", "agreements-list", "agreement-versions"):
        assert section.findChild(object, name).accessibleName()


def test_terminate_resolutions_and_calendar_from_the_details_pane(window, qtbot, two_agreements,
                                                                  tmp_path, monkeypatch):
    from partage_desktop.ui.agreements.dialogs import TerminateDialog

    data, _, premises = two_agreements
    av.mark_signed(data, premises, date(2026, 11, 20), "fr", today=date(2026, 11, 23))
    section = section_of(window())
    section.refresh(select=premises)
    infos = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))

    folder = tmp_path / "resolutions"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(section.buttons["agreement:resolutions"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, section)
    assert len(list(folder.glob("*.pdf"))) == 3 and "Une page par partie" in infos[-1]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "dates"), ""))
    section.findChild(QAction, "action:export-ics").trigger()
    assert (tmp_path / "dates.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")

    monkeypatch.setattr(TerminateDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    qtbot.mouseClick(section.buttons["agreement:terminate"], Qt.MouseButton.LeftButton)
    assert section.details.status == "signed"  # cancelled: nothing changed
    monkeypatch.setattr(TerminateDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    qtbot.mouseClick(section.buttons["agreement:terminate"], Qt.MouseButton.LeftButton)
    assert section.details.status == "terminated"
    assert "Résiliée le" in section.details_info.text()
    assert not section.buttons["agreement:terminate"].isEnabled()
    assert not section.buttons["agreement:amend"].isEnabled()


def test_title_and_parties_are_readable_at_the_default_size(window, qtbot, example_answers, two_agreements):
    from partage_desktop.ui.agreements.model import END, PARTIES, TITLE

    win = window()
    section = section_of(win)
    qtbot.waitUntil(lambda: section.proxy.rowCount() == 2)
    table, header = section.table, section.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(TITLE) > 0)
    # not "Entent…" / "Maiso…": each gets room for a couple of words per line, on two lines
    assert header.sectionSize(TITLE) >= 100 and header.sectionSize(PARTIES) >= 90
    assert table.wordWrap() and table.verticalHeader().defaultSectionSize() >= 2 * table.fontMetrics().lineSpacing()
    # whatever the width, the tooltip gives the whole text
    row = next(r for r in range(section.proxy.rowCount()) if "locaux" in section.proxy.index(r, TITLE).data())
    parties = section.proxy.index(row, PARTIES).data(Qt.ItemDataRole.ToolTipRole)
    assert parties.count("\n") == len(example_answers("locaux-partages")["parties"]) - 1
    assert section.proxy.index(row, TITLE).data(Qt.ItemDataRole.ToolTipRole) == "Entente de partage de locaux"
    assert "20" in section.proxy.index(row, END).data(Qt.ItemDataRole.ToolTipRole)


def test_a_version_received_unchecked_is_labelled_and_never_handed_out_silently(window, qtbot, two_agreements,
                                                                                monkeypatch):
    import sqlite3

    data, _, premises = two_agreements
    av.mark_signed(data, premises, date(2026, 11, 20), "fr", today=date(2026, 11, 23))
    con = sqlite3.connect(data.database)
    with con:  # as an exchange import marks a version made with another template version
        con.execute("UPDATE agreement_version SET unchecked = 1")
    con.close()
    win = window()
    section = section_of(win)
    section.select(premises)
    assert "reçue sans vérification" in section.versions.item(0).text()
    warned, asked = [], []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: warned.append(a[2]) or QMessageBox.StandardButton.No)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    win.findChild(QAction, "action:export-pdf").trigger()
    wait_idle(qtbot, section)
    assert warned and "autre version du modèle" in warned[0] and asked == []
    section.findChild(QAction, "action:print").trigger()
    wait_idle(qtbot, section)
    assert len(warned) == 2


def test_an_agreement_signed_elsewhere_does_not_show_a_version_it_does_not_know(window, qtbot):
    """Received signed in an exchange file, the signing date is known but not which version was
    signed: the details say when, never « version None »."""
    from types import SimpleNamespace

    section = section_of(window())
    received = SimpleNamespace(status="signed", parties=["A", "B"], start_date=date(2026, 1, 5),
                               end_date=date(2027, 1, 5), signed_on=date(2026, 1, 5), signed_version=None,
                               scan_path=None, terminated_on=None, parent_reference=None, amendments=[],
                               parent_version=None)
    text = section._info_text(received)
    assert "Signée le 5 janvier 2026" in text.replace("\u00a0", " ") and "None" not in text
    received.signed_version = 2
    assert "(version\u00a02)" in section._info_text(received)
