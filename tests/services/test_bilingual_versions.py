"""A bilingual agreement kept in Partage: its versions freeze the two-column PDF, a copy verifies
against the drawing made again, switching the choice is a new version, and an amendment to it
still cites the signed agreement."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import versions as av
from partage_desktop.services.agreements.amendments import start_amendment
from partage_desktop.services.agreements.copies import check_pdf_bytes
from partage_desktop.services.agreements.export import verify_pdf_bytes

TODAY = date(2026, 11, 23)


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_versions_of_a_bilingual_agreement(data, example_answers):
    answers = example_answers("pret-materiel")
    ref = drafts.create_draft(data, answers, today=TODAY)
    plain = av.export_version(data, ref, "fr")
    assert "Equipment Loan Agreement" not in text_of(plain.pdf)
    saved = drafts.load_draft(data, ref)
    saved["bilingual"] = {"prevails": "fr"}
    drafts.save_draft(data, ref, saved)
    both = av.export_version(data, ref, "fr")
    assert both.number == 2 and both.fingerprint != plain.fingerprint  # the choice is part of the content
    words = text_of(both.pdf)
    assert "Entente de prêt d'équipement" in words and "Equipment Loan Agreement" in words
    assert check_pdf_bytes(data, both.pdf, "fr").status == "identical"
    assert verify_pdf_bytes(both.pdf, "en").status == "ok"
    assert av.version_pdf(data, ref, 2, "fr") == both.pdf
    # the same answers again: no new version
    assert av.export_version(data, ref, "fr").pdf == both.pdf
    # an amendment to the signed bilingual agreement cites it
    av.mark_signed(data, ref, date(2026, 11, 20), "fr", today=TODAY)
    amendment = start_amendment(data, ref, "fr")
    changed = drafts.load_draft(data, amendment)
    assert changed["bilingual"] == {"prevails": "fr"}
    changed["fields"]["end_date"] = "2027-12-22"
    drafts.save_draft(data, amendment, changed)
    exported = av.export_version(data, amendment, "fr")
    said = text_of(exported.pdf)
    assert ref in said and both.fingerprint in said and "22 décembre 2027" in said
    assert check_pdf_bytes(data, exported.pdf, "fr").status == "identical"
