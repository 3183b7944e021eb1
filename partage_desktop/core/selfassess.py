"""Self-assessment tools of the guide library: where are we on the continuum, are we ready,
and is the energy worth the benefits. Questions are data; scoring is plain arithmetic."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .formatting import french_spacing

T = dict[str, str]


def _t(fr: str, en: str) -> T:
    return {"fr": french_spacing(fr), "en": en}


@dataclass(frozen=True)
class Option:
    label: T
    value: int  # continuum: 0 = loan … 3 = merger; readiness: 1 … 4


@dataclass(frozen=True)
class Question:
    id: str
    text: T
    options: tuple[Option, ...]
    dimension: str = ""
    guide: str = ""  # the article that helps when the answer is weak


def _continuum_options(*labels: tuple[str, str]) -> tuple[Option, ...]:
    return tuple(Option(_t(fr, en), i) for i, (fr, en) in enumerate(labels))


CONTINUUM_QUESTIONS: tuple[Question, ...] = (
    Question("what", _t("Qu'allez-vous partager ?", "What will you share?"), _continuum_options(
        ("Un objet ou de l'équipement, à l'occasion", "An item or some equipment, now and then"),
        ("Des connaissances, des formations, des contacts", "Knowledge, training, contacts"),
        ("Des locaux, du personnel ou un service, de façon régulière", "Premises, staff or a service, on a regular basis"),
        ("Presque toutes nos activités", "Almost all of our activities"))),
    Question("duration", _t("Pour combien de temps ?", "For how long?"), _continuum_options(
        ("Quelques jours ou semaines", "A few days or weeks"),
        ("Quelques mois, le temps d'un projet", "A few months, for one project"),
        ("Plusieurs années", "Several years"),
        ("Pour de bon", "For good"))),
    Question("money", _t("Y a-t-il de l'argent en jeu ?", "Is money involved?"), _continuum_options(
        ("Non, c'est un coup de main gratuit", "No, it is a free helping hand"),
        ("Quelques frais remboursés", "Some costs reimbursed"),
        ("Des coûts partagés selon une clé de répartition", "Costs shared by an agreed key"),
        ("Un budget commun", "A common budget"))),
    Question("purchase", _t("Allez-vous acheter ou posséder quelque chose ensemble ?", "Will you buy or own something together?"), _continuum_options(
        ("Non", "No"),
        ("Peut-être du petit matériel", "Perhaps small equipment"),
        ("Oui, un bien important (véhicule, équipement de cuisine…)", "Yes, a major item (vehicle, kitchen equipment…)"),
        ("Oui, un immeuble ou l'ensemble de nos biens", "Yes, a building or all our assets"))),
    Question("people", _t("Du personnel est-il touché ?", "Are staff affected?"), _continuum_options(
        ("Non", "No"),
        ("Des bénévoles ou employés donnent un coup de main", "Volunteers or staff lend a hand"),
        ("Une personne travaillera pour plusieurs organismes", "One person will work for several organizations"),
        ("Des équipes seront regroupées", "Teams will be merged"))),
    Question("data", _t("Allez-vous échanger des renseignements personnels ?", "Will you exchange personal information?"), _continuum_options(
        ("Non", "No"),
        ("Rarement, des coordonnées de contact", "Rarely, contact details"),
        ("Oui, des dossiers de participants", "Yes, participants' files"),
        ("Oui, nous aurons une base de données commune", "Yes, we will have a common database"))),
    Question("decisions", _t("Comment les décisions seront-elles prises ?", "How will decisions be made?"), _continuum_options(
        ("Chacun décide pour soi", "Each decides for itself"),
        ("On se consulte", "We consult each other"),
        ("Un comité conjoint décide de ce qui est partagé", "A joint committee decides on what is shared"),
        ("Un seul conseil d'administration", "A single board of directors"))),
    Question("risk", _t("Si ça tourne mal, qui porte le risque ?", "If things go wrong, who carries the risk?"), _continuum_options(
        ("Celui qui prête, surtout", "Mainly the lender"),
        ("Chacun pour sa part", "Each for its own part"),
        ("Nous ensemble, selon une entente", "All of us, under an agreement"),
        ("Une nouvelle structure commune", "A new joint structure"))),
    Question("partners", _t("Combien d'organismes participent ?", "How many organizations take part?"), _continuum_options(
        ("Deux", "Two"),
        ("Deux ou trois", "Two or three"),
        ("Trois ou plus, de façon durable", "Three or more, for the long term"),
        ("Nous voulons devenir une seule organisation", "We want to become one organization"))),
    Question("identity", _t("Chaque organisme gardera-t-il son identité ?", "Will each organization keep its identity?"), _continuum_options(
        ("Oui, entièrement", "Yes, entirely"),
        ("Oui, avec des projets communs", "Yes, with joint projects"),
        ("Oui, mais une partie de nos activités deviendra commune", "Yes, but part of our activities will become common"),
        ("Non, nous voulons ne faire qu'un", "No, we want to become one"))),
)

STAGES = ("pret", "collaboration", "mutualisation", "fusion")
STAGE_LABELS = {
    "pret": _t("Prêt", "Loan"),
    "collaboration": _t("Collaboration", "Collaboration"),
    "mutualisation": _t("Mutualisation", "Pooling (mutualisation)"),
    "fusion": _t("Fusion", "Merger"),
}


@dataclass(frozen=True)
class ContinuumResult:
    position: float  # 0 (loan) … 3 (merger)
    stage: str
    form: T
    template: str  # suggested agreement template id
    why: tuple[T, ...]  # the answers that weighed most


def score_continuum(answers: dict[str, int]) -> ContinuumResult:
    """``answers`` maps question id to the chosen option value (unanswered questions are skipped)."""
    values = [answers[q.id] for q in CONTINUUM_QUESTIONS if q.id in answers]
    position = sum(values) / len(values) if values else 0.0
    stage = STAGES[min(3, int(position + 0.5))]
    if answers.get("data", 0) >= 2 and stage in ("pret", "collaboration"):
        template = "partage-donnees"
    elif answers.get("people", 0) >= 2 and stage != "fusion":
        template = "employe-partage"
    elif stage == "pret":
        template = "pret-materiel"
    elif stage == "collaboration":
        template = "entente-collaboration"
    elif stage == "mutualisation":
        template = "copropriete-equipement" if answers.get("purchase", 0) >= 2 else "services-partages"
    else:
        template = "coentreprise"
    forms = {
        "pret": _t("Un arrangement simple, souvent informel ; un court écrit évite les malentendus.",
                   "A simple arrangement, often informal; a short written agreement avoids misunderstandings."),
        "collaboration": _t("Une entente écrite (contrat ou entente de collaboration) avec des outils de coordination.",
                            "A written agreement (a contract or collaboration agreement) with coordination tools."),
        "mutualisation": _t("Une entente détaillée, ou une copropriété avec gestion commune de la ressource.",
                            "A detailed agreement, or co-ownership with joint management of the resource."),
        "fusion": _t("Une structure commune (coopérative, nouvel organisme) ou une fusion : faites-vous accompagner par un juriste.",
                     "A joint structure (a cooperative, a new non-profit) or a merger: get help from a lawyer."),
    }
    chosen = sorted(((answers[q.id], q) for q in CONTINUUM_QUESTIONS if q.id in answers),
                    key=lambda vq: -abs(vq[0] - position))
    why = tuple(_t(f"{q.text['fr']} — {q.options[v].label['fr']}", f"{q.text['en']} — {q.options[v].label['en']}")
                for v, q in chosen[:3])
    return ContinuumResult(round(position, 2), stage, forms[stage], template, why)


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
    _r("values", "compatibility", "facteurs-reussite", "Nos valeurs et nos façons de communiquer sont compatibles.", "Our values and ways of communicating are compatible."),
    _r("trust", "compatibility", "defis", "La confiance est là et nous pouvons parler franchement des difficultés.", "There is trust and we can talk openly about difficulties."),
    _r("decide", "compatibility", "defis", "Nous savons comment nous prendrons les décisions ensemble.", "We know how we will make decisions together."),
    _r("baseline", "cost_benefit", "couts-partage", "Nous connaissons ce que la situation actuelle nous coûte.", "We know what the current situation costs us."),
    _r("gains", "cost_benefit", "couts-partage", "Les économies ou les gains attendus dépassent clairement les contraintes.", "The expected savings or gains clearly outweigh the constraints."),
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
