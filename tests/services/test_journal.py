"""Journal services: projects, entries of every kind, revisions, trash, attachments, search."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.platform import datadir
from partage_desktop.services.journal import attachments as att
from partage_desktop.services.journal import entries as svc
from partage_desktop.services.journal.content import prompt_template
from partage_desktop.services.organizations.address_book import OrganizationData, save_organization
from partage_desktop.store.journal.search import EntryFilter


@pytest.fixture
def project(data):
    a = save_organization(data, OrganizationData(legal_name="Maison de la Famille", is_own=True))
    b = save_organization(data, OrganizationData(legal_name="Cuisine collective Œuvre d'entraide"))
    return svc.save_project(data, svc.ProjectData(
        name="Camion réfrigéré partagé", purpose="Partager un camion", resource_kind="material",
        continuum_position="mutualisation", stage="running", start_date=date(2026, 3, 1),
        partner_ids=(a.id, b.id)))


def entry(project, **kw):
    base = dict(project_id=project.id, title="Réunion de démarrage", entry_date=date(2026, 4, 2))
    base.update(kw)
    return svc.EntryData(**base)


def test_project_keeps_partners_and_refuses_a_blank_name(data, project):
    assert len(project.partner_ids) == 2
    assert svc.list_projects(data)[0].name == "Camion réfrigéré partagé"
    with pytest.raises(svc.JournalInputError) as info:
        svc.save_project(data, svc.ProjectData(name="  ", stage="nowhere"))
    assert info.value.fields == {"name": "required", "stage": "unknown"}


@pytest.mark.parametrize("kind", vocab.KINDS)
def test_each_kind_of_entry_round_trips_with_accents(data, project, kind):
    body = prompt_template(kind, "fr") + "Élodie a noté l'œuvre « commune » & <rien>."
    saved = svc.save_entry(data, entry(project, kind=kind, body=body, tags=("Logistique", "bris"),
                                       partner_ids=project.partner_ids,
                                       hours=((project.partner_ids[0], 90), (project.partner_ids[1], 30)),
                                       money_cents=123456, money_kind="saved",
                                       money_estimate="Location évitée : 3 jours à 411,52 $"))
    again = svc.get_entry(data, saved.id)
    assert again.body == body and again.kind == kind
    assert again.tags == ("bris", "logistique") and again.minutes == 120
    assert again.money_cents == 123456 and again.money_estimate.startswith("Location")


def test_entry_problems_are_listed_per_field(data, project):
    with pytest.raises(svc.JournalInputError) as info:
        svc.save_entry(data, entry(project, title="", kind="rumour", money_cents=-5, hours=((None, -1),)))
    assert info.value.fields == {"title": "required", "kind": "unknown", "hours": "negative",
                                 "money": "negative", "money_kind": "required"}


def test_huge_amounts_and_hours_are_refused_not_overflowing_sqlite(data, project):
    with pytest.raises(svc.JournalInputError) as info:
        svc.save_entry(data, entry(project, money_cents=10**20, money_kind="saved", hours=((None, 10**9),)))
    assert info.value.fields == {"money": "too_big", "hours": "too_big"}


def test_prompts_exist_in_both_languages():
    assert "Ordre du jour\u00a0:" in prompt_template("meeting", "fr")
    assert "Agenda:" in prompt_template("meeting", "en")
    assert prompt_template("note", "fr") == ""


def test_revisions_keep_earlier_text_and_restore_it(data, project):
    e = svc.save_entry(data, entry(project, body="Première version"))
    e = svc.save_entry(data, replace(e, body="Deuxième version"), new_revision=True)
    e = svc.save_entry(data, replace(e, body="Troisième version"))  # within the same session: grouped
    history = svc.revisions(data, e.id)
    assert [r.body for r in history] == ["Première version"]
    restored = svc.restore_revision(data, history[0].id)
    assert restored.body == "Première version"
    assert [r.body for r in svc.revisions(data, e.id)][0] == "Troisième version"


def test_trash_restore_and_empty(data, project):
    keep = svc.save_entry(data, entry(project, title="À garder"))
    gone = svc.save_entry(data, entry(project, title="À jeter"))
    svc.trash_entry(data, gone.id)
    assert [r.title for r in svc.entries_page(data, EntryFilter(), 0, 10)] == ["À garder"]
    assert [r.title for r in svc.entries_page(data, EntryFilter(trashed=True), 0, 10)] == ["À jeter"]
    assert svc.search(data, "jeter") == []
    svc.restore_entry(data, gone.id)
    assert [h.title for h in svc.search(data, "jeter")] == ["À jeter"]
    svc.trash_entry(data, gone.id)
    assert svc.purge_expired_trash(data) == 0  # trashed today: kept 30 days
    assert svc.empty_trash(data) == 1
    assert svc.get_entry(data, gone.id) is None and svc.get_entry(data, keep.id) is not None


def test_expired_trash_is_purged(data, project, monkeypatch):
    from partage_desktop.store import models

    gone = svc.save_entry(data, entry(project, title="Vieille note"))
    svc.trash_entry(data, gone.id)
    later = models.utcnow() + timedelta(days=31)
    monkeypatch.setattr(models, "utcnow", lambda: later)
    assert svc.purge_expired_trash(data) == 1


def test_purging_the_trash_reads_the_trash_index_not_every_entry(data, project):
    """The purge runs each time the Journal opens: its queries must not scan 100,000 entries."""
    from sqlalchemy import event

    from partage_desktop.services.data.session import _factory

    svc.trash_entry(data, svc.save_entry(data, entry(project, title="Récente")).id)
    engine = _factory(str(data.database)).kw["bind"]
    seen = []

    def remember(_conn, _cursor, statement, parameters, _context, _many):
        if "journal_entry" in statement:
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", remember)
    try:
        assert svc.purge_expired_trash(data) == 0
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    assert seen
    with engine.connect() as conn:
        for statement, parameters in seen:
            plan = " | ".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))
            assert "SCAN journal_entry" not in plan and "SCAN e" not in plan, plan
            assert "ix_journal_entry_trashed" in plan, plan


def test_search_folds_accents_ligatures_and_elisions_and_highlights(data, project):
    svc.save_entry(data, entry(project, title="Bilan de l'entente", body="Une œuvre collective à l'école."))
    svc.save_entry(data, entry(project, title="Autre chose", body="Rien à voir ici."))
    for query in ("oeuvre", "ECOLE", "entente", "ecol"):
        hits = svc.search(data, query)
        assert [h.title for h in hits] == ["Bilan de l'entente"], query
    hit = svc.search(data, "oeuvre")[0]
    assert "\x02œuvre\x03" in hit.snippet and hit.project == "Camion réfrigéré partagé"
    assert svc.search(data, "   ") == [] and svc.search(data, '"*') == []


def test_search_ranks_title_matches_first_and_filters_combine(data, project):
    svc.save_entry(data, entry(project, title="Note", body="On parle du camion en passant."))
    svc.save_entry(data, entry(project, title="Camion : entretien", body="Vidange.", kind="decision",
                               tags=("logistique",), entry_date=date(2026, 5, 1)))
    assert [h.title for h in svc.search(data, "camion")] == ["Camion : entretien", "Note"]
    f = EntryFilter(query="camion", kind="decision")
    assert [r.title for r in svc.entries_page(data, f, 0, 10)] == ["Camion : entretien"]
    assert svc.count_entries(data, EntryFilter(tag="logistique")) == 1
    assert svc.count_entries(data, EntryFilter(date_from=date(2026, 4, 15))) == 1
    assert svc.count_entries(data, EntryFilter(partner_id=project.partner_ids[0])) == 0
    assert svc.tags_in_use(data) == ["logistique"]


def test_attachment_is_copied_under_a_safe_name(data, project, tmp_path):
    e = svc.save_entry(data, entry(project))
    source = tmp_path / "Procès-verbal d'assemblée (final).pdf"
    source.write_bytes(b"%PDF-1.4 contenu")
    a = att.add_attachment(data, e.id, source)
    assert a.original_name == source.name
    assert a.stored_name.endswith("Proces-verbal-d-assemblee-final.pdf")
    source.unlink()
    assert att.attachment_path(data, a).read_bytes() == b"%PDF-1.4 contenu"
    assert [x.id for x in att.list_attachments(data, e.id)] == [a.id]
    svc.trash_entry(data, e.id)
    svc.empty_trash(data)
    assert not (data.attachments / a.stored_name).exists()


def test_missing_and_huge_attachments_are_refused(data, project, tmp_path, monkeypatch):
    e = svc.save_entry(data, entry(project))
    with pytest.raises(att.AttachmentError) as info:
        att.add_attachment(data, e.id, tmp_path / "absent.docx")
    assert info.value.reason == "missing"
    big = tmp_path / "video.mp4"
    big.write_bytes(b"x" * 2048)
    monkeypatch.setattr(att, "MAX_BYTES", 1024)
    with pytest.raises(att.AttachmentError) as info:
        att.add_attachment(data, e.id, big)
    assert info.value.reason == "too_big"
    assert att.list_attachments(data, e.id) == []
    assert not data.attachments.exists() or list(data.attachments.iterdir()) == []


def test_safe_name_edge_cases():
    assert att.safe_name("../../etc/passwd") == "passwd"
    assert att.safe_name("..\\..\\Windows\\évier.ini") == "evier.ini"
    assert att.safe_name("Œuvre d'été.JPEG") == "OEuvre-d-ete.jpeg"
    assert att.safe_name("???") == "fichier"
    assert att.safe_name(".bashrc") == "bashrc"


def test_ranking_window_pages_cover_every_match_once(data, project, monkeypatch):
    from partage_desktop.store.journal import search as journal_search

    for i in range(7):
        svc.save_entry(data, entry(project, title="Camion" if i == 5 else f"Note {i}",
                                   body="Le camion roule." if i != 5 else "Rien."))
    monkeypatch.setattr(journal_search, "RANK_WINDOW", 3)
    f = EntryFilter(query="camion")
    pages = [svc.entries_page(data, f, offset, 2) for offset in range(0, 8, 2)]
    ids = [r.id for p in pages for r in p]
    assert sorted(ids) == list(range(1, 8))
    everything = [r.id for r in svc.entries_page(data, f, 0, -1)]
    assert everything == ids
    # the three newest matches are ranked (title match first), older ones follow newest first
    assert everything[0] == 6 and set(everything[:3]) == {5, 6, 7}
    assert everything[3:] == [4, 3, 2, 1]


def test_keyset_pages_match_offset_pages_and_counts_are_capped(data, project):
    for i in range(9):
        svc.save_entry(data, entry(project, title=f"Note {i}", entry_date=date(2026, 4, 1 + i % 3)))
    by_offset = [r.id for o in range(0, 9, 2) for r in svc.entries_page(data, EntryFilter(), o, 2)]
    by_key, last = [], None
    while True:
        rows = svc.entries_page(data, EntryFilter(), 0, 2, last)
        if not rows:
            break
        by_key += [r.id for r in rows]
        last = rows[-1]
    assert by_key == by_offset and len(by_key) == 9
    from partage_desktop.services.data.session import session_scope
    from partage_desktop.store.journal import search as journal_search

    with session_scope(data) as session:
        assert journal_search.count(session, EntryFilter(), cap=5) == 6
        assert journal_search.count(session, EntryFilter(query="note", project_id=project.id), cap=50) == 9


def test_projects_link_agreements(data):
    from partage_desktop.services.demo.sample import create_demo

    create_demo(data, 10, "fr")
    project = svc.list_projects(data)[0]
    assert len(project.agreement_ids) == 1
    choices = svc.agreement_choices(data)
    assert len(choices) == 3 and all(re.fullmatch(r"ENT-\d{4}-\d{4}", c.reference) for c in choices)
    others = tuple(c.id for c in choices if c.project_id != project.id)
    relinked = svc.save_project(data, replace(project, agreement_ids=others))
    assert set(relinked.agreement_ids) == set(others)
    after = {c.id: c.project_id for c in svc.agreement_choices(data)}
    assert after[project.agreement_ids[0]] is None  # unchecked: unlinked, not deleted
    assert all(after[i] == project.id for i in others)


def test_has_projects_reads_without_sqlalchemy(data, tmp_path):
    assert svc.has_projects(data) is False
    svc.save_project(data, svc.ProjectData(name="Projet"))
    assert svc.has_projects(data) is True
    assert svc.has_projects(datadir.resolve(str(tmp_path / "nothing"))) is False


def test_is_an_entry_listed_and_the_project_written_in_last(data, project):
    other = svc.save_project(data, svc.ProjectData(name="Autre projet"))
    first = svc.save_entry(data, entry(project, title="Réunion du lundi"))
    assert svc.last_used_project(data) == project.id
    moved = svc.save_entry(data, replace(first, project_id=other.id))  # moving an entry is one more save
    assert svc.get_entry(data, first.id).project_id == other.id
    assert svc.last_used_project(data) == other.id
    assert svc.entry_listed(data, EntryFilter(project_id=other.id), moved.id)
    assert not svc.entry_listed(data, EntryFilter(project_id=project.id), moved.id)
    assert svc.entry_listed(data, EntryFilter(query="lundi"), moved.id)
    assert not svc.entry_listed(data, EntryFilter(query="mardi"), moved.id)
    svc.trash_entry(data, moved.id)
    assert not svc.entry_listed(data, EntryFilter(), moved.id)
