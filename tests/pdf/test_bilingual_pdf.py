"""The bilingual agreement as printed: French on the left, English on the right, each clause's two
texts starting on the same line of the same page, for every bundled template; the signature blocks
once with labels in both languages; footers in both languages; verifiable like any export."""

from __future__ import annotations

import base64
import io
import re

import pytest
from pypdf import PdfReader

from partage_desktop.core.agreements.bilingual import columns
from partage_desktop.pdf.agreement.style import PAGE_W
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.services.agreements.export import (
    render_draft_pdf,
    render_pdf,
    verify_pdf_bytes,
)

TEMPLATES = sorted(catalogue().templates)
MIDDLE = PAGE_W / 2


def fragments(pdf: bytes) -> list[list[tuple[float, float, str]]]:
    """Per page, each piece of text with where it starts (x, y)."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        found: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, _font, _size, found=found):
            if text.strip():
                found.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def side_by_side(pages, left: str, right: str) -> int:
    """The page where ``left`` starts in the left column and ``right`` on the same line in the right one."""
    hits = []
    for n, found in enumerate(pages):
        ys_left = {round(y, 1) for x, y, text in found if x < MIDDLE and text == left}
        ys_right = {round(y, 1) for x, y, text in found if x > MIDDLE and text == right}
        if ys_left & ys_right:
            hits.append(n)
    assert len(hits) == 1, (left, right, hits)
    return hits[0]


def bilingual(example_answers, template_id, lang="fr", prevails="fr"):
    raw = example_answers(template_id)
    raw["lang"] = lang
    raw["bilingual"] = {"prevails": prevails}
    return raw


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_every_template_prints_clause_by_clause_side_by_side(example_answers, template_id):
    lang = "fr" if TEMPLATES.index(template_id) % 2 else "en"
    rendered = render_pdf(bilingual(example_answers, template_id, lang, "en" if lang == "fr" else "fr"), "fr")
    fr, en = columns(rendered.document)
    pages = fragments(rendered.pdf)
    assert len(pages) == rendered.pages
    for art_fr in fr.articles:  # every clause's two numbers on one line of one page
        for clause in art_fr.clauses:
            side_by_side(pages, clause.number, clause.number)
    # the heading of each article is on the page of its first clause, in both languages
    text = [" ".join(" ".join(t for _x, _y, t in found).split()) for found in pages]
    for art_fr, art_en in zip(fr.articles, en.articles, strict=True):
        page = side_by_side(pages, art_fr.clauses[0].number, art_en.clauses[0].number)
        for art in (art_fr, art_en):
            assert " ".join(f"{art.number}.\u2002{art.title}".split()) in text[page], (art.title, page)
    # every page's footer says its number in both languages, the total filled in when saved
    for n, found in enumerate(pages, start=1):
        assert any(t == f"Page {n} de/of" for _x, _y, t in found), [t for _x, _y, t in found if "Page" in t]
    # the signature blocks print once, their labels in both languages
    every = "\n".join(t for found in pages for _x, _y, t in found)
    assert every.count("Lieu / Place") == len(fr.parties)
    assert every.count("Titre / Title") == len(fr.parties)
    assert "Initiales / Initials" in every and f"Empreinte / Fingerprint {fr.fingerprint}" in every
    # the notice that it is no legal advice, in both languages
    assert "avis juridique" in text[0] and "legal advice" in text[0]
    assert verify_pdf_bytes(rendered.pdf, "fr").status == "ok"


def test_the_prevailing_clause_is_side_by_side(example_answers):
    rendered = render_pdf(bilingual(example_answers, "pret-materiel", "fr", "en"), "en")
    fr, en = columns(rendered.document)
    [number] = [c.number for a in fr.articles for c in a.clauses if "la version anglaise prévaut" in c.text]
    pages = fragments(rendered.pdf)
    page = side_by_side(pages, number, number)
    words = " ".join(" ".join(t for _x, _y, t in pages[page]).split())
    assert "la version anglaise prévaut" in words and "the English version prevails" in words


def test_a_long_own_clause_breaks_with_both_columns(example_answers):
    """A clause longer than a page breaks across pages in both columns at once; the next clause's
    two texts still start on one line."""
    raw = bilingual(example_answers, "pret-materiel")
    paragraph = ("Le Comptoir tient un registre des sorties, signé par la personne qui emprunte, & le "
                 "Centre le consulte au besoin <sans préavis>. ")
    raw["clauses"] = {"reworded": {"objet.pret": "\n".join([paragraph * 4] * 14)}}
    rendered = render_pdf(raw, "fr")
    pages = fragments(rendered.pdf)
    first = side_by_side(pages, "1.1", "1.1")
    after = side_by_side(pages, "1.2", "1.2")
    assert after > first
    for n in range(first, after):  # the typed text, as typed, in both columns of every page it takes
        for side in (lambda x: x < MIDDLE, lambda x: x > MIDDLE):
            assert any(side(x) and "registre des sorties" in t for x, _y, t in pages[n]), n
    words = " ".join(t for found in pages for _x, _y, t in found)
    assert "<sans préavis>" in words and "emprunte, & le" in words
    assert verify_pdf_bytes(rendered.pdf, "fr").status == "ok"


def test_many_parties_a_logo_and_a_draft(example_answers):
    raw = bilingual(example_answers, "entente-collaboration", "en")
    template = catalogue().get("entente-collaboration")
    base = raw["parties"][-1]
    while len(raw["parties"]) < min(template.max_parties, 12):
        n = len(raw["parties"]) + 1
        raw["parties"].append({**base, "name": f"Regroupement des organismes communautaires autonomes "
                                               f"de la région numéro {n}", "neq": ""})
    png = base64.b64encode(_png()).decode()
    raw.setdefault("meta", {})["logo"] = png
    rendered = render_pdf(raw, "en")
    every = "\n".join(t for found in fragments(rendered.pdf) for _x, _y, t in found)
    assert every.count("Lieu / Place") == len(raw["parties"])
    assert verify_pdf_bytes(rendered.pdf, "en").status == "ok"
    # a draft (answers missing) previews side by side too, marked in both languages
    del raw["fields"][next(iter(raw["fields"]))]
    raw["parties"][1]["name"] = ""
    draft = render_draft_pdf(raw, "fr")
    assert draft.document.draft and draft.document.companion is not None
    words = "\n".join(t for found in fragments(draft.pdf) for _x, _y, t in found)
    assert re.search(r"PROJET", words) and re.search(r"DRAFT", words)


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), (31, 78, 121)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("template_id", ["pret-materiel", "services-partages"])
def test_hostile_typed_text_prints_side_by_side(example_answers, template_id):
    """The worst of what a person may type: a 9,000-letter word, a clause of a hundred short lines,
    markup, long names for as many parties as the template takes."""
    raw = bilingual(example_answers, template_id, "en", "fr")
    spec = catalogue().get(template_id)
    base = raw["parties"]
    raw["parties"] = [dict(base[i % len(base)], name=("Coop <b>Tom&Jerry</b> « Éléphant » " * 5)[:150] + f" {i}",
                           neq="") for i in range(min(spec.max_parties, 12))]
    if "cost_split" in raw["fields"]:
        raw["fields"]["cost_split"] = {"method": "equal", "total": "999.99"}
    raw["clauses"] = {"added": [{"title": "<font size=40>gros</font>", "text": "a" * 9000 + " fin", "after": "duree"}],
                      "reworded": {"duree.periode": "ligne\n- puce <img src='/etc/passwd'/>\n" * 100}}
    rendered = render_pdf(raw, "fr")
    assert verify_pdf_bytes(rendered.pdf, "fr").status == "ok"
    words = " ".join(t for found in fragments(rendered.pdf) for _x, _y, t in found)
    assert "<font size=40>gros</font>" in words and "<img src='/etc/passwd'/>" in words
