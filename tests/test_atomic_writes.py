"""Files the app writes are atomic: an interrupted write (here a full disk at the write call)
leaves the previous file intact and no temporary file behind."""

from __future__ import annotations

import errno
import os

import pytest

from partage_desktop import atomic
from partage_desktop.settings import Settings


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
