"""Every bundled template loads, validates its example and builds a document in both languages."""

from __future__ import annotations

import json

import pytest

from partage_desktop.core.agreements.render import build_document
from partage_desktop.core.agreements.template_loader import load_catalogue
from partage_desktop.core.agreements.validation import validate
from partage_desktop.platform.resources import templates_dir

CATALOGUE = load_catalogue(templates_dir())
EXPECTED = {
    "pret-materiel", "locaux-partages", "employe-partage", "services-partages",
    "partage-donnees", "copropriete-equipement", "coentreprise", "entente-collaboration",
}


def example(template_id: str) -> dict:
    return json.loads((templates_dir() / "examples" / f"{template_id}.json").read_text("utf-8"))


def test_all_expected_templates_are_bundled():
    assert set(CATALOGUE.templates) >= EXPECTED


@pytest.mark.parametrize("template_id", sorted(CATALOGUE.templates))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_example_validates_and_renders(template_id, lang):
    answers = example(template_id)
    answers["lang"] = lang
    result = validate(CATALOGUE, answers)
    assert result.errors == [], [str(p) for p in result.errors]
    doc = build_document(result.answers)
    text = "\n".join(c.text for a in doc.articles for c in a.clauses)
    assert "{" not in text and "}" not in text
    assert len(doc.articles) >= 8
    numbers = [a.number for a in doc.articles]
    assert numbers == [str(i) for i in range(1, len(numbers) + 1)]
    for party in answers["parties"]:
        assert any(p.name == party["name"] for p in doc.parties)
    assert doc.glance and doc.notice and doc.preamble
    assert doc.lang == lang


def test_a_long_list_is_named_briefly_in_clauses_and_fully_in_its_annex():
    answers = example("pret-materiel")
    row = answers["fields"]["items"][0]
    answers["fields"]["items"] = [dict(row, description=f"Article {i}") for i in range(1, 7)]
    doc = build_document(validate(CATALOGUE, answers).answers)
    glance = " ".join(g.text for g in doc.glance)
    assert "Article 4" in glance and "Article 5" not in glance and "et 2 autre(s)" in glance
    assert [r[0] for r in doc.annexes[0].table.rows] == [f"Article {i}" for i in range(1, 7)]
