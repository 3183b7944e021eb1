"""Backup actions: automatic backup when due, backup folder setting, restore with safety copy."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from safetydata import add_rows, counts, damage, prepared

from partage_desktop.platform.errors import DataUnusableError
from partage_desktop.platform.settings import Settings
from partage_desktop.services.data.session import close_all
from partage_desktop.services.safety import backup
from partage_desktop.words import say_error


def test_automatic_backup_only_when_due_and_something_changed(data_dir):
    data = prepared(data_dir)
    add_rows(data, agreements=1)
    first = backup.auto_backup_if_due(data, "fr")
    assert first is not None and first.reason == "auto"
    assert backup.auto_backup_if_due(data, "fr") is None  # less than a day ago
    tomorrow = datetime.now() + timedelta(days=1, hours=1)
    # a day later but nothing written since: skipped
    old = (datetime.now() - timedelta(hours=1)).timestamp()
    for path in data_dir.iterdir():
        if path.name.startswith("partage.sqlite3"):
            os.utime(path, (old, old))
    assert backup.auto_backup_if_due(data, "fr", now=tomorrow) is None
    add_rows(data, agreements=1, tag="b")
    second = backup.auto_backup_if_due(data, "fr", now=tomorrow)
    assert second is not None and second.counts["agreements"] == 2


def test_opening_the_database_as_the_app_does_is_not_a_change(data_dir):
    """The app opens the database at start (WAL mode: its -wal and -shm files are touched) and
    writes nothing: the next day's automatic backup is skipped; after one write it is made."""
    from partage_desktop.services.data.session import close_all
    from partage_desktop.services.organizations.address_book import list_organizations

    data = prepared(data_dir)
    add_rows(data, agreements=1)
    assert backup.auto_backup_if_due(data, "fr") is not None
    later = datetime.now() + timedelta(days=1, hours=1)
    try:
        list_organizations(data)  # the app's own engine and sessions, left open as in the window
        assert Path(f"{data.database}-wal").exists()
        assert backup.auto_backup_if_due(data, "fr", now=later) is None
        add_rows(data, agreements=1, tag="b")
        made = backup.auto_backup_if_due(data, "fr", now=later)
        assert made is not None and made.counts["agreements"] == 2
    finally:
        close_all()


def test_backups_go_to_the_folder_chosen_in_settings(data_dir, tmp_path):
    usb = tmp_path / "cle-usb" / "Partage"
    Settings(backup_dir=str(usb)).save(data_dir / "parametres.json")
    data = prepared(data_dir)
    info = backup.make_backup(data, "fr")
    assert info.path.parent == usb
    assert [b.path for b in backup.list_backups(data)] == [info.path]


def test_a_removed_usb_key_falls_back_to_the_data_folder(data_dir, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    Settings(backup_dir=str(blocker / "Partage")).save(data_dir / "parametres.json")
    data = prepared(data_dir)
    info = backup.make_backup(data, "fr")
    assert info.path.parent == data.backups


def test_restore_backs_up_the_current_state_first(data_dir):
    data = prepared(data_dir)
    add_rows(data, agreements=2, projects=1, entries=3)
    saved = backup.make_backup(data, "fr")
    add_rows(data, agreements=5, tag="x")
    close_all()
    result = backup.restore(data, saved.path, "fr")
    assert counts(data)["agreements"] == 2
    assert result.before is not None and result.before.counts["agreements"] == 7
    assert result.before.path.exists() and saved.path.exists()
    # and the restore can itself be undone
    backup.restore(data, result.before.path, "fr")
    assert counts(data)["agreements"] == 7


def test_restore_over_a_damaged_database_keeps_it_aside(data_dir):
    data = prepared(data_dir)
    add_rows(data, agreements=30)
    saved = backup.make_backup(data, "fr")
    damage(data.database)
    damaged_bytes = data.database.read_bytes()
    close_all()
    result = backup.restore(data, saved.path, "fr")
    assert result.before is None
    assert result.damaged_aside is not None and result.damaged_aside.read_bytes() == damaged_bytes
    assert counts(data)["agreements"] == 30


def test_newest_good_backup_skips_damaged_ones(data_dir):
    data = prepared(data_dir)
    add_rows(data, agreements=3)
    good = backup.make_backup(data, "fr")
    bad = data.backups / "sauvegarde-29990101-000000-manuelle.zip"
    bad.write_bytes(good.path.read_bytes()[:300])  # truncated: unreadable
    assert backup.newest_good_backup(data).path == good.path


def test_restoring_something_that_is_not_a_backup_is_refused_untouched(data_dir, tmp_path):
    data = prepared(data_dir)
    add_rows(data, agreements=1)
    before = data.database.read_bytes()
    other = tmp_path / "photo.zip"
    other.write_bytes(b"not a zip")
    with pytest.raises(DataUnusableError) as info:
        backup.restore(data, other, "en")
    assert "is not a Partage backup" in say_error(info.value, "en")
    assert data.database.read_bytes() == before
    assert not data.backups.exists() or list(data.backups.iterdir()) == []


def test_an_empty_data_folder_gets_no_automatic_backup(data_dir):
    data = prepared(data_dir)
    assert backup.auto_backup_if_due(data, "fr") is None
    assert backup.list_backups(data) == []


def test_start_up_fast_path_does_not_load_the_zip_machinery(data_dir):
    import subprocess
    import sys

    prepared(data_dir)
    code = ("import sys; from partage_desktop.platform.datadir import resolve; "
            "from partage_desktop.services.data.database import prepare; "
            f"prepare(resolve({str(data_dir)!r}), 'fr'); "
            "print([m for m in ('zipfile', 'sqlalchemy', 'alembic') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_database_is_checked_once_per_process_until_it_changes(data_dir, monkeypatch):
    import partage_desktop.store.schema.migrate as migrate
    from partage_desktop.services.data.database import prepare

    data = prepared(data_dir)
    calls = []
    real = migrate.require_whole
    monkeypatch.setattr(migrate, "require_whole", lambda path: calls.append(path) or real(path))
    prepare(data, "fr")
    assert calls == []  # already checked by prepared(), untouched since
    add_rows(data, agreements=1)
    prepare(data, "fr")
    assert calls == [data.database]
