"""Archival agreements (layout 2): PDF/A-3b for every template in both languages and for an
amendment, with the answers as the source data, metadata in step, and the same bytes for the same
version; layout 1 keeps drawing as before."""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import replace
from datetime import date, datetime

import pikepdf
import pytest
from pdfa_check import pdfa_findings
from safetydata import edited_amount

from partage_desktop.core.agreements.amendment import ParentInfo, build_amendment
from partage_desktop.core.agreements.render import build_document
from partage_desktop.pdf.agreement.amendment import render_amendment
from partage_desktop.pdf.agreement.draw import (
    AMENDMENT_ATTACHMENT,
    ATTACHMENT_NAME,
    render_agreement,
    render_agreement_pages,
)
from partage_desktop.pdf.agreement.layouts import ARCHIVAL, LEGACY
from partage_desktop.pdf.page_digest import pages_digest
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.services.agreements.export import check_answers, verify_pdf_bytes

TEMPLATES = sorted(catalogue().templates)
EXPORTED = datetime(2026, 11, 22, 14, 32, 5)  # naive UTC, as the store keeps a version's date
AUTHOR = "Carrefour d'entraide « Les Voisins » & cie"


def document(example_answers, template_id: str, lang: str):
    raw = example_answers(template_id)
    raw["lang"] = lang
    result = check_answers(raw, lang)
    assert not result.errors, result.errors
    return build_document(result.answers)


@pytest.fixture(scope="module")
def exports(request):
    """Every template in both languages, exported once with layout 2 (reused by every check)."""
    load = request.getfixturevalue("example_answers")
    made = {}
    for template_id in TEMPLATES:
        for lang in ("fr", "en"):
            doc = document(load, template_id, lang)
            pdf, _ = render_agreement_pages(doc, ARCHIVAL, exported_at=EXPORTED, author=AUTHOR)
            made[template_id, lang] = doc, pdf
    return made


@pytest.fixture(scope="module")
def example_answers():
    from partage_desktop.platform.resources import templates_dir

    def load(template_id: str = "pret-materiel") -> dict:
        return json.loads((templates_dir() / "examples" / f"{template_id}.json").read_text("utf-8"))

    return load


@pytest.fixture(scope="module")
def amendment(example_answers):
    before = check_answers(example_answers("pret-materiel"), "fr").answers
    changed = example_answers("pret-materiel")
    changed["fields"]["end_date"] = "2027-12-22"
    after = check_answers(changed, "fr").answers
    parent = ParentInfo("ENT-2026-0001", 1, "AAAA-BBBB-CCCC-DDDD", "Prêt", date(2026, 11, 20))
    doc = build_amendment(1, parent, before, after)
    pdf, _ = render_amendment(doc, ARCHIVAL, exported_at=EXPORTED, author=AUTHOR)
    return doc, pdf


def fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Every font dictionary of the file (pages, forms, annotations: all objects)."""
    return [obj for obj in pdf.objects if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font"]


def not_embedded(font: pikepdf.Dictionary) -> bool:
    descriptor = font.get("/FontDescriptor")
    if descriptor is None and "/DescendantFonts" in font:
        descriptor = font.DescendantFonts[0].get("/FontDescriptor")
    return descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def check_archival(data: bytes, tmp_path, *, title: str, lang: str, attachment: str, payload: str) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(data)
    assert not pdfa_findings(data)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        found = fonts(pdf)
        assert found and not [str(f.get("/BaseFont")) for f in found if not_embedded(f)]
        assert not [f for f in found if "Helvetica" in str(f.get("/BaseFont"))]
        assert b"Helvetica" not in data
        assert all("/Trans" not in page.obj for page in pdf.pages)
        # the source data, declared as such
        (spec,) = list(pdf.Root.AF)
        assert str(spec.F) == attachment and spec.AFRelationship == "/Source"
        stream = spec.EF.F
        assert stream.Subtype == "/application/json"
        assert stream.read_bytes().decode("utf-8") == payload
        assert int(stream.Params.Size) == len(stream.read_bytes())
        assert str(stream.Params.ModDate) == "D:20261122143205+00'00'"
        assert pdf.Root.OutputIntents[0].S == "/GTS_PDFA1"
        info = pdf.docinfo
        assert str(info.Title) == title and str(info.Author) == AUTHOR
        assert str(info.CreationDate).startswith("D:20261122143205") and str(info.ModDate).startswith("D:20261122143205")
        assert str(info.Creator).startswith("Partage ") and str(info.Producer) == str(info.Creator)
        assert str(pdf.Root.Lang) == ("fr-CA" if lang == "fr" else "en-CA")
        meta = pdf.open_metadata()
        assert meta["dc:title"] == title
        assert meta["dc:creator"] == [AUTHOR]
        assert list(meta["dc:language"]) == ["fr-CA" if lang == "fr" else "en-CA"]
        for key in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
            assert datetime.fromisoformat(meta[key]).replace(tzinfo=None) == EXPORTED
        assert meta["pdf:Producer"] == str(info.Producer) and meta["xmp:CreatorTool"] == str(info.Creator)
        assert meta["pdfaid:part"] == "3" and meta["pdfaid:conformance"] == "B"


@pytest.mark.parametrize("template_id", TEMPLATES)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_template_is_pdfa_3b_with_its_answers_as_source(exports, tmp_path, template_id, lang):
    doc, pdf = exports[template_id, lang]
    check_archival(pdf, tmp_path, title=f"{doc.title} — {doc.reference}", lang=lang, attachment=ATTACHMENT_NAME,
                   payload=doc.attachment_json)


def test_an_amendment_is_pdfa_3b_with_its_record_as_source(amendment, tmp_path):
    doc, pdf = amendment
    check_archival(pdf, tmp_path, title=f"{doc.base.title} — {doc.base.reference}", lang="fr",
                   attachment=AMENDMENT_ATTACHMENT, payload=doc.record)
    assert verify_pdf_bytes(pdf, "fr").status == "ok"
    assert verify_pdf_bytes(pdf, "fr").layout == ARCHIVAL


def test_same_version_same_bytes_and_the_date_is_the_one_given(exports, example_answers, amendment):
    doc, pdf = exports["locaux-partages", "fr"]
    again, _ = render_agreement_pages(replace(doc), ARCHIVAL, exported_at=EXPORTED, author=AUTHOR)
    assert again == pdf
    later, _ = render_agreement_pages(doc, ARCHIVAL, exported_at=datetime(2027, 1, 5, 9, 0), author=AUTHOR)
    assert later != pdf and pages_digest(later) == pages_digest(pdf)  # only the metadata differ
    with pikepdf.open(io.BytesIO(later)) as reopened:
        assert str(reopened.docinfo.CreationDate).startswith("D:20270105090000")
    amended, _ = render_amendment(amendment[0], ARCHIVAL, exported_at=EXPORTED, author=AUTHOR)
    assert amended == amendment[1]


def test_layout_1_draws_byte_for_byte_as_before(example_answers, monkeypatch):
    """The releases before archival PDF/A drew these very bytes (checked against them when layout 2
    came): copies in users' hands must keep verifying, and a stored layout-1 version must draw again
    the same. Dates and author given for layout 2 change nothing here."""
    import partage_desktop.pdf.agreement.draw as draw

    monkeypatch.setattr(draw, "__version__", "0.1.0")  # the release is written in the file
    pinned = {("pret-materiel", "fr"): "1e7f0c1e94db65944df016ca7122aaaa67d1d5949e47094062dbaa9f3364425a",
              ("locaux-partages", "en"): "158d1454b46628190a72d49f23bff9768be73a11e174fdfd3c913ca1454efb34"}
    for (template_id, lang), digest in pinned.items():
        doc = document(example_answers, template_id, lang)
        legacy = render_agreement(doc, LEGACY)
        assert hashlib.sha256(legacy).hexdigest() == digest
        assert render_agreement(doc, LEGACY, exported_at=EXPORTED, author=AUTHOR) == legacy
        assert b"/OutputIntents" not in legacy and b"D:20000101000000+00'00'" in legacy


def test_verify_tells_an_archival_export_an_old_copy_and_a_tampered_one(exports, example_answers):
    doc, pdf = exports["pret-materiel", "fr"]
    found = verify_pdf_bytes(pdf, "fr")
    assert found.status == "ok" and found.layout == ARCHIVAL and found.fingerprint == doc.fingerprint
    old = render_agreement(doc, LEGACY)
    assert verify_pdf_bytes(old, "fr").status == "ok" and verify_pdf_bytes(old, "fr").layout == LEGACY
    # a page edited (the van's value), kept a valid PDF: altered
    assert verify_pdf_bytes(edited_amount(pdf), "fr").status == "altered"
    # the embedded answers edited: what they draw is not what the pages show
    with pikepdf.open(io.BytesIO(pdf)) as edited:
        stream = edited.Root.AF[0].EF.F
        stream.write(stream.read_bytes().replace(b"28000.00", b"18000.00"))
        out = io.BytesIO()
        edited.save(out)
    assert b"28000.00" in doc.attachment_json.encode() and verify_pdf_bytes(out.getvalue(), "fr").status == "altered"
    # the answers made unreadable: still recognized as ours, and reported as damaged
    with pikepdf.open(io.BytesIO(pdf)) as edited:
        edited.Root.AF[0].EF.F.write(b"{not json")
        out = io.BytesIO()
        edited.save(out)
    assert verify_pdf_bytes(out.getvalue(), "fr").status == "altered"


def test_a_draft_preview_is_not_converted(example_answers):
    raw = example_answers("pret-materiel")
    doc = build_document(check_answers(raw, "fr").answers)
    preview, _ = render_agreement_pages(doc, ARCHIVAL, archival=False)
    exported, _ = render_agreement_pages(doc, ARCHIVAL, exported_at=EXPORTED)
    assert b"/OutputIntents" not in preview and pages_digest(preview) == pages_digest(exported)


def _edited(pdf: bytes, edit) -> bytes:
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        edit(opened)
        out = io.BytesIO()
        opened.save(out)
    return out.getvalue()


def _widget(pdf: pikepdf.Pdf, drawing: bytes, **extra) -> None:
    appearance = pdf.make_stream(drawing, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
                                 BBox=[0, 0, 200, 40])
    widget = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Sig, T=pikepdf.String("party-1"),
        Rect=[72, 100, 272, 140], F=4, AP=pikepdf.Dictionary(N=appearance), **extra))
    pdf.pages[-1].obj.Annots = pdf.make_indirect(pikepdf.Array([widget]))
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([widget]))


def test_the_page_comparison_ignores_only_what_cannot_show(exports):
    _, pdf = exports["pret-materiel", "fr"]
    wanted = pages_digest(pdf)

    def metadata(opened):  # what another tool may rewrite: none of it shows on a page
        del opened.Root.Metadata
        del opened.Root.OutputIntents
        del opened.Root.AF
        opened.docinfo.Producer = pikepdf.String("Autre outil")
        opened.pages[0].obj.Trans = pikepdf.Dictionary()

    assert pages_digest(_edited(pdf, metadata)) == wanted
    # an empty signature field (appearance with nothing drawn, printable) as PDF/A wants it
    assert pages_digest(_edited(pdf, lambda o: _widget(o, b""))) == wanted

    def bigger(opened):
        opened.pages[0].obj.MediaBox = pikepdf.Array([0, 0, 612, 1008])

    def font_swapped(opened):
        fonts = opened.pages[0].obj.Resources.Font
        names = list(fonts.keys())
        fonts[names[0]], fonts[names[1]] = fonts[names[1]], fonts[names[0]]

    for edit in (bigger, font_swapped,
                 lambda o: _widget(o, b"BT /F1 12 Tf (Lu et approuve) Tj ET"),  # a widget that draws
                 lambda o: _widget(o, b"", MK=pikepdf.Dictionary(BG=[1, 0, 0]))):  # a painted background
        assert pages_digest(_edited(pdf, edit)) != wanted


def test_the_prepare_hook_adds_to_the_archival_file_before_its_preparation(example_answers, tmp_path):
    """What a later pass adds goes in through ``prepare``, before the PDF/A preparation (which sets
    the print flag every kept annotation needs), and the file stays PDF/A-3b."""
    from partage_desktop.pdf.agreement.archival import to_pdfa

    doc = document(example_answers, "pret-materiel", "fr")
    drawn, _ = render_agreement_pages(doc, ARCHIVAL, archival=False)

    def hook(pdf):  # a link back to the first page, without the print flag
        link = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[72, 100, 272, 140], Border=[0, 0, 0],
            Dest=pikepdf.Array([pdf.pages[0].obj, pikepdf.Name.Fit])))
        pdf.pages[-1].obj.Annots = pdf.make_indirect(pikepdf.Array([link]))

    pdf = to_pdfa(drawn, title="Titre", author=AUTHOR, lang="fr", exported_at=EXPORTED,
                  attachment_name=ATTACHMENT_NAME, prepare=hook)
    assert not pdfa_findings(pdf)
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        assert int(opened.pages[-1].Annots[0].F) & 4  # printable: set by the preparation, after the hook
