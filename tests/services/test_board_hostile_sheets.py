"""Hostile or damaged offers sheets: each refused whole, with its reason in French and in English,
and the receiving database left exactly as it was (a partner's earlier sheet on the board included)."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zipfile
from datetime import datetime, timedelta

import pytest
from board_support import fill_sender, jpeg
from hostile_exchange import members_of, write_exchange

from partage_desktop.platform.errors import DataUnusableError, UserInputError
from partage_desktop.services.resources import sheets
from partage_desktop.words import say_error


@pytest.fixture
def setting(two_folders, tmp_path):
    """The partner's valid sheet (members to spoil) and our folder with another partner's sheet
    already on the board."""
    here, there = two_folders
    fill_sender(here, offers=2, needs=1)
    valid = tmp_path / "valide.partage"
    sheets.export_sheet(here, valid, "fr")
    from safetydata import prepared

    third = prepared(tmp_path / "tiers")
    fill_sender(third, name="Coop du quartier", offers=1, needs=1)
    earlier = tmp_path / "tiers.partage"
    sheets.export_sheet(third, earlier, "fr")
    sheets.import_sheet(there, earlier, "fr")
    return there, members_of(valid), tmp_path


def dump(data) -> list[str]:
    con = sqlite3.connect(data.database)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def refused(data, path, fr: str, en: str) -> None:
    """Both the preview and the import refuse ``path``, saying ``fr`` / ``en``; nothing written."""
    before = dump(data)
    for attempt in (lambda: sheets.preview_sheet(data, path), lambda: sheets.import_sheet(data, path, "fr")):
        with pytest.raises((UserInputError, DataUnusableError)) as caught:
            attempt()
        assert fr in say_error(caught.value, "fr"), say_error(caught.value, "fr")
        assert en in say_error(caught.value, "en"), say_error(caught.value, "en")
    assert dump(data) == before


def doc_of(members):
    return json.loads(members["sheet.json"])


def with_doc(members, doc):
    return {**members, "sheet.json": json.dumps(doc).encode()}


def test_a_path_leaving_the_archive(setting):
    there, members, tmp = setting
    path = tmp / "h.partage"
    write_exchange(path, "offers-sheet", {**members, "../../evil.jpg": jpeg()})
    refused(there, path, "chemin dangereux", "dangerous path")


def test_a_zip_bomb(setting):
    there, members, tmp = setting
    path = tmp / "h.partage"
    bomb = {**members, "photos/bombe.jpg": b"\0" * (60 * 1024 * 1024)}  # 60 MB of zeros, about 60 kB compressed
    listed = {n: {"sha256": hashlib.sha256(r).hexdigest(), "size": len(r)} for n, r in bomb.items()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps({"format": "partage-exchange", "format_version": 1,
                                                      "kind": "offers-sheet", "members": listed}))
        for name, raw in bomb.items():
            archive.writestr(name, raw)
    assert path.stat().st_size < 1024 * 1024
    refused(there, path, "taille démesurée", "absurdly large")


def test_bad_checksums(setting):
    there, members, tmp = setting
    path = tmp / "h.partage"
    write_exchange(path, "offers-sheet", members)
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        kept = {n: archive.read(n) for n in archive.namelist() if n != "manifest.json"}
    manifest["members"]["sheet.json"]["sha256"] = hashlib.sha256(b"autre chose").hexdigest()
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        for name, raw in kept.items():
            archive.writestr(name, raw)
    refused(there, path, "contrôle d'intégrité échoué", "integrity check failed")


def test_a_jpeg_that_is_really_html(setting):
    there, members, tmp = setting
    photo = next(n for n in members if n.startswith("photos/"))
    path = tmp / "h.partage"
    write_exchange(path, "offers-sheet", {**members, photo: b"<html><script>alert(1)</script></html>"})
    refused(there, path, "n'est pas une photo lisible", "not a readable photo")


def test_a_30_mb_photo(setting):
    there, members, tmp = setting
    photo = next(n for n in members if n.startswith("photos/"))
    path = tmp / "h.partage"
    write_exchange(path, "offers-sheet", {**members, photo: b"\xff\xd8\xff\xe0" + os.urandom(30 * 1024 * 1024)})
    refused(there, path, "trop volumineuse", "too large")


def test_too_many_photos_on_one_offer(setting):
    there, members, tmp = setting
    doc = doc_of(members)
    extra = {f"photos/x/{n}.jpg": jpeg(40, 30) for n in range(7)}
    doc["offers"][0]["photos"] = list(extra)
    path = tmp / "h.partage"
    write_exchange(path, "offers-sheet", {**with_doc(members, doc), **extra})
    refused(there, path, "trop de photos (au plus 6)", "too many photos (at most 6)")


def test_ten_thousand_items(setting):
    there, members, tmp = setting
    doc = doc_of(members)
    one = doc["offers"][0]
    doc["offers"] = [{**one, "uid": f"00000000-0000-4000-8000-{n:012d}", "photos": []} for n in range(10_000)]
    doc["needs"] = []
    members = {k: v for k, v in with_doc(members, doc).items() if not k.startswith("photos/")}
    path = tmp / "h.partage"
    write_exchange(path, "offers-sheet", members)
    refused(there, path, "10000 offres et besoins, au plus 5000", "10000 offers and needs, at most 5000")


def test_a_sheet_claiming_our_own_uid(setting):
    there, members, tmp = setting
    from partage_desktop.services.data.session import session_scope
    from partage_desktop.store.models import Organization

    fill_sender(there, name="Nous")  # our own profile
    sheets.export_sheet(there, tmp / "nous.partage", "fr")  # gives it its uid
    with session_scope(there) as session:
        ours = session.query(Organization).filter(Organization.is_own.is_(True)).one().uid
    doc = doc_of(members)
    doc["sender"]["uid"] = ours
    path = tmp / "h.partage"
    write_exchange(path, "offers-sheet", with_doc(members, doc))
    refused(there, path, "est la nôtre", "is our own")


@pytest.mark.parametrize(("where", "value", "fr", "en"), [
    (("offers", 0, "quantity"), "deux", "offers[0].quantity\u00a0: nombre entier invalide",
     "offers[0].quantity: invalid whole number"),
    (("offers", 0, "title"), 42, "offers[0].title\u00a0: du texte est attendu", "offers[0].title: text expected"),
    (("offers", 0, "title"), "x" * 201, "texte trop long (au plus 200 caractères)", "text too long (at most 200"),
    (("offers", 0, "insurance_required"), "oui", "oui ou non attendu", "yes or no expected"),
    (("offers", 0, "photos"), "photos/a.jpg", "liste attendue", "list expected"),
    (("offers", 0), "une offre", "objet attendu", "object expected"),
    (("offers",), {"a": 1}, "liste attendue", "list expected"),
    (("needs", 0, "wanted_from"), "2026-02-30", "needs[0].wanted_from\u00a0: date invalide",
     "needs[0].wanted_from: invalid date"),
    (("needs", 0, "expires_on"), "99999-01-01", "date invalide", "invalid date"),
    (("issued_at",), "demain", "issued_at\u00a0: date invalide", "issued_at: invalid date"),
    (("issued_at",), (datetime.now() + timedelta(days=30)).isoformat(), "date dans l'avenir", "date in the future"),
    (("sender", "uid"), "../../etc", "identifiant invalide", "invalid identifier"),
    (("sender", "neq"), "12", "NEQ invalide", "invalid NEQ"),
    (("sender",), None, "objet attendu", "object expected"),
    (("offers", 0, "kind"), "<script>", "code invalide", "invalid code"),
    (("offers", 0, "description"), "a\x00b", "caractère de contrôle", "control character"),
])
def test_wrong_values(setting, where, value, fr, en):
    there, members, tmp = setting
    doc = doc_of(members)
    node = doc
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    path = tmp / "h.partage"
    write_exchange(path, "offers-sheet", with_doc(members, doc))
    refused(there, path, fr, en)


def test_the_same_item_twice(setting):
    there, members, tmp = setting
    doc = doc_of(members)
    doc["offers"].append({**doc["offers"][1]})
    path = tmp / "h.partage"
    write_exchange(path, "offers-sheet", with_doc(members, doc))
    refused(there, path, "identifiant présent deux fois", "identifier present twice")


def test_a_future_format_version(setting):
    there, members, tmp = setting
    path = tmp / "h.partage"
    listed = {n: {"sha256": hashlib.sha256(r).hexdigest(), "size": len(r)} for n, r in members.items()}
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "partage-exchange", "format_version": 2,
                                                      "kind": "offers-sheet", "members": listed}))
        for name, raw in members.items():
            archive.writestr(name, raw)
    refused(there, path, "version plus récente de Partage", "newer version of Partage")
    doc = doc_of(members)
    doc["sheet_version"] = 7
    write_exchange(path, "offers-sheet", with_doc(members, doc))
    refused(there, path, "version plus récente de Partage (format 7)", "newer version of Partage (format 7)")


def test_another_kind_of_exchange_file_or_not_a_zip(setting):
    there, members, tmp = setting
    path = tmp / "h.partage"
    write_exchange(path, "project", members)
    refused(there, path, "n'est pas un fichier d'échange", "is not a Partage exchange file")
    path.write_bytes(b"<html>hello</html>")
    refused(there, path, "n'est pas un fichier d'échange", "is not a Partage exchange file")
