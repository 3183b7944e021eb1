"""The agreement PDF: every template in both languages, read back with pypdf."""

from __future__ import annotations

import copy
import io
import re
import time
from datetime import datetime

import pytest
from pypdf import PdfReader

from partage_desktop.core.agreements.render import build_document
from partage_desktop.pdf.agreement.draw import read_embedded_answers, render_agreement_pages
from partage_desktop.pdf.page_digest import pages_digest
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.services.agreements.export import check_answers, render_pdf

TEMPLATES = sorted(catalogue().templates)


def rendered(raw: dict):
    return render_pdf(raw, raw.get("lang", "fr"))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Text as extracted, with line breaks and no-break spaces folded to single spaces."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def with_parties(raw: dict, count: int) -> dict:
    raw = copy.deepcopy(raw)
    base = raw["parties"]
    parties = []
    for i in range(count):
        party = dict(base[min(i, len(base) - 1)])
        if i >= len(base):
            party["name"] = f"Organisme partenaire numéro {i + 1}"
            party["representative"] = f"Personne Signataire {i + 1}"
            party.pop("neq", None)
        parties.append(party)
    raw["parties"] = parties
    split = raw.get("fields", {}).get("cost_split")
    if isinstance(split, dict) and split.get("method") != "equal":
        raw["fields"]["cost_split"] = {"method": "equal", "total": split.get("total") or "1200.00"}
    return raw


def embedded_fonts_only(pdf: bytes) -> list[str]:
    """Names of fonts that are used without being embedded."""
    reader = PdfReader(io.BytesIO(pdf))
    missing = []
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:
                descendants = font.get("/DescendantFonts")
                descriptor = descendants[0].get_object().get("/FontDescriptor") if descendants else None
            descriptor = descriptor.get_object() if descriptor is not None else None
            if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.append(str(font.get("/BaseFont")))
    return missing


@pytest.mark.parametrize("template_id", TEMPLATES)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_template_prints_signed_ready(example_answers, template_id, lang):
    raw = example_answers(template_id)
    raw["lang"] = lang
    result = rendered(raw)
    doc = result.document
    texts = page_texts(result.pdf)
    assert len(texts) == result.pages >= 2
    whole = flat("\n".join(texts))
    for party in raw["parties"]:
        assert flat(party["name"]) in whole
        assert flat(party["representative"]) in whole
    word = "de" if lang == "fr" else "of"
    for number, text in enumerate(texts, start=1):
        footer = flat(text)
        assert f"Page {number} {word} {len(texts)}" in footer
        assert doc.fingerprint in footer and doc.reference in footer
        assert ("Initiales" if lang == "fr" else "Initials") in footer
    assert doc.title in flat(texts[0])
    assert ("En bref" if lang == "fr" else "At a glance") in flat(texts[0])
    assert ("avis juridique" if lang == "fr" else "legal advice") in whole
    assert embedded_fonts_only(result.pdf) == []


def test_metadata_outline_and_language(example_answers):
    result = rendered(example_answers("pret-materiel"))
    reader = PdfReader(io.BytesIO(result.pdf))
    meta = reader.metadata
    assert result.document.title in meta.title
    assert meta.author == "Partage"
    assert meta.subject and "prêt" in (meta.get("/Keywords") or "")
    assert reader.trailer["/Root"]["/Lang"] == "fr-CA"
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline[0].startswith("1. ") and "Signatures" in outline
    assert len([t for t in outline if re.match(r"\d+\. ", t)]) == len(result.document.articles)


def test_same_answers_give_byte_identical_pdf(example_answers):
    # an export is dated (PDF/A metadata): the same answers exported at the same time give the
    # same bytes, whatever the moment they are drawn; at another time, the same pages
    when = datetime(2026, 11, 22, 14, 32, 5)
    first = render_pdf(example_answers("locaux-partages"), "fr", exported_at=when)
    time.sleep(1.1)
    second = render_pdf(example_answers("locaux-partages"), "fr", exported_at=when)
    assert first.pdf == second.pdf
    later = render_pdf(example_answers("locaux-partages"), "fr", exported_at=datetime(2026, 11, 23, 9, 0, 0))
    assert later.pdf != first.pdf and pages_digest(later.pdf) == pages_digest(first.pdf)
    assert first.document.fingerprint == second.document.fingerprint
    changed = example_answers("locaux-partages")
    changed["parties"][1]["phone"] = "450 555-9999"
    assert rendered(changed).document.fingerprint != first.document.fingerprint


def test_the_pdf_carries_its_canonical_answers(example_answers):
    result = rendered(example_answers("pret-materiel"))
    assert read_embedded_answers(result.pdf) == result.document.attachment_json


def test_markup_in_user_values_prints_as_typed(example_answers):
    raw = example_answers("pret-materiel")
    raw["parties"][0]["name"] = "Dupont <Jean> & Fils « l'atelier »"
    raw["parties"][1]["representative"] = 'Anne "Nan" <b>Roy</b> & co'
    whole = flat("\n".join(page_texts(rendered(raw).pdf)))
    assert "Dupont <Jean> & Fils « l'atelier »" in whole
    assert 'Anne "Nan" <b>Roy</b> & co' in whole


def test_cost_table_shares_add_up_and_print(example_answers):
    raw = example_answers("locaux-partages")
    raw["parties"] = raw["parties"][:3]
    raw["fields"]["cost_split"] = {"method": "equal", "total": "1000.00"}
    whole = flat("\n".join(page_texts(rendered(raw).pdf)))
    # 1000 / 3: one party takes the extra cent so the shares add up exactly to the total
    assert whole.count("333,34 $") >= 1 and whole.count("333,33 $") >= 2 and "1 000,00 $" in whole


@pytest.mark.parametrize("count", [2, 3, 6, 12])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_signature_blocks_stay_whole_for_2_to_12_parties(example_answers, count, lang):
    raw = with_parties(example_answers("entente-collaboration"), count)
    raw["lang"] = lang
    result = rendered(raw)
    texts = [flat(t) for t in page_texts(result.pdf)]
    heading = "Signatures"
    sign_pages = [i for i, t in enumerate(texts) if heading in t and ("EN FOI DE QUOI" in t or "IN WITNESS" in t)]
    assert len(sign_pages) == 1
    start = sign_pages[0]
    for party in raw["parties"]:
        # the block (name, representative, title and the lines) is on one page after the heading
        pages = [i for i, t in enumerate(texts) if i >= start and flat(party["representative"]) in t
                 and flat(party["representative_title"]) in t]
        assert pages, party["name"]
    # the heading is never alone at the bottom: the first block is on the same page
    assert flat(raw["parties"][0]["representative"]) in texts[start]
    assert f"{count} " in texts[start]  # « en N exemplaires »
    footer_boxes = texts[0].count("…") + sum(1 for p in raw["parties"] if flat(p["name"]) in texts[0])
    assert footer_boxes >= 1


def test_long_annex_splits_across_pages(example_answers):
    raw = example_answers("pret-materiel")
    row = dict(raw["fields"]["items"][0])
    row["description"] = "Table pliante en résine, modèle de 6 pieds, avec housse de transport. " * 4
    raw["fields"]["items"] = [dict(row) for _ in range(40)]
    result = rendered(raw)
    assert result.pages >= 8
    texts = page_texts(result.pdf)
    # the column headers repeat on every page of the annex
    header_pages = [t for t in texts if "Description" in t]
    assert len(header_pages) >= 3


def test_uncovered_characters_are_warned_not_silently_boxed(example_answers):
    raw = example_answers("pret-materiel")
    raw["fields"]["purpose"] = "Transport 🚚 des denrées"
    result = check_answers(raw, "fr")
    assert result.errors == []
    assert any("🚚" in str(w) for w in result.warnings)


def test_page_count_reported_matches_file(example_answers):
    result = rendered(example_answers("coentreprise"))
    doc = build_document(check_answers(example_answers("coentreprise")).answers)
    pdf, pages = render_agreement_pages(doc)
    assert pages == len(PdfReader(io.BytesIO(pdf)).pages) == result.pages
