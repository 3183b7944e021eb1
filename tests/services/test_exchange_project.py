"""Project exchange files: a project travels with its agreements (every version), its shareable
journal entries and their attachments; private and trashed entries stay home; import previews,
keeps both on conflict, never overwrites, and refuses hostile archives whole."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from datetime import date

import pytest
from safetydata import add_agreement

from partage_desktop.cli.main import main
from partage_desktop.services.journal import entries as svc
from partage_desktop.services.journal.attachments import add_attachment, list_attachments


def rows(data, sql, *args):
    con = sqlite3.connect(data.database)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def a_project(data, tmp_path, name="Cuisine collective"):
    project = svc.save_project(data, svc.ProjectData(name=name, purpose="Partager la cuisine", stage="running"))
    shared = svc.save_entry(data, svc.EntryData(project_id=project.id, title="Réunion de démarrage",
                                                entry_date=date(2026, 3, 2), kind="meeting", body="Œuvre « commune »",
                                                tags=("gouvernance",), hours=((None, 90),), money_cents=125050,
                                                money_kind="saved", money_estimate="soumission"))
    svc.save_entry(data, svc.EntryData(project_id=project.id, title="Note interne sur le partenaire",
                                       entry_date=date(2026, 3, 3), body="Confidentiel", private=True))
    trashed = svc.save_entry(data, svc.EntryData(project_id=project.id, title="Brouillon jeté",
                                                 entry_date=date(2026, 3, 4)))
    svc.trash_entry(data, trashed.id)
    source = tmp_path / "Procès-verbal.pdf"
    source.write_bytes(b"%PDF-1.4 proces-verbal")
    add_attachment(data, shared.id, source)
    add_agreement(data, "ENT-2026-0001", versions=2)
    con = sqlite3.connect(data.database)
    with con:
        con.execute("UPDATE agreement SET project_id = ?", (project.id,))
    con.close()
    return project


def plain(text):
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def cli(data, *args, lang="fr"):
    return main(["--data-dir", str(data.root), "--lang", lang, *args])


def test_a_project_travels_without_its_private_and_trashed_entries(two_folders, tmp_path, capsys):
    here, there = two_folders
    project = a_project(here, tmp_path)
    out = tmp_path / "projet.partage"
    assert cli(here, "exchange", "export", "--project", str(project.id), "--out", str(out), "--json") == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["entries"], summary["private_left_out"], summary["attachments"], summary["agreements"]) == (1, 1, 1, 1)
    archive = zipfile.ZipFile(out)
    everything = b"".join(archive.read(n) for n in archive.namelist())
    assert b"Confidentiel" not in everything and "Brouillon jeté".encode() not in everything

    assert cli(there, "exchange", "import", str(out), "--dry-run") == 0
    said = plain(capsys.readouterr().out)
    assert "ajout du projet « Cuisine collective » avec 1 entrée de journal" in said and "ENT-2026-0001" in said
    assert rows(there, "SELECT COUNT(*) FROM project") == [(0,)]

    assert cli(there, "exchange", "import", str(out)) == 0
    assert "sauvegarde a été faite" in plain(capsys.readouterr().out)
    assert rows(there, "SELECT name, purpose, stage FROM project") == [("Cuisine collective", "Partager la cuisine", "running")]
    entry = rows(there, "SELECT id, title, body, hours_minutes, money_cents, money_kind, money_estimate, private "
                        "FROM journal_entry")
    assert [e[1:] for e in entry] == [("Réunion de démarrage", "Œuvre « commune »", 90, 125050, "saved", "soumission", 0)]
    assert rows(there, "SELECT tag FROM entry_tag") == [("gouvernance",)]
    attached = list_attachments(there, entry[0][0])
    assert [a.original_name for a in attached] == ["Procès-verbal.pdf"]
    assert (there.attachments / attached[0].stored_name).read_bytes() == b"%PDF-1.4 proces-verbal"
    assert rows(there, "SELECT a.reference, p.name FROM agreement a JOIN project p ON p.id = a.project_id") == [
        ("ENT-2026-0001", "Cuisine collective")]
    here_fp = rows(here, "SELECT number, fingerprint FROM agreement_version ORDER BY number")
    assert rows(there, "SELECT number, fingerprint FROM agreement_version ORDER BY number") == here_fp
    assert [h.title for h in svc.search(there, "oeuvre")] == ["Réunion de démarrage"]  # indexed for search

    # the same file again: nothing new, nothing doubled
    assert cli(there, "exchange", "import", str(out), "--json") == 0
    again = json.loads(capsys.readouterr().out)
    assert again["applied"] is False and again["project"]["action"] == "unchanged"
    assert again["project"]["id"] == rows(there, "SELECT id FROM project")[0][0]
    assert cli(there, "exchange", "import", str(out)) == 0
    assert "déjà à jour" in plain(capsys.readouterr().out)
    assert rows(there, "SELECT COUNT(*) FROM journal_entry") == [(1,)]


def test_new_entries_are_added_to_the_same_project_and_known_ones_skipped(two_folders, tmp_path, capsys):
    here, there = two_folders
    project = a_project(here, tmp_path)
    first = tmp_path / "un.partage"
    assert cli(here, "exchange", "export", "--project", str(project.id), "--out", str(first)) == 0
    assert cli(there, "exchange", "import", str(first)) == 0
    svc.save_entry(here, svc.EntryData(project_id=project.id, title="Jalon atteint", entry_date=date(2026, 4, 1),
                                       kind="milestone"))
    second = tmp_path / "deux.partage"
    assert cli(here, "exchange", "export", "--project", str(project.id), "--out", str(second)) == 0
    capsys.readouterr()
    assert cli(there, "exchange", "import", str(second), "--lang", "en") == 0
    said = plain(capsys.readouterr().out)
    assert "add 1 journal entry " in said and "1 entry already here" in said
    assert rows(there, "SELECT COUNT(*) FROM project") == [(1,)]
    assert sorted(r[0] for r in rows(there, "SELECT title FROM journal_entry")) == ["Jalon atteint", "Réunion de démarrage"]


def test_a_project_described_differently_here_is_kept_and_theirs_added_beside(two_folders, tmp_path, capsys):
    here, there = two_folders
    project = a_project(here, tmp_path)
    ours = svc.save_project(there, svc.ProjectData(name="Cuisine collective", purpose="Notre version"))
    svc.save_entry(there, svc.EntryData(project_id=ours.id, title="La nôtre", entry_date=date(2026, 1, 1)))
    out = tmp_path / "projet.partage"
    assert cli(here, "exchange", "export", "--project", str(project.id), "--out", str(out)) == 0
    assert cli(there, "exchange", "import", str(out)) == 0
    assert "CONFLIT" in plain(capsys.readouterr().out)
    assert rows(there, "SELECT name, purpose FROM project ORDER BY id") == [
        ("Cuisine collective", "Notre version"), ("Cuisine collective (copie reçue)", "Partager la cuisine")]
    assert rows(there, "SELECT p.name, e.title FROM journal_entry e JOIN project p ON p.id = e.project_id "
                       "ORDER BY e.id") == [("Cuisine collective", "La nôtre"),
                                            ("Cuisine collective (copie reçue)", "Réunion de démarrage")]


def test_export_says_what_is_wrong(two_folders, tmp_path, capsys):
    here, _ = two_folders
    svc.save_project(here, svc.ProjectData(name="Cuisine collective"))
    assert cli(here, "exchange", "export", "--project", "999", "--out", str(tmp_path / "x.partage")) == 2
    said = plain(capsys.readouterr().err)
    assert "Aucun projet avec le numéro 999" in said and "1 « Cuisine collective »" in said
    assert cli(here, "exchange", "export", "--out", str(tmp_path / "x.partage")) == 2
    assert "--agreement REF ou --project" in plain(capsys.readouterr().err)
    assert not (tmp_path / "x.partage").exists()


def rewrite(src, dst, change):
    """Copy an archive, letting ``change(members)`` edit the members, and re-sign the manifest."""
    with zipfile.ZipFile(src) as z:
        members = {n: z.read(n) for n in z.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    change(members)
    manifest["members"] = {n: {"sha256": hashlib.sha256(r).hexdigest(), "size": len(r)} for n, r in members.items()}
    with zipfile.ZipFile(dst, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        for n, r in members.items():
            z.writestr(n, r)


def _doc(change):
    def apply(members):
        doc = json.loads(members["project.json"])
        change(doc)
        members["project.json"] = json.dumps(doc).encode()
    return apply


HOSTILE = {
    "entry_kind": _doc(lambda d: d["entries"][0].update(kind="<script>")),
    "negative_money": _doc(lambda d: d["entries"][0].update(money_cents=-5)),
    "bad_date": _doc(lambda d: d["entries"][0].update(entry_date="2026-13-45")),
    "no_title": _doc(lambda d: d["entries"][0].update(title="  ")),
    "attachment_elsewhere": _doc(lambda d: d["entries"][0]["attachments"][0].update(member="../../etc/passwd")),
    "tags_not_list": _doc(lambda d: d["entries"][0].update(tags="a,b")),
    "project_stage": _doc(lambda d: d.update(stage="rm -rf")),
    "project_name_long": _doc(lambda d: d.update(name="x" * 500)),
    "agreement_missing": _doc(lambda d: d["agreements"].append("agreements/9/agreement.json")),
    "bad_json": lambda m: m.update({"project.json": b"{not json"}),
    "answers_invalid": lambda m: m.update({"agreements/0/agreement.json": json.dumps(dict(
        json.loads(m["agreements/0/agreement.json"]), answers={"template": "pret-materiel", "parties": "x"},
        status="signed")).encode()}),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_project_archives_are_refused_whole(two_folders, tmp_path, capsys, case):
    here, there = two_folders
    project = a_project(here, tmp_path)
    good = tmp_path / "bon.partage"
    assert cli(here, "exchange", "export", "--project", str(project.id), "--out", str(good)) == 0
    bad = tmp_path / "mauvais.partage"
    rewrite(good, bad, HOSTILE[case])
    before = rows(there, "SELECT COUNT(*) FROM project")
    capsys.readouterr()
    assert cli(there, "exchange", "import", str(bad)) in (2, 3)
    assert "rien n'a été importé" in plain(capsys.readouterr().err).lower()
    assert rows(there, "SELECT COUNT(*) FROM project") == before == [(0,)]
    assert rows(there, "SELECT COUNT(*) FROM agreement") == [(0,)]
    assert not there.attachments.exists() or not any(there.attachments.iterdir())


def test_a_changed_member_without_a_new_checksum_is_refused(two_folders, tmp_path, capsys):
    here, there = two_folders
    project = a_project(here, tmp_path)
    good = tmp_path / "bon.partage"
    assert cli(here, "exchange", "export", "--project", str(project.id), "--out", str(good)) == 0
    bad = tmp_path / "mauvais.partage"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for name in src.namelist():
            raw = src.read(name)
            dst.writestr(name, raw.replace(b"proces-verbal", b"PROCES-VERBAL") if name.startswith("attachments/") else raw)
    assert cli(there, "exchange", "import", str(bad)) == 3
    assert "contrôle d'intégrité" in plain(capsys.readouterr().err)
    assert rows(there, "SELECT COUNT(*) FROM project") == [(0,)]


def _zip_with(path, members, kind="project", extra=None):
    listed = {n: {"sha256": hashlib.sha256(r).hexdigest(), "size": len(r)} for n, r in members.items()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps({"format": "partage-exchange", "format_version": 1, "kind": kind,
                                                "members": listed}))
        for n, r in members.items():
            z.writestr(n, r)
        if extra:
            extra(z)


def _link(z):
    info = zipfile.ZipInfo("attachments/0/lien")
    info.external_attr = (0o120777 << 16)
    z.writestr(info, "/etc/passwd")


ARCHIVES = {
    "parent_path": (lambda z: z.writestr("../../evil.txt", b"x"), "chemin dangereux"),
    "absolute_path": (lambda z: z.writestr("/tmp/evil.txt", b"x"), "chemin dangereux"),
    "link": (_link, "lien"),
    "bomb": (lambda z: z.writestr("attachments/0/bombe", b"\0" * (20 * 1024 * 1024)), "démesurée"),
}


@pytest.mark.parametrize("case", sorted(ARCHIVES))
def test_hostile_project_zip_members_are_refused_whole(two_folders, tmp_path, capsys, case):
    _, there = two_folders
    doc = {"name": "P", "purpose": "", "resource_kind": "", "continuum_position": "", "stage": "running",
           "start_date": None, "entries": [], "agreements": []}
    path = tmp_path / "h.partage"
    extra, said = ARCHIVES[case]
    _zip_with(path, {"project.json": json.dumps(doc).encode()}, extra=extra)
    assert cli(there, "exchange", "import", str(path)) == 3
    assert said in plain(capsys.readouterr().err)
    assert rows(there, "SELECT COUNT(*) FROM project") == [(0,)]
    assert not (tmp_path / "evil.txt").exists()


def test_a_newer_format_version_is_refused(two_folders, tmp_path, capsys):
    _, there = two_folders
    path = tmp_path / "futur.partage"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("manifest.json", json.dumps({"format": "partage-exchange", "format_version": 9, "kind": "project",
                                                "members": {}}))
    assert cli(there, "exchange", "import", str(path)) == 3
    assert "version plus récente" in plain(capsys.readouterr().err)
