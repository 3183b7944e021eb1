"""validate() returns every problem at once, each naming the field, in the chosen language."""

from __future__ import annotations

import copy

import pytest

from partage_desktop.core.agreements.fingerprint import (
    canonical_answers,
    canonical_json,
    fingerprint_of,
)
from partage_desktop.core.agreements.render import build_document
from partage_desktop.core.agreements.validation import validate
from partage_desktop.services.agreements.catalogue import catalogue


def paths(result):
    return {p.path for p in result.errors}


def test_example_is_valid(example_answers):
    result = validate(catalogue(), example_answers())
    assert result.ok, [str(p) for p in result.problems]


def test_every_problem_is_reported_at_once(example_answers):
    answers = example_answers()
    answers["fields"]["end_date"] = "2026-01-01"  # before the start date
    answers["fields"]["purpose"] = ""
    answers["fields"]["recall_days"] = "bientôt"
    answers["fields"]["colour"] = "bleu"
    answers["parties"][1]["name"] = "   "
    answers["parties"][0]["neq"] = "12345"
    result = validate(catalogue(), answers)
    assert paths(result) == {
        "fields.end_date", "fields.purpose", "fields.recall_days", "fields.colour",
        "parties[1].name", "parties[0].neq",
    }
    messages = {p.path: str(p) for p in result.errors}
    assert messages["fields.end_date"].startswith("Date de fin")
    assert "Date de début" in messages["fields.end_date"]
    assert "Partie 2" in messages["parties[1].name"]
    assert "10 chiffres" in messages["parties[0].neq"]


def test_messages_follow_the_requested_language(example_answers):
    answers = example_answers()
    answers["fields"]["start_date"] = "2026-02-30"
    result = validate(catalogue(), answers, lang="en")
    [problem] = result.errors
    assert problem.label == "Start date"
    assert "not a valid date" in problem.message


@pytest.mark.parametrize("count,key", [(1, "too_few"), (13, "too_many")])
def test_party_limits(example_answers, count, key):
    answers = example_answers()
    party = answers["parties"][1]
    answers["parties"] = [dict(party, name=f"Organisme {i}") for i in range(count)]
    result = validate(catalogue(), answers)
    assert "parties" in paths(result)


def test_unknown_template_lists_the_available_ones(example_answers):
    answers = example_answers()
    answers["template"] = "n-existe-pas"
    result = validate(catalogue(), answers)
    [problem] = result.errors
    assert problem.path == "template"
    assert "pret-materiel" in problem.message


@pytest.mark.parametrize("raw", [None, [], "texte", 42])
def test_not_an_object(raw):
    result = validate(catalogue(), raw)
    assert not result.ok


def test_wrong_types_never_raise(example_answers):
    answers = example_answers()
    answers["parties"][0] = ["pas", "un", "objet"]
    answers["fields"] = {"items": "pas une liste", "is_vehicle": "oui", "start_date": 20270101,
                         "handover": ["pickup"]}
    answers["clauses"] = {"added": [{"title": 3}], "reworded": {"nope.nope": "x"}}
    answers["meta"] = {"reference": "<script>", "version": "deux"}
    result = validate(catalogue(), answers)
    assert {"parties[0]", "fields.items", "fields.is_vehicle", "fields.start_date", "fields.handover",
            "clauses.added[0].title", "clauses.added[0].text", "clauses.reworded.nope.nope",
            "meta.reference", "meta.version"} <= paths(result)


def test_too_long_text_is_refused(example_answers):
    answers = example_answers()
    answers["fields"]["purpose"] = "x" * 10_000
    result = validate(catalogue(), answers)
    assert paths(result) == {"fields.purpose"}
    assert "10000" in str(result.errors[0]) or "10 000" in str(result.errors[0])


def test_conditions_switch_clauses_and_required_fields(example_answers):
    answers = example_answers()
    answers["fields"]["is_vehicle"] = False
    doc = build_document(validate(catalogue(), answers).answers)
    assert not any(a.title == "Véhicule" for a in doc.articles)
    answers["parties"].append(dict(answers["parties"][1], name="Troisième organisme"))
    doc = build_document(validate(catalogue(), answers).answers)
    text = " ".join(c.text for a in doc.articles for c in a.clauses)
    assert "solidairement" in text


def test_own_wording_is_kept_and_marked(example_answers):
    answers = example_answers()
    answers["clauses"] = {
        "added": [{"title": "Clé du local", "text": "La clé est remise à Dupont <Jean> & Fils.", "after": "retour.date"}],
        "reworded": {"usage.fins": "Usage limité aux livraisons du jeudi."},
    }
    result = validate(catalogue(), answers)
    assert result.ok, [str(p) for p in result.problems]
    doc = build_document(result.answers)
    clauses = [c for a in doc.articles for c in a.clauses]
    edited = [c.text for c in clauses if c.edited]
    assert "Usage limité aux livraisons du jeudi." in edited
    assert any("Dupont <Jean> & Fils" in t for t in edited)


def test_fingerprint_is_stable_and_sensitive(example_answers):
    answers = example_answers()
    first = canonical_json(validate(catalogue(), answers).answers)
    again = canonical_json(validate(catalogue(), copy.deepcopy(answers)).answers)
    assert first == again
    fp = fingerprint_of(first)
    assert len(fp) == 19 and fp.count("-") == 3  # 80 bits printed
    answers["fields"]["items"][0]["value"] = "28000.01"
    assert fingerprint_of(canonical_json(validate(catalogue(), answers).answers)) != fp


def test_normalization_ignores_presentation(example_answers):
    answers = example_answers()
    reformatted = copy.deepcopy(answers)
    reformatted["fields"]["items"][0]["value"] = "28 000,00"
    reformatted["parties"][0]["name"] = "  " + answers["parties"][0]["name"] + " "
    assert canonical_json(validate(catalogue(), answers).answers) == canonical_json(
        validate(catalogue(), reformatted).answers)


def test_canonical_answers_validate_back_to_themselves(example_answers):
    canonical = canonical_answers(validate(catalogue(), example_answers()).answers)
    again = {k: v for k, v in canonical.items() if k != "template_version"}
    result = validate(catalogue(), again)
    assert result.ok, [str(p) for p in result.problems]
    assert canonical_answers(result.answers) == canonical
