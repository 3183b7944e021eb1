"""Wording of the demo sample: fictional organizations, projects and journal phrases (fr, en)."""

from __future__ import annotations

import random
from functools import cache
from typing import Any

from partage_desktop.core.folding import fold

ORGANIZATIONS: list[dict[str, Any]] = [
    {"name": "Maison de la famille du Haut-Richelieu", "neq": "1160000001", "rep": "Élise Tremblay",
     "title": {"fr": "Directrice générale", "en": "Executive director"},
     "address": "123, rue Champlain, Saint-Jean-sur-Richelieu (Québec) J3B 1A1",
     "email": "direction@mfhr.example", "phone": "450 555-0101"},
    {"name": "Cuisine collective L'Œuvre du partage", "neq": "1160000002", "rep": "Marc-André Gagnon",
     "title": {"fr": "Coordonnateur", "en": "Coordinator"},
     "address": "45, boulevard du Séminaire, Saint-Jean-sur-Richelieu (Québec) J3A 1B2",
     "email": "info@oeuvre-partage.example", "phone": "450 555-0102"},
    {"name": "Centre d'action bénévole Entraide & Cie", "neq": "1160000003", "rep": "Nadia Bouchard",
     "title": {"fr": "Directrice", "en": "Director"},
     "address": "9, rue Saint-Jacques, Iberville (Québec) J2X 2C3",
     "email": "cab@entraide.example", "phone": "450 555-0103"},
    {"name": "Maison des jeunes Le Tremplin", "neq": "1160000004", "rep": "Kevin Roy",
     "title": {"fr": "Coordonnateur", "en": "Coordinator"},
     "address": "210, rue Laurier, Saint-Luc (Québec) J2W 1D4",
     "email": "mdj@tremplin.example", "phone": "450 555-0104"},
    {"name": "Comptoir alimentaire Le Grenier", "neq": "1160000005", "rep": "Sophie Côté",
     "title": {"fr": "Présidente", "en": "Chair"},
     "address": "77, chemin des Patriotes, Saint-Blaise (Québec) J0J 1W0",
     "email": "grenier@comptoir.example", "phone": "450 555-0105"},
]

PROJECTS: list[dict[str, Any]] = [
    {"name": {"fr": "Camion réfrigéré partagé", "en": "Shared refrigerated truck"},
     "purpose": {"fr": "Trois organismes se partagent un camion réfrigéré pour récupérer et distribuer les "
                       "denrées, au lieu d'en louer un chacun.",
                 "en": "Three organizations share a refrigerated truck to collect and distribute food, "
                       "instead of each renting one."},
     "resource": "material", "continuum": "mutualisation", "stage": "running", "age_days": 700,
     "partners": [0, 1, 4],
     "agreements": [("copropriete-equipement", {"fr": "Copropriété du camion réfrigéré",
                                                "en": "Co-ownership of the refrigerated truck"})]},
    {"name": {"fr": "Locaux partagés rue Champlain", "en": "Shared premises on rue Champlain"},
     "purpose": {"fr": "La Maison de la famille accueille deux organismes dans ses locaux; les frais sont "
                       "répartis selon la superficie occupée.",
                 "en": "The family centre hosts two organizations in its premises; costs are split by the "
                       "floor area each one uses."},
     "resource": "premises", "continuum": "collaboration", "stage": "evaluating", "age_days": 500,
     "partners": [0, 2, 3],
     "agreements": [("locaux-partages", {"fr": "Partage des locaux du 123, rue Champlain",
                                         "en": "Sharing the premises at 123 rue Champlain"})]},
    {"name": {"fr": "Adjointe administrative partagée", "en": "Shared administrative assistant"},
     "purpose": {"fr": "Une adjointe administrative travaille deux jours par semaine pour chacun des deux "
                       "organismes, avec un seul employeur.",
                 "en": "An administrative assistant works two days a week for each of the two "
                       "organizations, with a single employer."},
     "resource": "human", "continuum": "mutualisation", "stage": "planning", "age_days": 220,
     "partners": [2, 3],
     "agreements": [("employe-partage", {"fr": "Employée partagée : adjointe administrative",
                                         "en": "Shared employee: administrative assistant"})]},
]

_AUTHORS = ["Élise Tremblay", "Marc-André Gagnon", "Nadia Bouchard", "Kevin Roy", "Sophie Côté"]

_TITLES = {
    "fr": {
        "meeting": ["Comité de suivi mensuel", "Réunion des coordonnatrices", "Rencontre avec le conseil d'administration",
                    "Bilan trimestriel avec les partenaires", "Réunion d'équipe sur l'horaire"],
        "decision": ["Nouvel horaire de réservation", "Achat de pneus d'hiver", "Répartition des frais d'entretien",
                     "Prolongation de l'entente", "Choix du fournisseur d'assurances"],
        "difficulty": ["Bris du système de réfrigération", "Conflit d'horaire le vendredi", "Retard de paiement",
                       "Départ d'une employée clé", "Clés introuvables au retour"],
        "success": ["Distribution record en décembre", "Première année sans bris", "Économie sur l'assurance",
                    "Nouveau partenaire intéressé", "Bénévoles formés ensemble"],
        "milestone": ["Signature de l'entente", "Premier mois d'utilisation", "Évaluation annuelle terminée",
                      "Embauche de l'adjointe", "Renouvellement approuvé"],
        "note": ["Idée pour l'an prochain", "Appel de la CDC", "Note sur le kilométrage", "Question de l'assureur",
                 "À vérifier avec le comptable"],
    },
    "en": {
        "meeting": ["Monthly follow-up committee", "Coordinators' meeting", "Meeting with the board",
                    "Quarterly review with partners", "Team meeting on the schedule"],
        "decision": ["New booking schedule", "Buying winter tires", "Splitting maintenance costs",
                     "Extending the agreement", "Choosing the insurer"],
        "difficulty": ["Refrigeration unit broke down", "Friday schedule conflict", "Late payment",
                       "A key employee left", "Keys missing on return"],
        "success": ["Record distribution in December", "First year without breakdowns", "Savings on insurance",
                    "A new partner is interested", "Volunteers trained together"],
        "milestone": ["Agreement signed", "First month of use", "Annual review completed",
                      "Assistant hired", "Renewal approved"],
        "note": ["Idea for next year", "Call from the CDC", "Note on mileage", "Question from the insurer",
                 "To check with the accountant"],
    },
}

_SENTENCES = {
    "fr": ["Les trois organismes étaient présents et l'échange a été franc.",
           "L'horaire de réservation du camion fonctionne bien depuis l'automne.",
           "Il faudra revoir la clause sur l'entretien de l'entente à la prochaine rencontre.",
           "Les bénévoles apprécient de travailler avec l'équipe de l'autre organisme.",
           "Le coût de l'essence a augmenté; la répartition prévue à l'entente reste équitable.",
           "Une œuvre commune prend forme : chacun voit ce qu'il gagne à partager.",
           "Nous avons noté les heures investies par chaque organisme pour le rapport annuel.",
           "La CDC nous a proposé de présenter le projet à d'autres organismes de la région.",
           "Le personnel se questionne sur son double rôle; on en reparlera en équipe.",
           "Les frais ont été partagés selon la superficie occupée, comme prévu.",
           "Prochaine étape : préparer le bilan pour Centraide avant la fin de l'année.",
           "Le conseil d'administration a appuyé la démarche à l'unanimité."],
    "en": ["All three organizations attended and the discussion was frank.",
           "The truck booking schedule has worked well since the fall.",
           "The maintenance clause of the agreement needs another look at the next meeting.",
           "Volunteers enjoy working with the other organization's team.",
           "Fuel costs went up; the split set in the agreement is still fair.",
           "A shared endeavour is taking shape: everyone sees what they gain from sharing.",
           "We recorded the hours each organization invested for the annual report.",
           "The CDC offered to present the project to other organizations in the region.",
           "Staff are unsure about their double role; we will talk about it as a team.",
           "Costs were split by floor area, as planned.",
           "Next step: prepare the review for United Way before the end of the year.",
           "The board supported the approach unanimously."],
}

_TAGS = {
    "fr": {"difficulty": ["bris", "logistique", "communication", "temps investi", "anxiété du personnel"],
           "other": ["camion", "horaire", "conseil d'administration", "bénévoles", "finances", "rapport"]},
    "en": {"difficulty": ["breakage", "logistics", "communication", "time invested", "staff anxiety"],
           "other": ["truck", "schedule", "board", "volunteers", "finances", "report"]},
}


@cache
def _folded(text: str) -> str:
    return fold(text)


def entry_text(rng: random.Random, kind: str, lang: str) -> tuple[str, str, list[str], str, tuple[str, str, str]]:
    """Title, body (about 300 characters), tags, author of one sample entry, and the folded title,
    body and tags for the search index. Folding is local to words, so the folded body is the folded
    sentences joined: each distinct sentence is folded once, not 100,000 times."""
    title = rng.choice(_TITLES[lang][kind])
    sentences = rng.sample(_SENTENCES[lang], k=rng.choice((2, 3, 4)))
    pool = _TAGS[lang]["difficulty" if kind == "difficulty" else "other"]
    tags = rng.sample(pool, k=rng.choice((0, 1, 1, 2)))
    folded = (_folded(title), " ".join(_folded(s) for s in sentences), " ".join(_folded(t) for t in tags))
    return title, " ".join(sentences), tags, rng.choice(_AUTHORS), folded
