"""Files the app writes are atomic: an interrupted write (here a full disk at the write call)
leaves the previous file intact and no temporary file behind."""

from __future__ import annotations

import errno
import os

import pytest

from partage_desktop.platform import atomic
from partage_desktop.platform.settings import Settings


def test_settings_survive_a_full_disk_during_save(tmp_path, monkeypatch):
    path = tmp_path / "parametres.json"
    Settings(lang="en", backup_dir="E:/Sauvegardes").save(path)
    before = path.read_bytes()

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", lambda fd: full(fd, b""))
    with pytest.raises(OSError):
        Settings(lang="fr").save(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["parametres.json"]
    assert Settings.load(path).backup_dir == "E:/Sauvegardes"


def test_a_write_that_dies_half_way_leaves_the_old_content(tmp_path, monkeypatch):
    path = tmp_path / "rapport.csv"
    atomic.write_text(path, "ancien contenu")
    real_replace = os.replace

    def crash(src, dst):
        raise KeyboardInterrupt  # the process is being stopped right before the rename

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        atomic.write_text(path, "nouveau contenu " * 1000)
    monkeypatch.setattr(os, "replace", real_replace)
    assert path.read_text() == "ancien contenu"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.csv"]


def _mode(path):
    import stat

    return stat.S_IMODE(path.stat().st_mode)


def test_new_files_get_the_usual_permissions_and_replaced_ones_keep_theirs(tmp_path):
    old_umask = os.umask(0o022)
    try:
        atomic._UMASK = None  # read again under this umask
        new = tmp_path / "export.csv"
        atomic.write_text(new, "a;b\n")
        assert _mode(new) == 0o644  # as any file the user saves, not 0600
        os.chmod(new, 0o640)
        atomic.write_text(new, "c;d\n")
        assert _mode(new) == 0o640 and new.read_text() == "c;d\n"
    finally:
        os.umask(old_umask)
        atomic._UMASK = None


def test_exchange_files_get_the_usual_permissions_backups_private_and_a_restored_database_its_own(tmp_path):
    from safetydata import add_agreement, add_rows, prepared

    from partage_desktop.cli.main import main
    from partage_desktop.services.data.session import close_all

    old_umask = os.umask(0o022)
    try:
        atomic._UMASK = None
        data = prepared(tmp_path / "donnees")
        add_agreement(data, versions=1)
        add_rows(data, projects=1)
        root = str(data.root)
        assert main(["--data-dir", root, "exchange", "export", "--agreement", "ENT-2026-0001",
                     "--out", str(tmp_path / "e.partage")]) == 0
        assert main(["--data-dir", root, "backup", "create", "--out", str(tmp_path / "s.zip")]) == 0
        assert _mode(tmp_path / "e.partage") == 0o644  # sent to a partner: the usual permissions
        assert _mode(tmp_path / "s.zip") == 0o600  # all our data: the user's alone
        os.chmod(data.database, 0o664)
        assert main(["--data-dir", root, "backup", "restore", str(tmp_path / "s.zip")]) == 0
        assert _mode(data.database) == 0o664  # the replaced database's own permissions
        close_all()
    finally:
        os.umask(old_umask)
        atomic._UMASK = None
