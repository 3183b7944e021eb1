"""Self-assessment tools of the guide library: where are we on the continuum, are we ready,
and is the energy worth the benefits. Questions are data; scoring is plain arithmetic."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from partage_desktop.core.guides.questions import Option, Question, T, _t

READINESS_SCALE = (
    _t("Pas du tout", "Not at all"), _t("Un peu", "A little"), _t("Plutôt", "Mostly"), _t("Tout à fait", "Completely"),
)
DIMENSIONS = {
    "motivation": _t("Motivation et préparation", "Motivation and readiness"),
    "compatibility": _t("Compatibilité", "Compatibility"),
    "cost_benefit": _t("Coûts et bénéfices", "Costs and benefits"),
    "exit": _t("Sortie et durabilité", "Exit and sustainability"),
}


def _r(qid: str, dim: str, guide: str, fr: str, en: str) -> Question:
    return Question(qid, _t(fr, en), tuple(Option(label, i + 1) for i, label in enumerate(READINESS_SCALE)), dim, guide)


READINESS_QUESTIONS: tuple[Question, ...] = (
    _r("why", "motivation", "etapes-projet", "Nous savons pourquoi nous voulons partager et ce que chaque organisme en attend.", "We know why we want to share and what each organization expects from it."),
    _r("inventory", "motivation", "quoi-partager", "Nous avons fait l'inventaire de ce que nous pouvons offrir et de ce qui nous manque.", "We have listed what we can offer and what we lack."),
    _r("carrier", "motivation", "etapes-projet", "Une petite équipe porte le projet et a le temps de s'en occuper.", "A small team carries the project and has time for it."),
    _r("board", "motivation", "autorisation-signature", "Notre conseil d'administration appuie la démarche.", "Our board of directors supports the project."),
    _r("missions", "compatibility", "facteurs-reussite", "Nos missions sont semblables ou complémentaires.", "Our missions are similar or complementary."),
    _r("territory", "compatibility", "quoi-partager", "Nous rejoignons les mêmes personnes ou le même territoire, ou nos publics se complètent.", "We serve the same people or the same area, or our audiences complement each other."),
    _r("values", "compatibility", "facteurs-reussite", "Nos valeurs et nos façons de communiquer sont compatibles.", "Our values and ways of communicating are compatible."),
    _r("trust", "compatibility", "defis", "La confiance est là et nous pouvons parler franchement des difficultés.", "There is trust and we can talk openly about difficulties."),
    _r("decide", "compatibility", "defis", "Nous savons comment nous prendrons les décisions ensemble.", "We know how we will make decisions together."),
    _r("baseline", "cost_benefit", "couts-partage", "Nous connaissons ce que la situation actuelle nous coûte.", "We know what the current situation costs us."),
    _r("gains", "cost_benefit", "couts-partage", "Les économies ou les gains attendus dépassent clairement les contraintes.", "The expected savings or gains clearly outweigh the constraints."),
    _r("reciprocal", "cost_benefit", "couts-partage", "Chaque organisme donne et reçoit quelque chose : le partage est réciproque.", "Each organization gives and gets something: the sharing goes both ways."),
    _r("coordination", "cost_benefit", "couts-partage", "Nous avons estimé le temps de coordination que le partage demandera.", "We have estimated the coordination time the sharing will take."),
    _r("fair", "cost_benefit", "couts-partage", "Le partage est équitable pour chaque organisme.", "The sharing is fair to each organization."),
    _r("pilot", "cost_benefit", "projet-pilote", "Nous avons défini ce qu'est un succès, par exemple avec un projet pilote.", "We have defined what success means, for example with a pilot."),
    _r("leaving", "exit", "duree-fin-entente", "Nous savons ce qui arrive si un partenaire se retire.", "We know what happens if a partner leaves."),
    _r("ownership", "exit", "duree-fin-entente", "Nous savons à qui appartiendra quoi à la fin.", "We know who will own what at the end."),
    _r("review", "exit", "mesurer-rendre-compte", "Nous avons prévu quand et comment réévaluer l'entente.", "We have planned when and how to review the arrangement."),
)


@dataclass(frozen=True)
class ReadinessResult:
    scores: dict[str, int]  # dimension → percentage 0..100
    weak: tuple[Question, ...]  # questions answered 1 or 2, with the article that helps
    overall: int


def score_readiness(answers: dict[str, int]) -> ReadinessResult:
    scores: dict[str, int] = {}
    for dim in DIMENSIONS:
        values = [answers[q.id] for q in READINESS_QUESTIONS if q.dimension == dim and q.id in answers]
        scores[dim] = round((sum(values) - len(values)) / (3 * len(values)) * 100) if values else 0
    weak = tuple(q for q in READINESS_QUESTIONS if answers.get(q.id, 4) <= 2)
    overall = round(sum(scores.values()) / len(scores))
    return ReadinessResult(scores, weak, overall)


@dataclass(frozen=True)
class EnergyInput:
    meeting_hours_per_month: Decimal
    coordination_hours_per_month: Decimal
    setup_hours: Decimal  # paperwork, agreement, set-up: once
    hourly_cost: Decimal  # salary and benefits per hour
    months: int
    savings_per_month: Decimal
    other_gains_per_month: Decimal = Decimal(0)


@dataclass(frozen=True)
class EnergyResult:
    hours_total: Decimal
    time_cost: Decimal
    benefits: Decimal
    net: Decimal
    break_even_month: int | None  # first month when cumulative benefits cover cumulative costs
    worth_it: bool


def estimate_energy(e: EnergyInput) -> EnergyResult:
    monthly_hours = e.meeting_hours_per_month + e.coordination_hours_per_month
    hours_total = e.setup_hours + monthly_hours * e.months
    time_cost = (hours_total * e.hourly_cost).quantize(Decimal("0.01"), ROUND_HALF_UP)
    monthly_benefit = e.savings_per_month + e.other_gains_per_month
    benefits = (monthly_benefit * e.months).quantize(Decimal("0.01"), ROUND_HALF_UP)
    break_even = None
    monthly_cost = monthly_hours * e.hourly_cost
    for month in range(1, max(e.months, 0) + 1):
        if monthly_benefit * month >= e.setup_hours * e.hourly_cost + monthly_cost * month:
            break_even = month
            break
    net = benefits - time_cost
    return EnergyResult(hours_total, time_cost, benefits, net, break_even, net > 0)


# The continuum diagnostic lives in its own module; these names stay importable from here.
from partage_desktop.core.guides.continuum import (  # noqa: E402  (re-exported below)
    CONTINUUM_QUESTIONS,
    FORM_LABELS,
    RESOURCE_QUESTION,
    STAGE_LABELS,
    STAGES,
    ContinuumResult,
    score_continuum,
)

__all__ = ["CONTINUUM_QUESTIONS", "DIMENSIONS", "FORM_LABELS", "READINESS_QUESTIONS", "READINESS_SCALE",
           "RESOURCE_QUESTION", "STAGES", "STAGE_LABELS", "ContinuumResult", "EnergyInput", "EnergyResult",
           "Option", "Question", "ReadinessResult", "T", "estimate_energy", "score_continuum",
           "score_readiness"]
