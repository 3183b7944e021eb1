"""Removing the demo data takes exactly the demo rows (and their files) away: the user's own rows
survive, whatever they are mixed with."""

from __future__ import annotations

import sqlite3
from datetime import date

from safetydata import example

from partage_desktop.services.agreements import drafts
from partage_desktop.services.data.session import close_all
from partage_desktop.services.demo.removal import folder_contents, remove_demo
from partage_desktop.services.demo.sample import create_demo
from partage_desktop.services.journal import entries as journal
from partage_desktop.services.journal.attachments import add_attachment, list_attachments
from partage_desktop.services.journal.data import EntryData, ProjectData
from partage_desktop.services.organizations.address_book import OrganizationData, save_organization


def _rows(data, sql):
    con = sqlite3.connect(data.database)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _own_rows(data, tmp_path):
    """A user's own organization, project, entry with an attachment, and agreement."""
    org = save_organization(data, OrganizationData(legal_name="Friperie Le Bon Débarras", address="1, rue Ici"))
    project = journal.save_project(data, ProjectData(name="Notre projet à nous", partner_ids=(org.id,)))
    entry = journal.save_entry(data, EntryData(project_id=project.id, title="Rencontre fondatrice",
                                               entry_date=date(2026, 3, 2), body="Le camion sera partagé.",
                                               partner_ids=(org.id,)))
    scan = tmp_path / "compte-rendu.txt"
    scan.write_text("notes", "utf-8")
    attached = add_attachment(data, entry.id, scan)
    reference = drafts.create_draft(data, example())
    return org, project, entry, attached, reference


def test_demo_rows_are_marked_and_counted_apart_from_the_users(data, tmp_path):
    _own_rows(data, tmp_path)
    create_demo(data, 40, "fr")
    contents = folder_contents(data)
    assert (contents.own.organizations, contents.own.projects, contents.own.agreements, contents.own.entries) == \
        (1, 1, 1, 1)
    assert (contents.demo.organizations, contents.demo.projects, contents.demo.agreements, contents.demo.entries) == \
        (5, 3, 3, 40)
    assert _rows(data, "SELECT COUNT(*) FROM health_checkup WHERE NOT demo") == [(0,)]


def test_removal_keeps_every_user_row_and_file(data, tmp_path):
    org, project, entry, attached, reference = _own_rows(data, tmp_path)
    create_demo(data, 60, "fr")
    demo_files = [p for p in data.attachments.rglob("*") if p.is_file() and p.name != attached.stored_name]

    removal = remove_demo(data, "fr")

    assert (removal.removed.organizations, removal.removed.projects, removal.removed.agreements,
            removal.removed.entries) == (5, 3, 3, 60)
    assert removal.kept.total == 0
    assert removal.backup is not None and removal.backup.is_file()
    assert _rows(data, "SELECT legal_name FROM organization") == [("Friperie Le Bon Débarras",)]
    assert _rows(data, "SELECT name FROM project") == [("Notre projet à nous",)]
    assert _rows(data, "SELECT reference FROM agreement") == [(reference,)]
    assert _rows(data, "SELECT id FROM journal_entry") == [(entry.id,)]
    assert _rows(data, "SELECT COUNT(*) FROM health_checkup") == [(0,)]
    assert _rows(data, "SELECT organization_id FROM project_partner") == [(org.id,)]
    # the user's attachment is still there, the search still finds the user's entry and no demo one
    assert [a.stored_name for a in list_attachments(data, entry.id)] == [attached.stored_name]
    assert (data.attachments / attached.stored_name).is_file()
    assert all(not p.exists() for p in demo_files)
    assert [h.id for h in journal.search(data, "camion")] == [entry.id]
    assert journal.search(data, "réunion") == []
    assert _rows(data, "SELECT COUNT(*) FROM journal_fts") == [(1,)]
    assert folder_contents(data).demo.total == 0


def test_what_the_user_built_on_demo_rows_stays_and_becomes_theirs(data, tmp_path):
    create_demo(data, 30, "fr")
    truck = journal.list_projects(data)[0]
    demo_org = _rows(data, "SELECT id FROM organization WHERE demo ORDER BY id LIMIT 1")[0][0]
    mine = journal.save_entry(data, EntryData(project_id=truck.id, title="Mon entrée dans le projet exemple",
                                              entry_date=date(2026, 5, 1)))
    partner = example()
    partner["parties"][0]["name"] = "Une partie à moi"
    own_agreement = drafts.create_draft(data, partner)
    con = sqlite3.connect(data.database)
    with con:  # the user's own agreement names a demo organization as a party
        agreement_id = con.execute("SELECT id FROM agreement WHERE reference = ?", (own_agreement,)).fetchone()[0]
        con.execute("UPDATE agreement_party SET organization_id = ? WHERE agreement_id = ? AND position = 1",
                    (demo_org, agreement_id))
    con.close()

    removal = remove_demo(data, "fr")

    assert removal.kept.projects == 1 and removal.kept.organizations >= 1
    assert _rows(data, f"SELECT name, demo FROM project WHERE id = {truck.id}") == [(truck.name, 0)]
    assert _rows(data, "SELECT id FROM journal_entry") == [(mine.id,)]
    assert _rows(data, f"SELECT demo FROM organization WHERE id = {demo_org}") == [(0,)]
    assert _rows(data, "SELECT reference FROM agreement") == [(own_agreement,)]
    assert folder_contents(data).demo.total == 0
    assert remove_demo(data, "fr").removed.total == 0  # a second removal has nothing left to do


def test_removal_without_demo_data_changes_nothing_and_makes_no_backup(data, tmp_path):
    _own_rows(data, tmp_path)
    removal = remove_demo(data, "fr")
    assert removal.removed.total == 0 and removal.backup is None
    assert folder_contents(data).own.entries == 1


def test_the_migration_recognizes_a_sample_loaded_before_it(data, tmp_path):
    """A folder filled by the demo before 0009_demo_rows: its sample is marked on upgrade, the
    user's rows are not (even an entry by a demo author in a demo project)."""
    from alembic import command

    from partage_desktop.store.engine import sqlite_url
    from partage_desktop.store.schema.migrate import alembic_config

    org, project, entry, _attached, reference = _own_rows(data, tmp_path)
    create_demo(data, 25, "en")
    truck = next(p for p in journal.list_projects(data) if p.name == "Shared refrigerated truck")
    lookalike = journal.save_entry(data, EntryData(project_id=truck.id, title="Late payment", author="Kevin Roy",
                                                   entry_date=date(2026, 5, 1), body="Our own words."))
    close_all()
    config = alembic_config(sqlite_url(data.database))
    command.downgrade(config, "0007_exchange_base")
    assert "demo" not in {r[1] for r in _rows(data, "PRAGMA table_info(project)")}
    command.upgrade(config, "head")

    contents = folder_contents(data)
    assert (contents.demo.organizations, contents.demo.projects, contents.demo.agreements, contents.demo.entries) == \
        (5, 3, 3, 25)
    assert _rows(data, f"SELECT demo FROM journal_entry WHERE id IN ({entry.id}, {lookalike.id})") == [(0,), (0,)]
    remove_demo(data, "fr")
    assert _rows(data, "SELECT name FROM project ORDER BY id") == [("Notre projet à nous",),
                                                                   ("Shared refrigerated truck",)]
    assert _rows(data, "SELECT reference FROM agreement") == [(reference,)]


def test_our_own_profile_alone_is_not_data_the_demo_would_mix_with(data):
    save_organization(data, OrganizationData(legal_name="Notre organisme", is_own=True))
    assert folder_contents(data).empty
    save_organization(data, OrganizationData(legal_name="Un partenaire"))
    assert not folder_contents(data).empty
