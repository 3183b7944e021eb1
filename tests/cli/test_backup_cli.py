"""``backup create|list|restore`` and ``check``: the contract's exit codes and messages."""

from __future__ import annotations

import json

from safetydata import add_rows, counts, damage, prepared

from partage_desktop.cli.main import main
from partage_desktop.platform.lock import DataFolderLock
from partage_desktop.services.data.session import close_all


def test_create_list_restore_round_trip(data_dir, tmp_path, capsys):
    data = prepared(data_dir)
    add_rows(data, agreements=2, projects=1, entries=4)
    out = tmp_path / "ma-sauvegarde.zip"
    assert main(["--data-dir", str(data_dir), "backup", "create", "--out", str(out)]) == 0
    assert "Sauvegarde créée" in capsys.readouterr().out and out.is_file()
    assert main(["--data-dir", str(data_dir), "backup", "create", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["counts"]["entries"] == 4 and made["reason"] == "manuelle"
    assert main(["--data-dir", str(data_dir), "--lang", "en", "backup", "list"]) == 0
    listing = capsys.readouterr().out
    assert "2 agreements, 1 project, 4 entries" in listing and "[manual]" in listing
    add_rows(data, agreements=3, tag="z")
    close_all()
    assert main(["--data-dir", str(data_dir), "backup", "restore", str(out)]) == 0
    said = capsys.readouterr().out
    assert "restaurée" in said and "avant-restauration" in said
    assert counts(data)["agreements"] == 2


def test_restore_of_a_missing_file_is_a_usage_error(data_dir, tmp_path, capsys):
    prepared(data_dir)
    assert main(["--data-dir", str(data_dir), "backup", "restore", str(tmp_path / "nope.zip")]) == 2
    assert "introuvable" in capsys.readouterr().err


def test_restore_refused_while_partage_is_open(data_dir, capsys):
    data = prepared(data_dir)
    made = main(["--data-dir", str(data_dir), "backup", "create"])
    assert made == 0
    path = capsys.readouterr().out.split(": ", 1)[1].split(" (")[0]
    with DataFolderLock(data.root):
        before = data.database.read_bytes()
        assert main(["--data-dir", str(data_dir), "--lang", "en", "backup", "restore", path]) == 3
        assert "already open" in capsys.readouterr().err
        assert data.database.read_bytes() == before


def test_damaged_database_exit_3_names_the_newest_good_backup(data_dir, capsys):
    data = prepared(data_dir)
    add_rows(data, agreements=25)
    assert main(["--data-dir", str(data_dir), "backup", "create"]) == 0
    capsys.readouterr()
    close_all()
    damage(data.database)
    before = data.database.read_bytes()
    assert main(["--data-dir", str(data_dir), "agreement", "list"]) == 3
    err = capsys.readouterr().err
    assert "endommagée" in err and "backup restore" in err and "25 ententes" in err
    assert data.database.read_bytes() == before
    # following the advice works and keeps the damaged file aside
    assert f'partage-desktop --data-dir "{data_dir}" backup restore' in err  # not the usual folder
    command = err.split("backup restore ")[1].split('"')[1]
    assert main(["--data-dir", str(data_dir), "backup", "restore", command]) == 0
    assert "mise de côté" in capsys.readouterr().out
    assert counts(data)["agreements"] == 25
    assert [p for p in data_dir.iterdir() if "endommagee" in p.name]


def test_full_check_on_demand(data_dir, capsys):
    data = prepared(data_dir)
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    assert "intacte" in capsys.readouterr().out
    add_rows(data, agreements=25)
    close_all()
    damage(data.database, "agreement")
    assert main(["--data-dir", str(data_dir), "--lang", "en", "check"]) == 3
    assert "damaged" in capsys.readouterr().err


def test_restore_over_a_damaged_database_says_it_was_kept_aside_not_backed_up(data_dir, capsys):
    data = prepared(data_dir)
    add_rows(data, agreements=1)
    assert main(["--data-dir", str(data_dir), "backup", "create", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)["path"]
    close_all()
    damage(data.database)
    assert main(["--data-dir", str(data_dir), "backup", "restore", made]) == 0
    out = capsys.readouterr().out
    assert "1 entente, 0 projet, 0 entrée de journal" in out
    assert "mise de côté" in out and "—" not in out and "a d'abord été sauvegardé" not in out


def test_restore_into_an_empty_folder_says_there_was_nothing_to_back_up(data_dir, tmp_path, capsys):
    data = prepared(data_dir)
    add_rows(data, agreements=2)
    out = tmp_path / "s.zip"
    assert main(["--data-dir", str(data_dir), "backup", "create", "--out", str(out)]) == 0
    capsys.readouterr()
    fresh = tmp_path / "neuf"
    assert main(["--data-dir", str(fresh), "--lang", "en", "backup", "restore", str(out)]) == 0
    said = capsys.readouterr().out
    assert "(2 agreements, 0 projects, 0 journal entries)" in said
    assert "no data in this folder yet" in said and "—" not in said


def test_two_backups_in_the_same_minute_are_told_apart_by_their_seconds(data_dir, capsys):
    from datetime import datetime

    from partage_desktop.services.safety.backup import when_texts
    from partage_desktop.store.safety.backup import BackupInfo

    def info(*hms):
        return BackupInfo(data_dir / "x.zip", datetime(2026, 6, 1, *hms), "manuelle")

    assert when_texts([info(14, 30, 5), info(14, 30, 50), info(9, 5, 0)], "fr") == [
        "1er juin 2026, 14 h 30 min 05 s", "1er juin 2026, 14 h 30 min 50 s", "1er juin 2026, 9 h 05"]
    assert when_texts([info(14, 30, 5), info(14, 30, 50)], "en") == [
        "June 1, 2026, 14:30:05", "June 1, 2026, 14:30:50"]
