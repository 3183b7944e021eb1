"""Drafts in the trash: hidden everywhere, restored whole, deleted for good when emptied; a deleted
amendment never makes the next one reuse a number still taken; an amendment previews itself."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.agreements import drafts, trash
from partage_desktop.services.agreements import versions as av
from partage_desktop.services.agreements.amendments import (
    amendment_info,
    preview_amendment,
    start_amendment,
)
from partage_desktop.services.agreements.listing import list_agreements
from partage_desktop.words import error_lines


def test_trash_restore_and_empty(data, example_answers):
    ref = drafts.create_draft(data, example_answers("pret-materiel"))
    trash.trash_draft(data, ref, "fr")
    assert list_agreements(data) == [] and drafts.list_drafts(data) == []
    [item] = trash.trashed_drafts(data)
    assert item.reference == ref and "Centre d'action bénévole de la Rivière-du-Nord" in item.parties
    with pytest.raises(UserInputError):
        trash.trash_draft(data, ref, "fr")  # already in the trash: no longer found
    trash.restore_draft(data, ref)
    assert [r["ref"] for r in list_agreements(data)] == [ref]
    assert drafts.load_draft(data, ref)["fields"] == example_answers("pret-materiel")["fields"]
    trash.trash_draft(data, ref, "fr")
    assert trash.empty_trash(data) == 1
    assert trash.trashed_drafts(data) == [] and trash.empty_trash(data) == 0
    with pytest.raises(Exception):  # noqa: B017 - gone for good
        drafts.load_draft(data, ref)


def test_a_deleted_amendment_does_not_make_the_next_reuse_a_number(data, example_answers):
    parent = drafts.create_draft(data, example_answers("pret-materiel"))
    av.export_version(data, parent, "fr")
    av.mark_signed(data, parent, date(2026, 11, 20), "fr")
    first = start_amendment(data, parent, "fr")
    second = start_amendment(data, parent, "fr")
    trash.trash_draft(data, first, "fr")
    trash.empty_trash(data)
    third = start_amendment(data, parent, "fr")  # counting rows would give A2 again: refused as a duplicate
    assert (first, second, third) == (f"{parent}-A1", f"{parent}-A2", f"{parent}-A3")


def test_the_amendment_preview_is_the_amendment(data, example_answers):
    parent = drafts.create_draft(data, example_answers("pret-materiel"))
    av.export_version(data, parent, "fr")
    av.mark_signed(data, parent, date(2026, 11, 20), "fr")
    ref = start_amendment(data, parent, "fr")
    info = amendment_info(data, ref)
    assert info is not None and info.parent_reference == parent and info.parent_version == 1
    assert amendment_info(data, parent) is None
    answers = drafts.load_draft(data, ref)
    with pytest.raises(UserInputError) as unchanged:
        preview_amendment(data, ref, answers, "fr")
    assert "ne change encore rien" in error_lines(unchanged.value, "fr")[0]
    answers["fields"]["end_date"] = "2027-09-30"
    pdf = preview_amendment(data, ref, answers, "fr")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Avenant n° 1" in text and parent in text and "30 septembre 2027" in text
    assert av.details(data, ref, "fr").versions == []  # a preview records nothing
