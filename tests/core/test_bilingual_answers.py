"""Bilingual agreements in the engine: the setting is validated like any answer, belongs to the
canonical answers only when asked for (a one-language agreement keeps its content and fingerprint),
and builds the same agreement in French and in English from one set of answers."""

from __future__ import annotations

import json

import pytest

from partage_desktop.core.agreements.answers_shape import usable_answers
from partage_desktop.core.agreements.bilingual import LANGUAGE_CLAUSE, columns
from partage_desktop.core.agreements.fingerprint import (
    canonical_answers,
    canonical_json,
    fingerprint_of,
)
from partage_desktop.core.agreements.render import build_document
from partage_desktop.core.agreements.validation import validate
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.words import template

TEMPLATES = sorted(catalogue().templates)

# The fingerprints of the bundled examples as printed before bilingual agreements existed: the
# setting must change nothing for an agreement that does not ask for it.
BEFORE = {
    "coentreprise/fr": "Y0HC-BE5J-RDY3-G2C5", "coentreprise/en": "XQ2W-H3BV-Y5TW-4HV4",
    "copropriete-equipement/fr": "R0V7-FPX4-JGCY-4FZR", "copropriete-equipement/en": "BK39-9MKS-46BZ-9AFY",
    "employe-partage/fr": "ZY82-D9VH-PT7G-24WB", "employe-partage/en": "0AC5-W54B-GPYD-3FN6",
    "entente-collaboration/fr": "VY3F-AM40-2JMZ-JCM3", "entente-collaboration/en": "VB02-BR0P-P2KN-E0VG",
    "locaux-partages/fr": "229T-1YVP-0FTE-YRRQ", "locaux-partages/en": "FFZG-G4WT-X5BT-SQD4",
    "partage-donnees/fr": "05RG-1MZC-DR7B-73AY", "partage-donnees/en": "Z3WT-V32D-NKE8-44HR",
    "pret-materiel/fr": "78PY-ZVJ7-HY35-NQ57", "pret-materiel/en": "BBY0-SZM5-9WW4-F6WP",
    "services-partages/fr": "YZFX-QQRJ-JVND-XFYF", "services-partages/en": "N1FK-EFDM-PT7R-AQHV",
}


def answers_of(raw):
    result = validate(catalogue(), raw)
    assert result.ok, [str(p) for p in result.errors]
    return result.answers


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("template_id", TEMPLATES)
def test_a_one_language_agreement_keeps_its_canonical_content_and_fingerprint(example_answers, template_id, lang):
    raw = example_answers(template_id)
    raw["lang"] = lang
    answers = answers_of(raw)
    assert answers.bilingual == ""
    assert "bilingual" not in canonical_answers(answers)
    assert fingerprint_of(canonical_json(answers)) == BEFORE[f"{template_id}/{lang}"]
    assert build_document(answers).companion is None


@pytest.mark.parametrize(("lang", "setting", "prevails"), [
    ("fr", {}, "fr"), ("en", {}, "en"), ("fr", {"prevails": "en"}, "en"), ("en", {"prevails": "fr"}, "fr"),
])
def test_the_setting_is_part_of_the_canonical_answers(example_answers, lang, setting, prevails):
    raw = example_answers()
    raw["lang"] = lang
    plain = canonical_json(answers_of(raw))
    raw["bilingual"] = setting
    answers = answers_of(raw)
    assert answers.bilingual == prevails  # by default, the agreement's own language prevails
    canonical = canonical_answers(answers)
    assert canonical["bilingual"] == {"prevails": prevails}
    # the canonical answers validate again to the same content (verification relies on it)
    again = answers_of({k: v for k, v in json.loads(canonical_json(answers)).items() if k != "template_version"})
    assert canonical_json(again) == canonical_json(answers) != plain


@pytest.mark.parametrize(("value", "path", "words"), [
    ("oui", "bilingual", "objet JSON"),
    (True, "bilingual", "objet JSON"),
    (["fr", "en"], "bilingual", "objet JSON"),
    ({"prevails": "de"}, "bilingual.prevails", "« de »"),
    ({"prevails": 1}, "bilingual.prevails", "« 1 »"),
    ({"prevails": ["fr"]}, "bilingual.prevails", "« fr » ou « en »"),
    ({"prevails": "fr", "columns": 3}, "bilingual.columns", "Clé inconnue"),
])
def test_a_hostile_setting_is_refused_with_a_clear_message(example_answers, value, path, words):
    raw = example_answers()
    raw["bilingual"] = value
    result = validate(catalogue(), raw, lang="fr")
    [problem] = result.errors
    assert problem.path == path
    said = str(problem).replace("\u00a0", " ")
    assert said.startswith("Version bilingue") and words in said, said
    # opening such a file keeps the rest and says what was left out
    checked = usable_answers(catalogue(), raw, "en")
    # a setting that is no object is left out; an object keeps what is right in it
    kept = {"prevails": "fr"} if path == "bilingual.columns" else {}
    assert checked.answers.get("bilingual") == (kept if isinstance(value, dict) else None)
    assert [p.path for p in checked.left_out] == [path]
    assert str(checked.left_out[0]).startswith("Bilingual version")


def test_opening_a_file_keeps_a_good_setting(example_answers):
    raw = example_answers()
    raw["bilingual"] = {"prevails": "en"}
    checked = usable_answers(catalogue(), raw, "fr")
    assert checked.answers["bilingual"] == {"prevails": "en"} and not checked.left_out


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_both_columns_come_from_the_same_answers(example_answers, template_id):
    raw = example_answers(template_id)
    raw["lang"] = "en"
    raw["bilingual"] = {"prevails": "fr"}
    doc = build_document(answers_of(raw))
    fr, en = columns(doc)
    assert (fr.lang, en.lang) == ("fr", "en") and doc.lang == "en"
    # one agreement: one reference, one fingerprint, one set of embedded answers
    assert fr.reference == en.reference and fr.fingerprint == en.fingerprint
    assert fr.attachment_json == en.attachment_json == doc.attachment_json
    assert [a.number for a in fr.articles] == [a.number for a in en.articles]
    assert [[c.number for c in a.clauses] for a in fr.articles] == [[c.number for c in a.clauses] for a in en.articles]
    assert [p.name for p in fr.parties] == [p.name for p in en.parties] == [p["name"] for p in raw["parties"]]
    assert fr.title == catalogue().get(template_id).title["fr"] and en.title == catalogue().get(template_id).title["en"]
    # the clause on which version prevails, in each language's own words, exactly once
    for d in (fr, en):
        texts = [c.text for a in d.articles for c in a.clauses]
        assert texts.count(template("doc_bilingual_prevails_fr", d.lang)) == 1
        assert template("doc_bilingual_prevails_en", d.lang) not in texts


def test_dates_and_amounts_per_column_and_typed_wording_as_typed(example_answers):
    raw = example_answers("pret-materiel")
    raw["bilingual"] = {}
    own = "Les bénévoles du jeudi rangent le diable <électrique> & le ferment à clé."
    raw["clauses"] = {"reworded": {"objet.pret": own},
                      "added": [{"title": "Clé du local", "text": "Une seule clé, gardée par Marie.", "after": ""}]}
    fr, en = columns(build_document(answers_of(raw)))
    text = {d.lang: "\n".join(c.text for a in d.articles for c in a.clauses) for d in (fr, en)}
    assert "7 janvier 2027" in text["fr"] and "January 7, 2027" in text["en"]
    assert "January" not in text["fr"] and "janvier" not in text["en"]
    for lang in ("fr", "en"):
        assert own in text[lang] and "Une seule clé, gardée par Marie." in text[lang]
    assert fr.annexes[0].table.rows[0][-1] == "28\u00a0000,00\u00a0$" and en.annexes[0].table.rows[0][-1] == "$28,000.00"
    assert fr.annexes[0].table.rows[0][0] == en.annexes[0].table.rows[0][0]  # a description as typed


def test_the_language_clause_takes_the_place_of_the_templates_one(example_answers):
    raw = example_answers("pret-materiel")
    raw["bilingual"] = {"prevails": "en"}
    template_ = catalogue().get("pret-materiel")
    assert LANGUAGE_CLAUSE in template_.clause_ids()
    plain = build_document(answers_of(example_answers("pret-materiel")))
    fr, en = columns(build_document(answers_of(raw)))
    assert len(fr.articles) == len(plain.articles)  # no article added: the clause is where it was
    said = {d.lang: [c.text for a in d.articles for c in a.clauses] for d in (fr, en)}
    assert "la version anglaise prévaut" in " ".join(said["fr"]) and "English version prevails" in " ".join(said["en"])
    assert not any("rédigée en français." in t or "drawn up in English" in t for t in said["fr"] + said["en"])
    # reworded by the user, the template's clause stays theirs, and the prevailing clause comes last
    raw["clauses"] = {"reworded": {LANGUAGE_CLAUSE: "Les parties ont voulu une entente bilingue."}}
    fr, en = columns(build_document(answers_of(raw)))
    for d in (fr, en):
        last = d.articles[-1]
        assert last.title == template("doc_bilingual_title", d.lang) and last.number == str(len(d.articles))
        assert last.clauses[0].text == template("doc_bilingual_prevails_en", d.lang)
        assert any(c.text == "Les parties ont voulu une entente bilingue." for a in d.articles for c in a.clauses)
