"""A full disk: the message names the folder concerned (SQLite names none), the log file on the
same disk fails silently (no "--- Logging error ---" on the terminal), and a start on a full disk
is not taken for a damaged database."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
from collections import namedtuple

import pytest
from safetydata import add_rows, prepared

from partage_desktop.cli.main import main
from partage_desktop.platform import logsetup
from partage_desktop.services.data import diskfull
from partage_desktop.store.safety import backup as store


def _sqlite_full(*_a, **_k):
    raise sqlite3.OperationalError("database or disk is full")


def test_backup_on_a_full_disk_names_the_backup_folder(data_dir, capsys, monkeypatch):
    data = prepared(data_dir)
    add_rows(data, agreements=1)
    monkeypatch.setattr(store, "copy_database", _sqlite_full)
    assert main(["--data-dir", str(data_dir), "backup", "create"]) == 3
    err = capsys.readouterr().err
    assert "Le disque est plein" in err and f"{data.backups}\u00a0»" in err and "—" not in err
    assert not [p for p in data.backups.iterdir()]  # no half-written file left behind


def test_demo_on_a_full_disk_names_the_data_folder(data_dir, capsys, monkeypatch):
    from partage_desktop.services.demo import sample as demo

    prepared(data_dir)
    monkeypatch.setattr(demo, "create_demo", _sqlite_full)
    assert main(["--data-dir", str(data_dir), "--lang", "en", "demo"]) == 3
    err = capsys.readouterr().err
    assert f"cannot write “{data_dir}”" in err and "—" not in err


def test_an_io_error_on_an_almost_full_disk_is_a_full_disk_not_a_damaged_database(data_dir, capsys, monkeypatch):
    data = prepared(data_dir)
    add_rows(data, agreements=1)
    before = data.database.read_bytes()

    def io_error(*_a, **_k):
        raise sqlite3.OperationalError("disk I/O error")

    from partage_desktop.store.schema import migrate

    monkeypatch.setattr(migrate, "read_sqlite_revision", io_error)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(diskfull.shutil, "disk_usage", lambda _p: usage(10**9, 10**9 - 4096, 4096))
    assert main(["--data-dir", str(data_dir), "agreement", "list"]) == 3
    err = capsys.readouterr().err
    assert "Le disque est plein" in err and str(data_dir) in err and "endommagée" not in err
    assert data.database.read_bytes() == before


def test_an_io_error_with_room_on_the_disk_is_not_called_a_full_disk(tmp_path, monkeypatch):
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(diskfull.shutil, "disk_usage", lambda _p: usage(10**9, 10**8, 9 * 10**8))
    assert diskfull.environment_problem(sqlite3.OperationalError("disk I/O error"), "fr", tmp_path) is None


def test_a_log_file_that_cannot_be_written_prints_nothing(tmp_path, capsys):
    log_file = logsetup.configure(tmp_path / "journaux")
    try:
        handler = next(h for h in logging.getLogger().handlers if getattr(h, "_partage", False))

        class FullDisk:
            def write(self, _text):
                raise OSError(28, "No space left on device")

            def flush(self):
                pass

        handler.stream = FullDisk()
        logging.getLogger("partage_desktop.test").error("something to log")
        assert "Logging error" not in capsys.readouterr().err
        assert log_file == tmp_path / "journaux" / "partage.log"
    finally:
        logsetup.configure(None)


@pytest.mark.parametrize("with_folder", [False, True])
def test_no_log_warning_reaches_the_terminal(tmp_path, with_folder):
    """Without pytest's own log capture: Python's last-resort handler prints warnings when no
    handler is set, and a failing file handler prints a traceback."""
    code = (
        "import logging, sys; from pathlib import Path; from partage_desktop.platform import logsetup\n"
        f"logsetup.configure(Path({str(tmp_path / 'j')!r}) if {with_folder} else None)\n"
        "for h in logging.getLogger().handlers:\n"
        "    if hasattr(h, 'stream'):\n"
        "        class Full:\n"
        "            def write(self, t): raise OSError(28, 'No space left on device')\n"
        "            def flush(self): pass\n"
        "        h.stream = Full()\n"
        "logging.getLogger('x').warning('environment problem in command')\n"
        "logging.getLogger('x').error('unexpected', exc_info=(ValueError, ValueError('x'), None))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr == ""
