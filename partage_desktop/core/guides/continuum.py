"""Where are we on the continuum? Ten questions place a sharing project between a simple loan and
a merger, name the matching form (informal, contract, co-ownership, joint structure) and suggest
the agreement template that fits, with the reasons."""

from __future__ import annotations

from dataclasses import dataclass

from partage_desktop.core.guides.questions import Option, Question, T, _t


def _continuum_options(*labels: tuple[str, str]) -> tuple[Option, ...]:
    return tuple(Option(_t(fr, en), i) for i, (fr, en) in enumerate(labels))


# Not scored: which kind of resource it is decides the template, not the position.
RESOURCE_KINDS = ("equipment", "premises", "staff", "services", "knowledge", "data")
RESOURCE_QUESTION = Question("resource", _t("Surtout, quel genre de ressource ?", "Mostly, what kind of resource?"), (
    Option(_t("De l'équipement ou un véhicule", "Equipment or a vehicle"), 0),
    Option(_t("Des locaux ou un bâtiment", "Premises or a building"), 1),
    Option(_t("Du personnel", "Staff"), 2),
    Option(_t("Un service (repas, comptabilité, communications…)", "A service (meals, bookkeeping, communications…)"), 3),
    Option(_t("De l'expertise, des connaissances, de la formation", "Expertise, knowledge, training"), 4),
    Option(_t("Des données ou des listes de personnes", "Data or lists of people"), 5),
))

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


FORMS = ("informal", "contract", "coownership", "joint")
FORM_LABELS = {
    "informal": _t("Informel", "Informal"),
    "contract": _t("Contrat (entente écrite)", "Contract (written agreement)"),
    "coownership": _t("Copropriété avec gestion commune", "Co-ownership with joint management"),
    "joint": _t("Structure commune", "Joint structure"),
}
FORM_TEXT = {
    "informal": _t("Un arrangement de confiance suffit souvent. Une courte entente écrite évite quand même les "
                   "malentendus dès que la chose prêtée a de la valeur.",
                   "A trust-based arrangement is often enough. A short written agreement still avoids "
                   "misunderstandings as soon as what you lend is worth something."),
    "contract": _t("Une entente écrite entre organismes qui restent chacun maîtres de leurs ressources : qui "
                   "fait quoi, qui paie quoi, comment on y met fin.",
                   "A written agreement between organizations that each keep control of their own resources: "
                   "who does what, who pays what, how it ends."),
    "coownership": _t("Vous posséderez quelque chose ensemble : une entente de copropriété fixe les parts, "
                      "l'usage, l'entretien, les décisions et la sortie d'un membre.",
                      "You will own something together: a co-ownership agreement sets the shares, use, upkeep, "
                      "decisions and what happens when a member leaves."),
    "joint": _t("Le projet demande une structure commune (coopérative, nouvel organisme, coentreprise) ou "
                "ressemble à une fusion : faites-vous accompagner par un juriste.",
                "The project calls for a joint structure (a cooperative, a new non-profit, a joint venture) or "
                "looks like a merger: get help from a lawyer."),
}
_BY_RESOURCE = {"equipment": "pret-materiel", "premises": "locaux-partages", "staff": "employe-partage",
                "services": "services-partages", "knowledge": "entente-collaboration", "data": "partage-donnees"}


@dataclass(frozen=True)
class ContinuumResult:
    position: float  # 0 (loan) … 3 (merger)
    stage: str
    form_kind: str  # one of FORMS
    form: T  # what that form means for you
    template: str  # suggested agreement template id
    also: tuple[str, ...]  # other templates worth a look (e.g. data sharing when personal data is involved)
    why: tuple[T, ...]  # the reasons, in plain words


def score_continuum(answers: dict[str, int]) -> ContinuumResult:
    """``answers`` maps question id to the chosen option value (unanswered questions are skipped);
    ``resource`` (RESOURCE_QUESTION) is optional and not part of the position."""
    values = [answers[q.id] for q in CONTINUUM_QUESTIONS if q.id in answers]
    position = sum(values) / len(values) if values else 0.0
    stage = STAGES[min(3, int(position + 0.5))]
    a = answers.get
    shown = f"{position:.1f}"
    why: list[T] = [_t(
        f"Vos réponses placent le projet à {shown.replace('.', ',')} sur une échelle de 0 (prêt) à 3 (fusion) : "
        f"{STAGE_LABELS[stage]['fr'].lower()}.",
        f"Your answers place the project at {shown} on a scale from 0 (loan) to 3 (merger): "
        f"{STAGE_LABELS[stage]['en'].lower()}.")]

    if stage == "fusion" or a("decisions", 0) == 3 or a("risk", 0) == 3 or a("identity", 0) == 3:
        form = "joint"
        why.append(_t("Une instance commune déciderait ou porterait le risque : c'est le propre d'une structure commune.",
                      "A common body would decide or carry the risk: that is what a joint structure is for."))
    elif a("purchase", 0) >= 2:
        form = "coownership"
        why.append(_t("Vous achèterez ou posséderez un bien important ensemble.",
                      "You will buy or own a major item together."))
    elif stage == "pret" and a("money", 0) == 0 and a("data", 0) <= 1 and a("people", 0) <= 1:
        form = "informal"
        why.append(_t("Pas d'argent, pas de personnel ni de renseignements personnels en jeu : la confiance peut suffire.",
                      "No money, staff or personal information involved: trust can be enough."))
    else:
        form = "contract"
        why.append(_t("Chacun garde ses ressources, mais des coûts, du personnel ou une durée justifient un écrit.",
                      "Each keeps its own resources, but costs, staff or duration call for something in writing."))

    kind = answers.get("resource", -1)
    resource = RESOURCE_KINDS[kind] if 0 <= kind < len(RESOURCE_KINDS) else ""
    if form == "joint":
        template = "coentreprise"
    elif form == "coownership":
        template = "copropriete-equipement"
    elif resource:
        template = _BY_RESOURCE[resource]
        label = RESOURCE_QUESTION.options[kind].label
        why.append(_t(f"Le modèle suit le genre de ressource : {label['fr'].lower()}.",
                      f"The template follows the kind of resource: {label['en'].lower()}."))
    elif a("data", 0) >= 2:
        template = "partage-donnees"
    elif a("people", 0) >= 2:
        template = "employe-partage"
    elif stage == "pret":
        template = "pret-materiel"
    else:
        template = "entente-collaboration" if stage == "collaboration" else "services-partages"

    also: list[str] = []
    if a("data", 0) >= 2 and template != "partage-donnees":
        also.append("partage-donnees")
        why.append(_t("Des renseignements personnels circuleront : la Loi 25 demande une entente écrite à ce sujet.",
                      "Personal information will change hands: Law 25 calls for a written agreement about it."))
    if a("people", 0) >= 2 and template not in ("employe-partage", "coentreprise"):
        also.append("employe-partage")
        why.append(_t("Une personne travaillera pour plusieurs organismes : son rôle se prévoit par écrit.",
                      "One person will work for several organizations: plan that role in writing."))
    return ContinuumResult(round(position, 2), stage, form, FORM_TEXT[form], template, tuple(also), tuple(why))
