"""The article on lending and borrowing well is found by the words people type, in both languages,
is the Resources section's help, and points to the equipment loan template."""

from __future__ import annotations

import pytest

from partage_desktop.services.guides import library as guides


@pytest.mark.parametrize(("query", "lang"), [
    ("prêt", "fr"), ("pret", "fr"), ("emprunter", "fr"), ("dépôt caution", "fr"), ("accessoires photos", "fr"),
    ("lending", "en"), ("borrow", "en"), ("deposit", "en"), ("loan incident", "en"),
])
def test_the_words_people_type_find_it(query, lang):
    assert "preter-emprunter" in [r.id for r in guides.search(query, lang)][:3]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_it_is_the_resources_help_and_points_to_the_loan_template(lang):
    article = guides.library(lang).articles["preter-emprunter"]
    assert tuple(article.help) == ("resources",)
    assert "template:pret-materiel" in {target for _text, target in article.links()}
    assert "avis juridique" in article.body if lang == "fr" else "not legal advice" in article.body
