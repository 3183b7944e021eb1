"""The draft preview: incomplete answers print as pages with blanks, marked as a draft on every
page, while the real export (PDF file, frozen version) still refuses incomplete answers."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from partage_desktop.pdf.agreement.draw import read_embedded_answers
from partage_desktop.pdf.page_digest import pages_digest
from partage_desktop.platform import datadir
from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.services.agreements.export import (
    export_answers,
    render_draft_pdf,
    render_pdf,
    verify_pdf_bytes,
)

TEMPLATES = sorted(catalogue().templates)
MARK = {"fr": "PROJET — incomplet", "en": "DRAFT — incomplete"}


def texts(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", (p.extract_text() or "").replace("\u00a0", " ").replace("\u202f", " "))
            for p in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("template_id", TEMPLATES)
def test_nearly_empty_answers_give_a_marked_draft_with_blanks(template_id, lang):
    raw = {"template": template_id, "lang": lang, "parties": [{"name": "Centre A"}, {}]}
    drafted = render_draft_pdf(raw, lang)
    pages = texts(drafted.pdf)
    assert drafted.document.draft and drafted.pages == len(pages) >= 2
    assert all(MARK[lang] in page for page in pages)  # every page says it is an incomplete draft
    assert "________" in pages[0] and "Centre A" in pages[0]
    assert drafted.document.fingerprint == ""
    assert read_embedded_answers(drafted.pdf) is None  # nothing in it to pass for a verifiable copy
    assert not verify_pdf_bytes(drafted.pdf, lang).ok


def test_an_odd_half_typed_draft_still_renders():
    raw = {"template": "locaux-partages", "lang": "fr", "parties": [{}, "pas une partie", {"name": "B"}],
           "fields": {"start_date": "2027-02-30", "cost_split": {"method": "percent", "total": "100",
                                                                 "shares": ["50", "50", "0"]}}}
    assert "________" in texts(render_draft_pdf(raw, "fr").pdf)[0]


def test_the_export_still_refuses_incomplete_answers(tmp_path):
    raw = {"template": "pret-materiel", "lang": "fr", "parties": [{"name": "Centre A"}, {}]}
    with pytest.raises(UserInputError):
        render_pdf(raw, "fr")
    out = tmp_path / "entente.pdf"
    with pytest.raises(UserInputError):
        export_answers(raw, out, "fr")
    assert not out.exists()


def test_the_agreement_version_is_not_frozen_from_incomplete_answers(data_dir):
    from partage_desktop.services.agreements import drafts
    from partage_desktop.services.agreements.versions import export_version
    from partage_desktop.services.data.database import prepare

    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    reference = drafts.create_draft(data, {"template": "pret-materiel", "lang": "fr", "parties": [{}, {}]})
    with pytest.raises(UserInputError):
        export_version(data, reference, "fr")


def test_complete_answers_preview_as_the_real_agreement(example_answers):
    raw = example_answers("pret-materiel")
    drafted = render_draft_pdf(raw, "fr")
    assert not drafted.document.draft
    # the same pages; only the export is converted to PDF/A (a preview is never kept nor verified)
    exported = render_pdf(raw, "fr").pdf
    assert pages_digest(drafted.pdf) == pages_digest(exported)
    assert b"/OutputIntents" not in drafted.pdf


def test_no_kind_of_agreement_no_draft():
    with pytest.raises(UserInputError):
        render_draft_pdf({"lang": "fr"}, "fr")
