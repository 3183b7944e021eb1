"""Self-assessment tools of the guide library: where are we on the continuum, are we ready,
and is the energy worth the benefits. Questions are data, read from content files beside the guides
(``resources/guides/tools/``, path given by the caller); scoring is plain arithmetic."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from partage_desktop.core.content import (
    ContentError,
    T,
    array,
    read_toml,
    table,
    text,
    word,
)
from partage_desktop.core.guides.questions import Option, Question, unique_ids

SCALE_LENGTH = 4  # readiness answers go from 1 (not at all) to 4 (completely)


@dataclass(frozen=True)
class ReadinessTool:
    scale: tuple[T, ...]  # the answers, from 1 to 4
    dimensions: dict[str, T]  # by id, in the order the result lists them
    questions: tuple[Question, ...]

    def score(self, answers: dict[str, int]) -> ReadinessResult:
        return score_readiness(self, answers)


def load_readiness(path: Path) -> ReadinessTool:
    """The readiness tool's words from ``path``; raises ContentError naming what is wrong."""
    where = path.name
    raw = read_toml(path)
    scale = tuple(text(s, f"{where}: scale[{i}]") for i, s in enumerate(array(raw, "scale", where)))
    if len(scale) != SCALE_LENGTH:
        raise ContentError(f"{where}: scale must have {SCALE_LENGTH} answers, from 'not at all' to 'completely'")
    dimensions = {d: text(label, f"{where}: dimensions.{d}") for d, label in table(raw, "dimensions", where).items()}
    if not dimensions:
        raise ContentError(f"{where}: dimensions: name at least one")
    options = tuple(Option(label, i + 1) for i, label in enumerate(scale))
    questions = []
    for i, q in enumerate(array(raw, "questions", where)):
        at = f"{where}: questions[{i}]"
        if not isinstance(q, dict):
            raise ContentError(f"{at}: expected a table")
        dimension = word(q, "dimension", at)
        if dimension not in dimensions:
            raise ContentError(f"{at}: unknown dimension {dimension!r}")
        questions.append(Question(word(q, "id", at), text(q.get("text"), f"{at}.text"), options, dimension,
                                  word(q, "guide", at)))
    unique_ids(tuple(questions), where)
    empty = [d for d in dimensions if not any(q.dimension == d for q in questions)]
    if empty:
        raise ContentError(f"{where}: dimensions without questions: {empty}")
    return ReadinessTool(scale, dimensions, tuple(questions))


@dataclass(frozen=True)
class ReadinessResult:
    scores: dict[str, int]  # dimension → percentage 0..100
    weak: tuple[Question, ...]  # questions answered 1 or 2, with the article that helps
    overall: int


def score_readiness(tool: ReadinessTool, answers: dict[str, int]) -> ReadinessResult:
    scores: dict[str, int] = {}
    for dim in tool.dimensions:
        values = [answers[q.id] for q in tool.questions if q.dimension == dim and q.id in answers]
        scores[dim] = round((sum(values) - len(values)) / (3 * len(values)) * 100) if values else 0
    weak = tuple(q for q in tool.questions if answers.get(q.id, 4) <= 2)
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
    FORMS,
    RESOURCE_KINDS,
    STAGES,
    ContinuumResult,
    ContinuumTool,
    load_continuum,
    score_continuum,
)

__all__ = ["FORMS", "RESOURCE_KINDS", "STAGES", "ContentError", "ContinuumResult", "ContinuumTool", "EnergyInput",
           "EnergyResult", "Option", "Question", "ReadinessResult", "ReadinessTool", "T", "estimate_energy",
           "load_continuum", "load_readiness", "score_continuum", "score_readiness"]
