from decimal import Decimal

from partage_desktop.core.selfassess import (
    CONTINUUM_QUESTIONS,
    READINESS_QUESTIONS,
    EnergyInput,
    estimate_energy,
    score_continuum,
    score_readiness,
)
from partage_desktop.services.catalogue import catalogue


def test_snow_shovel_is_a_loan():
    result = score_continuum({q.id: 0 for q in CONTINUUM_QUESTIONS})
    assert result.stage == "pret" and result.template == "pret-materiel"
    assert result.position == 0


def test_merger_end_of_the_continuum():
    result = score_continuum({q.id: 3 for q in CONTINUUM_QUESTIONS})
    assert result.stage == "fusion" and result.template == "coentreprise"


def test_shared_employee_suggests_the_employee_template():
    answers = {q.id: 2 for q in CONTINUUM_QUESTIONS}
    answers["data"] = 0
    result = score_continuum(answers)
    assert result.stage == "mutualisation" and result.template == "employe-partage"
    assert len(result.why) == 3


def test_suggested_templates_exist():
    for value in range(4):
        for special in ({}, {"data": 3}, {"people": 3}, {"purchase": 3}):
            answers = {q.id: value for q in CONTINUUM_QUESTIONS} | special
            assert catalogue().get(score_continuum(answers).template) is not None


def test_every_question_has_both_languages():
    for q in CONTINUUM_QUESTIONS + READINESS_QUESTIONS:
        assert q.text["fr"] and q.text["en"]
        assert all(o.label["fr"] and o.label["en"] for o in q.options)


def test_readiness_scores_and_weak_points():
    answers = {q.id: 4 for q in READINESS_QUESTIONS}
    answers["trust"] = 1
    result = score_readiness(answers)
    assert result.scores["motivation"] == 100
    assert result.scores["compatibility"] == 75
    assert [q.id for q in result.weak] == ["trust"]
    assert result.weak[0].guide == "defis"


def test_energy_estimate_is_honest():
    result = estimate_energy(EnergyInput(Decimal(4), Decimal(6), Decimal(20), Decimal(30), 12,
                                         savings_per_month=Decimal(500)))
    assert result.hours_total == Decimal(140)
    assert result.time_cost == Decimal("4200.00")
    assert result.benefits == Decimal("6000.00")
    assert result.net == Decimal("1800.00")
    assert result.break_even_month == 3
    assert result.worth_it
    poor = estimate_energy(EnergyInput(Decimal(8), Decimal(8), Decimal(40), Decimal(30), 12, Decimal(100)))
    assert not poor.worth_it and poor.break_even_month is None
