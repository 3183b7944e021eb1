"""Archives that expand far past their size: refused from the zip's directory, before anything is
read or written; enforced again while reading, in case the headers lie.

A 4 KB project file wrote 120 MiB (one attachment referenced by 120 entries); a 650 KB file made the
app hold 565 MB (members of 1 MiB or less skipped the ratio check). Exchange files and backups.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
from datetime import date

import pytest
from safetydata import counts, prepared

from partage_desktop.cli.main import main
from partage_desktop.services.data.session import close_all
from partage_desktop.services.exchange.project import export_project
from partage_desktop.services.journal import entries as svc
from partage_desktop.services.journal.attachments import add_attachment
from partage_desktop.store.exchange import ExchangeRefused, read_archive
from partage_desktop.store.safety import zip_limits

MIB = 1024 * 1024


def _exchange(path, members: dict[str, bytes], kind: str = "project", manifest_extra: dict | None = None) -> None:
    listed = {n: {"sha256": hashlib.sha256(r).hexdigest(), "size": len(r)} for n, r in members.items()}
    manifest = {"format": "partage-exchange", "format_version": 1, "kind": kind, "members": listed,
                **(manifest_extra or {})}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        for name, raw in members.items():
            archive.writestr(name, raw)


@pytest.fixture
def project_file(tmp_path):
    sender = prepared(tmp_path / "envoi")
    project = svc.save_project(sender, svc.ProjectData(name="Cuisine collective", stage="running"))
    source = tmp_path / "pv.bin"
    source.write_bytes(b"\0" * MIB)
    for n in range(3):
        entry = svc.save_entry(sender, svc.EntryData(project_id=project.id, title=f"Réunion {n}", kind="meeting",
                                                     entry_date=date(2026, 3, 2 + n)))
        if n == 0:
            add_attachment(sender, entry.id, source)
    out = tmp_path / "p.partage"
    export_project(sender, project.id, out, "fr")
    close_all()
    with zipfile.ZipFile(out) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n != "manifest.json"}


def test_one_attachment_referenced_by_many_entries_is_refused_and_nothing_is_written(tmp_path, project_file, capsys):
    doc = json.loads(project_file["project.json"])
    attachment = doc["entries"][0]["attachments"][0]
    template = doc["entries"][1]
    doc["entries"] = [doc["entries"][0]] + [
        {**template, "title": f"Copie {n}", "attachments": [dict(attachment)]} for n in range(120)]
    hostile = tmp_path / "petit.partage"
    _exchange(hostile, {**project_file, "project.json": json.dumps(doc).encode()})
    assert hostile.stat().st_size < 64 * 1024
    receiver = tmp_path / "reception"
    code = main(["--data-dir", str(receiver), "exchange", "import", str(hostile)])
    err = capsys.readouterr().err
    assert code == 2 and "attachments" in err
    assert not any((receiver / "pieces-jointes").rglob("*.*")) if (receiver / "pieces-jointes").exists() else True
    assert counts(prepared(receiver))["entries"] == 0


def test_many_small_members_that_expand_a_thousandfold_are_refused_before_any_is_read(tmp_path, monkeypatch,
                                                                                       capsys):
    members = {f"attachments/{n}/{n}-zero.bin": b"\0" * MIB for n in range(48)}
    hostile = tmp_path / "bombe.partage"
    _exchange(hostile, {"project.json": b"{}", **members})
    assert hostile.stat().st_size < 200 * 1024  # 48 MiB inside
    opened: list[str] = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(zipfile.ZipFile, "open",
                        lambda self, name, *a, **k: opened.append(getattr(name, "filename", name))
                        or real_open(self, name, *a, **k))
    with pytest.raises(ExchangeRefused) as refused:
        read_archive(hostile)
    assert refused.value.reason == "too_big" and refused.value.detail.code in ("detail_ratio", "detail_total_ratio")
    assert opened == []  # decided from the directory alone
    code = main(["--data-dir", str(tmp_path / "reception"), "exchange", "import", str(hostile)])
    assert code == 3 and "taux de compression" in capsys.readouterr().err


def test_a_member_that_grows_past_its_declared_size_stops_the_reading(tmp_path):
    path = tmp_path / "ment.partage"
    _exchange(path, {"project.json": b"{}", "attachments/1/a.bin": b"x" * 300_000})
    _lie_about_sizes(path, "attachments/1/a.bin", 1000)
    with zipfile.ZipFile(path) as archive:
        with pytest.raises((zip_limits.ZipTooBig, zipfile.BadZipFile)):
            zip_limits.read_member(archive, archive.getinfo("attachments/1/a.bin"), 10 * MIB)
        with pytest.raises(zip_limits.ZipTooBig):  # past what is left of the archive's budget
            zip_limits.read_member(archive, archive.getinfo("project.json"), 1)
    with pytest.raises(ExchangeRefused):
        read_archive(path)


def _lie_about_sizes(path, name: str, size: int) -> None:
    """Rewrite the declared uncompressed size of ``name`` in the local header and the directory."""
    raw = bytearray(path.read_bytes())
    encoded = name.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := raw.find(signature, start)) != -1:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if raw[name_at:name_at + len(encoded)] == encoded:
                raw[start + offset:start + offset + 4] = struct.pack("<I", size)
            start += 4
    path.write_bytes(bytes(raw))


@pytest.fixture
def backup_file(tmp_path, capsys):
    data = prepared(tmp_path / "source")
    close_all()
    out = tmp_path / "sauvegarde.zip"
    assert main(["--data-dir", str(data.root), "backup", "create", "--out", str(out)]) == 0
    capsys.readouterr()
    return out


def _restore_refused(tmp_path, backup, capsys) -> str:
    target = prepared(tmp_path / "cible")
    keep = target.attachments / "garde.txt"
    keep.parent.mkdir(parents=True, exist_ok=True)
    keep.write_text("à garder", "utf-8")
    close_all()
    code = main(["--data-dir", str(target.root), "backup", "restore", str(backup)])
    err = capsys.readouterr().err
    assert code == 3, err
    assert sorted(p.name for p in target.attachments.rglob("*")) == ["garde.txt"]  # nothing written
    return err


def test_a_backup_that_expands_a_thousandfold_is_refused_before_anything_is_extracted(tmp_path, backup_file,
                                                                                      capsys):
    with zipfile.ZipFile(backup_file, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for n in range(100):
            archive.writestr(f"pieces-jointes/{n}/zero.bin", b"\0" * MIB)
    assert backup_file.stat().st_size < 400 * 1024  # 100 MiB inside
    err = _restore_refused(tmp_path, backup_file, capsys)
    assert "taux de compression" in err


def test_a_backup_whose_headers_lie_is_refused_and_nothing_is_written(tmp_path, backup_file, capsys):
    with zipfile.ZipFile(backup_file, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("pieces-jointes/1/gros.bin", b"y" * 300_000)
    _lie_about_sizes(backup_file, "pieces-jointes/1/gros.bin", 10)
    _restore_refused(tmp_path, backup_file, capsys)


def test_a_backup_with_a_name_twice_is_refused(tmp_path, backup_file, capsys):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name: the point here
        with zipfile.ZipFile(backup_file, "a") as archive:
            archive.writestr("pieces-jointes/1/a.txt", b"un")
            archive.writestr("pieces-jointes/1/a.txt", b"deux")
    assert "double" in _restore_refused(tmp_path, backup_file, capsys)


def test_a_backup_that_does_not_fit_on_the_disk_is_refused_before_anything_is_extracted(tmp_path, backup_file,
                                                                                       capsys, monkeypatch):
    import shutil
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(10**9, 10**9 - 1000, 1000))
    err = _restore_refused(tmp_path, backup_file, capsys)
    assert "disque" in err or "espace" in err
