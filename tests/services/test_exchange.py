"""Exchange files: an agreement travels from one data folder to another with its versions and
fingerprints intact; updates, conflicts (keep both), and every hostile archive refused whole."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile

import pytest
from safetydata import add_agreement

from partage_desktop.cli.main import main
from partage_desktop.services.data.session import close_all


def rows(data, sql, *args):
    con = sqlite3.connect(data.database)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def export(data, ref, out, *extra):
    return main(["--data-dir", str(data.root), "exchange", "export", "--agreement", ref, "--out", str(out), *extra])


def do_import(data, path, *extra, lang="fr"):
    return main(["--data-dir", str(data.root), "--lang", lang, "exchange", "import", str(path), *extra])


def test_an_agreement_travels_with_its_versions_and_fingerprints(two_folders, tmp_path, capsys):
    here, there = two_folders
    fingerprints = add_agreement(here, "ENT-2026-0001", versions=2)
    out = tmp_path / "entente.partage"
    assert export(here, "ENT-2026-0001", out, "--json") == 0
    assert json.loads(capsys.readouterr().out)["fingerprints"] == fingerprints
    names = zipfile.ZipFile(out).namelist()
    assert {"manifest.json", "agreement.json", "versions/1.pdf", "versions/2.pdf"} <= set(names)

    assert do_import(there, out, "--dry-run") == 0
    said = capsys.readouterr().out
    assert "Aperçu" in said and "ajout de l'entente ENT-2026-0001" in said
    assert rows(there, "SELECT COUNT(*) FROM agreement") == [(0,)]  # dry run writes nothing

    assert do_import(there, out) == 0
    said = capsys.readouterr().out
    assert "Importation" in said and "sauvegarde a été faite avant" in said
    sent = rows(here, "SELECT number, fingerprint, sha256, pdf FROM agreement_version ORDER BY number")
    assert rows(there, "SELECT number, fingerprint, sha256, pdf FROM agreement_version ORDER BY number") == sent
    assert [r[1] for r in sent] == fingerprints and all(r[3].startswith(b"%PDF") for r in sent)
    assert rows(there, "SELECT name FROM agreement_party ORDER BY position") == rows(
        here, "SELECT name FROM agreement_party ORDER BY position")
    # importing the same file again changes nothing
    assert do_import(there, out) == 0
    assert "déjà à jour" in capsys.readouterr().out
    assert rows(there, "SELECT COUNT(*) FROM agreement") == [(1,)]


def test_a_newer_version_from_the_partner_updates_ours(two_folders, tmp_path, capsys):
    here, there = two_folders
    add_agreement(here, versions=1, status="ready")  # (a signed one is never changed from outside)
    first = tmp_path / "v1.partage"
    assert export(here, "ENT-2026-0001", first) == 0
    assert do_import(there, first) == 0
    # the partner freezes a version 2 and sends it back
    close_all()
    con = sqlite3.connect(there.database)
    con.execute("PRAGMA foreign_keys = ON")
    with con:
        con.execute("DELETE FROM agreement WHERE reference = 'ENT-2026-0001'")
    con.close()
    add_agreement(there, versions=2, status="ready")
    back = tmp_path / "v2.partage"
    assert export(there, "ENT-2026-0001", back) == 0
    capsys.readouterr()
    assert do_import(here, back) == 0
    assert "mise à jour de l'entente ENT-2026-0001" in capsys.readouterr().out
    assert rows(here, "SELECT COUNT(*) FROM agreement_version") == [(2,)]
    assert rows(here, "SELECT COUNT(*) FROM agreement") == [(1,)]


def test_changed_on_both_sides_keeps_both_never_overwrites(two_folders, tmp_path, capsys):
    here, there = two_folders
    ours = add_agreement(here, versions=2, purpose_suffix=" — chez nous", status="ready")
    theirs = add_agreement(there, versions=2, purpose_suffix=" — chez eux", status="ready")
    out = tmp_path / "theirs.partage"
    assert export(there, "ENT-2026-0001", out) == 0
    capsys.readouterr()
    assert do_import(here, out, "--dry-run", lang="en") == 0
    assert "CONFLICT" in capsys.readouterr().out
    assert do_import(here, out) == 0
    assert "ENT-2026-0001-R1" in capsys.readouterr().out
    kept = dict(rows(here, "SELECT reference, title FROM agreement"))
    assert kept == {"ENT-2026-0001": "Prêt de la fourgonnette",
                    "ENT-2026-0001-R1": "Prêt de la fourgonnette (copie reçue)"}
    assert [r[0] for r in rows(here, "SELECT fingerprint FROM agreement_version v JOIN agreement a "
                                     "ON a.id = v.agreement_id WHERE a.reference = 'ENT-2026-0001' ORDER BY number")] == ours
    assert [r[0] for r in rows(here, "SELECT fingerprint FROM agreement_version v JOIN agreement a "
                                     "ON a.id = v.agreement_id WHERE a.reference = 'ENT-2026-0001-R1' ORDER BY number")] == theirs


def test_unknown_reference_is_a_usage_error(two_folders, tmp_path, capsys):
    here, _ = two_folders
    assert export(here, "ENT-NOPE", tmp_path / "x.partage") == 2
    assert "Aucune entente avec la référence" in capsys.readouterr().err
    assert not (tmp_path / "x.partage").exists()


# ---------------------------------------------------------------- hostile archives


def build(path, members, manifest=None, fix_checksums=True, **manifest_changes):
    listed = {name: {"sha256": hashlib.sha256(raw).hexdigest(), "size": len(raw)}
              for name, raw in members.items() if isinstance(raw, bytes)}
    doc = manifest if manifest is not None else {"format": "partage-exchange", "format_version": 1,
                                                 "kind": "agreement", "members": listed}
    doc.update(manifest_changes)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(doc))
        for name, raw in members.items():
            if isinstance(raw, zipfile.ZipInfo):
                archive.writestr(raw, b"target")
            else:
                archive.writestr(name, raw)
    return path


@pytest.fixture
def good_members(two_folders, tmp_path):
    here, _ = two_folders
    add_agreement(here, versions=1)
    out = tmp_path / "good.partage"
    assert export(here, "ENT-2026-0001", out) == 0
    with zipfile.ZipFile(out) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n != "manifest.json"}


def _symlink(name):
    info = zipfile.ZipInfo(name)
    info.external_attr = (0o120777 << 16)
    return info


@pytest.mark.parametrize("case,expected", [
    ("dotdot", "chemin dangereux"), ("absolute", "chemin dangereux"), ("drive", "chemin dangereux"),
    ("backslash", "chemin dangereux"), ("symlink", "un lien"), ("bad_json", "document illisible"),
    ("bad_checksum", "contrôle d'intégrité"), ("unlisted", "contrôle d'intégrité"), ("missing", "incomplet"),
    ("future", "version plus récente"), ("unknown_version", "format inconnu"), ("not_zip", "n'est pas un fichier"),
    ("bomb", "taille démesurée"), ("lying_size", "contrôle d'intégrité"), ("nan", "document illisible"),
])
def test_hostile_archives_are_refused_whole(two_folders, tmp_path, capsys, good_members, case, expected):
    _, there = two_folders
    members = dict(good_members)
    path = tmp_path / f"{case}.partage"
    if case == "dotdot":
        build(path, {**members, "../../evil.txt": b"x"})
    elif case == "absolute":
        build(path, {**members, "/etc/evil": b"x"})
    elif case == "drive":
        build(path, {**members, "C:/Windows/evil.dll": b"x"})
    elif case == "backslash":
        build(path, {**members, "versions\\..\\..\\evil": b"x"})
    elif case == "symlink":
        build(path, {**members, "versions/link": _symlink("versions/link")})
    elif case == "bad_json":
        build(path, {**members, "agreement.json": b"{not json"})
    elif case == "nan":
        build(path, {**members, "agreement.json": b'{"reference": NaN}'})
    elif case == "bad_checksum":
        listed = {n: {"sha256": hashlib.sha256(r).hexdigest(), "size": len(r)} for n, r in members.items()}
        listed["agreement.json"]["sha256"] = "0" * 64
        build(path, members, {"format": "partage-exchange", "format_version": 1, "kind": "agreement",
                              "members": listed})
    elif case == "unlisted":
        listed = {n: {"sha256": hashlib.sha256(r).hexdigest(), "size": len(r)} for n, r in members.items()}
        build(path, {**members, "extra.bin": b"surprise"}, {"format": "partage-exchange", "format_version": 1,
                                                            "kind": "agreement", "members": listed})
    elif case == "missing":
        listed = {n: {"sha256": hashlib.sha256(r).hexdigest(), "size": len(r)} for n, r in members.items()}
        members.pop("versions/1.pdf")
        build(path, members, {"format": "partage-exchange", "format_version": 1, "kind": "agreement",
                              "members": listed})
    elif case == "future":
        build(path, members, format_version=7)
    elif case == "unknown_version":
        build(path, members, format_version="1.0")
    elif case == "not_zip":
        path.write_bytes(b"GIF89a not an archive")
    elif case == "bomb":
        build(path, {**members, "versions/big.pdf": b"\0" * (20 * 1024 * 1024)})  # ratio ~1000:1
    elif case == "lying_size":
        listed = {n: {"sha256": hashlib.sha256(r).hexdigest(), "size": len(r)} for n, r in members.items()}
        listed["versions/1.pdf"]["size"] = 3
        build(path, members, {"format": "partage-exchange", "format_version": 1, "kind": "agreement",
                              "members": listed})
    code = do_import(there, path)
    err = capsys.readouterr().err
    assert code == 3, err
    assert expected in err and "Rien n'a été importé" in err
    assert rows(there, "SELECT COUNT(*) FROM agreement") == [(0,)]
    assert not (there.root / "sauvegardes").exists() or not any(
        "avant-import" in p.name for p in (there.root / "sauvegardes").iterdir())
    assert not (tmp_path.parent / "evil.txt").exists()


def test_answers_failing_validation_are_refused_with_every_problem(two_folders, tmp_path, capsys, good_members):
    _, there = two_folders
    doc = json.loads(good_members["agreement.json"])
    doc["versions"][0]["answers"]["fields"]["end_date"] = "2020-01-01"  # before the start date
    doc["versions"][0]["answers"]["parties"][0]["email"] = "pas-un-courriel"
    path = build(tmp_path / "invalid.partage", {**good_members, "agreement.json": json.dumps(doc).encode()})
    assert do_import(there, path) == 2
    err = capsys.readouterr().err
    assert "rien n'a été importé" in err and "Version 1" in err
    assert err.count("  - ") >= 2
    assert rows(there, "SELECT COUNT(*) FROM agreement") == [(0,)]


def test_a_version_whose_content_was_edited_no_longer_matches_its_fingerprint(two_folders, tmp_path, capsys,
                                                                            good_members):
    _, there = two_folders
    doc = json.loads(good_members["agreement.json"])
    doc["versions"][0]["answers"]["fields"]["recall_days"] = 2  # valid, but not what was signed
    path = build(tmp_path / "edited.partage", {**good_members, "agreement.json": json.dumps(doc).encode()})
    assert do_import(there, path) == 2
    assert "ne correspond pas au contenu" in capsys.readouterr().err
    assert rows(there, "SELECT COUNT(*) FROM agreement") == [(0,)]
