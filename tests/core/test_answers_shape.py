"""An answers file's shape is checked before the wizard reads it: wrong JSON types are left out and
named, values of the right type (even wrong ones) are kept for the wizard to show."""

from __future__ import annotations

import copy

import pytest

from partage_desktop.core.agreements.answers_shape import usable_answers
from partage_desktop.core.agreements.render import _articles, _Context, clause_numbers
from partage_desktop.core.agreements.validation import validate
from partage_desktop.services.agreements.catalogue import catalogue

TEMPLATES = sorted(catalogue().templates)


def check(raw, lang="fr"):
    return usable_answers(catalogue(), raw, lang)


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_a_good_file_is_kept_whole(example_answers, template_id):
    raw = example_answers(template_id)
    result = check(raw)
    assert result.left_out == [] and result.answers == raw


@pytest.mark.parametrize("raw", [[1, 2], "texte", None, {"template": 5}, {"template": "bateau"}, {}])
def test_nothing_usable_is_refused_with_the_reason(raw):
    result = check(raw, "en")
    assert result.answers is None and result.left_out
    assert str(result.left_out[0])[0].isupper()


def test_wrong_types_are_left_out_and_named(example_answers):
    raw = example_answers("pret-materiel")
    raw["parties"].append("Comptoir")
    raw["parties"][0]["name"] = 5
    raw["fields"]["start_date"] = 20270101
    raw["fields"]["items"] = [1, {"description": ["x"], "quantity": 2}]
    raw["clauses"] = {"added": "abc", "reworded": {"objet.pret": 3, "zzz": "x"}}
    raw["surprise"] = True
    result = check(raw)
    answers = result.answers
    assert answers["parties"][2] == {} and "name" not in answers["parties"][0]
    assert "start_date" not in answers["fields"]
    assert answers["fields"]["items"] == [{"quantity": 2}]
    assert "clauses" not in answers and "surprise" not in answers
    paths = {p.path for p in result.left_out}
    assert {"parties[2]", "parties[0].name", "fields.start_date", "fields.items[0]", "fields.items[1].description",
            "clauses.added", "clauses.reworded.objet.pret", "clauses.reworded.zzz", "surprise"} <= paths
    shown = "\n".join(map(str, result.left_out))
    assert "Partie 3" in shown and "Partie 1 — Nom légal" in shown and "Date de début" in shown
    # what is left has the shapes the wizard expects: checking it again leaves nothing out
    assert check(answers).left_out == []


def test_values_of_the_right_type_are_kept_even_when_wrong(example_answers):
    raw = example_answers("pret-materiel")
    raw["fields"]["start_date"] = "2027-02-30"
    raw["parties"][0]["email"] = "pas une adresse"
    result = check(raw)
    assert result.left_out == [] and result.answers["fields"]["start_date"] == "2027-02-30"
    assert validate(catalogue(), result.answers).errors  # the wizard shows them next to their fields


def test_numbers_a_spin_box_cannot_hold_and_broken_text_are_left_out(example_answers):
    raw = example_answers("pret-materiel")
    raw["fields"]["recall_days"] = 10**30
    raw["fields"]["renewal_notice_days"] = "²"
    raw["fields"]["location"] = "\ud800"
    result = check(raw)
    assert not {"recall_days", "renewal_notice_days", "location"} & set(result.answers["fields"])
    assert len(result.left_out) == 3


def test_an_unfinished_added_clause_is_kept(example_answers):
    raw = example_answers("pret-materiel")
    raw["clauses"] = {"added": [{"title": "Clés", "text": ""}, {"title": "B", "text": "T", "after": "nulle-part"}]}
    result = check(raw)
    assert result.answers["clauses"]["added"] == [{"title": "Clés", "text": "", "after": ""},
                                                   {"title": "B", "text": "T", "after": ""}]
    assert [p.path for p in result.left_out] == ["clauses.added[1].after"]


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_clause_numbers_are_the_printed_ones(example_answers, template_id):
    raw = example_answers(template_id)
    template = catalogue().get(template_id)
    first = template.articles[0]
    raw = copy.deepcopy(raw)
    raw["clauses"] = {"added": [{"title": "A", "text": "a", "after": first.clauses[0].id},
                                {"title": "B", "text": "b", "after": first.id},
                                {"title": "C", "text": "c", "after": template.articles[-1].id}]}
    answers = validate(catalogue(), raw).answers
    ctx = _Context(answers)
    _articles(ctx)
    assert clause_numbers(answers) == ctx.numbers


def test_an_added_clause_shifts_the_numbers_after_it(example_answers):
    raw = example_answers("pret-materiel")
    assert clause_numbers(validate(catalogue(), raw).answers)["objet.propriete"] == "1.2"
    raw["clauses"] = {"added": [{"title": "A", "text": "a", "after": "objet.pret"}]}
    assert clause_numbers(validate(catalogue(), raw).answers)["objet.propriete"] == "1.3"
