"""Organization names in French sentences: « prête au Comptoir », « la Maison …, représentée »."""

from __future__ import annotations

import json

import pytest

from partage_desktop.core.agreements.french import (
    after_preposition,
    guess_article,
    represented,
    with_article,
)
from partage_desktop.core.agreements.render import build_document
from partage_desktop.core.agreements.template_loader import load_catalogue
from partage_desktop.core.agreements.validation import validate
from partage_desktop.platform.resources import templates_dir

CATALOGUE = load_catalogue(templates_dir())


def example(template_id: str) -> dict:
    return json.loads((templates_dir() / "examples" / f"{template_id}.json").read_text("utf-8"))


@pytest.mark.parametrize(("name", "article"), [
    ("Maison de la famille des Moulins", "la"), ("Société Saint-Vincent de Paul", "la"),
    ("Coopérative de solidarité", "la"), ("Corporation de développement communautaire", "la"),
    ("Table de concertation jeunesse", "la"), ("Association des proches aidants", "la"),
    ("Comptoir alimentaire L'Entraide", "le"), ("Centre d'action bénévole", "le"),
    ("Carrefour emploi", "le"), ("Regroupement des organismes", "le"),
    ("Le Pivot", "none_m"), ("Les Petits Frères", "none_m"), ("La Maison Bleue", "none_f"),
    ("Centraide Laurentides", "none_m"), ("", "none_m"),
])
def test_the_first_word_decides_the_default(name, article):
    assert guess_article(name) == article


@pytest.mark.parametrize(("name", "article", "subject", "to", "of"), [
    ("Comptoir alimentaire L'Entraide", "le", "le Comptoir alimentaire L'Entraide",
     "au Comptoir alimentaire L'Entraide", "du Comptoir alimentaire L'Entraide"),
    ("Maison de la famille", "la", "la Maison de la famille", "à la Maison de la famille", "de la Maison de la famille"),
    ("Association des proches aidants", "la", "l'Association des proches aidants",
     "à l'Association des proches aidants", "de l'Association des proches aidants"),
    ("Organisme X", "le", "l'Organisme X", "à l'Organisme X", "de l'Organisme X"),
    ("Halte-garderie du quartier", "la", "la Halte-garderie du quartier", "à la Halte-garderie du quartier",
     "de la Halte-garderie du quartier"),
    ("Le Pivot", "none_m", "Le Pivot", "au Pivot", "du Pivot"),
    ("Les Petits Frères", "none_m", "Les Petits Frères", "aux Petits Frères", "des Petits Frères"),
    ("La Maison Bleue", "none_f", "La Maison Bleue", "à La Maison Bleue", "de La Maison Bleue"),
    ("Centraide Laurentides", "none_m", "Centraide Laurentides", "à Centraide Laurentides", "de Centraide Laurentides"),
    ("Alma en santé", "none_f", "Alma en santé", "à Alma en santé", "d'Alma en santé"),
])
def test_articles_contractions_and_elisions(name, article, subject, to, of):
    assert with_article(name, article) == subject
    assert after_preposition("à", name, article) == to
    assert after_preposition("de", name, article) == of


def test_represented_agrees_with_the_organization():
    assert represented("la") == represented("none_f") == "représentée"
    assert represented("le") == represented("none_m") == "représenté"


def _document(answers: dict):
    result = validate(CATALOGUE, answers)
    assert result.errors == [], [str(p) for p in result.errors]
    return result.answers, build_document(result.answers)


def test_the_loan_lends_to_the_comptoir_and_the_maison_is_represented_in_the_feminine():
    answers = example("pret-materiel")
    answers["parties"][0]["name"] = "Maison de la famille des Moulins"
    parsed, doc = _document(answers)
    glance = doc.glance[0].text
    assert glance.startswith("La Maison de la famille des Moulins prête gratuitement au Comptoir alimentaire L'Entraide")
    assert "à Comptoir" not in glance
    assert doc.parties[0].represented == "représentée" and doc.parties[1].represented == "représenté"
    assert doc.preamble[1].startswith("ATTENDU QUE le Comptoir alimentaire L'Entraide a besoin")
    # the article is written into the answers, so a later guess can never change a signed text
    assert [p["article"] for p in parsed.parties] == ["la", "le"]


def test_each_name_of_a_list_takes_its_own_preposition():
    answers = example("pret-materiel")
    answers["parties"].append({**answers["parties"][1], "name": "Maison des jeunes L'Évasion"})
    _, doc = _document(answers)
    assert "prête gratuitement au Comptoir alimentaire L'Entraide et à la Maison des jeunes L'Évasion\u00a0:" \
        in doc.glance[0].text


def test_the_party_s_own_choice_wins_over_the_guess_and_english_is_untouched():
    answers = example("pret-materiel")
    answers["parties"][1]["article"] = "none_f"
    _, doc = _document(answers)
    assert "prête gratuitement à Comptoir alimentaire L'Entraide" in doc.glance[0].text
    assert doc.parties[1].represented == "représentée"
    answers["lang"] = "en"
    _, doc = _document(answers)
    assert doc.glance[0].text.startswith("Centre d'action bénévole de la Rivière-du-Nord lends free of charge to "
                                         "Comptoir alimentaire L'Entraide")


def test_a_wrong_article_is_named():
    answers = example("pret-materiel")
    answers["parties"][1]["article"] = "les"
    [problem] = validate(CATALOGUE, answers).errors
    assert problem.path == "parties[1].article" and "le, la, none_m, none_f" in str(problem)


def test_the_pdf_says_representee(tmp_path):
    from pypdf import PdfReader

    from partage_desktop.pdf.agreement.draw import render_agreement

    answers = example("partage-donnees")
    _, doc = _document(answers)
    out = tmp_path / "x.pdf"
    out.write_bytes(render_agreement(doc))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "représentée par" in text and "Maison de la famille des Moulins" in text
