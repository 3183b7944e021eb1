"""Our logo: chosen in the Organizations section, printed on the agreements we draft, verified."""

from __future__ import annotations

import base64
import io

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QPushButton

from partage_desktop.core.agreements.validation import validate
from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.services.agreements.export import render_pdf, verify_pdf_bytes
from partage_desktop.services.organizations import logo as logo_service
from partage_desktop.ui import build_main_window
from partage_desktop.ui.organizations.logo_box import as_png


def a_logo(tmp_path, size=(900, 450), name="logo.bmp"):
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    path = tmp_path / name
    assert image.save(str(path))
    return path


def images_on_first_page(pdf: bytes) -> int:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    xobjects = page["/Resources"].get("/XObject", {})
    return sum(1 for ref in xobjects.values() if ref.get_object().get("/Subtype") == "/Image")


def test_logo_prints_is_part_of_the_fingerprint_and_verifies(example_answers, tmp_path):
    png = as_png(QImage(str(a_logo(tmp_path))))
    raw = example_answers("pret-materiel")
    plain = render_pdf(raw, "fr")
    raw["meta"] = {"logo": base64.b64encode(png).decode()}
    with_logo = render_pdf(raw, "fr")
    assert images_on_first_page(with_logo.pdf) == 1 and images_on_first_page(plain.pdf) == 0
    assert with_logo.document.fingerprint != plain.document.fingerprint
    assert verify_pdf_bytes(with_logo.pdf, "fr").ok


@pytest.mark.parametrize("value,expected", [("pas du base64!", "PNG ou JPEG"),
                                            (base64.b64encode(b"GIF89a....").decode(), "PNG ou JPEG"),
                                            (base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"0" * 400_000).decode(),
                                             "trop lourd")])
def test_a_bad_logo_in_an_answers_file_is_a_clear_error(example_answers, value, expected):
    raw = example_answers("pret-materiel")
    raw["meta"] = {"logo": value}
    result = validate(catalogue(), raw, lang="fr")
    assert [p.path for p in result.errors] == ["meta.logo"]
    assert expected in str(result.errors[0])


def test_choose_logo_then_new_agreement_prints_it(qtbot, data_dir, tmp_path, monkeypatch):
    win = build_main_window(data_dir, "fr")
    qtbot.addWidget(win)
    win.show()
    win.show_section("section:organizations")
    source = a_logo(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    win.findChild(QPushButton, "action:choose-logo").click()
    assert "Logo enregistré" in win.findChild(QLabel, "organizations-logo-message").text()
    stored = logo_service.own_logo(win.data)
    assert stored and stored.startswith(b"\x89PNG") and len(stored) < 300 * 1024
    wizard = win.new_agreement("pret-materiel")
    box = wizard.findChild(QCheckBox, "wizard:logo")
    assert box.isVisible() and box.isChecked()
    assert base64.b64decode(wizard.answers["meta"]["logo"]) == stored
    box.setChecked(False)
    assert "logo" not in wizard.answers["meta"]
    wizard.close()
    win.findChild(QPushButton, "action:remove-logo").click()
    assert logo_service.own_logo(win.data) is None


def test_a_file_that_is_not_an_image_is_refused(qtbot, data_dir, tmp_path):
    win = build_main_window(data_dir, "en")
    qtbot.addWidget(win)
    not_image = tmp_path / "notes.png"
    not_image.write_text("hello", "utf-8")
    assert not win.findChild(object, "organizations-logo").use_file(str(not_image))
    assert "not an image" in win.findChild(QLabel, "organizations-logo-message").text()
    with pytest.raises(UserInputError):
        logo_service.set_own_logo(win.data, b"GIF89a", "en")
