"""Drafts: created with a yearly reference, autosaved, reopened as they were left."""

from __future__ import annotations

from datetime import date

from partage_desktop.platform import datadir
from partage_desktop.services.agreements import drafts
from partage_desktop.services.agreements.listing import list_agreements
from partage_desktop.services.data.database import prepare


def ready(data_dir):
    data = datadir.resolve(str(data_dir))
    prepare(data, "fr")
    return data


def test_draft_round_trip_and_references(data_dir, example_answers):
    data = ready(data_dir)
    answers = example_answers("pret-materiel")
    first = drafts.create_draft(data, answers, today=date(2026, 11, 23))
    second = drafts.create_draft(data, {"template": "pret-materiel", "lang": "fr"}, today=date(2026, 11, 23))
    assert (first, second) == ("ENT-2026-0001", "ENT-2026-0002")
    loaded = drafts.load_draft(data, first)
    assert loaded["parties"] == answers["parties"] and loaded["meta"]["reference"] == first

    answers["parties"][1]["name"] = "Comptoir « L'Entraide » & fils"
    answers["fields"]["end_date"] = "2027-08-31"
    drafts.save_draft(data, first, answers)
    assert drafts.load_draft(data, first)["parties"][1]["name"] == "Comptoir « L'Entraide » & fils"
    listed = {item["ref"]: item for item in list_agreements(data)}
    assert listed[first]["parties"][1] == "Comptoir « L'Entraide » & fils"
    assert listed[first]["end_date"] == "2027-08-31" and listed[first]["status"] == "draft"
    assert listed[first]["title"] == "Entente de prêt d'équipement"
    assert [d.reference for d in drafts.list_drafts(data)][0] == first


def test_an_incomplete_draft_is_kept_as_typed(data_dir):
    data = ready(data_dir)
    partial = {"template": "locaux-partages", "lang": "en", "parties": [{"name": "À moitié"}],
               "fields": {"start_date": "pas encore"}}
    ref = drafts.create_draft(data, partial, today=date(2027, 1, 5))
    assert ref == "ENT-2027-0001"
    loaded = drafts.load_draft(data, ref)
    assert loaded["fields"] == {"start_date": "pas encore"} and loaded["parties"] == [{"name": "À moitié"}]
