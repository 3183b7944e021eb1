"""The project page's data: identity, partners, linked agreements with their latest version,
every attached file of the live entries, the figures of the indicators service, the timeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from partage_desktop.core.journal.vocabulary import Scope
from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements import versions as agreement_versions
from partage_desktop.services.journal import entries as svc
from partage_desktop.services.journal import project_overview as po
from partage_desktop.services.journal.attachments import add_attachment
from partage_desktop.services.journal.indicators import indicators
from partage_desktop.services.organizations.address_book import OrganizationData, save_organization


@pytest.fixture
def project(data):
    a = save_organization(data, OrganizationData(legal_name="Maison de la Famille", is_own=True))
    b = save_organization(data, OrganizationData(legal_name="Cuisine collective Œuvre d'entraide"))
    return svc.save_project(data, svc.ProjectData(
        name="Camion réfrigéré partagé", purpose="Partager un camion", resource_kind="material",
        continuum_position="mutualisation", stage="running", start_date=date(2026, 3, 1),
        partner_ids=(b.id, a.id)))


def test_overview_gathers_partners_agreements_files_and_the_indicators_figures(data, project, tmp_path,
                                                                               example_answers):
    exported = drafts.create_draft(data, example_answers("pret-materiel"), today=date(2026, 3, 1))
    agreement_versions.export_version(data, exported, "fr")
    draft_only = drafts.create_draft(data, example_answers("locaux-partages"), today=date(2026, 3, 1))
    drafts.create_draft(data, example_answers("pret-materiel"), today=date(2026, 3, 1))  # not linked
    choices = {c.reference: c.id for c in svc.agreement_choices(data)}
    project = svc.save_project(data, replace(project, agreement_ids=(choices[exported], choices[draft_only])))
    own = project.partner_ids[1]
    meeting = svc.save_entry(data, svc.EntryData(project_id=project.id, title="Réunion de démarrage",
                                                 entry_date=date(2026, 3, 2), kind="meeting",
                                                 hours=((own, 90),), money_cents=12000, money_kind="saved"))
    milestone = svc.save_entry(data, svc.EntryData(project_id=project.id, title="Premier trajet",
                                                   entry_date=date(2026, 4, 10), kind="milestone",
                                                   money_cents=3000, money_kind="spent"))
    trashed = svc.save_entry(data, svc.EntryData(project_id=project.id, title="Brouillon", entry_date=date(2026, 5, 1)))
    source = tmp_path / "Procès-verbal.pdf"
    source.write_bytes(b"%PDF-1.4 contenu")
    add_attachment(data, meeting.id, source)
    add_attachment(data, trashed.id, source)
    svc.trash_entry(data, trashed.id)

    view = po.project_overview(data, project.id, today=date(2026, 6, 1))
    assert view is not None and view.project.name == "Camion réfrigéré partagé"
    assert view.partners == ["Cuisine collective Œuvre d'entraide", "Maison de la Famille"]
    by_ref = {a.reference: a for a in view.agreements}
    assert set(by_ref) == {exported, draft_only}
    assert by_ref[exported].latest_version == 1 and len(by_ref[exported].fingerprint or "") >= 8
    assert by_ref[draft_only].latest_version is None and by_ref[draft_only].fingerprint is None
    assert by_ref[draft_only].status == "draft"
    assert [(f.attachment.original_name, f.entry_title, f.entry_date) for f in view.files] == [
        ("Procès-verbal.pdf", "Réunion de démarrage", date(2026, 3, 2))]  # the trashed entry's file is left out
    assert view.entry_count == 2
    same = indicators(data, Scope(project.id))
    assert view.figures == same
    assert (view.figures.hours, view.figures.saved, view.figures.spent, view.figures.net) == (
        Decimal("1.5"), Decimal("120.00"), Decimal("30.00"), Decimal("90.00"))
    assert [r.id for r in po.timeline_page(data, project.id, 10)] == [milestone.id, meeting.id]


def test_a_second_version_is_the_latest_one_shown(data, project, example_answers):
    reference = drafts.create_draft(data, example_answers("pret-materiel"), today=date(2026, 3, 1))
    first = agreement_versions.export_version(data, reference, "fr")
    answers = drafts.load_draft(data, reference)
    answers["fields"]["location"] = "Un autre entrepôt, plus grand"
    drafts.save_draft(data, reference, answers)
    second = agreement_versions.export_version(data, reference, "fr")
    assert second.number == 2 and second.fingerprint != first.fingerprint
    [choice] = svc.agreement_choices(data)
    svc.save_project(data, replace(project, agreement_ids=(choice.id,)))
    [linked] = po.project_overview(data, project.id).agreements
    assert (linked.latest_version, linked.fingerprint) == (2, second.fingerprint)
    path = po.agreement_pdf_to_view(data, reference, 2, "fr")
    assert path.read_bytes() == second.pdf
    with pytest.raises(UserInputError):
        po.agreement_pdf_to_view(data, reference, 7, "fr")


def test_an_unknown_project_has_no_overview(data):
    assert po.project_overview(data, 999) is None


def test_the_timeline_reads_thousands_of_entries_page_by_page_in_date_order(data, project):
    from datetime import timedelta

    start = date(2020, 1, 1)
    for i in range(450):
        svc.save_entry(data, svc.EntryData(project_id=project.id, title=f"Entrée {i}",
                                           entry_date=start + timedelta(days=i // 3)))
    seen, after = [], None
    while True:
        page = po.timeline_page(data, project.id, 200, after)
        seen.extend(page)
        if len(page) < 200:
            break
        after = page[-1]
    assert len(seen) == 450 and len({r.id for r in seen}) == 450
    keys = [(r.entry_date, r.id) for r in seen]
    assert keys == sorted(keys, reverse=True)


def test_a_pdf_shown_in_the_viewer_is_private_to_the_user_and_removed(data, example_answers, tmp_path,
                                                                      monkeypatch):
    """It was written readable by everyone in the shared temporary folder and never removed."""
    import os
    import stat
    import tempfile
    import time

    from partage_desktop.platform.cache import CACHE_ENV
    from partage_desktop.services.agreements import previews

    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache-de-l-utilisateur"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "partage"))  # where others could read
    reference = drafts.create_draft(data, example_answers("pret-materiel"), today=date(2026, 3, 1))
    version = agreement_versions.export_version(data, reference, "fr")
    path = po.agreement_pdf_to_view(data, reference, 1, "fr")
    assert path.read_bytes() == version.pdf
    assert path.parent == tmp_path / "cache-de-l-utilisateur" / "apercus"
    assert not (tmp_path / "partage").exists()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    old = time.time() - previews.KEEP_SECONDS - 60
    os.utime(path, (old, old))
    again = po.agreement_pdf_to_view(data, reference, 1, "fr")  # a new preview removes the old ones…
    assert again.exists() and [p.name for p in again.parent.iterdir()] == [again.name]
    os.utime(again, (old, old))
    other = previews.write_preview("autre.pdf", b"%PDF-")
    assert not again.exists() and other.exists()
    previews.remove_previews()  # …and the program's end removes every one
    assert list(other.parent.iterdir()) == []
