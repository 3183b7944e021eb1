"""Guide booklets: contents, page numbers, embedded fonts, text printed exactly as written."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from partage_desktop.core.guides.library import parse_article
from partage_desktop.pdf.guides.booklet import Booklet, render_booklet
from partage_desktop.platform.resources import resource_path
from partage_desktop.services.guides.printing import UnknownArticles, booklet_pdf, export_booklet


def text_of(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def fonts_of(pdf: bytes) -> list[tuple[str, bool]]:
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            desc = font.get("/FontDescriptor")
            embedded = bool(desc and any(k in desc.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")))
            out.append((str(font["/BaseFont"]), embedded))
    return out


def test_booklet_has_cover_contents_and_numbered_pages():
    pdf = booklet_pdf(["partager-equipement", "continuum", "glossaire"], "fr", printed=date(2026, 11, 22))
    pages = text_of(pdf)
    assert "Guides du partage des ressources" in pages[0] and "22 novembre 2026" in pages[0]
    contents = pages[1]
    assert "Table des matières" in contents
    # the three titles, in the order chosen, each with the page it starts on
    starts = {}
    for title in ("Prêter ou partager de l'équipement", "Le continuum du partage", "Glossaire"):
        assert title in contents
        starts[title] = next(n for n, text in enumerate(pages, 1) if n > 2 and text.lstrip().startswith(title))
    assert list(starts.values()) == sorted(starts.values())
    total = len(pages)
    assert all(f"Page {n} de {total}" in text for n, text in enumerate(pages, 1))
    assert "Page 1 de" in pages[0]


def test_every_font_is_embedded_and_metadata_is_set():
    pdf = booklet_pdf(["continuum", "glossaire", "partager-equipement"], "en")
    fonts = fonts_of(pdf)
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta.title == "Resource sharing guides" and meta.author == "Partage"


def test_single_article_prints_without_contents_page():
    pages = text_of(booklet_pdf(["partager-equipement"], "en"))
    assert pages[0].lstrip().startswith("Sharing equipment and vehicles")
    assert "Contents" not in pages[0]
    assert "Partage agreement templates: Equipment Loan Agreement" in "".join(pages)


def test_article_text_prints_as_written():
    raw = ('+++\nid = "essai"\ntitle = "Tom & <Jerry> « essai »"\nsummary = "R&D <b>pas gras</b>"\n'
           'theme = "bases"\norder = 1\nkeywords = []\ntemplates = []\nrelated = []\nhelp = []\n+++\n'
           "## A < B & C\n\nLe texte <font size=40>énorme</font> & l'entente ; [lien](https://example.org/?a=1&b=2).\n\n"
           "- <img src='x'/> et **gras**\n")
    article = parse_article(raw, "fr", "essai.md")
    booklet = Booklet(title="Essai <&>", articles=[article], lang="fr", image_dir=resource_path("guides"),
                      template_titles={}, see_also={}, article_titles={}, printed=date(2026, 1, 2),
                      contents=False)
    text = "".join(text_of(render_booklet(booklet)))
    for expected in ("Tom & <Jerry> « essai »", "R&D <b>pas gras</b>", "A < B & C",
                     "<font size=40>énorme</font> & l'entente", "<img src='x'/>", "https://example.org/?a=1&b=2"):
        assert expected in text, expected
    many = replace(booklet, articles=[article, replace(article, id="deux")], contents=True)
    pages = text_of(render_booklet(many))
    assert "Essai <&>" in pages[0]
    assert pages[1].count("Tom & <Jerry> « essai »") == 2  # both entries of the contents


def test_same_input_same_bytes():
    a = booklet_pdf(["continuum"], "fr", printed=date(2026, 5, 1))
    assert a == booklet_pdf(["continuum"], "fr", printed=date(2026, 5, 1))


def test_unknown_article_writes_nothing(tmp_path):
    out = tmp_path / "livret.pdf"
    with pytest.raises(UnknownArticles) as err:
        export_booklet(["continuum", "nope"], "fr", out)
    assert err.value.ids == ["nope"]
    assert not out.exists()
    export_booklet(["continuum"], "fr", out)
    assert out.read_bytes().startswith(b"%PDF")


def test_outside_addresses_are_printed_once_and_readable():
    text = " ".join(" ".join(text_of(booklet_pdf(["lectures-ressources"], "fr"))).split())
    assert "petitguidemutualisation.rcaaq.org" in text and "economiesocialevhsl.org" in text
    assert "(https://tiess.ca)" not in text  # the link text already is the address
    assert "csmoesac.qc.ca/pages/gerer-son-organisation/la-mutualisation" in text
    assert "(app:" not in text and "(guide:" not in text


def test_diagrams_use_only_what_the_booklet_can_draw():
    import xml.etree.ElementTree as ET

    from partage_desktop.pdf.guides.svg_drawing import SUPPORTED

    for svg in (resource_path("guides") / "img").glob("*.svg"):
        tags = {el.tag.split("}")[-1] for el in ET.parse(svg).getroot().iter()}
        assert tags <= SUPPORTED, (svg.name, tags - SUPPORTED)


def test_the_continuum_diagram_is_drawn_in_both_languages():
    fr = " ".join(text_of(booklet_pdf(["continuum"], "fr"))[0].split())
    assert "Formalisation et complexité croissantes" in fr and "Mutualisation" in fr
    en = " ".join(text_of(booklet_pdf(["continuum"], "en"))[0].split())
    assert "More formal, more complex" in en and "Merger" in en
