"""Portable mode: a marker file beside the installed app keeps every piece of data next to it."""

from __future__ import annotations

import sys

import pytest

from partage_desktop.platform import datadir


@pytest.fixture
def frozen_app(tmp_path, monkeypatch):
    """An installed (frozen) app in ``tmp_path/Partage``, started from its executable."""
    folder = tmp_path / "Partage"
    folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "partage-desktop"))
    monkeypatch.delenv(datadir.ENV_VAR, raising=False)
    return folder


@pytest.mark.parametrize("marker", datadir.PORTABLE_MARKERS)
def test_a_marker_beside_the_app_puts_data_in_donnees_there(frozen_app, marker):
    (frozen_app / marker).write_text("")
    data = datadir.resolve(None)
    assert data.root == (frozen_app / "donnees").absolute()
    assert data.database == frozen_app / "donnees" / "partage.sqlite3"
    assert data.backups == frozen_app / "donnees" / "sauvegardes"


def test_without_a_marker_the_platform_folder_is_used(frozen_app, monkeypatch, tmp_path):
    monkeypatch.setattr(datadir, "default_root", lambda: tmp_path / "profile")
    assert datadir.resolve(None).root == (tmp_path / "profile").absolute()
    assert datadir.portable_root() is None


def test_the_option_and_the_variable_still_win_over_portable_mode(frozen_app, monkeypatch, tmp_path):
    (frozen_app / "portable.txt").write_text("")
    assert datadir.resolve(str(tmp_path / "ailleurs")).root == (tmp_path / "ailleurs").absolute()
    monkeypatch.setenv(datadir.ENV_VAR, str(tmp_path / "variable"))
    assert datadir.resolve(None).root == (tmp_path / "variable").absolute()


def test_a_folder_named_like_the_marker_does_not_count(frozen_app):
    (frozen_app / "portable.txt").mkdir()
    assert datadir.portable_root() is None


def test_macos_looks_beside_the_app_bundle(tmp_path, monkeypatch):
    macos = tmp_path / "Cle USB" / "Partage.app" / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(macos / "Partage"))
    (tmp_path / "Cle USB" / "portable.txt").write_text("")
    assert datadir.portable_root() == tmp_path / "Cle USB" / "donnees"


def test_running_from_source_is_never_portable(monkeypatch, tmp_path):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert datadir.app_folder() is None
    assert datadir.portable_root() is None


def test_portable_data_folder_is_created_and_usable(frozen_app):
    (frozen_app / "partage-portable").write_text("")
    data = datadir.resolve(None)
    datadir.ensure_writable(data)
    assert (frozen_app / "donnees").is_dir()
