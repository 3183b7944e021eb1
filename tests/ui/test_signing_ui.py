"""Electronic signatures in the app, used as a person would: the File menu opened with the mouse,
a signing key created for a representative with an accented name, two parties signing an exported
agreement in turn, Verify a copy listing both signatures, a partner's certificate imported as
trusted then removed after confirmation. Main window at 1024×600; screenshots of the sign dialog
and of the verification (French and English) are saved to look at."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from partage_desktop.services.agreements import versions as av
from partage_desktop.services.signing.keys import create_signing_key, export_certificate
from partage_desktop.ui.agreements.dialogs import VerifyCopyDialog
from partage_desktop.ui.signing.key_dialog import CreateKeyDialog
from partage_desktop.ui.signing.sign_dialog import SignDialog
from partage_desktop.ui.signing.trust_dialog import TrustedCertificatesDialog
from tests.keyboard_input import type_text
from tests.ui.conftest import SMALL_SCREEN

# opening a menu with the mouse makes the offscreen platform say it cannot grab the keyboard: harmless
pytestmark = pytest.mark.qt_log_ignore("grabbing the keyboard", "propagateSizeHints", "does not support raise")
SHOTS = Path(tempfile.gettempdir())
PASSWORD_1 = "Érable sucré 2026"
PASSWORD_2 = "cormoran-du-fleuve"


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    """Two representatives' keys and the first one's certificate (made once: RSA keys take time)."""
    folder = tmp_path_factory.mktemp("keys")
    first = create_signing_key(folder / "eclaircie.p12", "Nathalie Bergeron", "Centre de femmes L'Éclaircie",
                               "direction@eclaircie.example", PASSWORD_1, "fr")
    second = create_signing_key(folder / "carrefour.p12", "Karim Benali", "Carrefour emploi Hochelaga-Maisonneuve",
                                "direction@carrefour-hm.example", PASSWORD_2, "fr")
    cer = folder / "eclaircie.cer"
    export_certificate(first.path, PASSWORD_1, cer, "fr")
    return first, second, cer


def fields_pdf(data, reference: str, lang: str, out: Path) -> Path:
    """The exported version as it was saved: it carries an empty signature field per party."""
    from partage_desktop.pdf.signing.fields import signature_fields

    pdf = av.version_pdf(data, reference, 1, lang)
    assert [f.name for f in signature_fields(pdf)] == ["party-1", "party-2", "party-3"]
    out.write_bytes(pdf)
    return out


def click_menu(qtbot, window, object_name: str) -> None:
    """Open the File menu with the mouse and click the entry."""
    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(window.file_menu.menuAction()).center())
    menu = window.file_menu
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    action = next(a for a in menu.actions() if a.objectName() == object_name)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


@pytest.fixture
def opened(monkeypatch):
    """The dialogs the app opens, shown without blocking (their exec() would wait for a person)."""
    found: list[QDialog] = []

    def show(self):
        found.append(self)
        self.show()
        self.activateWindow()
        return 0

    for cls in (CreateKeyDialog, SignDialog, TrustedCertificatesDialog, VerifyCopyDialog):
        monkeypatch.setattr(cls, "exec", show)
    return found


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes answered as a person would; what they said is kept."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: said.append(self.text()) or 0)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: said.append(text) or 0)
    return said


def section_window(make_window, lang):
    win = make_window(lang, size=SMALL_SCREEN, section="section:agreements")
    win.agreements.refresh()
    return win


def test_create_a_signing_key_from_the_menu(make_window, qtbot, two_agreements, tmp_path, monkeypatch, opened, boxes):
    win = section_window(make_window, "fr")
    click_menu(qtbot, win, "action:signing-key")
    qtbot.waitUntil(lambda: bool(opened), timeout=3000)
    dialog = opened[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    assert dialog.windowTitle() == "Créer une clé de signature"
    assert dialog.width() <= 1024 and dialog.height() <= 600
    for field, text in ((dialog.name, "Hélène Côté"), (dialog.organization, "Centre de femmes L'Éclaircie"),
                        (dialog.email, "helene.cote@eclaircie.example")):
        field.clear()
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
        type_text(qtbot, field, text)
    qtbot.mouseClick(dialog.password, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.password, "court")
    assert "Trop court" in dialog.hint.text()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.confirm
    type_text(qtbot, dialog.confirm, "court")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "au moins 8 caractères" in dialog.problems.text()
    assert QApplication.focusWidget() is dialog.password
    dialog.password.selectAll()
    type_text(qtbot, dialog.password, "Pommes d'été 2026")
    dialog.confirm.clear()
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.confirm, "Pommes d'ete 2026")
    assert "diffèrent" in dialog.hint.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "diffèrent" in dialog.problems.text() and QApplication.focusWidget() is dialog.confirm
    dialog.confirm.clear()
    type_text(qtbot, dialog.confirm, "Pommes d'été 2026")
    qtbot.wait(100)  # the layout settles on the new texts before the screenshot
    dialog.grab().save(str(SHOTS / "signui-key-fr.png"))
    key = tmp_path / "Hélène.p12"
    cer = tmp_path / "Hélène.cer"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(key), ""))
    qtbot.mouseClick(dialog.where.button, Qt.MouseButton.LeftButton)
    assert dialog.where.edit.text() == str(key)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(cer), ""))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.created is not None, timeout=20000)
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    assert "Hélène Côté" in asked[0] and "certificat" in asked[0]
    assert key.is_file() and cer.is_file() and b"BEGIN CERTIFICATE" in cer.read_bytes()
    if os.name == "posix":
        assert key.stat().st_mode & 0o077 == 0
    assert any("Le certificat est enregistré" in text for text in boxes)
    assert not dialog.password.text() and not dialog.confirm.text()  # not kept once used
    assert QApplication.overrideCursor() is None
    # its certificate joined the book as ours: our own signatures show as trusted here
    click_menu(qtbot, win, "action:trusted-certificates")
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=3000)
    book = opened[1]
    qtbot.addWidget(book)
    assert book.table.rowCount() == 1 and book.table.item(0, 0).text() == "Hélène Côté (le nôtre)"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_two_parties_sign_in_turn_and_the_verification_lists_both(
        make_window, qtbot, two_agreements, keys, tmp_path, monkeypatch, opened, boxes, lang):
    data, _, premises = two_agreements
    first, second, _ = keys
    source = fields_pdf(data, premises, "fr", tmp_path / "entente.pdf")
    win = section_window(make_window, lang)
    section = win.agreements
    section.select(premises)

    def sign_as(pdf: Path, key: Path, password: str, out: Path, shot: str = "") -> SignDialog:
        opened.clear()
        click_menu(qtbot, win, "action:sign-agreement")
        qtbot.waitUntil(lambda: bool(opened), timeout=3000)
        dialog = opened[0]
        qtbot.addWidget(dialog)
        # the selected agreement's latest version is offered first (exports without signature fields
        # cannot be signed: the button stays off and the dialog says why)
        qtbot.waitUntil(lambda: not dialog.busy.on and dialog.party.count() == 3, timeout=20000)
        assert ("Version 1 de " if lang == "fr" else "Version 1 of ") + premises in dialog.pdf.edit.text()
        fields = any(p.has_field for p in dialog.people)
        assert dialog.sign_button.isEnabled() == fields
        if not fields:
            assert ("aucune place" if lang == "fr" else "no place") in dialog.state.text()
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pdf), ""))
        qtbot.mouseClick(dialog.pdf.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy.on and dialog.party.count() == 3, timeout=20000)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(key), ""))
        qtbot.mouseClick(dialog.key.button, Qt.MouseButton.LeftButton)
        assert QApplication.focusWidget() is dialog.password
        type_text(qtbot, dialog.password, password)
        if shot:
            qtbot.wait(100)
            dialog.grab().save(str(SHOTS / f"signui-sign-{lang}.png"))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.signed is not None or not dialog.busy.on, timeout=30000)
        qtbot.waitUntil(lambda: not dialog.busy.on, timeout=30000)
        return dialog

    # a wrong password is said next to it, and nothing is written
    out1 = tmp_path / "signée-1.pdf"
    dialog = sign_as(source, first.path, "pas le bon", out1)
    assert dialog.signed is None and not out1.exists()
    assert ("mot de passe" if lang == "fr" else "password") in dialog.state.text().lower()
    assert QApplication.focusWidget() is dialog.password
    dialog.close()

    dialog = sign_as(source, first.path, PASSWORD_1, out1)
    assert dialog.signed is not None and out1.is_file()
    said = boxes[-1]
    assert "Nathalie Bergeron" in said and "Centre de femmes L'Éclaircie" in said
    assert "Carrefour emploi Hochelaga-Maisonneuve" in said  # who can sign next
    assert ("à son tour" if lang == "fr" else "in turn") in said

    out2 = tmp_path / "signée-2.pdf"
    dialog = sign_as(out1, second.path, PASSWORD_2, out2, shot="sign")
    # the party that signed already is greyed and not chosen
    model = dialog.party.model()
    assert not model.item(0).isEnabled() and model.item(1).isEnabled()
    assert dialog.signed is not None and dialog.signed.party == 2 and out2.is_file()
    assert "Association des proches aidants de l'Est" in boxes[-1]

    opened.clear()
    click_menu(qtbot, win, "action:verify-copy")
    qtbot.waitUntil(lambda: bool(opened), timeout=3000)
    verify = opened[0]
    qtbot.addWidget(verify)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out2), ""))
    qtbot.mouseClick(verify.findChild(type(dialog.sign_button), "verify:choose-pdf"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: verify.status not in ("", "busy"), timeout=30000)
    shown = verify.signatures.text()
    assert verify.signatures.isVisible() and verify.signature_check is not None
    assert len(verify.signature_check.signatures) == 2
    assert "Nathalie Bergeron" in shown and "Karim Benali" in shown
    assert ("2 signatures électroniques" if lang == "fr" else "2 electronic signatures") in shown
    assert verify.status == "identical"  # the document itself is the recorded version
    assert premises in verify.verdict.text()
    qtbot.wait(100)  # the layout settles on the new texts before the screenshot
    verify.grab().save(str(SHOTS / f"signui-verify-{lang}.png"))


def test_trusted_certificates_import_and_remove(make_window, qtbot, two_agreements, keys, tmp_path, monkeypatch,
                                                opened, boxes):
    data, _, premises = two_agreements
    first, _, cer = keys
    win = section_window(make_window, "fr")
    click_menu(qtbot, win, "action:trusted-certificates")
    qtbot.waitUntil(lambda: bool(opened), timeout=3000)
    dialog = opened[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    assert dialog.empty.isVisible() and not dialog.remove_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(cer), ""))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1 and "Nathalie Bergeron" in dialog.table.item(0, 0).text()
    assert dialog.table.item(0, 1).text() == "Centre de femmes L'Éclaircie"
    assert first.certificate.short in boxes[-1] and first.certificate.short in dialog.details.text()
    assert QApplication.focusWidget() is dialog.table and dialog.remove_button.isEnabled()
    qtbot.wait(100)
    dialog.grab().save(str(SHOTS / "signui-trusted-fr.png"))

    # signed by that key: the verification now says the signer is trusted
    signed = tmp_path / "signée.pdf"
    from partage_desktop.services.signing.sign import sign_file

    sign_file(fields_pdf(data, premises, "fr", tmp_path / "e.pdf"), 1, first.path, PASSWORD_1, signed, "fr")
    verify = VerifyCopyDialog(data, "fr", win.tasks, win)
    qtbot.addWidget(verify)
    verify.verify_pdf(signed)
    qtbot.waitUntil(lambda: verify.status not in ("", "busy"), timeout=30000)
    assert verify.signature_check.signatures[0].trusted
    assert "Intacte, signataire de confiance" in verify.signatures.text()

    # removing asks first; No keeps it, Yes removes it
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or answers.pop(0))
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)  # Tab leaves the list for the buttons
    assert QApplication.focusWidget() is not dialog.table
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1 and "Nathalie Bergeron" in asked[0] and first.certificate.short in asked[0]
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # the Delete key asks the same question
    assert len(asked) == 2
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisible()


def test_a_file_attached_after_signing_is_said_first_and_in_red(make_window, qtbot, two_agreements, keys, tmp_path):
    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    from partage_desktop.services.signing.sign import sign_file

    data, _, premises = two_agreements
    first, _, _ = keys
    signed = tmp_path / "signée.pdf"
    sign_file(fields_pdf(data, premises, "fr", tmp_path / "e.pdf"), 1, first.path, PASSWORD_1, signed, "fr")
    writer = IncrementalPdfFileWriter(io.BytesIO(signed.read_bytes()))
    embed.embed_file(writer, embed.FileSpec("facture.txt", embedded_data=embed.EmbeddedFileObject.from_file_data(
        writer, b"ajout apres la signature")))
    out = io.BytesIO()
    writer.write(out)
    tampered = tmp_path / "modifiée.pdf"
    tampered.write_bytes(out.getvalue())

    win = section_window(make_window, "fr")
    verify = VerifyCopyDialog(data, "fr", win.tasks, win)
    qtbot.addWidget(verify)
    verify.show()
    verify.verify_pdf(tampered)
    qtbot.waitUntil(lambda: verify.status not in ("", "busy"), timeout=30000)
    shown = verify.signatures.text()
    assert verify.signature_check.changed
    assert shown.index("Attention\u00a0: le fichier a été modifié après avoir été signé") < shown.index("Nathalie Bergeron")
    assert "facture.txt" in shown and "#b00020" in shown.split("Attention")[0][-40:]
    assert "Attention\u00a0: modifié après avoir été signé" in verify.verdict.text()
    assert "#1b5e20" not in verify.verdict.text()  # never the green mark


def test_exporting_ones_own_certificate_later(make_window, qtbot, two_agreements, keys, tmp_path, monkeypatch, opened,
                                              boxes):
    from PySide6.QtWidgets import QInputDialog

    first, _, _ = keys
    win = section_window(make_window, "en")
    click_menu(qtbot, win, "action:trusted-certificates")
    qtbot.waitUntil(lambda: bool(opened), timeout=3000)
    dialog = opened[0]
    qtbot.addWidget(dialog)
    out = tmp_path / "mine.cer"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(first.path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    passwords = ["wrong one", PASSWORD_1]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (passwords.pop(0), True))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text) or 0)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not out.exists() and "password" in warned[0] and "eclaircie.p12" in warned[0]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert b"BEGIN CERTIFICATE" in out.read_bytes() and any("mine.cer" in text for text in boxes)
