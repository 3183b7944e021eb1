"""Electronic signatures (issue 15, point 2): two representatives sign an exported agreement in
turn with keys made on the spot; both signatures stay valid; a signer is trusted only once their
certificate is registered; whatever is changed after signing is reported; the document itself is
still checked against its record as it was before the first signature."""

from __future__ import annotations

import io
import json
import re

import pikepdf
import pytest
from signing_support import (
    attach_file,
    change_a_page,
    exported_with_fields,
    flip_byte,
    make_key,
    signed_range,
    with_fields,
)

from partage_desktop.platform.errors import DataUnusableError, UserInputError
from partage_desktop.platform.resources import templates_dir
from partage_desktop.services.agreements.copies import check_pdf_bytes
from partage_desktop.services.agreements.export import verify_pdf_bytes
from partage_desktop.services.signing import trust
from partage_desktop.services.signing.check import signatures_of
from partage_desktop.services.signing.sign import (
    AlreadySigned,
    KeyUnreadable,
    NoSignatureFields,
    NoSuchParty,
    NotAnAgreement,
    OutNotWritable,
    WrongPassword,
    check_signable,
    sign_file,
    signatories,
)
from partage_desktop.words import say


def example(template_id: str = "pret-materiel") -> dict:
    return json.loads((templates_dir() / "examples" / f"{template_id}.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cles")
    return (make_key(folder, "marie", "Marie-Claude Gagnon", "Centre d'action bénévole", "mcg@example.org",
                     "mot de passe 1", rsa_key=True),
            make_key(folder, "jf", "Jean-François Tremblay", "Comptoir alimentaire L'Entraide",
                     "jft@example.org", "Passe-2 «é»"))


@pytest.fixture(scope="module")
def signed(tmp_path_factory, keys):
    """The example loan agreement, exported with its fields, signed by party 1 then party 2."""
    folder = tmp_path_factory.mktemp("signe")
    exported = folder / "entente.pdf"
    exported.write_bytes(exported_with_fields(example()))
    first = sign_file(exported, 1, keys[0].p12, keys[0].password, folder / "signee-1.pdf", "fr")
    second = sign_file(folder / "signee-1.pdf", 2, keys[1].p12, keys[1].password, folder / "signee-2.pdf", "fr")
    return folder, exported, first, second


def test_two_parties_sign_in_turn_and_both_signatures_stay_valid(signed, keys):
    folder, exported, first, second = signed
    parties = example()["parties"]
    assert [(s.party, s.field, s.name, s.signed) for s in signatories(exported.read_bytes())] == \
        [(1, "party-1", parties[0]["name"], False), (2, "party-2", parties[1]["name"], False)]
    assert (first.party, first.party_name, first.signer, first.pending) == \
        (1, parties[0]["name"], "Marie-Claude Gagnon", [2])
    assert second.pending == [] and second.organization == "Comptoir alimentaire L'Entraide"

    final = (folder / "signee-2.pdf").read_bytes()
    assert [s.signed for s in signatories(final)] == [True, True]
    # each signature is an incremental update: the export and the first signed file are prefixes
    assert final.startswith((folder / "signee-1.pdf").read_bytes())
    assert final.startswith(exported.read_bytes())

    check = signatures_of(None, final, "fr")
    assert [(r.party, r.party_name, r.signer, r.organization, r.email) for r in check.signatures] == [
        (1, parties[0]["name"], "Marie-Claude Gagnon", "Centre d'action bénévole", "mcg@example.org"),
        (2, parties[1]["name"], "Jean-François Tremblay", "Comptoir alimentaire L'Entraide", "jft@example.org")]
    assert all(r.intact and r.valid for r in check.signatures)
    assert not check.broken and check.added_after == []
    assert [r.certificate_sha256 for r in check.signatures] == [keys[0].sha256, keys[1].sha256]
    assert check.signatures[0].signed_at is not None
    assert check.unsigned == exported.read_bytes()
    assert "Signé pour Centre d'action bénévole de la Rivière-du-Nord par Marie-Claude Gagnon" \
        in check.signatures[0].message


def test_stamp_is_drawn_with_an_embedded_font(signed):
    folder = signed[0]
    with pikepdf.open(folder / "signee-2.pdf") as pdf:
        stamps = [f for f in pdf.Root.AcroForm.Fields if "/V" in f]
        assert len(stamps) == 2
        for field in stamps:
            fonts = field.AP.N.Resources.Font
            for name in fonts:
                descendant = fonts[name].DescendantFonts[0]
                assert "DejaVuSans" in str(descendant.BaseFont)
                assert "/FontFile2" in descendant.FontDescriptor  # embedded, not Courier by name
                widths = [w for w in descendant.W if isinstance(w, pikepdf.Array)]
                assert max(float(x) for arr in widths for x in arr) < 1100  # thousandths of an em


def test_signer_is_trusted_only_after_their_certificate_is_imported(signed, keys, data):
    final = (signed[0] / "signee-2.pdf").read_bytes()
    assert [r.trusted for r in signatures_of(data, final, "fr").signatures] == [False, False]
    assert "certificat inconnu ici" in signatures_of(data, final, "fr").signatures[0].message

    added = trust.import_certificates(data, keys[0].pem, "fr")
    assert [(c.name, c.organization, c.sha256, c.new) for c in added] == \
        [("Marie-Claude Gagnon", "Centre d'action bénévole", keys[0].sha256, True)]
    check = signatures_of(data, final, "fr")
    assert [r.trusted for r in check.signatures] == [True, False]
    assert "certificat de confiance" in check.signatures[0].message
    assert not check.broken  # not knowing a signer is not a broken signature

    again = trust.import_certificates(data, keys[0].pem, "fr")
    assert [c.new for c in again] == [False] and len(trust.trusted_certificates(data)) == 1
    trust.remove_certificate(data, keys[0].sha256[:10].upper(), "fr")
    assert trust.trusted_certificates(data) == []
    assert [r.trusted for r in signatures_of(data, final, "fr").signatures] == [False, False]


def test_a_byte_flipped_inside_a_signed_range_is_reported_as_not_intact(signed):
    final = (signed[0] / "signee-2.pdf").read_bytes()
    a, b, c, d = signed_range(final)  # the second signature covers [a, a+b) and [c, c+d)
    in_second_revision = c + d // 2  # the second signature's own revision: the first does not cover it
    check = signatures_of(None, flip_byte(final, in_second_revision), "fr")
    assert [(r.intact, r.valid) for r in check.signatures][0] == (True, True)
    assert check.signatures[1].intact is False and check.broken
    assert "PAS INTACTE" in check.signatures[1].message

    in_export = len(signed[1].read_bytes()) // 2  # covered by both signatures
    check = signatures_of(None, flip_byte(final, in_export), "en")
    assert [r.intact for r in check.signatures] == [False, False]
    assert "NOT INTACT" in check.lines()[1]


def test_a_page_changed_after_signing_is_reported(signed):
    final = (signed[0] / "signee-2.pdf").read_bytes()
    changed = change_a_page(final)
    check = signatures_of(None, changed, "fr")
    assert all(r.intact and r.valid for r in check.signatures)  # what they signed is still there…
    assert check.broken  # …but the file shows something else now
    assert check.added_after == [
        "Après la signature de Centre d'action bénévole de la Rivière-du-Nord, le fichier a été modifié "
        "(pages, contenu ou pièces jointes)\u00a0: ce qu'il montre n'est plus ce qui a été signé."]


def test_an_attachment_added_after_signing_is_reported(signed):
    final = (signed[0] / "signee-2.pdf").read_bytes()
    check = signatures_of(None, attach_file(final, "annexe-b.txt"), "en")
    assert check.broken
    assert "File attached after the first signature: “annexe-b.txt” (no signature covers it)." in check.added_after


def test_an_update_that_changes_nothing_shown_is_still_told(signed):
    from partage_desktop.pdf.signing.fields import add_empty_fields

    final = (signed[0] / "signee-2.pdf").read_bytes()
    later = add_empty_fields(final, [("temoin", 0, (10, 10, 60, 40))])
    check = signatures_of(None, later, "fr")
    assert not any("modifié" in line for line in check.added_after)
    assert "1 mise à jour a été ajoutée au fichier après la dernière signature, sans changer ce qu'il montre." \
        in check.added_after


def test_signed_copy_verifies_against_the_record_as_it_was_before_the_first_signature(tmp_path, keys, data):
    from partage_desktop.services.agreements.record import export_and_record

    recorded = export_and_record(data, example(), tmp_path / "export.pdf", "fr")
    prepared = tmp_path / "a-signer.pdf"
    prepared.write_bytes(with_fields((tmp_path / "export.pdf").read_bytes(), 2))
    sign_file(prepared, 1, keys[0].p12, keys[0].password, tmp_path / "s1.pdf", "fr")
    sign_file(tmp_path / "s1.pdf", 2, keys[1].p12, keys[1].password, tmp_path / "s2.pdf", "fr")
    final = (tmp_path / "s2.pdf").read_bytes()

    outcome = check_pdf_bytes(data, final, "fr")
    assert outcome.status == "identical" and outcome.exit_code == 0 and outcome.ok
    assert (outcome.reference, outcome.version) == (recorded.reference, recorded.version)
    assert outcome.signatures is not None and len(outcome.signatures.signatures) == 2
    assert outcome.signatures.unsigned == prepared.read_bytes()
    assert verify_pdf_bytes(final, "fr").status == "ok"  # the stamps are additions, not alterations

    changed = check_pdf_bytes(data, change_a_page(final, 2), "fr")
    assert changed.status == "identical"  # the document as exported is still the one recorded…
    assert changed.signatures_broken and changed.exit_code == 3 and not changed.ok  # …but not the file
    unsigned = check_pdf_bytes(data, (tmp_path / "export.pdf").read_bytes(), "fr")
    assert unsigned.signatures is None and unsigned.exit_code == 0


def test_wrong_password_is_told_plainly(signed, keys, tmp_path):
    with pytest.raises(WrongPassword) as caught:
        sign_file(signed[1], 1, keys[0].p12, "pas le bon", tmp_path / "x.pdf", "fr")
    assert say(caught.value.problems[0], "fr") == \
        "Le mot de passe n'ouvre pas la clé «\u00a0marie.p12\u00a0». Vérifiez-le (majuscules, disposition " \
        "du clavier), puis réessayez."
    assert say(caught.value.problems[0], "en").startswith("The password does not open the key “marie.p12”.")
    assert caught.value.exit_code == 2 and not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("content, code", [
    (b"not a key at all", "sign_key_damaged"),
    (b"\x30\x82\xff\xff" + b"\x00" * 50, "sign_key_damaged"),  # a DER header promising far more
    (b"0" * 2_000_000, "sign_key_too_big"),
])
def test_hostile_key_files_are_refused_with_the_reason(signed, tmp_path, content, code):
    key = tmp_path / "cle.p12"
    key.write_bytes(content)
    with pytest.raises(KeyUnreadable) as caught:
        sign_file(signed[1], 1, key, "x", tmp_path / "x.pdf", "fr")
    assert caught.value.code == code and not (tmp_path / "x.pdf").exists()


def test_refusals_name_what_is_wrong_and_write_nothing(signed, keys, tmp_path):
    folder, exported, _, _ = signed
    out = tmp_path / "x.pdf"
    with pytest.raises(NoSuchParty) as caught:
        sign_file(exported, 3, keys[0].p12, keys[0].password, out, "fr")
    assert say(caught.value.problems[0], "fr") == "Cette entente n'a pas de partie 3. Ses parties\u00a0: 1 (Centre d'action bénévole de la " \
        "Rivière-du-Nord), 2 (Comptoir alimentaire L'Entraide)."
    with pytest.raises(AlreadySigned):
        sign_file(folder / "signee-1.pdf", 1, keys[0].p12, keys[0].password, out, "fr")
    with pytest.raises(AlreadySigned):
        check_signable(folder / "signee-2.pdf", 2, "fr")
    with pytest.raises(OutNotWritable):
        sign_file(exported, 1, keys[0].p12, keys[0].password, tmp_path / "absent" / "x.pdf", "fr")
    with pytest.raises(DataUnusableError):
        sign_file(tmp_path / "nulle-part.pdf", 1, keys[0].p12, keys[0].password, out, "fr")
    with pytest.raises(KeyUnreadable):
        sign_file(exported, 1, tmp_path / "absente.p12", "x", out, "fr")
    assert not out.exists()


def test_only_a_genuine_export_can_be_signed(keys, tmp_path):
    from partage_desktop.pdf.agreement.layouts import LEGACY
    from partage_desktop.services.agreements.export import render_pdf

    raw = example()
    # an export of an earlier release (no signature field) whose pages were changed: no field is
    # added to it (a genuine one gets them: test_a_copy_exported_before_signature_fields…)
    plain = tmp_path / "sans-champs.pdf"
    plain.write_bytes(change_a_page(render_pdf(raw, "fr", layout=LEGACY).pdf, 0))
    with pytest.raises(NoSignatureFields):
        check_signable(plain, 1, "fr")

    foreign = tmp_path / "autre.pdf"
    foreign.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(NotAnAgreement):
        check_signable(foreign, 1, "fr")

    # the pages changed after export (the embedded answers no longer draw them): refused
    changed = tmp_path / "changee.pdf"
    changed.write_bytes(change_a_page(exported_with_fields(raw), 0))
    with pytest.raises(NotAnAgreement) as caught:
        check_signable(changed, 1, "fr")
    assert caught.value.code == "sign_altered"


def test_signing_in_place_keeps_the_file_whole(signed, keys, tmp_path):
    target = tmp_path / "entente.pdf"
    target.write_bytes(signed[1].read_bytes())
    sign_file(target, 2, keys[1].p12, keys[1].password, target, "fr")
    assert [s.signed for s in signatories(target.read_bytes())] == [False, True]
    assert [p.name for p in tmp_path.iterdir()] == ["entente.pdf"]  # no temporary file left


def test_an_english_agreement_gets_an_english_stamp(keys, tmp_path):
    raw = example()
    raw["lang"] = "en"
    source = tmp_path / "agreement.pdf"
    source.write_bytes(exported_with_fields(raw, "en"))
    sign_file(source, 1, keys[1].p12, keys[1].password, tmp_path / "signed.pdf", "fr")
    with pikepdf.open(tmp_path / "signed.pdf") as pdf:
        field = next(f for f in pdf.Root.AcroForm.Fields if "/V" in f)
        shown = [str(operands[1].ActualText) for operands, operator in pikepdf.parse_content_stream(field.AP.N)
                 if operator == pikepdf.Operator("BDC")]
    assert shown[0] == "Signed electronically by Jean-François Tremblay"
    assert shown[1] == "Comptoir alimentaire L'Entraide"
    assert re.fullmatch(r"on [A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d\d", shown[2])


class TestCertificateFiles:
    def test_several_certificates_in_one_pem_and_der(self, keys, data, tmp_path):
        both = tmp_path / "partenaires.pem"
        both.write_bytes(keys[0].pem.read_bytes() + b"\n" + keys[1].pem.read_bytes())
        added = trust.import_certificates(data, both, "fr")
        assert sorted(c.sha256 for c in added) == sorted([keys[0].sha256, keys[1].sha256])
        from cryptography import x509
        from cryptography.hazmat.primitives.serialization import Encoding

        der = tmp_path / "jf.cer"
        der.write_bytes(x509.load_pem_x509_certificate(keys[1].pem.read_bytes()).public_bytes(Encoding.DER))
        assert [c.new for c in trust.import_certificates(data, der, "fr")] == [False]
        listed = trust.trusted_certificates(data)
        assert [c.name for c in listed] == ["Jean-François Tremblay", "Marie-Claude Gagnon"]
        assert len(listed[0].short.split()) == 16

    @pytest.mark.parametrize("after_a_good_one, content, code", [
        (False, b"", "cert_none"),
        (False, b"bonjour", "cert_unreadable"),
        (False, b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", "cert_none"),
        (True, b"-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n", "cert_unreadable"),
        (True, b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", "cert_unreadable"),
        (True, b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n" * 51, "cert_too_many"),
        (True, b"x" * 3_000_000, "cert_too_big"),
    ])
    def test_hostile_files_are_refused_whole(self, keys, data, tmp_path, after_a_good_one, content, code):
        bad = tmp_path / "certificats.pem"
        bad.write_bytes((keys[0].pem.read_bytes() if after_a_good_one else b"") + content)
        with pytest.raises(UserInputError) as caught:
            trust.import_certificates(data, bad, "fr")
        assert caught.value.problems[0].code == code  # type: ignore[union-attr]
        assert "certificats.pem" in say(caught.value.problems[0], "fr")
        assert trust.trusted_certificates(data) == []  # not even the good one

    def test_removing_an_unknown_fingerprint_says_so(self, data):
        with pytest.raises(UserInputError) as caught:
            trust.remove_certificate(data, "0123456789abcdef", "fr")
        assert "0123456789abcdef" in say(caught.value.problems[0], "fr")


def test_reading_signatures_of_damaged_or_unsigned_files_never_raises():
    assert signatures_of(None, b"%PDF-1.4 garbage", "fr").signed is False
    weird = b"%PDF-1.7\n1 0 obj << /ByteRange [0 1 2 3] >> endobj\n%%EOF"
    assert signatures_of(None, weird, "fr").signed is False
    assert io.BytesIO(weird)  # the file is left to the document check, which calls it foreign


def test_an_amendment_is_signed_and_verified_like_an_agreement(data, keys, tmp_path, example_answers):
    from datetime import date

    from partage_desktop.services.agreements import drafts
    from partage_desktop.services.agreements import versions as av
    from partage_desktop.services.agreements.amendments import start_amendment

    today = date(2026, 11, 22)
    answers = example_answers("pret-materiel")
    parent = drafts.create_draft(data, answers, today=today)
    av.export_version(data, parent, "fr")
    av.mark_signed(data, parent, date(2026, 11, 20), "fr", today=today)
    ref = start_amendment(data, parent, "fr")
    changed = drafts.load_draft(data, ref)
    changed["fields"]["end_date"] = "2027-12-22"
    drafts.save_draft(data, ref, changed)
    amendment = tmp_path / "avenant.pdf"
    amendment.write_bytes(with_fields(av.export_version(data, ref, "fr").pdf, 2))

    assert [(s.party, s.name) for s in signatories(amendment.read_bytes())] == \
        [(1, answers["parties"][0]["name"]), (2, answers["parties"][1]["name"])]
    sign_file(amendment, 2, keys[1].p12, keys[1].password, tmp_path / "avenant-signe.pdf", "fr")
    outcome = check_pdf_bytes(data, (tmp_path / "avenant-signe.pdf").read_bytes(), "fr")
    assert outcome.status == "identical" and outcome.exit_code == 0
    assert outcome.signatures is not None
    assert [(r.party, r.signer, r.intact) for r in outcome.signatures.signatures] == \
        [(2, "Jean-François Tremblay", True)]


@pytest.mark.parametrize("limit", ["MAX_SIGNATURES", "MAX_REVISIONS"])
def test_a_file_with_more_signatures_than_any_agreement_is_not_read(signed, data, monkeypatch, limit):
    from partage_desktop.pdf.signing import check as engine

    monkeypatch.setattr(engine, limit, 1)  # two signatures (three revisions) stand in for a thousand
    final = (signed[0] / "signee-2.pdf").read_bytes()
    check = signatures_of(None, final, "fr")
    assert check.broken and not check.signed
    assert check.lines() == ["Les signatures de ce fichier sont illisibles\u00a0: il a peut-être été endommagé."]
    outcome = check_pdf_bytes(data, final, "fr")  # a genuine export, not recorded in this folder…
    assert outcome.status == "unknown" and outcome.exit_code == 5
    assert outcome.signatures_broken and not outcome.ok  # …and signatures that cannot be vouched for


def test_a_key_asking_for_billions_of_password_rounds_is_refused_at_once(signed, keys, tmp_path, monkeypatch):
    from asn1crypto import pkcs12 as asn1_pkcs12
    from cryptography.hazmat.primitives.serialization import pkcs12

    pfx = asn1_pkcs12.Pfx.load(keys[1].p12.read_bytes())
    pfx["mac_data"]["iterations"] = 2_000_000_000  # hours of key derivation before a refusal
    hostile = tmp_path / "piege.p12"
    hostile.write_bytes(pfx.dump(force=True))

    def never(*args, **kwargs):
        pytest.fail("the key derivation was started")  # (BaseException: no except clause hides it)

    monkeypatch.setattr(pkcs12, "load_key_and_certificates", never)  # refused from what the file says
    with pytest.raises(KeyUnreadable) as caught:
        sign_file(signed[1], 1, hostile, keys[1].password, tmp_path / "x.pdf", "fr")
    assert caught.value.code == "sign_key_damaged"


def test_a_copy_exported_before_signature_fields_gets_them_and_still_verifies(keys, tmp_path):
    """An agreement exported by an earlier release (layout 1, no signature field) can be signed:
    its fields are added on its own signature lines first, as an update that draws nothing."""
    from partage_desktop.pdf.agreement.layouts import LEGACY
    from partage_desktop.pdf.signing.fields import signature_fields
    from partage_desktop.services.agreements.export import render_pdf, verify_pdf_bytes

    raw = example()
    earlier = tmp_path / "ancienne.pdf"
    earlier.write_bytes(render_pdf(raw, "fr", layout=LEGACY).pdf)
    assert signature_fields(earlier.read_bytes()) == []
    check_signable(earlier, 1, "fr")  # no refusal: it is a genuine export
    out = tmp_path / "ancienne-signee.pdf"
    sign_file(earlier, 1, keys[0].p12, keys[0].password, out, "fr")
    signed = out.read_bytes()
    assert signed.startswith(earlier.read_bytes())  # the exported bytes are still the first revision
    fields = signature_fields(signed)
    assert [(f.name, f.signed) for f in fields] == [("party-1", True), ("party-2", False)]
    from pypdf import PdfReader

    page_text = PdfReader(io.BytesIO(signed)).pages[fields[0].page].extract_text()
    assert "Signature" in page_text  # on the signature page
    assert verify_pdf_bytes(signed, "fr").status == "ok"
    check = signatures_of(None, signed, "fr")
    assert [r.intact and r.valid for r in check.signatures] == [True] and not check.broken
