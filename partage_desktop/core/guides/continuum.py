"""Where are we on the continuum? Ten questions place a sharing project between a simple loan and
a merger, name the matching form (informal, contract, co-ownership, joint structure) and suggest
the agreement template that fits, with the reasons.

The words (questions, options, stages, forms, reasons) are read from a content file,
``resources/guides/tools/continuum.toml``; the scoring rules stay here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from partage_desktop.core.content import (
    ContentError,
    T,
    array,
    exact_keys,
    read_toml,
    table,
    text,
    word,
)
from partage_desktop.core.guides.questions import Option, Question, unique_ids

# Not scored: which kind of resource it is decides the template, not the position.
RESOURCE_KINDS = ("equipment", "premises", "staff", "services", "knowledge", "data")
STAGES = ("pret", "collaboration", "mutualisation", "fusion")
FORMS = ("informal", "contract", "coownership", "joint")
_BY_RESOURCE = {"equipment": "pret-materiel", "premises": "locaux-partages", "staff": "employe-partage",
                "services": "services-partages", "knowledge": "entente-collaboration", "data": "partage-donnees"}
# Each reason the scoring can give, with the {placeholders} its text fills in.
REASONS: dict[str, frozenset[str]] = {
    "position": frozenset({"position", "stage"}),
    "joint": frozenset(), "coownership": frozenset(), "informal": frozenset(), "contract": frozenset(),
    "resource": frozenset({"resource"}),
    "personal_data": frozenset(), "shared_staff": frozenset(),
}
OPTIONS_PER_QUESTION = 4  # answer values 0 (loan) … 3 (merger)
# The questions the rules below look at: a file must keep them (it may word them as it likes).
RULE_QUESTIONS = ("money", "purchase", "people", "data", "decisions", "risk", "identity")


@dataclass(frozen=True)
class ContinuumTool:
    questions: tuple[Question, ...]  # scored, in order
    resource_question: Question  # asked first, not scored
    stage_labels: dict[str, T]  # by stage id (STAGES)
    form_labels: dict[str, T]  # by form id (FORMS)
    form_texts: dict[str, T]  # what that form means for you
    reasons: dict[str, T]  # by reason id (REASONS)

    stages = STAGES
    forms = FORMS

    def score(self, answers: dict[str, int]) -> ContinuumResult:
        return score_continuum(self, answers)


def load_continuum(path: Path) -> ContinuumTool:
    """The continuum tool's words from ``path``; raises ContentError naming what is wrong."""
    where = path.name
    raw = read_toml(path)
    questions = tuple(_question(q, f"{where}: questions[{i}]") for i, q in enumerate(array(raw, "questions", where)))
    unique_ids(questions, where)
    lacking = [qid for qid in RULE_QUESTIONS if qid not in {q.id for q in questions}]
    if lacking:
        raise ContentError(f"{where}: the scoring rules need the questions {lacking}")
    resource_raw = table(raw, "resource", where)
    kinds = [word(o, "id", f"{where}: resource.options[{i}]") if isinstance(o, dict) else ""
             for i, o in enumerate(array(resource_raw, "options", f"{where}: resource"))]
    if tuple(kinds) != RESOURCE_KINDS:
        raise ContentError(f"{where}: resource.options must be, in order, {list(RESOURCE_KINDS)}")
    resource = Question(
        "resource", text(resource_raw.get("text"), f"{where}: resource.text"),
        tuple(Option(text(_label(o), f"{where}: resource.options[{i}]"), i)
              for i, o in enumerate(resource_raw["options"])))
    if resource.id in {q.id for q in questions}:
        raise ContentError(f"{where}: the question id 'resource' is kept for the kind of resource")
    stages = table(raw, "stages", where)
    exact_keys(stages, STAGES, f"{where}: stages")
    forms = table(raw, "forms", where)
    exact_keys(forms, FORMS, f"{where}: forms")
    for form in FORMS:
        if not isinstance(forms[form], dict):
            raise ContentError(f"{where}: forms.{form} must be a table with label and text")
    reasons = table(raw, "reasons", where)
    exact_keys(reasons, tuple(REASONS), f"{where}: reasons")
    return ContinuumTool(
        questions=questions,
        resource_question=resource,
        stage_labels={s: text(stages[s], f"{where}: stages.{s}") for s in STAGES},
        form_labels={f: text(forms[f].get("label"), f"{where}: forms.{f}.label") for f in FORMS},
        form_texts={f: text(forms[f].get("text"), f"{where}: forms.{f}.text") for f in FORMS},
        reasons={r: text(reasons[r], f"{where}: reasons.{r}", REASONS[r]) for r in REASONS},
    )


def _label(raw: object) -> object:
    """An option written ``{ id = "…", fr = "…", en = "…" }``: its text without the id."""
    return {k: v for k, v in raw.items() if k != "id"} if isinstance(raw, dict) else raw


def _question(raw: object, where: str) -> Question:
    if not isinstance(raw, dict):
        raise ContentError(f"{where}: expected a table")
    options = array(raw, "options", where)
    if len(options) != OPTIONS_PER_QUESTION:
        raise ContentError(f"{where}: expected {OPTIONS_PER_QUESTION} options, from loan to merger")
    return Question(word(raw, "id", where), text(raw.get("text"), f"{where}.text"),
                    tuple(Option(text(o, f"{where}.options[{i}]"), i) for i, o in enumerate(options)))


@dataclass(frozen=True)
class ContinuumResult:
    position: float  # 0 (loan) … 3 (merger)
    stage: str
    form_kind: str  # one of FORMS
    form: T  # what that form means for you
    template: str  # suggested agreement template id
    also: tuple[str, ...]  # other templates worth a look (e.g. data sharing when personal data is involved)
    why: tuple[T, ...]  # the reasons, in plain words


def score_continuum(tool: ContinuumTool, answers: dict[str, int]) -> ContinuumResult:
    """``answers`` maps question id to the chosen option value (unanswered questions are skipped);
    ``resource`` (the tool's resource question) is optional and not part of the position."""
    values = [answers[q.id] for q in tool.questions if q.id in answers]
    position = sum(values) / len(values) if values else 0.0
    stage = STAGES[min(3, int(position + 0.5))]
    a = answers.get
    shown = f"{position:.1f}"
    reasons = tool.reasons
    stage_label = tool.stage_labels[stage]
    why: list[T] = [{
        "fr": reasons["position"]["fr"].format(position=shown.replace(".", ","), stage=stage_label["fr"].lower()),
        "en": reasons["position"]["en"].format(position=shown, stage=stage_label["en"].lower()),
    }]

    if stage == "fusion" or a("decisions", 0) == 3 or a("risk", 0) == 3 or a("identity", 0) == 3:
        form = "joint"  # a common body would decide or carry the risk
    elif a("purchase", 0) >= 2:
        form = "coownership"  # buying or owning a major item together
    elif stage == "pret" and a("money", 0) == 0 and a("data", 0) <= 1 and a("people", 0) <= 1:
        form = "informal"  # no money, staff or personal information involved
    else:
        form = "contract"  # each keeps its own resources, but costs, staff or duration call for writing
    why.append(dict(reasons[form]))

    kind = answers.get("resource", -1)
    resource = RESOURCE_KINDS[kind] if 0 <= kind < len(RESOURCE_KINDS) else ""
    if form == "joint":
        template = "coentreprise"
    elif form == "coownership":
        template = "copropriete-equipement"
    elif resource:
        template = _BY_RESOURCE[resource]
        label = tool.resource_question.options[kind].label
        why.append({lang: reasons["resource"][lang].format(resource=label[lang].lower()) for lang in ("fr", "en")})
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
        why.append(dict(reasons["personal_data"]))
    if a("people", 0) >= 2 and template not in ("employe-partage", "coentreprise"):
        also.append("employe-partage")
        why.append(dict(reasons["shared_staff"]))
    return ContinuumResult(round(position, 2), stage, form, tool.form_texts[form], template, tuple(also), tuple(why))
