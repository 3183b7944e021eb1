from __future__ import annotations

import pytest

from partage_desktop.services.organizations import address_book as orgs


def test_profile_and_partners(data):
    own = orgs.save_organization(data, orgs.OrganizationData(
        "Centre d'action bénévole", "245, rue Principale", "Marie Gagnon", "Directrice", "114 567 8901",
        is_own=True))
    assert own.id and own.neq == "1145678901"
    orgs.save_organization(data, orgs.OrganizationData("Comptoir L'Entraide", "88, boul. des Hauteurs"))
    names = [o.legal_name for o in orgs.list_organizations(data)]
    assert names == ["Centre d'action bénévole", "Comptoir L'Entraide"]  # our own first
    assert orgs.own_organization(data).legal_name == "Centre d'action bénévole"
    # only one "own" organization
    other = orgs.save_organization(data, orgs.OrganizationData("Autre", is_own=True))
    assert orgs.own_organization(data).id == other.id


def test_search_folds_case_and_accents(data):
    orgs.save_organization(data, orgs.OrganizationData("Société Saint-Vincent", neq="1234567890"))
    assert [o.legal_name for o in orgs.list_organizations(data, query="societe")] == ["Société Saint-Vincent"]
    assert orgs.list_organizations(data, query="1234567890")


def test_validation_and_duplicates(data):
    assert orgs.check(orgs.OrganizationData("", neq="12", email="pas-un-courriel")).fields == {
        "legal_name": "required", "neq": "neq", "email": "email"}
    with pytest.raises(ValueError):
        orgs.save_organization(data, orgs.OrganizationData(""))
    first = orgs.save_organization(data, orgs.OrganizationData("Maison des jeunes", neq="1111111111"))
    dupes = orgs.find_duplicates(data, orgs.OrganizationData("MAISON DES JEUNES"))
    assert [d.id for d in dupes] == [first.id]
    assert orgs.find_duplicates(data, orgs.OrganizationData("Autre nom", neq="1111111111"))


def test_archive_hides_from_the_default_list(data):
    org = orgs.save_organization(data, orgs.OrganizationData("Ancien partenaire"))
    orgs.set_archived(data, org.id, True)
    assert orgs.list_organizations(data) == []
    assert orgs.list_organizations(data, include_archived=True)[0].archived
