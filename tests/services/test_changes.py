"""What changed is announced once written (services.changes): after a commit, never on rollback."""

from __future__ import annotations

from datetime import date

import pytest
from safetydata import prepared

from partage_desktop.services import changes
from partage_desktop.services.agreements import drafts
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.journal import entries as journal
from partage_desktop.services.organizations import address_book as orgs


@pytest.fixture
def data(data_dir):
    return prepared(data_dir)


@pytest.fixture
def heard(data):
    received: list[changes.Change] = []
    unsubscribe = changes.subscribe(data, received.append)
    yield received
    unsubscribe()


def test_a_saved_partner_is_announced_with_its_id(data, heard):
    saved = orgs.save_organization(data, orgs.OrganizationData("Comptoir L'Entraide"))
    assert len(heard) == 1
    assert heard[0].topics == {changes.ORGANIZATIONS}
    assert heard[0].ids["organizations"] == {saved.id}
    assert heard[0].serial == changes.latest(data)


def test_reading_announces_nothing(data, heard):
    orgs.save_organization(data, orgs.OrganizationData("Comptoir L'Entraide"))
    heard.clear()
    orgs.list_organizations(data)
    journal.list_projects(data)
    assert heard == []


def test_a_draft_is_an_agreements_and_drafts_change(data, heard, example_answers):
    reference = drafts.create_draft(data, example_answers(), today=date(2026, 11, 22))
    assert heard[-1].touches(changes.DRAFTS)
    assert heard[-1].topics >= {changes.AGREEMENTS, changes.DRAFTS}
    assert reference in heard[-1].ids["agreements"]


def test_a_journal_entry_names_its_entry(data, heard):
    project = journal.save_project(data, journal.ProjectData(name="Cuisine partagée"))
    saved = journal.save_entry(data, journal.EntryData(project_id=project.id, title="Rencontre",
                                                       entry_date=date(2026, 11, 22)))
    assert heard[0].ids["projects"] == {project.id}
    assert heard[-1].touches(changes.JOURNAL)
    assert heard[-1].only("entries", [saved.id])
    journal.trash_entry(data, saved.id)
    assert heard[-1].only("entries", [saved.id])


def test_a_rolled_back_action_announces_nothing(data, heard):
    from partage_desktop.store.models import Organization

    with pytest.raises(RuntimeError), session_scope(data) as session:
        session.add(Organization(legal_name="Jamais écrite"))
        session.flush()  # written in the transaction, then undone
        raise RuntimeError("the action failed")
    assert heard == []
    assert [o.legal_name for o in orgs.list_organizations(data)] == []


def test_a_bulk_statement_announces_its_topic_only_when_rows_changed(data, heard):
    from sqlalchemy import update

    from partage_desktop.store.models import Organization

    with session_scope(data) as session:
        session.execute(update(Organization).values(archived=True))  # no row yet
    assert heard == []
    orgs.save_organization(data, orgs.OrganizationData("Comptoir"))
    heard.clear()
    with session_scope(data) as session:
        session.execute(update(Organization).values(archived=True))
    assert heard[-1].topics == {changes.ORGANIZATIONS}
    assert heard[-1].whole == {changes.ORGANIZATIONS}


def test_listeners_of_another_folder_hear_nothing(data, heard, tmp_path):
    other = prepared(tmp_path / "autre")
    orgs.save_organization(other, orgs.OrganizationData("Ailleurs"))
    assert heard == []


def test_a_failing_listener_neither_undoes_nor_hides_the_change(data, heard):
    def broken(_change: changes.Change) -> None:
        raise ValueError("a screen's trouble")

    unsubscribe = changes.subscribe(data, broken)
    try:
        orgs.save_organization(data, orgs.OrganizationData("Comptoir"))
    finally:
        unsubscribe()
    assert len(heard) == 1 and orgs.list_organizations(data)


def test_files_and_folders_are_announced_by_their_service(data, heard):
    from partage_desktop.services.organizations.logo import clear_own_logo

    clear_own_logo(data)
    assert heard[-1].touches(changes.ORGANIZATIONS) and heard[-1].ids["logo"]
    changes.announce(data, changes.EVERYTHING)
    assert heard[-1].touches(changes.AGREEMENTS, changes.JOURNAL)
    with pytest.raises(ValueError):
        changes.announce(data, "weather")


def test_merged_changes_keep_every_topic_and_id():
    a = changes.Change(frozenset({changes.JOURNAL}), {"entries": frozenset({1})}, serial=3)
    b = changes.Change(frozenset({changes.ORGANIZATIONS}), {"organizations": frozenset({2})},
                       frozenset({changes.ORGANIZATIONS}), serial=5)
    both = a.merged(b)
    assert both.topics == {changes.JOURNAL, changes.ORGANIZATIONS}
    assert both.ids == {"entries": {1}, "organizations": {2}}
    assert both.serial == 5 and not both.only("entries", [1])
