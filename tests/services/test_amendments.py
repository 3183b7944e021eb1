"""Amendments: from a signed agreement, a linked draft whose PDF cites the parent and lists changes."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from partage_desktop.platform import datadir
from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import versions as av
from partage_desktop.services.agreements.amendments import compare_versions, start_amendment
from partage_desktop.services.data.database import prepare
from partage_desktop.words import error_lines

TODAY = date(2026, 11, 23)


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def signed(data, answers):
    ref = drafts.create_draft(data, answers, today=TODAY)
    av.export_version(data, ref, answers["lang"])
    av.mark_signed(data, ref, date(2026, 11, 20), answers["lang"], today=TODAY)
    return ref


def test_amendment_cites_the_parent_and_lists_exactly_what_changed(data, example_answers):
    parent = signed(data, example_answers("pret-materiel"))
    parent_v1 = av.details(data, parent, "fr").versions[0]
    ref = start_amendment(data, parent, "fr")
    assert ref == f"{parent}-A1"
    info = av.details(data, ref, "fr")
    assert (info.parent_reference, info.parent_version, info.status) == (parent, 1, "draft")
    assert av.details(data, parent, "fr").amendments == [ref]

    with pytest.raises(UserInputError) as nothing:
        av.export_version(data, ref, "fr")
    assert "ne change encore rien" in error_lines(nothing.value, "fr")[0]

    answers = drafts.load_draft(data, ref)
    answers["fields"]["end_date"] = "2027-12-22"
    answers["clauses"] = {"added": [{"title": "Pneus d'hiver", "text": "Le Prêteur fournit des pneus <d'hiver> & les pose.",
                                     "after": "duree.periode"}]}
    drafts.save_draft(data, ref, answers)
    exported = av.export_version(data, ref, "fr")
    assert exported.number == 1 and exported.status == "ready"
    text = pdf_text(exported.pdf)
    assert "Avenant n° 1" in text
    assert parent in text and parent_v1.fingerprint in text
    assert "24 juin 2027" in text and "22 décembre 2027" in text
    assert "Pneus d'hiver" in text and "<d'hiver> & les pose" in text
    assert "demeurent inchangées" in text
    # a clause that did not change is not listed
    assert "prudence et diligence" not in text
    from partage_desktop.services.agreements.copies import check_pdf_bytes

    assert check_pdf_bytes(data, exported.pdf, "fr").status == "identical"
    assert [v.reference for v in av.find_by_fingerprint(data, exported.fingerprint)] == [ref]

    diff = compare_versions(data, (parent, 1), (ref, 1), "fr")
    assert [c.key for c in diff.fields] == ["fields.end_date"]
    # the same bytes again: an unchanged amendment is not a new version
    assert av.export_version(data, ref, "fr").pdf == exported.pdf


def test_only_signed_agreements_take_an_amendment(data, example_answers):
    ref = drafts.create_draft(data, example_answers("pret-materiel"), today=TODAY)
    with pytest.raises(UserInputError) as info:
        start_amendment(data, ref, "en")
    assert "starts from a signed agreement" in error_lines(info.value, "en")[0]


def test_english_amendment(data, example_answers, tmp_path):
    answers = example_answers("entente-collaboration")
    answers["lang"] = "en"
    parent = signed(data, answers)
    ref = start_amendment(data, parent, "en")
    changed = drafts.load_draft(data, ref)
    changed["fields"]["review_frequency"] = "yearly"
    drafts.save_draft(data, ref, changed)
    pdf = av.export_version(data, ref, "en").pdf
    text = pdf_text(pdf)
    assert "Amendment No. 1" in text and "Follow-up meetings" in text and "at least once a year" in text
    assert "Page 1 of" in text
    (tmp_path / "amendment-en.pdf").write_bytes(pdf)


def test_an_amendment_pdf_verifies_on_its_own_anywhere(data, example_answers, tmp_path):
    """The command line and "Verify a copy" recognise an amendment from the file alone: no need
    for the database that made it."""
    from partage_desktop.cli.main import main
    from partage_desktop.services.agreements.copies import check_pdf
    from partage_desktop.services.agreements.export import verify_pdf

    parent = signed(data, example_answers("pret-materiel"))
    ref = start_amendment(data, parent, "fr")
    answers = drafts.load_draft(data, ref)
    answers["fields"]["end_date"] = "2027-12-22"
    drafts.save_draft(data, ref, answers)
    exported = av.export_version(data, ref, "fr")
    pdf = tmp_path / "avenant.pdf"
    pdf.write_bytes(exported.pdf)

    outcome = verify_pdf(pdf, "fr")
    assert outcome.status == "ok", outcome.message
    assert (outcome.reference, outcome.version, outcome.fingerprint) == (ref, 1, exported.fingerprint)
    assert "avenant n° 1" in outcome.message and parent in outcome.message

    elsewhere = datadir.resolve(str(tmp_path / "autre-poste"))
    prepare(elsewhere, "fr")
    # genuine, but that folder's database does not record it: said so, and not exit 0
    assert check_pdf(elsewhere, pdf, "fr").status == "unknown"
    assert main(["agreement", "verify", str(pdf), "--data-dir", str(tmp_path / "autre-poste")]) == 5
    assert check_pdf(data, pdf, "fr").status == "identical"

    # one changed date in what prints: caught, and named
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(exported.pdf)))
    edited = 0
    for page in writer.pages:
        content = page.get_contents()
        original = content.get_data()
        if b"22 d" in original:
            content.set_data(original.replace(b"22 d", b"23 d"))
            page.replace_contents(content)
            edited += 1
    assert edited
    buffer = io.BytesIO()
    writer.write(buffer)
    altered = tmp_path / "avenant-modifie.pdf"
    altered.write_bytes(buffer.getvalue())
    outcome = verify_pdf(altered, "en")
    assert outcome.status == "altered" and ref in outcome.message and "amendment No. 1" in outcome.message
    assert main(["agreement", "verify", str(altered), "--lang", "en"]) == 3


def test_an_amendment_whose_record_was_edited_is_reported_damaged(data, example_answers, tmp_path):
    import json

    from partage_desktop.core.agreements.amendment import build_amendment
    from partage_desktop.pdf.agreement.amendment import render_amendment
    from partage_desktop.services.agreements.export import check_answers, verify_pdf_bytes

    before = check_answers(example_answers("pret-materiel"), "fr").answers
    changed = example_answers("pret-materiel")
    changed["fields"]["end_date"] = "2027-12-22"
    after = check_answers(changed, "fr").answers
    from partage_desktop.core.agreements.amendment import ParentInfo

    parent = ParentInfo("ENT-2026-0001", 1, "AAAA-BBBB-CCCC", "Prêt", date(2026, 11, 20))
    doc = build_amendment(1, parent, before, after)
    pdf, _ = render_amendment(doc)
    assert verify_pdf_bytes(pdf, "fr").status == "ok"
    # the same PDF drawn from an edited record: the record no longer draws these bytes
    record = json.loads(doc.record)
    record["answers"]["fields"]["end_date"] = "2028-01-31"
    from dataclasses import replace

    tampered, _ = render_amendment(replace(doc, record=json.dumps(record, ensure_ascii=False)))
    assert verify_pdf_bytes(tampered, "fr").status == "altered"
    record["format"] = 99
    strange, _ = render_amendment(replace(doc, record=json.dumps(record)))
    result = verify_pdf_bytes(strange, "en")
    assert result.status == "altered" and "bears Partage's marks" in result.message
