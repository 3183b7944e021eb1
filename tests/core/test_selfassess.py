from decimal import Decimal

from partage_desktop.core.guides.selfassess import EnergyInput, estimate_energy
from partage_desktop.services.agreements.catalogue import catalogue
from partage_desktop.services.guides.selfassess import continuum_tool, readiness_tool

# the questions and their words come from the tools' content files
CONTINUUM_QUESTIONS = continuum_tool().questions
RESOURCE_QUESTION = continuum_tool().resource_question
READINESS_QUESTIONS = readiness_tool().questions
score_continuum = continuum_tool().score
score_readiness = readiness_tool().score


def test_snow_shovel_is_an_informal_loan():
    result = score_continuum({q.id: 0 for q in CONTINUUM_QUESTIONS})
    assert result.stage == "pret" and result.template == "pret-materiel"
    assert result.position == 0 and result.form_kind == "informal"
    assert "0,0" in result.why[0]["fr"] and "0.0" in result.why[0]["en"]


def test_lending_the_van_for_a_fee_is_a_contract():
    answers = {q.id: 0 for q in CONTINUUM_QUESTIONS} | {"money": 1, "resource": 0}
    result = score_continuum(answers)
    assert result.stage == "pret" and result.form_kind == "contract"
    assert result.template == "pret-materiel" and result.also == ()


def test_merger_end_of_the_continuum():
    result = score_continuum({q.id: 3 for q in CONTINUUM_QUESTIONS})
    assert result.stage == "fusion" and result.form_kind == "joint" and result.template == "coentreprise"


def test_buying_together_is_co_ownership():
    answers = {q.id: 1 for q in CONTINUUM_QUESTIONS} | {"purchase": 2, "resource": 0}
    result = score_continuum(answers)
    assert result.form_kind == "coownership" and result.template == "copropriete-equipement"


def test_the_kind_of_resource_picks_the_template():
    base = {q.id: 2 for q in CONTINUUM_QUESTIONS} | {"purchase": 0, "data": 0, "people": 1}
    expected = ["pret-materiel", "locaux-partages", "employe-partage", "services-partages",
                "entente-collaboration", "partage-donnees"]
    for value, template in enumerate(expected):
        result = score_continuum(base | {"resource": value})
        assert result.stage == "mutualisation" and result.form_kind == "contract"
        assert result.template == template


def test_personal_data_and_shared_staff_add_their_templates_and_reasons():
    answers = {q.id: 1 for q in CONTINUUM_QUESTIONS} | {"data": 2, "people": 2, "resource": 3}
    result = score_continuum(answers)
    assert result.template == "services-partages"
    assert result.also == ("partage-donnees", "employe-partage")
    assert any("Loi 25" in w["fr"] for w in result.why) and any("Law 25" in w["en"] for w in result.why)


def test_without_the_resource_question_the_answers_still_decide():
    answers = {q.id: 2 for q in CONTINUUM_QUESTIONS} | {"data": 0, "purchase": 0}
    assert score_continuum(answers).template == "employe-partage"


def test_suggested_templates_exist():
    for value in range(4):
        for special in ({}, {"data": 3}, {"people": 3}, {"purchase": 3}, {"resource": 1}, {"resource": 5}):
            answers = {q.id: value for q in CONTINUUM_QUESTIONS} | special
            result = score_continuum(answers)
            for template in (result.template, *result.also):
                assert catalogue().get(template) is not None


def test_every_question_has_both_languages():
    for q in (*CONTINUUM_QUESTIONS, RESOURCE_QUESTION, *READINESS_QUESTIONS):
        assert q.text["fr"] and q.text["en"]
        assert all(o.label["fr"] and o.label["en"] for o in q.options)


def test_readiness_scores_and_weak_points():
    answers = {q.id: 4 for q in READINESS_QUESTIONS}
    answers["trust"] = 1
    result = score_readiness(answers)
    assert result.scores["motivation"] == 100
    assert result.scores["compatibility"] == 80  # 4 of 5 at the top, trust at the bottom
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
