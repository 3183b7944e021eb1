"""Backups know the data folder they belong to. Two computers writing into one shared backup folder
(the README recommends a cloud folder) never offer, thin or count each other's backups; a backup
dated in the future never stops the automatic backups; when backing up has stopped, it is said.
Two backups made in the same second never replace each other."""

from __future__ import annotations

import json
import threading
import zipfile
from datetime import datetime, timedelta

from safetydata import add_rows, counts, prepared

from partage_desktop.platform.datadir import resolve
from partage_desktop.platform.settings import Settings
from partage_desktop.services.data.session import close_all
from partage_desktop.services.safety import backup
from partage_desktop.store.safety import backup as store


def _two_computers(tmp_path):
    """Two data folders (two offices' PCs) whose settings point at one shared backup folder."""
    shared = tmp_path / "OneDrive" / "Sauvegardes Partage"
    computers = []
    for name in ("bureau", "accueil"):
        root = tmp_path / name
        root.mkdir()
        Settings(backup_dir=str(shared)).save(root / "parametres.json")
        data = prepared(root)
        computers.append(data)
    return shared, computers


def test_each_backup_names_its_data_folder_and_the_id_stays(data_dir):
    data = prepared(data_dir)
    add_rows(data, agreements=1)
    first = backup.make_backup(data, "fr")
    second = backup.make_backup(data, "fr")
    ours = backup.data_id(data, create=False)
    assert ours and len(ours) == 32
    assert first.data_id == second.data_id == ours
    assert json.loads(zipfile.ZipFile(first.path).read("backup.json"))["data_id"] == ours
    assert store.read_info(first.path).data_id == ours


def test_another_computers_backups_are_never_offered_nor_thinned_nor_counted(tmp_path):
    shared, (office, desk) = _two_computers(tmp_path)
    add_rows(office, agreements=5, tag="o")
    add_rows(desk, agreements=1, tag="d")
    now = datetime.now()
    office_old = store.create_in_folder(office.database, office.attachments, shared, "auto",
                                        now=now - timedelta(days=2), data_id=backup.data_id(office))
    # the other computer backs up afterwards, many times: its backups are the newest in the folder
    for days in range(40, -1, -1):
        store.create_in_folder(desk.database, desk.attachments, shared, "auto", now=now - timedelta(days=days),
                               data_id=backup.data_id(desk))
    newest = backup.newest_good_backup(office)
    assert newest is not None and newest.path == office_old.path
    assert newest.counts["agreements"] == 5
    assert [b.path for b in backup.list_backups(office)] == [office_old.path]
    others = backup.list_backups(office, others=True)
    assert len(others) == 41 and all(b.data_id == backup.data_id(desk) for b in others)
    # office's thinning keeps every backup of desk's (desk thins its own)
    backup.thin(shared, backup.data_id(office))
    assert len(backup.list_backups(office, others=True)) == 41
    # desk's recent backups do not stop office's automatic backup
    add_rows(office, agreements=1, tag="o2")
    made = backup.auto_backup_if_due(office, "fr")
    assert made is not None and made.counts["agreements"] == 6 and made.data_id == backup.data_id(office)


def test_the_data_folder_of_another_computer_is_not_offered_when_ours_is_missing(tmp_path):
    shared, (office, desk) = _two_computers(tmp_path)
    add_rows(desk, agreements=1)
    backup.make_backup(desk, "fr")
    close_all()
    office.database.unlink()  # deleted by mistake: only office's own backups may be offered
    assert backup.newest_good_backup(resolve(str(office.root))) is None


def test_a_backup_dated_in_the_future_does_not_stop_automatic_backups(data_dir):
    data = prepared(data_dir)
    add_rows(data, agreements=1)
    future = store.create_in_folder(data.database, data.attachments, data.backups, "auto",
                                    now=datetime.now() + timedelta(days=300), data_id=backup.data_id(data))
    yesterday = store.create_in_folder(data.database, data.attachments, data.backups, "auto",
                                       now=datetime.now() - timedelta(days=2), data_id=backup.data_id(data))
    add_rows(data, agreements=1, tag="b")
    made = backup.auto_backup_if_due(data, "fr")
    assert made is not None and made.counts["agreements"] == 2
    # thinning neither counts it as the newest nor lets it push real backups out
    kept = {b.path for b in backup.list_backups(data)}
    assert {future.path, yesterday.path, made.path} <= kept


def test_future_backups_take_no_thinning_slot():
    now = datetime(2026, 11, 30, 12, 0)

    def info(name, when):
        return store.BackupInfo(path=__import__("pathlib").Path(name), created_at=when, reason="auto")

    real = [info(f"r{d}.zip", now - timedelta(days=d)) for d in range(2, 12)]
    future = [info(f"f{d}.zip", now + timedelta(days=d)) for d in range(1, 12)]
    removed = {b.path.name for b in store.thin(real + future, daily=7, weekly=0, monthly=0, now=now)}
    assert not any(name.startswith("f") for name in removed)  # kept, not understood
    assert {f"r{d}.zip" for d in range(2, 9)}.isdisjoint(removed)  # the real last 7 days stay


def test_a_warning_when_backing_up_has_stopped(data_dir):
    data = prepared(data_dir)
    add_rows(data, agreements=1)
    made = backup.make_backup(data, "fr", "auto")
    assert backup.backup_warning(data, "fr") is None
    later = made.created_at + timedelta(days=5)
    assert backup.backup_warning(data, "fr", now=later) is None  # nothing changed since: nothing to back up
    add_rows(data, agreements=1, tag="b")
    warning = backup.backup_warning(data, "fr", now=later)
    assert warning is not None and "depuis 5 jours" in warning and "Paramètres" in warning
    assert "5 days" in backup.backup_warning(data, "en", now=later)


def test_a_warning_when_no_backup_could_ever_be_made(data_dir):
    data = prepared(data_dir)
    assert backup.backup_warning(data, "fr") is None  # nothing to back up yet
    add_rows(data, agreements=1)
    assert "Aucune sauvegarde de vos données" in backup.backup_warning(data, "fr")
    backup.make_backup(data, "fr")
    assert backup.backup_warning(data, "fr") is None


def test_two_backups_in_the_same_second_never_replace_each_other(data_dir, monkeypatch):
    """Both pick the same free name; the second to finish takes the next one instead of replacing
    the first (two commands, or two computers on one shared folder)."""
    data = prepared(data_dir)
    add_rows(data, agreements=1)
    when = datetime(2026, 11, 30, 10, 15, 42)
    barrier = threading.Barrier(2, timeout=20)
    real_step = store._step

    def both_ready(name):
        if name == "backup-publish":
            barrier.wait()
        real_step(name)

    monkeypatch.setattr(store, "_step", both_ready)
    made, failures = [], []

    def one(tag):
        try:
            made.append(store.create_in_folder(data.database, None, data.backups, "manuelle", now=when,
                                               data_id=tag))
        except Exception as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=one, args=(tag,)) for tag in ("premier", "second")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    names = sorted(p.name for p in data.backups.iterdir())
    assert names == ["sauvegarde-20261130-101542-1-manuelle.zip", "sauvegarde-20261130-101542-manuelle.zip"]
    assert {store.read_info(data.backups / n).data_id for n in names} == {"premier", "second"}
    assert {b.path.name for b in made} == set(names)
    assert counts(data)["agreements"] == 1


def test_half_written_backups_of_killed_processes_are_removed_when_old(data_dir):
    import os
    import time

    data = prepared(data_dir)
    add_rows(data, agreements=1)
    data.backups.mkdir(exist_ok=True)
    stale = data.backups / ".sauvegarde-20261101-101010-auto.zip.k3j4.tmp"
    fresh = data.backups / ".sauvegarde-20261130-101010-auto.zip.a1b2.tmp"
    for path in (stale, fresh):
        path.write_bytes(b"PK half")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    backup.make_backup(data, "fr")
    assert not stale.exists()
    assert fresh.exists()  # perhaps another process writing right now


def test_a_folder_that_lost_its_identity_is_not_offered_another_computers_backup(tmp_path):
    """Settings from an older release, or reset: the folder has no identity yet. It still never
    claims a backup that names another data folder (only those that name none, made before)."""
    shared, (office, desk) = _two_computers(tmp_path)
    add_rows(desk, agreements=1)
    backup.make_backup(desk, "fr")
    settings_file = office.root / "parametres.json"
    saved = json.loads(settings_file.read_text("utf-8"))
    saved.pop("data_id", None)
    settings_file.write_text(json.dumps(saved), "utf-8")
    close_all()
    office = resolve(str(office.root))
    assert backup.data_id(office, create=False) is None
    assert backup.list_backups(office) == []
    assert backup.newest_good_backup(office) is None
