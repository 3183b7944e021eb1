"""Self-assessment results as dated records for printing and for a project's journal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from partage_desktop.core.guides import selfassess as sa
from partage_desktop.platform.datadir import resolve
from partage_desktop.services.guides import selfassess_records as records
from partage_desktop.services.guides.selfassess import continuum_tool, readiness_tool


def test_continuum_record_names_position_form_and_template():
    answers = {q.id: 1 for q in continuum_tool().questions} | {"data": 2, "resource": 4}
    record = records.continuum_record(continuum_tool().score(answers), "fr", date(2026, 11, 22))
    assert record.title == "Où en sommes-nous sur le continuum\u202f? — 22 novembre 2026"
    assert "Forme\u00a0: Contrat (entente écrite)" in record.body
    assert "Modèle suggéré\u00a0: " in record.body and "Loi 25" in record.body


def test_readiness_record_lists_scores_and_weak_points_with_their_guide():
    answers = {q.id: 4 for q in readiness_tool().questions} | {"baseline": 1}
    record = records.readiness_record(readiness_tool().score(answers), "en", date(2026, 3, 1))
    assert record.title == "Are we ready? — March 1, 2026"
    lines = record.body.splitlines()
    assert "Compatibility: 100%" in lines and "Costs and benefits: 83%" in lines
    assert lines[-1] == "- We know what the current situation costs us. (guide: Sharing costs fairly)"


def test_energy_record_in_french_amounts():
    result = sa.estimate_energy(sa.EnergyInput(Decimal(4), Decimal(6), Decimal(20), Decimal(30), 12, Decimal(500)))
    body = records.energy_record(result, "fr").body
    assert body.splitlines() == ["Heures investies\u00a0: 140", "Coût de ce temps\u00a0: 4\u00a0200,00\u00a0$",
                                 "Bénéfices attendus\u00a0: 6\u00a0000,00\u00a0$", "Solde\u00a0: 1\u00a0800,00\u00a0$"]


def test_saved_in_the_chosen_project_journal_and_found_by_search(tmp_path):
    from partage_desktop.services.data.database import prepare
    from partage_desktop.services.journal import entries as journal

    data = resolve(str(tmp_path))
    prepare(data, "fr")
    project = journal.save_project(data, journal.ProjectData(name="Camion partagé"))
    answers = {q.id: 4 for q in readiness_tool().questions} | {"board": 1}
    record = records.readiness_record(readiness_tool().score(answers), "fr", date(2026, 11, 22))
    entry_id = records.save_to_journal(data, project.id, record)
    entry = journal.get_entry(data, entry_id)
    assert entry.project_id == project.id and entry.kind == "note"
    # the journal collapses whitespace in titles (the narrow no-break space before « ? » too)
    assert entry.title.split() == record.title.split() and entry.body == record.body
    assert entry.entry_date == date(2026, 11, 22) and entry.tags == ("autoévaluation",)
    assert entry_id in [hit.id for hit in journal.search(data, "conseil administration")]


def test_journal_hook_lists_projects_and_keeps_records(tmp_path):
    from partage_desktop.services.data.database import prepare
    from partage_desktop.services.journal import entries as journal

    data = resolve(str(tmp_path))
    prepare(data, "en")
    hook = records.ProjectJournal(data)
    assert hook.projects() == []
    first = journal.save_project(data, journal.ProjectData(name="Shared van"))
    second = journal.save_project(data, journal.ProjectData(name="Common premises"))
    assert sorted(hook.projects()) == sorted([(first.id, "Shared van"), (second.id, "Common premises")])
    result = sa.estimate_energy(sa.EnergyInput(Decimal(1), Decimal(1), Decimal(1), Decimal(30), 1, Decimal(0)))
    hook.save(second.id, records.energy_record(result, "en"))
    titles = [hit.title for hit in journal.search(data, "energy")]
    assert any(t.startswith("Energy versus benefits") for t in titles)
