"""The demo sample's words come from resources/demo/sample.toml: the file loads in both languages
with the same lists, names real templates, and a broken file is refused naming the place."""

from __future__ import annotations

import pytest

from partage_desktop.core.content import ContentError
from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.platform.resources import resource_path
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.services.demo.text import load_sample

SAMPLE = resource_path("demo", "sample.toml")


def test_the_sample_file_has_both_languages_with_the_same_lists():
    words = load_sample(SAMPLE)
    assert len(words.organizations) == 5 and len(words.projects) == 3
    assert all(o.title["fr"] and o.title["en"] for o in words.organizations)
    for project in words.projects:
        assert project.name["fr"] and project.name["en"] and project.purpose["fr"] and project.purpose["en"]
        assert project.agreements and all(catalogue().get(t) is not None for t in project.agreements)
    assert sorted(words.titles["fr"]) == sorted(words.titles["en"]) == sorted(vocab.KINDS)
    for kind in vocab.KINDS:
        assert len(words.titles["fr"][kind]) == len(words.titles["en"][kind]) > 0
    assert len(words.sentences["fr"]) == len(words.sentences["en"]) == 12
    for group in ("difficulty", "other"):
        assert len(words.tags["fr"][group]) == len(words.tags["en"][group]) > 0
    assert sorted(words.estimates["fr"]) == sorted(words.estimates["en"]) == sorted(vocab.MONEY_KINDS)
    # the texts are kept as written (no typography added): the demo is the same sample it always was
    assert words.sentences["fr"][10] == "Prochaine étape : préparer le bilan pour Centraide avant la fin de l'année."


@pytest.mark.parametrize(("old", "new", "message"), [
    ('en = "Shared refrigerated truck"', 'fr_CA = "Camion"', "sample.toml: projects[0].name: expected a table"),
    ('partners = ["famille", "cuisine", "comptoir"]', 'partners = ["famille", "cuisine", "grenier"]',
     "sample.toml: projects[0].partners: unknown organizations ['grenier']"),
    ('stage = "running"', 'stage = "rolling"', "sample.toml: projects[0].stage: expected one of"),
    ("note = [", "notes = [", "sample.toml: journal.titles: expected exactly"),
    ('{ fr = "Retard de paiement", en = "Late payment" }', '{ fr = "Retard de paiement", en = "" }',
     "sample.toml: journal.titles.difficulty[2].en: expected non-empty text"),
    ('email = "cab@entraide.example"\n', "", "sample.toml: organizations[2]: missing 'email'"),
])
def test_a_broken_sample_file_is_refused_with_the_place(tmp_path, old, new, message):
    text = SAMPLE.read_text("utf-8")
    assert old in text
    path = tmp_path / "sample.toml"
    path.write_text(text.replace(old, new, 1), "utf-8")
    with pytest.raises(ContentError) as raised:
        load_sample(path)
    assert str(raised.value).startswith(message)
