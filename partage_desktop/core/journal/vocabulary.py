"""The project journal's vocabulary: entry kinds with their prompts, project stages, resource
kinds, continuum positions, money kinds and the challenge tags offered on difficulties.

Bilingual, plain data: the UI, the PDF report, the CSV export and the command line all word these
the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from partage_desktop.core.formatting import french_spacing

KINDS = ("meeting", "decision", "difficulty", "success", "milestone", "note")
STAGES = ("exploring", "planning", "running", "evaluating", "ended")
RESOURCE_KINDS = ("material", "premises", "human", "expertise", "services", "knowledge", "data")
CONTINUUM = ("loan", "collaboration", "mutualisation", "merger")
MONEY_KINDS = ("saved", "spent", "avoided")

_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "kind": {
        "meeting": ("Réunion", "Meeting"),
        "decision": ("Décision", "Decision"),
        "difficulty": ("Difficulté", "Difficulty"),
        "success": ("Réussite", "Success"),
        "milestone": ("Jalon", "Milestone"),
        "note": ("Note", "Note"),
    },
    "stage": {
        "exploring": ("Exploration", "Exploring"),
        "planning": ("Planification", "Planning"),
        "running": ("En cours", "Running"),
        "evaluating": ("Évaluation", "Evaluating"),
        "ended": ("Terminé", "Ended"),
    },
    "resource": {
        "material": ("Équipement et matériel", "Equipment and material"),
        "premises": ("Locaux", "Premises"),
        "human": ("Personnel", "Staff"),
        "expertise": ("Expertise", "Expertise"),
        "services": ("Services", "Services"),
        "knowledge": ("Connaissances", "Knowledge"),
        "data": ("Données", "Data"),
    },
    "continuum": {
        "loan": ("Prêt", "Loan"),
        "collaboration": ("Collaboration", "Collaboration"),
        "mutualisation": ("Mutualisation", "Pooling (mutualisation)"),
        "merger": ("Fusion", "Merger"),
    },
    "money": {
        "saved": ("Économie", "Saved"),
        "spent": ("Dépense", "Spent"),
        "avoided": ("Coût évité", "Avoided"),
    },
}


def label(group: str, key: str, lang: str) -> str:
    """The word for ``key`` in ``group`` (kind, stage, resource, continuum, money); unknown keys
    are shown as they are rather than hidden."""
    pair = _LABELS[group].get(key)
    if pair is None:
        return key
    return pair[0] if lang == "fr" else pair[1]


def choices(group: str, lang: str) -> list[tuple[str, str]]:
    return [(key, label(group, key, lang)) for key in _LABELS[group]]


# Prompts pre-filled in a new entry's body: what a good entry of that kind answers.
_PROMPTS: dict[str, tuple[list[str], list[str]]] = {
    "meeting": (["Participants :", "Ordre du jour :", "Décisions :", "Prochaines étapes :"],
                ["Participants:", "Agenda:", "Decisions:", "Next steps:"]),
    "decision": (["Ce qui est décidé :", "Pourquoi :", "Options envisagées :", "Qui a décidé :",
                  "Date de révision :"],
                 ["What was decided:", "Why:", "Options considered:", "Who decided:", "Review date:"]),
    "difficulty": (["Ce qui s'est passé :", "Clause de l'entente concernée :", "Comment on l'a réglé :"],
                   ["What happened:", "Agreement clause it touches:", "How it was handled:"]),
    "success": (["Ce qui a réussi :", "Ce qui l'a rendu possible :", "À refaire :"],
                ["What worked:", "What made it possible:", "Worth repeating:"]),
    "milestone": (["Étape franchie :", "Ce que ça change :", "Prochain jalon :"],
                  ["Milestone reached:", "What it changes:", "Next milestone:"]),
    "note": ([], []),
}


def prompt_template(kind: str, lang: str) -> str:
    """The body a new entry of ``kind`` starts with: one line per prompt, answered below it."""
    fr, en = _PROMPTS.get(kind, ([], []))
    lines = fr if lang == "fr" else en
    if lang == "fr":
        lines = [french_spacing(line) for line in lines]
    return "\n\n".join(lines) + ("\n" if lines else "")


# The challenges named in the guides (article « defis »), offered as tags on difficulties.
CHALLENGE_TAGS = {
    "fr": ["communication", "confiance", "identité", "gouvernance", "temps investi",
           "anxiété du personnel", "départ d'employés", "bris", "logistique",
           "partage des coûts", "accompagnement au changement", "mise en œuvre"],
    "en": ["communication", "trust", "identity", "governance", "time invested", "staff anxiety",
           "staff departures", "breakage", "logistics", "cost sharing", "change management",
           "implementation"],
}


@dataclass(frozen=True)
class HealthQuestion:
    id: str
    fr: str
    en: str

    def text(self, lang: str) -> str:
        return french_spacing(self.fr) if lang == "fr" else self.en


# A partnership health check-up: each answered from 1 (not at all) to 5 (completely).
HEALTH_QUESTIONS = (
    HealthQuestion("trust", "Nous faisons confiance à nos partenaires.", "We trust our partners."),
    HealthQuestion("fair", "Les contributions de chacun sont équitables.",
                   "Each partner's contribution is fair."),
    HealthQuestion("info", "L'information circule bien entre les organismes.",
                   "Information flows well between the organizations."),
    HealthQuestion("roles", "Les rôles et responsabilités sont clairs.", "Roles and responsibilities are clear."),
    HealthQuestion("decide", "Les décisions se prennent ensemble, au bon moment.",
                   "Decisions are made together, in good time."),
    HealthQuestion("conflict", "Les désaccords se règlent ouvertement.", "Disagreements are settled openly."),
    HealthQuestion("staff", "Le personnel vit bien le partage.", "Staff are comfortable with the sharing."),
    HealthQuestion("benefit", "Le projet rapporte plus qu'il ne coûte.", "The project gives more than it costs."),
    HealthQuestion("agreement", "L'entente reflète ce que nous vivons réellement.",
                   "The agreement reflects what we actually do."),
    HealthQuestion("satisfied", "Nous sommes satisfaits et voulons continuer.",
                   "We are satisfied and want to continue."),
)


def health_score(answers: dict[str, int]) -> float:
    """The check-up's score out of 100: the mean answer (1–5) scaled; unanswered questions are left
    out. Raises ValueError on an answer outside 1–5 or when nothing is answered."""
    values = []
    for question in HEALTH_QUESTIONS:
        value = answers.get(question.id)
        if value is None:
            continue
        if not 1 <= int(value) <= 5:
            raise ValueError(question.id)
        values.append(int(value))
    if not values:
        raise ValueError("empty")
    return round((sum(values) / len(values) - 1) / 4 * 100, 1)


def trend(scores: list[float]) -> str:
    """``up``, ``down`` or ``steady``: the latest check-up against the one before (5-point band)."""
    if len(scores) < 2:
        return "steady"
    delta = scores[-1] - scores[-2]
    return "up" if delta >= 5 else "down" if delta <= -5 else "steady"


# --- what the journal's entry list asks for and gets (used by store, services and ui alike)


@dataclass(frozen=True)
class EntryFilter:
    query: str = ""
    project_id: int | None = None
    kind: str | None = None
    partner_id: int | None = None
    tag: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    trashed: bool = False
    entry_id: int | None = None  # this entry only: is it among those the other criteria list?


@dataclass(frozen=True)
class EntryRow:
    id: int
    entry_date: date
    kind: str
    title: str
    body: str
    project_id: int
    project: str
    author: str
    minutes: int | None
    money_cents: int | None
    money_kind: str | None
    score: float


@dataclass(frozen=True)
class Scope:
    """Which entries a report, an export or indicators cover: one project or all, in a period."""

    project_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
