"""Agreement lifecycle: export freezes versions, signing, termination, fingerprint look-up."""

from __future__ import annotations

from datetime import date

import pytest
from safetydata import edited_amount

from partage_desktop.core.agreements.fingerprint import normalize_fingerprint
from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import versions as av
from partage_desktop.services.agreements.export import verify_pdf_bytes
from partage_desktop.services.agreements.listing import list_agreements
from partage_desktop.words import error_lines

TODAY = date(2026, 11, 23)


def test_export_freezes_a_version_and_unchanged_answers_reuse_it(data, example_answers):
    ref = drafts.create_draft(data, example_answers("pret-materiel"), today=TODAY)
    first = av.export_version(data, ref, "fr")
    assert (first.number, first.created, first.status) == (1, True, "ready")
    assert first.pdf.startswith(b"%PDF") and first.pages > 1
    assert verify_pdf_bytes(first.pdf, "fr").ok
    again = av.export_version(data, ref, "fr")
    assert (again.number, again.created, again.pdf) == (1, False, first.pdf)

    answers = drafts.load_draft(data, ref)
    answers["fields"]["end_date"] = "2027-08-31"
    drafts.save_draft(data, ref, answers)
    second = av.export_version(data, ref, "fr")
    assert (second.number, second.created) == (2, True)
    assert second.fingerprint != first.fingerprint
    # the frozen version 1 is untouched
    assert av.version_pdf(data, ref, 1, "fr") == first.pdf
    assert av.version_answers(data, ref, 1, "fr")["fields"]["end_date"] == "2027-06-24"
    assert av.version_answers(data, ref, 2, "fr")["meta"] == {"reference": ref, "version": 2}
    check = verify_pdf_bytes(second.pdf, "fr")
    assert check.ok and (check.reference, check.version) == (ref, 2)
    listed = {i["ref"]: i for i in list_agreements(data)}
    assert listed[ref]["versions"] == 2 and listed[ref]["status"] == "ready"


def test_invalid_answers_are_refused_with_every_problem_and_nothing_frozen(data, example_answers):
    answers = example_answers("pret-materiel")
    answers["fields"]["end_date"] = "2026-01-01"
    answers["parties"][1]["name"] = ""
    ref = drafts.create_draft(data, answers, today=TODAY)
    with pytest.raises(UserInputError) as info:
        av.export_version(data, ref, "fr")
    text = "\n".join(error_lines(info.value, "fr"))
    assert "Date de fin" in text and "Nom légal" in text
    assert av.details(data, ref, "fr").versions == []
    assert av.details(data, ref, "fr").status == "draft"


def test_sign_with_scan_then_expire_and_terminate(data, example_answers, tmp_path):
    ref = drafts.create_draft(data, example_answers("pret-materiel"), today=TODAY)
    with pytest.raises(UserInputError) as info:
        av.mark_signed(data, ref, TODAY, "fr", today=TODAY)
    assert "Exportez-la d'abord" in error_lines(info.value, "fr")[0]
    av.export_version(data, ref, "fr")
    with pytest.raises(UserInputError):
        av.mark_signed(data, ref, date(2026, 12, 1), "fr", today=TODAY)  # in the future
    bad = tmp_path / "scan.exe"
    bad.write_bytes(b"MZ")
    with pytest.raises(UserInputError) as info:
        av.mark_signed(data, ref, TODAY, "en", scan_path=bad, today=TODAY)
    assert "PDF, JPEG, PNG or TIFF" in error_lines(info.value, "en")[0]
    scan = tmp_path / "copie signée.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned")
    info_ = av.mark_signed(data, ref, date(2026, 11, 20), "fr", scan_path=scan, today=TODAY)
    assert (info_.status, info_.signed_on, info_.signed_version) == ("signed", date(2026, 11, 20), 1)
    assert info_.scan_path.read_bytes() == b"%PDF-1.4 scanned"
    assert info_.scan_path.parent.parent == data.attachments and ref in info_.scan_path.name

    # a signed agreement cannot change except through an amendment
    answers = drafts.load_draft(data, ref)
    answers["fields"]["purpose"] = "Autre chose"
    drafts.save_draft(data, ref, answers)
    with pytest.raises(UserInputError) as info:
        av.export_version(data, ref, "fr")
    assert "avenant" in error_lines(info.value, "fr")[0]

    # past its end date (2027-06-24) it shows as expired
    assert av.details(data, ref, "fr", today=date(2027, 6, 25)).status == "expired"
    assert av.details(data, ref, "fr", today=date(2027, 6, 24)).status == "signed"
    with pytest.raises(UserInputError):
        av.terminate(data, ref, date(2026, 11, 1), "fr", today=TODAY)  # before the signature
    done = av.terminate(data, ref, date(2027, 2, 1), "fr", today=TODAY)
    assert (done.status, done.terminated_on) == ("terminated", date(2027, 2, 1))
    with pytest.raises(UserInputError):
        av.export_version(data, ref, "fr")


def test_terminate_needs_a_signed_agreement(data, example_answers):
    ref = drafts.create_draft(data, example_answers("pret-materiel"), today=TODAY)
    with pytest.raises(UserInputError) as info:
        av.terminate(data, ref, TODAY, "en", today=TODAY)
    assert "Only a signed agreement" in error_lines(info.value, "en")[0]
    with pytest.raises(UserInputError) as info:
        av.details(data, "ENT-1999-0001", "en")
    assert "ENT-1999-0001" in error_lines(info.value, "en")[0]


def test_find_by_fingerprint_as_typed_from_paper(data, example_answers):
    ref = drafts.create_draft(data, example_answers("locaux-partages"), today=TODAY)
    exported = av.export_version(data, ref, "fr")
    typed = exported.fingerprint.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalize_fingerprint(typed) == exported.fingerprint
    found = av.find_by_fingerprint(data, typed)
    assert [(f.reference, f.number) for f in found] == [(ref, 1)]
    assert found[0].title == "Entente de partage de locaux" or found[0].title
    assert av.find_by_fingerprint(data, "0000-0000-0000") == []
    # today's 16 characters are matched whole: their first 12 alone are not enough
    assert av.find_by_fingerprint(data, exported.fingerprint[:14]) == []


def test_verify_a_copy_by_file_or_typed_fingerprint(data, example_answers, tmp_path):
    from partage_desktop.services.agreements.copies import check_fingerprint, check_pdf

    ref = drafts.create_draft(data, example_answers("pret-materiel"), today=TODAY)
    exported = av.export_version(data, ref, "fr")
    good = tmp_path / "copie.pdf"
    good.write_bytes(exported.pdf)
    result = check_pdf(data, good, "fr")
    assert result.ok and result.matches[0].reference == ref and "version 1" in result.message
    # which program wrote the file is not what it says: another producer is still identical
    other_producer = tmp_path / "autre-producteur.pdf"
    other_producer.write_bytes(exported.pdf.replace(b"/Producer", b"/Producex", 1))
    assert check_pdf(data, other_producer, "fr").status == "identical"
    altered = tmp_path / "modifiee.pdf"
    altered.write_bytes(edited_amount(exported.pdf))
    result = check_pdf(data, altered, "fr")
    assert result.status == "altered" and [m.reference for m in result.matches] == [ref]
    assert result.exit_code == 3
    typed = check_fingerprint(data, exported.fingerprint.lower(), "en")
    assert typed.ok and "version 1 of agreement" in typed.message and "by hand" in typed.message
    assert check_fingerprint(data, "ABCD", "en").status == "unknown"
    listed = {i["ref"]: i for i in list_agreements(data)}
    assert listed[ref]["state"] == "ready"
