"""The demo's agreements are real ones: complete answers, an exported version whose PDF verifies."""

from __future__ import annotations

from datetime import date

from partage_desktop.platform import datadir
from partage_desktop.services.agreements import versions as agreement_versions
from partage_desktop.services.agreements.export import verify_pdf_bytes
from partage_desktop.services.agreements.listing import list_agreements
from partage_desktop.services.data.database import prepare
from partage_desktop.services.demo.sample import create_demo


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
        # exported before it was signed, not on the day the demo was made
        details = agreement_versions.details(data, item["ref"], "fr")
        assert details.versions[0].created_at.date() < details.signed_on <= date(2026, 11, 23)


def test_demo_check_ups_and_entries_fall_within_each_project_life(data_dir):
    from partage_desktop.core.journal.vocabulary import EntryFilter
    from partage_desktop.services.journal import entries as journal
    from partage_desktop.services.journal.indicators import checkups

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


def test_demo_entries_are_numbered_in_date_order_with_timestamps_the_models_read(data_dir):
    """The bulk load numbers entries by date (their date indexes then fill at the end, not at
    random places) and writes its timestamps as text, in SQLAlchemy's own format."""
    import sqlite3
    from datetime import datetime

    from partage_desktop.services.journal import entries as journal

    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    create_demo(data, 300, "fr", today=date(2026, 11, 23))
    con = sqlite3.connect(data.database)
    rows = con.execute("SELECT id, entry_date, created_at FROM journal_entry ORDER BY id").fetchall()
    con.close()
    assert len(rows) == 300 and len({r[1] for r in rows}) > 50
    assert [r[1] for r in rows] == sorted(r[1] for r in rows)
    assert all(datetime.strptime(r[2], "%Y-%m-%d %H:%M:%S.%f") for r in rows)
    first = journal.get_entry(data, rows[0][0])
    assert first is not None and first.updated_at is not None and first.updated_at.year == 2026
