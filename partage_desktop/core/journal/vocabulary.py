"""The project journal's vocabulary: entry kinds, project stages, resource kinds, continuum
positions, money kinds and the health check-up's question ids.

Keys here, words in the words catalogue (journal_…) or in resources/journal/content.toml (the check-up, the prompts and the challenges): the UI, the PDF report, the CSV
export and the command line all word these the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from partage_desktop.words import t

KINDS = ("meeting", "decision", "difficulty", "success", "milestone", "note")
STAGES = ("exploring", "planning", "running", "evaluating", "ended")
RESOURCE_KINDS = ("material", "premises", "human", "expertise", "services", "knowledge", "data")
CONTINUUM = ("loan", "collaboration", "mutualisation", "merger")
MONEY_KINDS = ("saved", "spent", "avoided")

_GROUPS: dict[str, tuple[str, ...]] = {"kind": KINDS, "stage": STAGES, "resource": RESOURCE_KINDS,
                                       "continuum": CONTINUUM, "money": MONEY_KINDS}


def label(group: str, key: str, lang: str) -> str:
    """The word for ``key`` in ``group`` (kind, stage, resource, continuum, money); unknown keys
    are shown as they are rather than hidden."""
    if key not in _GROUPS[group]:
        return key
    return t(f"journal_{group}_{key}", lang)


def choices(group: str, lang: str) -> list[tuple[str, str]]:
    return [(key, label(group, key, lang)) for key in _GROUPS[group]]


# The partnership health check-up: each question answered from 1 (not at all) to 5 (completely).
# Its words, with the prompts a new entry starts with and the challenges offered as tags, are
# content read from resources/journal/content.toml (core/journal/content.py); the ids stay here,
# saved check-ups keep their answers by them.
HEALTH_IDS = ("trust", "fair", "info", "roles", "decide", "conflict", "staff", "benefit", "agreement", "satisfied")


def health_score(answers: dict[str, int]) -> float:
    """The check-up's score out of 100: the mean answer (1–5) scaled; unanswered questions are left
    out. Raises ValueError on an answer outside 1–5 or when nothing is answered."""
    values = []
    for question_id in HEALTH_IDS:
        value = answers.get(question_id)
        if value is None:
            continue
        if not 1 <= int(value) <= 5:
            raise ValueError(question_id)
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
