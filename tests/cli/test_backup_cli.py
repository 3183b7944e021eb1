"""``backup create|list|restore`` and ``check``: the contract's exit codes and messages."""

from __future__ import annotations

import json

from safetydata import add_rows, counts, damage, prepared

from partage_desktop.cli import main
from partage_desktop.services.session import close_all
from partage_desktop.store.lock import DataFolderLock


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
    assert "2 agreement(s), 1 project(s), 4 entry(ies)" in listing and "[manual]" in listing
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
    assert "endommagée" in err and "backup restore" in err and "25 entente(s)" in err
    assert data.database.read_bytes() == before
    # following the advice works and keeps the damaged file aside
    command = err.split("partage-desktop backup restore ")[1].split('"')[1]
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
