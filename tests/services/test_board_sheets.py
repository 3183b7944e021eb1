"""Offers sheets between two organizations' data folders: exported by one, imported onto the
other's board; a newer sheet replaces the older and withdrawn items disappear; the same or an
older sheet changes nothing; nothing of the receiver's own data is ever changed."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import datetime, timedelta

import pytest
from board_support import fill_sender
from hostile_exchange import members_of, write_exchange

from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.resources import board, sheets
from partage_desktop.words import say_error

T0 = datetime(2026, 11, 2, 9, 30)


def own_rows(data) -> str:
    """Everything of the receiver's own (every table but the board's), as SQL text."""
    con = sqlite3.connect(data.database)
    try:
        return "\n".join(line for line in con.iterdump() if not line.startswith(('INSERT INTO "board_',
                                                                                 "INSERT INTO board_")))
    finally:
        con.close()


def test_round_trip_to_a_second_data_folder(two_folders, tmp_path):
    here, there = two_folders
    fill_sender(here)
    fill_sender(there, name="Maison des jeunes", offers=1, needs=0)  # the receiver has its own things
    path = tmp_path / "fiche.partage"
    summary = sheets.export_sheet(here, path, "fr", now=T0)
    assert (summary.offers, summary.needs, summary.photos) == (3, 2, 2)  # not the private, archived or found ones
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        doc = json.loads(archive.read("sheet.json"))
    assert manifest["kind"] == "offers-sheet" and manifest["format"] == "partage-exchange"
    assert all(len(m["sha256"]) == 64 for m in manifest["members"].values())
    assert "value_per_day_cents" not in json.dumps(doc) and "project_id" not in json.dumps(doc)  # private fields
    assert doc["sender"]["name"] == "Centre d'action bénévole Laval" and doc["issued_at"] == "2026-11-02T09:30:00"
    before = own_rows(there)

    plan = sheets.import_sheet(there, path, "fr")
    assert plan.applied and plan.action == "new" and len(plan.added) == 5
    assert own_rows(there) == before  # nothing of the receiver's changed
    entries = board.list_board(there, "fr")
    assert len(entries) == 5 and {e.sender_name for e in entries} == {"Centre d'action bénévole Laval"}
    assert {e.issued_at for e in entries} == {T0}
    tent = next(e for e in entries if e.title.startswith("Tente"))
    assert len(tent.photo_ids) == 2 and board.photo_bytes(there, tent.photo_ids[0]).startswith(b"\xff\xd8")
    assert tent.details["contact_person"] == "Marc Gagnon" and tent.description == "Ligne 1\nLigne 2 : « détails »"
    assert "tente" in tent.words.split() and "abri" in tent.words.split() and "chapiteau" in tent.words.split()
    truck = next(e for e in entries if e.title.startswith("Camion"))
    assert truck.details["deposit_cents"] == 10000 and truck.pricing == "fee"
    fridge = next(e for e in entries if e.side == "need" and e.title.startswith("Réfrigérateur"))
    assert fridge.date_from is not None and fridge.urgency == "high"
    assert tent.key == f"board:{doc['sender']['uid']}:{tent.key.rsplit(':', 1)[1]}"
    # our uid was made on the first export and is kept
    assert sheets.export_sheet(here, tmp_path / "encore.partage", "fr").issued_at
    with zipfile.ZipFile(tmp_path / "encore.partage") as archive:
        assert json.loads(archive.read("sheet.json"))["sender"]["uid"] == doc["sender"]["uid"]


def test_importing_the_same_sheet_twice_changes_nothing(two_folders, tmp_path):
    here, there = two_folders
    fill_sender(here)
    path = tmp_path / "fiche.partage"
    sheets.export_sheet(here, path, "fr", now=T0)
    sheets.import_sheet(there, path, "fr")
    backups = sorted(there.backups.iterdir())
    con = sqlite3.connect(there.database)
    first = list(con.iterdump())
    con.close()
    again = sheets.import_sheet(there, path, "en")
    assert again.action == "same" and not again.applied and again.changes_nothing
    assert "already on the board" in "\n".join(again.lines("en", dry_run=False))
    con = sqlite3.connect(there.database)
    assert list(con.iterdump()) == first
    con.close()
    assert sorted(there.backups.iterdir()) == backups  # not even a backup


def test_newer_sheet_replaces_and_withdrawn_items_disappear_older_changes_nothing(two_folders, tmp_path):
    from partage_desktop.store.models import Need, Resource

    here, there = two_folders
    fill_sender(here)
    old = tmp_path / "ancienne.partage"
    sheets.export_sheet(here, old, "fr", now=T0)
    sheets.import_sheet(there, old, "fr")
    with session_scope(here) as session:
        truck = session.query(Resource).filter(Resource.title.like("Camion%")).one()
        truck.visibility = "private"  # withdrawn from the network
        room = session.query(Resource).filter(Resource.title.like("Salle%")).one()
        room.description = "Avec tableau blanc"  # changed
        session.query(Need).filter(Need.title.like("Bénévoles%")).one().status = "found"  # withdrawn
        session.add(Need(uid="5f0c9a56-3a4e-4c1b-9a57-1f0c2b3d4e5f", kind="premises", title="Entrepôt l'hiver"))
    new = tmp_path / "nouvelle.partage"
    sheets.export_sheet(here, new, "fr", now=T0 + timedelta(days=30))

    preview = sheets.preview_sheet(there, new)
    assert preview.action == "replace" and preview.previous_issued_at == T0
    assert [t for _s, t in preview.added] == ["Entrepôt l'hiver"]
    assert [t for _s, t in preview.replaced] == ["Salle de réunion (20 places)"]
    assert sorted(t for _s, t in preview.withdrawn) == ["Bénévoles pour la guignolée", "Camion cube & diable"]
    assert preview.unchanged == 2
    text = "\n".join(preview.lines("fr", dry_run=True))
    assert "Elle remplace la fiche du 2 novembre 2026." in text and "− Besoin\u00a0: Bénévoles" in text
    assert len(board.list_board(there, "fr")) == 5  # the preview wrote nothing

    sheets.import_sheet(there, new, "fr")
    titles = sorted(e.title for e in board.list_board(there, "fr"))
    assert titles == sorted(["Tente 10 × 10 « pro »", "Salle de réunion (20 places)", "Réfrigérateur commercial",
                             "Entrepôt l'hiver"])
    assert next(e for e in board.list_board(there, "fr") if e.title.startswith("Salle")).description == \
        "Avec tableau blanc"
    assert len(board.list_sheets(there)) == 1
    con = sqlite3.connect(there.database)
    assert con.execute("SELECT COUNT(*) FROM board_photo").fetchone()[0] == 2  # the old items' photos went with them
    assert con.execute("SELECT COUNT(*) FROM board_item").fetchone()[0] == 4
    con.close()

    # the older sheet, received late, changes nothing
    con = sqlite3.connect(there.database)
    before = list(con.iterdump())
    con.close()
    late = sheets.import_sheet(there, old, "en")
    assert late.action == "older" and not late.applied
    assert "newer sheet from this organization" in "\n".join(late.lines("en", dry_run=False))
    con = sqlite3.connect(there.database)
    assert list(con.iterdump()) == before
    con.close()


def test_our_own_sheet_is_refused(data, tmp_path):
    fill_sender(data)
    path = tmp_path / "nous.partage"
    sheets.export_sheet(data, path, "fr")
    before = own_rows(data)
    with pytest.raises(UserInputError) as caught:
        sheets.import_sheet(data, path, "fr")
    assert "est la nôtre" in say_error(caught.value, "fr")
    assert "is our own" in say_error(caught.value, "en")
    assert own_rows(data) == before and board.list_sheets(data) == []


def test_a_sheet_without_our_profile_is_not_made(data, tmp_path):
    with pytest.raises(UserInputError) as caught:
        sheets.export_sheet(data, tmp_path / "x.partage", "fr")
    assert "profil de votre organisme" in say_error(caught.value, "fr")
    assert not (tmp_path / "x.partage").exists()


def test_unknown_codes_are_kept_as_text(two_folders, tmp_path):
    here, there = two_folders
    fill_sender(here, offers=1, needs=0)
    path = tmp_path / "fiche.partage"
    sheets.export_sheet(here, path, "fr", now=T0)
    members = members_of(path)
    doc = json.loads(members["sheet.json"])
    doc["offers"][0].update(kind="drone", pricing="barter", condition="like_new", category="aerial")
    members["sheet.json"] = json.dumps(doc).encode()
    changed = tmp_path / "codes.partage"
    write_exchange(changed, "offers-sheet", members)
    sheets.import_sheet(there, changed, "fr")
    entry = board.list_board(there, "fr")[0]
    assert (entry.kind, entry.kind_label, entry.pricing_label) == ("drone", "drone", "barter")
    assert entry.details["condition"] == "like_new"


def test_removing_a_partners_sheet(two_folders, tmp_path):
    here, there = two_folders
    fill_sender(here)
    path = tmp_path / "fiche.partage"
    sheets.export_sheet(here, path, "fr")
    plan = sheets.import_sheet(there, path, "fr")
    before = own_rows(there)
    assert board.remove_sheet(there, plan.sheet_id) == "Centre d'action bénévole Laval"
    assert board.list_board(there, "fr") == [] and own_rows(there) == before
    con = sqlite3.connect(there.database)
    assert con.execute("SELECT COUNT(*) FROM board_photo").fetchone()[0] == 0
    con.close()
    with pytest.raises(UserInputError):
        board.remove_sheet(there, plan.sheet_id)
