"""The demo's agreements are real ones: complete answers, an exported version whose PDF verifies."""

from __future__ import annotations

from datetime import date

from partage_desktop import datadir
from partage_desktop.services import agreement_versions
from partage_desktop.services.agreement_list import list_agreements
from partage_desktop.services.agreements import verify_pdf_bytes
from partage_desktop.services.database import prepare
from partage_desktop.services.demo import create_demo


def test_demo_agreements_are_signed_exports_that_verify(data_dir):
    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    result = create_demo(data, 20, "fr", today=date(2026, 11, 23))
    listed = list_agreements(data)
    assert len(listed) == result.agreements == 3
    for item in listed:
        assert item["status"] == "signed" and item["versions"] == 1 and len(item["parties"]) >= 2
        pdf = agreement_versions.version_pdf(data, item["ref"], 1, "fr")
        outcome = verify_pdf_bytes(pdf, "fr")
        assert outcome.ok and outcome.reference == item["ref"]


def test_demo_check_ups_and_entries_fall_within_each_project_life(data_dir):
    from partage_desktop.core.journal import EntryFilter
    from partage_desktop.services import journal
    from partage_desktop.services.journal_indicators import checkups

    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    today = date(2026, 11, 23)
    create_demo(data, 120, "fr", today=today)
    for project in journal.list_projects(data):
        taken = [c.taken_on for c in checkups(data, project.id)]
        assert len(taken) >= 2, project.name  # enough for a trend
        assert all(project.start_date <= day <= today for day in taken), (project.name, taken)
        rows = journal.entries_page(data, EntryFilter(project_id=project.id), 0, 1000)
        assert rows and all(project.start_date <= r.entry_date <= today for r in rows)
