"""Self-assessment results written down: a dated plain-text record that can be printed or kept in
a sharing project's journal.

``save_to_journal`` keeps a result in a project's journal as a note tagged as a
self-assessment; ``ProjectJournal`` is what the Guides section's tools are given to list the
projects and keep a record in one (ui/selfassess.JournalHook).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from partage_desktop.core.formatting import (
    format_date,
    format_decimal,
    format_money,
    french_spacing,
)
from partage_desktop.core.guides import selfassess as sa
from partage_desktop.services.guides.library import library, template_titles
from partage_desktop.services.guides.selfassess import continuum_tool, readiness_tool
from partage_desktop.services.journal import entries as journal

if TYPE_CHECKING:
    from partage_desktop.platform.datadir import DataDir

JOURNAL_TAG = {"fr": "autoévaluation", "en": "self-assessment"}
TOOL_TITLES = {
    "continuum": {"fr": "Où en sommes-nous sur le continuum ?", "en": "Where are we on the continuum?"},
    "readiness": {"fr": "Sommes-nous prêts ?", "en": "Are we ready?"},
    "energy": {"fr": "L'énergie investie vaut-elle les bénéfices ?", "en": "Energy versus benefits"},
}


@dataclass(frozen=True)
class AssessmentRecord:
    tool: str  # continuum | readiness | energy
    lang: str
    taken: date
    title: str
    body: str  # plain text, one point per line


def _title(tool: str, lang: str, taken: date) -> str:
    text = f"{TOOL_TITLES[tool][lang]} — {format_date(taken, lang)}"
    return french_spacing(text) if lang == "fr" else text


def _line(lang: str, fr: str, en: str, value: str) -> str:
    return f"{fr} : {value}" if lang == "fr" else f"{en}: {value}"


def continuum_record(result: sa.ContinuumResult, lang: str, taken: date | None = None) -> AssessmentRecord:
    titles = template_titles(lang)
    tool = continuum_tool()
    lines = [
        _line(lang, "Position", "Position", tool.stage_labels[result.stage][lang]),
        _line(lang, "Forme", "Form", tool.form_labels[result.form_kind][lang]),
        result.form[lang],
        _line(lang, "Modèle suggéré", "Suggested template", titles.get(result.template, result.template)),
    ]
    if result.also:
        lines.append(_line(lang, "À voir aussi", "Also worth a look", ", ".join(titles.get(t, t) for t in result.also)))
    lines += [f"- {w[lang]}" for w in result.why]
    return _record("continuum", lang, taken or date.today(), lines)


def readiness_record(result: sa.ReadinessResult, lang: str, taken: date | None = None) -> AssessmentRecord:
    lib = library(lang)
    percent = "{} %" if lang == "fr" else "{}%"
    lines = [_line(lang, "Préparation globale", "Overall readiness", percent.format(result.overall))]
    dimensions = readiness_tool().dimensions
    lines += [_line(lang, dimensions[d]["fr"], dimensions[d]["en"], percent.format(v))
              for d, v in result.scores.items()]
    if result.weak:
        lines.append("Points à travailler :" if lang == "fr" else "Points to work on:")
        for q in result.weak:
            article = lib.get(q.guide)
            lines.append(f"- {q.text[lang]}" + (f" ({_line(lang, 'guide', 'guide', article.title)})" if article else ""))
    return _record("readiness", lang, taken or date.today(), lines)


def energy_record(result: sa.EnergyResult, lang: str, taken: date | None = None) -> AssessmentRecord:
    lines = [
        _line(lang, "Heures investies", "Hours invested", format_decimal(result.hours_total, lang)),
        _line(lang, "Coût de ce temps", "Cost of that time", format_money(result.time_cost, lang)),
        _line(lang, "Bénéfices attendus", "Expected benefits", format_money(result.benefits, lang)),
        _line(lang, "Solde", "Net", format_money(result.net, lang)),
    ]
    return _record("energy", lang, taken or date.today(), lines)


def _record(tool: str, lang: str, taken: date, lines: list[str]) -> AssessmentRecord:
    body = "\n".join(lines)
    return AssessmentRecord(tool, lang, taken, _title(tool, lang, taken),
                            french_spacing(body) if lang == "fr" else body)


def save_to_journal(data: DataDir, project_id: int, record: AssessmentRecord) -> int:
    """Keeps ``record`` as a note in the project's journal, tagged as a self-assessment; returns
    the new entry's id."""

    entry = journal.EntryData(project_id=project_id, title=record.title, entry_date=record.taken,
                              kind="note", body=record.body, tags=(JOURNAL_TAG[record.lang],))
    saved = journal.save_entry(data, entry)
    assert saved.id is not None
    return saved.id


class ProjectJournal:
    """The journal as the self-assessment tools see it: its projects, and a place for a record."""

    def __init__(self, data: DataDir) -> None:
        self.data = data

    def projects(self) -> list[tuple[int, str]]:
        return [(p.id, p.name) for p in journal.list_projects(self.data) if p.id is not None]

    def save(self, project_id: int, record: AssessmentRecord) -> None:
        save_to_journal(self.data, project_id, record)
