"""Every ``--out`` goes through one guard: never one of the data folder's own files (the database,
the settings, an attachment, a backup…, whatever its spelling: link, case, hard link), and an
existing file is replaced only with ``--force``. Refusals exit 2 with a message in the user's
language, and nothing is written."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from safetydata import add_agreement, add_rows, counts, example, prepared

from partage_desktop.cli.main import main
from partage_desktop.services.data.session import close_all


def _commands(data_dir: Path, tmp_path: Path) -> dict[str, list[str]]:
    answers = tmp_path / "reponses.json"
    answers.write_text(json.dumps(example(), ensure_ascii=False), "utf-8")
    return {
        "journal export": ["journal", "export", "--format", "csv"],
        "backup create": ["backup", "create"],
        "exchange export": ["exchange", "export", "--agreement", "ENT-2026-0001"],
        "agreement export": ["agreement", "export", "--answers", str(answers)],
        "guides print": ["guides", "print", "partage-ressources"],
    }


COMMANDS = ("journal export", "backup create", "exchange export", "agreement export", "guides print")


@pytest.fixture
def data(data_dir):
    data = prepared(data_dir)
    add_rows(data, agreements=2, projects=1, entries=3)
    add_agreement(data, "ENT-2026-0001", versions=1)
    (data.attachments).mkdir(exist_ok=True)
    (data.attachments / "photo.jpg").write_bytes(b"\xff\xd8 photo")
    main(["--data-dir", str(data_dir), "backup", "create"])  # one backup in the data folder's own folder
    close_all()
    return data


def _run(data, tmp_path, command: str, out: Path, *extra: str, lang: str = "fr") -> int:
    argv = ["--data-dir", str(data.root), "--lang", lang, *_commands(data.root, tmp_path)[command],
            "--out", str(out), *extra]
    try:
        return main(argv)
    finally:
        close_all()


def _own_files(data) -> dict[str, Path]:
    backups = sorted(data.backups.glob("sauvegarde-*.zip"))
    assert backups
    return {
        "database": data.database,
        "settings": data.settings_file,
        "attachment": data.attachments / "photo.jpg",
        "backup": backups[0],
        "new file in the backups": data.backups / "rapport.pdf",
        "database, other case": data.root / "PARTAGE.SQLITE3",
        "database companion": data.root / "partage.sqlite3-wal",
        "the data folder itself": data.root,
    }


@pytest.mark.parametrize("command", COMMANDS)
def test_no_output_replaces_one_of_the_data_folders_own_files(data, tmp_path, capsys, command):
    before = counts(data)
    data.settings_file.write_text(data.settings_file.read_text("utf-8") if data.settings_file.exists() else "{}")
    settings = data.settings_file.read_bytes()
    photo = (data.attachments / "photo.jpg").read_bytes()
    for label, target in _own_files(data).items():
        existed = target.exists()
        snapshot = target.read_bytes() if target.is_file() else None
        for extra in ((), ("--force",)):
            assert _run(data, tmp_path, command, target, *extra) == 2, (label, extra)
            err = capsys.readouterr().err
            assert "fichiers de Partage" in err and "rien n'a été écrit" in err, (label, err)
            assert target.exists() == existed, label
            if snapshot is not None:
                assert target.read_bytes() == snapshot, label
    assert counts(data) == before
    assert data.database.read_bytes()[:16] == b"SQLite format 3\x00"
    assert data.settings_file.read_bytes() == settings
    assert (data.attachments / "photo.jpg").read_bytes() == photo


@pytest.mark.parametrize("command", COMMANDS)
def test_links_to_the_database_are_refused_too(data, tmp_path, capsys, command):
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    symlink = elsewhere / "rapport.pdf"
    symlink.symlink_to(data.database)
    linked_folder = elsewhere / "donnees-lien"
    linked_folder.symlink_to(data.root, target_is_directory=True)
    hard = elsewhere / "copie.sqlite3"
    os.link(data.database, hard)
    for target in (symlink, linked_folder / "partage.sqlite3", hard, linked_folder / "pieces-jointes" / "x.pdf"):
        assert _run(data, tmp_path, command, target, "--force") == 2, target
        assert "fichiers de Partage" in capsys.readouterr().err
    assert counts(data)["agreements"] >= 2
    assert data.database.read_bytes()[:16] == b"SQLite format 3\x00"


@pytest.mark.parametrize("command", COMMANDS)
def test_an_existing_file_is_replaced_only_with_force(data, tmp_path, capsys, command):
    target = tmp_path / "sortie.bin"
    target.write_bytes(b"precious work of the user")
    assert _run(data, tmp_path, command, target, lang="en") == 2
    err = capsys.readouterr().err
    assert "already exists" in err and "--force" in err
    assert target.read_bytes() == b"precious work of the user"
    assert _run(data, tmp_path, command, target) == 2
    assert "existe déjà" in capsys.readouterr().err
    assert target.read_bytes() == b"precious work of the user"
    assert _run(data, tmp_path, command, target, "--force") == 0
    capsys.readouterr()
    assert target.read_bytes() != b"precious work of the user" and target.stat().st_size > 100


@pytest.mark.parametrize("command", COMMANDS)
def test_a_new_file_beside_the_data_is_written(data, tmp_path, capsys, command):
    """The guard refuses Partage's own files, not the folder: a new name in it is fine (portable
    use keeps everything on one USB key)."""
    target = data.root / "export-du-jour.out"
    assert _run(data, tmp_path, command, target) == 0
    assert target.is_file() and target.stat().st_size > 100


def test_a_folder_as_output_is_a_usage_error(data, tmp_path, capsys):
    assert _run(data, tmp_path, "journal export", tmp_path) == 2
    assert "c'est un dossier, pas un fichier" in capsys.readouterr().err


def test_a_backup_folder_elsewhere_protects_its_backups_only(data, tmp_path, capsys):
    """The backup folder chosen in the settings may be Documents: its backups are Partage's, the
    user's other files there are the user's (replaced with --force as anywhere else)."""
    from partage_desktop.platform.settings import Settings
    from partage_desktop.services.safety import backup

    documents = tmp_path / "Documents"
    documents.mkdir()
    settings = Settings.load(data.settings_file)
    settings.backup_dir = str(documents)
    settings.save(data.settings_file)
    made = backup.make_backup(data, "fr")
    assert made.path.parent == documents
    own = documents / "rapport.csv"
    own.write_text("ancien", "utf-8")
    assert _run(data, tmp_path, "journal export", made.path, "--force") == 2
    assert "fichiers de Partage" in capsys.readouterr().err
    assert _run(data, tmp_path, "journal export", documents / "sauvegarde-20261201-101010-manuelle.zip") == 2
    capsys.readouterr()
    assert _run(data, tmp_path, "journal export", own, "--force") == 0
    assert own.read_text("utf-8-sig").startswith("N°;Date")


def test_a_subfolder_of_the_users_own_beside_the_data_is_theirs(data, tmp_path, capsys):
    exports = data.root / "exports"
    exports.mkdir()
    assert _run(data, tmp_path, "journal export", exports / "journal.csv") == 0
    assert (exports / "journal.csv").is_file()
    # but a folder of Partage's, in any case, is not
    assert _run(data, tmp_path, "journal export", data.root / "Pieces-Jointes" / "journal.csv") == 2
    assert _run(data, tmp_path, "journal export", data.root / "journaux" / "journal.csv") == 2


def test_every_out_option_of_the_command_line_has_force():
    """The class, not the five examples: any command that takes ``--out`` also takes ``--force``
    (and so goes through the guard that needs it)."""
    import argparse

    from partage_desktop.cli.main import build_parser

    def walk(parser, path):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    yield from walk(sub, (*path, name))
        options = {opt for action in parser._actions for opt in action.option_strings}
        if "--out" in options:
            yield path, "--force" in options

    found = dict(walk(build_parser("fr"), ()))
    assert len(found) >= 5
    assert all(found.values()), [" ".join(p) for p, ok in found.items() if not ok]
