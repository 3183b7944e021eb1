"""Two processes on one data folder: the real app holds the folder, a second app start and a
restore from the command line are both turned away; the app's data is untouched."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time

import pytest

from partage_desktop.platform.lock import DataFolderBusyError, DataFolderLock

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "partage_desktop", *args], capture_output=True, text=True,
                          env=ENV, timeout=120)


@pytest.mark.slow
def test_second_start_and_cli_restore_are_turned_away_while_the_app_is_open(data_dir, tmp_path):
    assert run("--data-dir", str(data_dir), "backup", "create", "--out", str(tmp_path / "b.zip")).returncode == 0
    app = subprocess.Popen([sys.executable, "-m", "partage_desktop", "--data-dir", str(data_dir), "--lang", "en"],
                           env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:  # wait until the app holds the data folder
            try:
                with DataFolderLock(data_dir):
                    pass
            except DataFolderBusyError:
                break
            assert app.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        db = data_dir / "partage.sqlite3"
        before = hashlib.sha256(db.read_bytes()).hexdigest()
        second = run("--data-dir", str(data_dir), "--lang", "en", "--smoke")
        assert second.returncode == 3
        assert "already open on this data folder" in second.stdout
        restore = run("--data-dir", str(data_dir), "--lang", "en", "backup", "restore", str(tmp_path / "b.zip"))
        assert restore.returncode == 3 and "already open" in restore.stderr
        assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    finally:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=30)
    # once the app is gone, the folder is free again (the OS released the lock)
    with DataFolderLock(data_dir):
        pass


@pytest.mark.slow
def test_app_start_on_damaged_data_names_the_backup_and_changes_nothing(data_dir, tmp_path):
    from safetydata import add_rows, damage, prepared

    from partage_desktop.services.data.session import close_all
    from partage_desktop.services.safety import backup

    data = prepared(data_dir)
    add_rows(data, agreements=30)
    made = backup.make_backup(data, "en")
    close_all()
    damage(data.database)
    before = data.database.read_bytes()
    result = run("--data-dir", str(data_dir), "--lang", "en", "--smoke")
    assert result.returncode == 3
    assert "damaged" in result.stderr and made.path.name in result.stderr
    assert data.database.read_bytes() == before
