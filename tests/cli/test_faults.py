"""The computer's faults — full disk, read-only folder, file locked by another program, permission
denied — each give their message and exit code 3, with nothing lost and nothing half-written."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import PurePosixPath, PureWindowsPath

import pytest
from safetydata import add_rows, prepared

from partage_desktop.cli.main import main
from partage_desktop.core.places import cloud_service
from partage_desktop.platform.envproblems import kind_of
from partage_desktop.store.safety import backup as store


def _raise(err: int, text: str):
    def fail(*_a, **_k):
        raise OSError(err, text)

    return fail


@pytest.mark.parametrize("err,kind", [(errno.ENOSPC, "disk_full"), (errno.EROFS, "read_only"),
                                      (errno.EACCES, "permission"), (errno.EPERM, "permission"),
                                      (errno.EBUSY, "locked"), (errno.ENOENT, None)])
def test_os_errors_are_sorted(err, kind):
    assert kind_of(OSError(err, "x")) == kind


def test_sqlite_errors_are_sorted_even_when_wrapped():
    from sqlalchemy.exc import OperationalError

    assert kind_of(sqlite3.OperationalError("database or disk is full")) == "disk_full"
    assert kind_of(sqlite3.OperationalError("attempt to write a readonly database")) == "read_only"
    wrapped = OperationalError("INSERT …", {}, sqlite3.OperationalError("database is locked"))
    assert kind_of(wrapped) == "locked"
    assert kind_of(RuntimeError("boom")) is None
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as exc:
            raise RuntimeError("while saving") from exc
    except RuntimeError as outer:
        assert kind_of(outer) == "disk_full"


@pytest.mark.parametrize("lang,expected", [("fr", "Le disque est plein"), ("en", "The disk is full")])
def test_full_disk_during_backup(data_dir, tmp_path, capsys, monkeypatch, lang, expected):
    data = prepared(data_dir)
    add_rows(data, agreements=2)
    before = data.database.read_bytes()
    monkeypatch.setattr(store.zipfile.ZipFile, "write", _raise(errno.ENOSPC, "No space left on device"))
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    assert main(["--data-dir", str(data_dir), "--lang", lang, "backup", "create", "--out",
                 str(out_dir / "s.zip")]) == 3
    assert expected in capsys.readouterr().err
    assert list(out_dir.iterdir()) == []  # no partial file, no temporary left behind
    assert data.database.read_bytes() == before


def test_read_only_backup_folder(data_dir, tmp_path, capsys, monkeypatch):
    prepared(data_dir)
    monkeypatch.setattr(store.tempfile, "mkstemp", _raise(errno.EROFS, "Read-only file system"))
    assert main(["--data-dir", str(data_dir), "backup", "create", "--out", str(tmp_path / "s.zip")]) == 3
    assert "lecture seule" in capsys.readouterr().err
    assert not (tmp_path / "s.zip").exists()


def test_output_file_locked_by_another_program_keeps_the_previous_file(data_dir, tmp_path, capsys, monkeypatch):
    prepared(data_dir)
    out = tmp_path / "s.zip"
    out.write_bytes(b"previous backup")
    monkeypatch.setattr(store.os, "replace", _raise(errno.EBUSY, "Device or resource busy"))
    assert main(["--data-dir", str(data_dir), "--lang", "en", "backup", "create", "--out", str(out),
                 "--force"]) == 3
    assert "in use by another program" in capsys.readouterr().err
    assert out.read_bytes() == b"previous backup"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["donnees", "s.zip"]  # no temporary left


def test_permission_denied_on_the_database(data_dir, capsys, monkeypatch):
    prepared(data_dir)
    import partage_desktop.store.schema.migrate as migrate
    from partage_desktop.services.data.database import forget_prepared

    forget_prepared()  # the rights changed, not the file: this process would trust its last check
    monkeypatch.setattr(migrate, "read_sqlite_revision", _raise(errno.EACCES, "Permission denied"))
    assert main(["--data-dir", str(data_dir), "agreement", "list"]) == 3
    assert "Accès refusé" in capsys.readouterr().err


def test_read_only_data_folder_is_refused_before_anything(data_dir, capsys, monkeypatch):
    import partage_desktop.platform.datadir as datadir_module

    monkeypatch.setattr(datadir_module.tempfile, "NamedTemporaryFile", _raise(errno.EROFS, "Read-only file system"))
    assert main(["--data-dir", str(data_dir), "backup", "create"]) == 3
    assert "Impossible d'écrire dans le dossier de données" in capsys.readouterr().err
    assert not (data_dir / "partage.sqlite3").exists() and not (data_dir / "sauvegardes").exists()


def test_unexpected_errors_stay_bugs(data_dir, capsys, monkeypatch):
    prepared(data_dir)
    monkeypatch.setattr(store, "create_backup", lambda *a, **k: 1 / 0)
    assert main(["--data-dir", str(data_dir), "backup", "create", "--out", str(data_dir / "x.zip")]) == 1
    assert "Erreur inattendue" in capsys.readouterr().err


@pytest.mark.parametrize("path,service", [
    (PureWindowsPath(r"C:\Users\marie\OneDrive - CAB Rivière\Partage"), "OneDrive"),
    (PureWindowsPath(r"C:\Users\marie\OneDrive\Documents\Partage"), "OneDrive"),
    (PureWindowsPath(r"D:\Dropbox (Personnel)\Partage"), "Dropbox"),
    (PureWindowsPath(r"G:\Mon disque\Partage"), "Google Drive"),
    (PurePosixPath("/Users/marie/Library/Mobile Documents/com~apple~CloudDocs/Partage"), "iCloud"),
    (PurePosixPath("/Users/marie/Library/CloudStorage/GoogleDrive-marie@ex.org/Partage"), "Google Drive"),
    (PurePosixPath("/home/marie/.local/share/Partage"), None),
    (PureWindowsPath(r"C:\Users\marie\AppData\Roaming\Partage\Partage"), None),
])
def test_cloud_synced_folders_are_recognized(path, service):
    assert cloud_service(path) == service


def test_cloud_synced_data_folder_gets_a_warning(tmp_path, capsys):
    folder = tmp_path / "Dropbox" / "Partage"
    folder.mkdir(parents=True)
    assert main(["--data-dir", str(folder), "backup", "list"]) == 0
    assert "synchronisé par Dropbox" in capsys.readouterr().err
