"""Self-assessment results as dated records for printing and for a project's journal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from partage_desktop.core import selfassess as sa
from partage_desktop.services import selfassess_records as records


def test_continuum_record_names_position_form_and_template():
    answers = {q.id: 1 for q in sa.CONTINUUM_QUESTIONS} | {"data": 2, "resource": 4}
    record = records.continuum_record(sa.score_continuum(answers), "fr", date(2026, 11, 22))
    assert record.title == "Où en sommes-nous sur le continuum\u202f? — 22 novembre 2026"
    assert "Forme\u00a0: Contrat (entente écrite)" in record.body
    assert "Modèle suggéré\u00a0: " in record.body and "Loi 25" in record.body


def test_readiness_record_lists_scores_and_weak_points_with_their_guide():
    answers = {q.id: 4 for q in sa.READINESS_QUESTIONS} | {"baseline": 1}
    record = records.readiness_record(sa.score_readiness(answers), "en", date(2026, 3, 1))
    assert record.title == "Are we ready? — March 1, 2026"
    lines = record.body.splitlines()
    assert "Compatibility: 100%" in lines and "Costs and benefits: 83%" in lines
    assert lines[-1] == "- We know what the current situation costs us. (guide: Sharing costs fairly)"


def test_energy_record_in_french_amounts():
    result = sa.estimate_energy(sa.EnergyInput(Decimal(4), Decimal(6), Decimal(20), Decimal(30), 12, Decimal(500)))
    body = records.energy_record(result, "fr").body
    assert body.splitlines() == ["Heures investies\u00a0: 140", "Coût de ce temps\u00a0: 4\u00a0200,00\u00a0$",
                                 "Bénéfices attendus\u00a0: 6\u00a0000,00\u00a0$", "Solde\u00a0: 1\u00a0800,00\u00a0$"]
