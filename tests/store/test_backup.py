"""Backups as files: online copy of a live WAL database, manifest, thinning, checks, restore."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from safetydata import add_rows, counts, damage, prepared

from partage_desktop.store.safety import backup
from partage_desktop.store.safety.backup import BackupError, BackupInfo


def test_backup_of_a_live_wal_database_holds_uncheckpointed_commits(data_dir, tmp_path):
    data = prepared(data_dir)
    writer = sqlite3.connect(data.database)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")  # commits stay in the -wal file only
    add_rows(data, agreements=3, projects=2, entries=5)
    assert Path(str(data.database) + "-wal").stat().st_size > 0
    info = backup.create_backup(data.database, data.attachments, tmp_path / "b.zip", "manuelle")
    writer.close()
    assert info.counts["agreements"] == 3 and info.counts["projects"] == 2 and info.counts["entries"] == 5
    extracted = backup.check_backup_database(tmp_path / "b.zip", tmp_path)
    con = sqlite3.connect(extracted)
    assert con.execute("SELECT COUNT(*) FROM journal_entry").fetchone()[0] == 5
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()


def test_counts_tolerate_missing_tables_and_ignore_the_trash(tmp_path):
    con = sqlite3.connect(tmp_path / "x.sqlite3")
    con.execute("CREATE TABLE agreement (id INTEGER PRIMARY KEY, deleted_at TEXT)")
    con.executemany("INSERT INTO agreement (deleted_at) VALUES (?)", [(None,), (None,), ("2026-01-01",)])
    assert backup.count_rows(con) == {"agreements": 2, "projects": 0, "entries": 0, "organizations": 0}
    con.close()


def test_attachments_travel_in_the_backup_and_come_back(data_dir, tmp_path):
    data = prepared(data_dir)
    (data.attachments / "projet-1").mkdir(parents=True)
    (data.attachments / "projet-1" / "procès-verbal.pdf").write_bytes(b"%PDF-1.4 minutes")
    (data.attachments / "photo.jpg").write_bytes(b"\xff\xd8 photo")
    info = backup.create_in_folder(data.database, data.attachments, tmp_path / "b", "manuelle")
    assert info.attachments == 2
    names = zipfile.ZipFile(info.path).namelist()
    assert "pieces-jointes/projet-1/procès-verbal.pdf" in names
    (data.attachments / "photo.jpg").write_bytes(b"changed")
    (data.attachments / "new.txt").write_text("added after the backup")
    from partage_desktop.store.safety import restore
    from partage_desktop.store.schema.version import KNOWN_REVISIONS

    staged = restore.stage(info.path, data.root, KNOWN_REVISIONS, data.attachments)
    restore.commit(staged, data.database, data.attachments)
    assert not restore.pending(data.root)
    assert (data.attachments / "photo.jpg").read_bytes() == b"\xff\xd8 photo"
    assert not (data.attachments / "new.txt").exists()
    assert (data.attachments / "projet-1" / "procès-verbal.pdf").read_bytes() == b"%PDF-1.4 minutes"


def test_an_interrupted_backup_leaves_no_file_that_looks_like_a_backup(data_dir, tmp_path, monkeypatch):
    data = prepared(data_dir)
    add_rows(data, agreements=1)

    def boom(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup.zipfile.ZipFile, "write", boom)
    with pytest.raises(OSError):
        backup.create_in_folder(data.database, None, tmp_path / "b", "manuelle")
    assert list((tmp_path / "b").iterdir()) == []


def _info(when: datetime) -> BackupInfo:
    return BackupInfo(Path(f"sauvegarde-{when:%Y%m%d-%H%M%S}-auto.zip"), when, "auto")


def test_thinning_keeps_7_daily_4_weekly_12_monthly_and_the_last_day():
    now = datetime(2026, 11, 23, 12, 0)
    # one backup every 6 hours for two years
    infos = [_info(now - timedelta(hours=6 * i)) for i in range(4 * 730)]
    doomed = {b.path for b in backup.thin(infos, now=now)}
    kept = [b for b in infos if b.path not in doomed]
    assert all(b in kept for b in infos[:5])  # everything from the last 24 hours
    days = {b.created_at.date() for b in kept}
    assert len(days) <= 7 + 4 + 12 + 1
    assert {(now - timedelta(days=d)).date() for d in range(7)} <= days
    months = {(b.created_at.year, b.created_at.month) for b in kept}
    assert len(months) >= 12
    assert len(kept) < 30
    # thinning again changes nothing
    assert backup.thin(kept, now=now) == []


def test_a_file_that_is_not_a_backup_is_refused(tmp_path):
    fake = tmp_path / "sauvegarde-20260101-000000-auto.zip"
    fake.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(BackupError) as info:
        backup.read_info(fake)
    assert info.value.reason == "not_a_backup"
    assert backup.list_backups(tmp_path) == []


def test_a_backup_with_a_damaged_database_is_refused_before_anything_changes(data_dir, tmp_path):
    data = prepared(data_dir)
    add_rows(data, agreements=20)
    info = backup.create_backup(data.database, None, tmp_path / "b.zip", "manuelle")
    extracted = backup.check_backup_database(info.path, tmp_path)
    damage(extracted)
    raw = extracted.read_bytes()
    extracted.unlink()
    with zipfile.ZipFile(tmp_path / "bad.zip", "w") as archive:
        archive.writestr(backup.MANIFEST, zipfile.ZipFile(info.path).read(backup.MANIFEST))
        archive.writestr(backup.DB_MEMBER, bytes(raw))
    before = data.database.read_bytes()
    with pytest.raises(BackupError) as err:
        backup.check_backup_database(tmp_path / "bad.zip", tmp_path)
    assert err.value.reason == "damaged"
    assert data.database.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".restauration-")]


def test_changed_since_follows_the_database_file_for_backups_without_a_content_marker(data_dir):
    data = prepared(data_dir)
    before, after = (BackupInfo(Path("b.zip"), datetime.now() + delta, "auto")
                     for delta in (-timedelta(hours=1), timedelta(hours=1)))
    assert backup.changed_since(data.database, None, before)
    assert not backup.changed_since(data.database, None, after)


def test_changed_since_follows_the_content_not_the_wal_file_times(data_dir, tmp_path):
    data = prepared(data_dir)
    add_rows(data, agreements=1)
    info = backup.create_backup(data.database, data.attachments, tmp_path / "b.zip", "auto",
                                now=datetime.now() - timedelta(days=2))
    assert info.database_sha256 and backup.read_info(info.path).database_sha256 == info.database_sha256
    reader = sqlite3.connect(data.database)  # as the app: WAL mode, reads only
    reader.execute("PRAGMA journal_mode = WAL")
    reader.execute("SELECT COUNT(*) FROM agreement").fetchall()
    assert not backup.changed_since(data.database, None, info)
    add_rows(data, agreements=1, tag="b")
    assert backup.changed_since(data.database, None, info)
    reader.close()


def test_restored_database_does_not_replay_a_stale_wal(data_dir, tmp_path):
    data = prepared(data_dir)
    add_rows(data, agreements=1, tag="a")
    info = backup.create_backup(data.database, None, tmp_path / "b.zip", "manuelle")
    writer = sqlite3.connect(data.database)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("INSERT INTO project (name, purpose, resource_kind, continuum_position, stage, created_at, "
                   "updated_at) VALUES ('later', '', '', '', 'exploring', '2026-11-01', '2026-11-01')")
    writer.commit()
    writer.close()
    from partage_desktop.store.safety import restore
    from partage_desktop.store.schema.version import KNOWN_REVISIONS

    restore.commit(restore.stage(info.path, data.root, KNOWN_REVISIONS, None), data.database, None)
    assert counts(data) == {"agreements": 1, "projects": 0, "entries": 0, "organizations": 0}
    con = sqlite3.connect(data.database)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


@pytest.mark.parametrize("member", ["pieces-jointes/../../evil.txt", "pieces-jointes//abs", "autre/fichier",
                                    "pieces-jointes/C:/x", "pieces-jointes/a\\..\\..\\b"])
def test_a_backup_with_a_hostile_member_is_refused_before_anything_changes(data_dir, tmp_path, member):
    data = prepared(data_dir)
    add_rows(data, agreements=2)
    info = backup.create_backup(data.database, None, tmp_path / "b.zip", "manuelle")
    hostile = tmp_path / "hostile.zip"
    with zipfile.ZipFile(info.path) as src, zipfile.ZipFile(hostile, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, src.read(name))
        dst.writestr(member, b"evil")
    with pytest.raises(BackupError) as err:
        backup.check_backup_database(hostile, tmp_path)
    assert err.value.reason == "damaged"
    assert not (tmp_path.parent / "evil.txt").exists()
