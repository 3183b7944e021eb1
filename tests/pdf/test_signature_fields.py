"""Every archival export carries one empty signature field per signatory, on its signature line;
the fields draw nothing, so a copy still verifies, and pyHanko can sign them."""

from __future__ import annotations

import io
import json
from datetime import date

import pikepdf
import pytest
from pypdf import PdfReader

from partage_desktop.pdf.agreement.draw import render_agreement_pages
from partage_desktop.pdf.agreement.layouts import ARCHIVAL, LEGACY
from partage_desktop.pdf.page_digest import pages_digest
from partage_desktop.platform.resources import resource_path
from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import versions as av
from partage_desktop.services.agreements.amendments import start_amendment
from partage_desktop.services.agreements.export import render_pdf, verify_pdf_bytes


@pytest.fixture
def data(data_dir):
    from safetydata import prepared

    from partage_desktop.services.data.session import close_all

    folder = prepared(data_dir)
    yield folder
    close_all()


EXAMPLES = sorted(resource_path("templates", "examples").glob("*.json"))


def fields_of(pdf: bytes) -> list[dict]:
    """Each signature field: name, readable name, page index, rectangle, flags, value."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        pages = {page.obj.objgen: i for i, page in enumerate(document.pages)}
        out = []
        for field in document.Root.AcroForm.Fields:
            out.append({"name": str(field.T), "label": str(field.TU), "ft": str(field.FT),
                        "page": pages[field.P.objgen], "rect": [float(v) for v in field.Rect],
                        "flags": int(field.F), "signed": "/V" in field,
                        "on_page": any(a.objgen == field.objgen for a in document.pages[pages[field.P.objgen]].Annots)})
        return out


@pytest.fixture(scope="module")
def exports():
    out = {}
    for path in EXAMPLES:
        raw = json.loads(path.read_text("utf-8"))
        out[path.stem] = render_pdf(raw, raw["lang"])
    return out


@pytest.mark.parametrize("name", [p.stem for p in EXAMPLES])
def test_one_empty_field_per_signatory_on_the_signature_page(exports, name):
    rendered = exports[name]
    fields = fields_of(rendered.pdf)
    parties = rendered.document.parties
    assert [f["name"] for f in fields] == [f"party-{i}" for i in range(1, len(parties) + 1)]
    assert [f["label"] for f in fields] == [p.name for p in parties]
    reader = PdfReader(io.BytesIO(rendered.pdf))
    signature_word = rendered.document.labels.signature
    for field in fields:
        assert field["ft"] == "/Sig" and not field["signed"] and field["on_page"]
        assert field["flags"] & 4  # printable widget, as PDF/A wants
        llx, lly, urx, ury = field["rect"]
        assert urx - llx > 100 and 25 <= ury - lly <= 40  # room for a stamp above the line
        # on the page that holds the signature blocks (the label "Signature" is printed there)
        assert signature_word in reader.pages[field["page"]].extract_text()
    # two parties side by side: the same height, the second to the right of the first
    if len(fields) >= 2:
        assert fields[0]["page"] == fields[1]["page"] and fields[0]["rect"][1] == fields[1]["rect"][1]
        assert fields[1]["rect"][0] > fields[0]["rect"][2]


def test_the_fields_draw_nothing_and_the_copy_still_verifies(exports):
    from partage_desktop.pdf.agreement import draw

    rendered = exports["pret-materiel"]
    assert verify_pdf_bytes(rendered.pdf, "fr").status == "ok"
    # the same drawing without the fields (ReportLab's own output) shows exactly the same pages
    without, _, spots = draw._draw(rendered.document, ARCHIVAL)
    assert len(spots) == len(rendered.document.parties)
    assert "/AcroForm" not in pikepdf.open(io.BytesIO(without)).Root
    assert pages_digest(without) == pages_digest(rendered.pdf)


def test_the_earlier_layout_has_no_field(exports):
    legacy, _ = render_agreement_pages(exports["pret-materiel"].document, LEGACY)
    assert "/AcroForm" not in pikepdf.open(io.BytesIO(legacy)).Root


def test_drafts_carry_no_signature_field(example_answers):
    from partage_desktop.services.agreements.export import render_draft_pdf

    answers = example_answers("pret-materiel")
    answers["parties"][0]["name"] = ""
    preview = render_draft_pdf(answers, "fr")
    assert "/AcroForm" not in pikepdf.open(io.BytesIO(preview.pdf)).Root


def test_an_amendment_has_its_fields_too(data, example_answers):
    answers = example_answers("pret-materiel")
    ref = drafts.create_draft(data, answers, today=date(2026, 11, 23))
    av.export_version(data, ref, "fr")
    av.mark_signed(data, ref, date(2026, 11, 20), "fr", today=date(2026, 11, 23))
    amendment = start_amendment(data, ref, "fr")
    changed = drafts.load_draft(data, amendment)
    changed["fields"]["end_date"] = "2027-12-22"
    drafts.save_draft(data, amendment, changed)
    exported = av.export_version(data, amendment, "fr")
    assert [f["name"] for f in fields_of(exported.pdf)] == ["party-1", "party-2"]


def test_pyhanko_signs_a_field_and_the_signature_is_intact(exports, tmp_path):
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import signers
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Élise Tremblay")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(7).not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .sign(key, hashes.SHA256()))
    (tmp_path / "k.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                      serialization.NoEncryption()))
    (tmp_path / "c.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    signer = signers.SimpleSigner.load(str(tmp_path / "k.pem"), str(tmp_path / "c.pem"))
    out = io.BytesIO()
    signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(exports["pret-materiel"].pdf)),
                     signers.PdfSignatureMetadata(field_name="party-1"), signer=signer, output=out)
    signed = out.getvalue()
    assert signed.startswith(exports["pret-materiel"].pdf)  # the exported bytes stay as they were
    embedded = PdfFileReader(io.BytesIO(signed)).embedded_signatures
    assert [s.field_name for s in embedded] == ["party-1"]
    status = validate_pdf_signature(embedded[0], ValidationContext(trust_roots=[signer.signing_cert],
                                                                    allow_fetching=False))
    assert status.intact and status.valid and status.trusted
