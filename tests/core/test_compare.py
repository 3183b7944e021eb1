"""Version comparison: changed fields and parties, changed/added/removed clauses, own wording."""

from __future__ import annotations

import copy

from partage_desktop.core.agreements.compare import ADDED, CHANGED, REMOVED, compare_answers
from partage_desktop.core.agreements.validation import validate
from partage_desktop.services.agreements.catalogue import catalogue_for


def typed(raw):
    result = validate(catalogue_for(raw), raw)
    assert result.errors == [], result.errors
    return result.answers


def test_identical_versions_have_no_difference(example_answers):
    raw = example_answers("pret-materiel")
    assert compare_answers(typed(raw), typed(copy.deepcopy(raw))).empty


def test_changed_fields_parties_and_the_clauses_they_print_in(example_answers):
    before = example_answers("pret-materiel")
    after = copy.deepcopy(before)
    after["fields"]["end_date"] = "2027-08-31"
    after["parties"][1]["representative"] = "Line Côté"
    after["fields"]["items"][1]["condition"] = "Roue avant à remplacer"
    diff = compare_answers(typed(before), typed(after))
    fields = {c.key: c for c in diff.fields}
    assert fields["fields.end_date"].label == "Date de fin"
    assert (fields["fields.end_date"].before, fields["fields.end_date"].after) == ("24 juin 2027", "31 août 2027")
    assert fields["parties[1].representative"].label == "Partie 2 — Représentant(e)"
    assert "Roue avant à remplacer" in fields["fields.items"].after
    assert "Très bon état" in fields["fields.items"].before
    changed = [c for c in diff.clauses if c.kind == CHANGED]
    period = next(c for c in changed if "31 août 2027" in c.after)
    assert "24 juin 2027" in period.before and period.number_before == period.number_after
    assert len(fields) == 3


def test_own_clauses_added_reworded_and_removed(example_answers):
    before = example_answers("pret-materiel")
    after = copy.deepcopy(before)
    doc_clause = "duree.fixe"
    after["clauses"] = {"added": [{"title": "Lavage", "text": "L'Emprunteur lave la fourgonnette <chaque> mois & plus.",
                                   "after": "duree.periode"}],
                        "reworded": {doc_clause: "Elle ne se renouvelle pas; on en reparle en mai."}}
    after["fields"]["arbitration"] = True
    diff = compare_answers(typed(before), typed(after))
    kinds = [(c.kind, c.edited) for c in diff.clauses]
    assert (ADDED, True) in kinds
    added = next(c for c in diff.clauses if c.kind == ADDED and c.edited)
    assert added.after.startswith("Lavage\n") and added.number_after and not added.number_before
    reworded = next(c for c in diff.clauses if "on en reparle en mai" in c.after)
    assert reworded.kind == CHANGED and reworded.edited
    # and back: the own clause is removed
    back = compare_answers(typed(after), typed(before))
    assert any(c.kind == REMOVED and c.before.startswith("Lavage") for c in back.clauses)


def test_english_labels(example_answers):
    before = example_answers("entente-collaboration")
    after = copy.deepcopy(before)
    after["lang"] = before["lang"] = "en"
    after["fields"]["review_frequency"] = "yearly"
    diff = compare_answers(typed(before), typed(after))
    change = next(c for c in diff.fields if c.key == "fields.review_frequency")
    assert change.label == "Follow-up meetings" and (change.before, change.after) == ("at least once a month", "at least once a year")
