"""The command-line contract: version, usage errors, templates list, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from partage_desktop import __version__
from partage_desktop.cli.main import main
from partage_desktop.core.formatting import french_spacing


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"partage-desktop {__version__}"


@pytest.mark.parametrize("lang,expected", [("fr", "Commande incorrecte"), ("en", "Incorrect command")])
def test_unknown_option_is_a_usage_error_in_the_chosen_language(capsys, lang, expected):
    assert main(["--lang", lang, "--frobnicate"]) == 2
    err = capsys.readouterr().err
    assert expected in err and "--frobnicate" in err


def test_unknown_command_is_a_usage_error(capsys):
    assert main(["teleporter"]) == 2
    assert "partage-desktop --help" in capsys.readouterr().err


def test_templates_list_json(capsys):
    assert main(["templates", "list", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    ids = {item["id"] for item in items}
    assert "pret-materiel" in ids
    for item in items:
        assert set(item) >= {"id", "version", "title", "min_parties", "max_parties", "example"}
        assert set(item["title"]) == {"fr", "en"}
        assert os.path.isfile(item["example"])


def test_templates_list_text_in_english(capsys):
    assert main(["templates", "list", "--lang", "en"]) == 0
    assert "Equipment Loan Agreement" in capsys.readouterr().out


def test_unwritable_data_dir_exit_3(data_dir, capsys, monkeypatch):
    # Tests may run as root, who can write anywhere: simulate the operating system's refusal.
    import partage_desktop.platform.datadir as datadir_module

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(datadir_module.tempfile, "NamedTemporaryFile", refuse)
    # a command that writes (one that only reads has nothing to do in an empty folder)
    assert main(["--data-dir", str(data_dir), "backup", "create"]) == 3
    assert "Impossible d'écrire dans le dossier de données" in capsys.readouterr().err
    assert list(data_dir.iterdir()) == []


def test_data_dir_that_is_a_file_exit_3(tmp_path, capsys):
    not_a_dir = tmp_path / "fichier.txt"
    not_a_dir.write_text("x")
    assert main(["--data-dir", str(not_a_dir), "agreement", "list"]) == 3
    err = capsys.readouterr().err
    assert "est un fichier, pas un dossier" in err
    assert not_a_dir.read_text() == "x"


def test_module_entry_point_runs():
    result = subprocess.run([sys.executable, "-m", "partage_desktop", "--version"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.strip() == f"partage-desktop {__version__}"


@pytest.mark.parametrize("argv, french", [
    (["guides", "print", "--out", "x.pdf"], "arguments manquants : ids"),
    (["templates", "list", "--bogus"], "arguments inconnus : --bogus"),
    (["guides", "search", "x", "--limit", "abc"], "--limit : « abc » n'est pas un nombre entier"),
    (["agreement", "frobnicate"], "« frobnicate » n'existe pas (choix : export, list, verify, sign, lawyer-changes)"),
])
def test_usage_errors_are_explained_in_french(argv, french, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert french_spacing(french) in err and "required" not in err and "unrecognized" not in err


def test_usage_errors_stay_in_english_in_english(capsys):
    assert main(["--lang", "en", "guides", "print", "--out", "x.pdf"]) == 2
    assert "the following arguments are required: ids" in capsys.readouterr().err
