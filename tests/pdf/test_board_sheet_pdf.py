"""Our offers sheet printed as a PDF: embedded fonts only, the sheet's date and "Page X de Y" on
every page, photos drawn, every typed value printed as typed, French or English; pages rendered
to look at (BOARD_SHOTS=folder keeps the PNGs)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from datetime import datetime

import pytest
from board_support import fill_sender
from pypdf import PdfReader
from safetydata import prepared

from partage_desktop.services.data.session import close_all
from partage_desktop.services.resources import sheets
from tests.pdf.test_agreement_pdf import embedded_fonts_only

SHOTS = os.environ.get("BOARD_SHOTS")


@pytest.mark.parametrize(("lang", "dated", "page", "offers", "deposit"), [
    ("fr", "Fiche du 2 novembre 2026", "Page 1 de 2", "Ce que nous pouvons prêter (3)", "Dépôt\u00a0: 100,00\u00a0$"),
    ("en", "Sheet of November 2, 2026", "Page 1 of 2", "What we can lend (3)", "Deposit: $100.00"),
])
def test_the_printed_sheet(data_dir, tmp_path, lang, dated, page, offers, deposit):
    data = prepared(data_dir)
    fill_sender(data)
    out = tmp_path / f"fiche-{lang}.pdf"
    summary = sheets.export_sheet(data, out, lang, now=datetime(2026, 11, 2, 9, 0))
    raw = out.read_bytes()
    assert summary.pages == 2 and embedded_fonts_only(raw) == []
    reader = PdfReader(io.BytesIO(raw))
    def plain(value: str) -> str:  # no-break spaces read back as spaces
        return value.replace("\u202f", " ").replace("\u00a0", " ")

    text = plain("\n".join(p.extract_text() for p in reader.pages))
    assert dated in text and page in text and offers in text and plain(deposit) in text
    assert "Projecteur" not in text or "<HD>" in text  # typed values printed as typed (the private one is absent)
    assert "Tente 10 × 10 « pro »" in text and "Camion cube & diable" in text
    assert all("2 novembre 2026" in p.extract_text() or "November 2, 2026" in p.extract_text() for p in reader.pages)
    images = sum(len(p.images) for p in reader.pages)
    assert images == 2  # the tent's two photos
    close_all()
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(out), str(tmp_path / f"page-{lang}")], check=True)
        pngs = sorted(tmp_path.glob(f"page-{lang}*.png"))
        assert len(pngs) == 2 and all(p.stat().st_size > 2000 for p in pngs)
        if SHOTS:
            for p in pngs:
                shutil.copy(p, SHOTS)
