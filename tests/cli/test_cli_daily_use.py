"""The command line in daily use: help in the chosen language, projects by number or name, data
folders that are not silently created, missing input files, recorded exports, the demo data."""

from __future__ import annotations

import argparse
import json
import sqlite3

import pytest
from safetydata import example, prepared

from partage_desktop.cli.main import build_parser, main
from partage_desktop.platform.resources import templates_dir
from partage_desktop.services.data.session import close_all


def _plain(text: str) -> str:
    """French messages use no-break spaces around « » and before : ; ? !"""
    return text.replace("\xa0", " ").replace("\u202f", " ")


EXAMPLE = str(templates_dir() / "examples" / "pret-materiel.json")


@pytest.fixture(autouse=True)
def _no_env_data_dir(monkeypatch):
    monkeypatch.delenv("PARTAGE_DATA_DIR", raising=False)
    yield
    close_all()


def _parsers(parser: argparse.ArgumentParser, path=()):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


# ------------------------------------------------------------------------------------------ help


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_command_has_a_description_and_every_option_a_help_text(lang):
    for path, parser in _parsers(build_parser(lang)):
        if path:
            assert parser.description, path
        for action in parser._actions:
            if not isinstance(action, argparse._SubParsersAction):
                assert action.help, (path, action.option_strings or action.dest)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                listed = {choice.dest for choice in action._choices_actions}
                assert listed == set(action.choices), path  # each subcommand has its one-line help


def test_help_lists_each_command_with_a_line_in_french(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = _plain(capsys.readouterr().out)
    assert out.startswith("utilisation :")
    assert "afficher cette aide et quitter" in out
    for command, words in (("templates", "modèles d'entente"), ("journal", "journal de projet"),
                           ("demo", "données de démonstration"), ("exchange", "fichiers d'échange")):
        line = next(line for line in out.splitlines() if line.strip().startswith(command + " "))
        assert words in line or words in out.split(line, 1)[1].splitlines()[0], command


def test_help_in_english_is_english(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "en", "journal", "export", "--help"])
    out = _plain(capsys.readouterr().out)
    assert out.startswith("usage:")
    assert "export the journal as a CSV" in out and "the project: its number or its name" in out
    assert "journal de" not in out and "utilisation" not in out


# -------------------------------------------------------------------------------------- projects


@pytest.fixture
def demo_folder(tmp_path, capsys):
    folder = tmp_path / "donnees"
    assert main(["--data-dir", str(folder), "demo", "--entries", "30"]) == 0
    capsys.readouterr()
    return folder


def test_journal_projects_lists_numbers_and_names(demo_folder, capsys):
    assert main(["--data-dir", str(demo_folder), "journal", "projects", "--json"]) == 0
    projects = json.loads(capsys.readouterr().out)
    assert [p["name"] for p in projects] == ["Camion réfrigéré partagé", "Locaux partagés rue Champlain",
                                             "Adjointe administrative partagée"]
    assert set(projects[0]) >= {"id", "name", "stage", "start_date", "entries", "demo"}
    assert sum(p["entries"] for p in projects) == 30
    assert main(["--data-dir", str(demo_folder), "--lang", "en", "journal", "projects"]) == 0
    out = _plain(capsys.readouterr().out)
    assert f"{projects[0]['id']}  Camion réfrigéré partagé — {projects[0]['entries']} entries (sample)" in out


def test_project_is_accepted_by_name_in_journal_and_exchange_exports(demo_folder, tmp_path, capsys):
    out = tmp_path / "camion.csv"
    assert main(["--data-dir", str(demo_folder), "journal", "export", "--format", "csv", "--out", str(out),
                 "--project", "camion refrigere"]) == 0
    by_name = out.read_bytes()
    assert main(["--data-dir", str(demo_folder), "journal", "export", "--format", "csv", "--out", str(out),
                 "--project", "1", "--force"]) == 0  # the same file again: replacing it is asked for
    assert out.read_bytes() == by_name
    capsys.readouterr()
    sent = tmp_path / "locaux.partage"
    assert main(["--data-dir", str(demo_folder), "exchange", "export", "--project", "Locaux partagés rue Champlain",
                 "--out", str(sent), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["project"] == "Locaux partagés rue Champlain"


def test_an_ambiguous_or_unknown_project_name_is_wrong_input(demo_folder, tmp_path, capsys):
    out = tmp_path / "x.csv"
    assert main(["--data-dir", str(demo_folder), "journal", "export", "--format", "csv", "--out", str(out),
                 "--project", "partagé"]) == 2
    err = _plain(capsys.readouterr().err)
    assert "désigne plusieurs projets" in err and "Camion réfrigéré partagé" in err
    assert main(["--data-dir", str(demo_folder), "exchange", "export", "--project", "bateau",
                 "--out", str(tmp_path / "x.partage")]) == 2
    assert "aucun projet ne s'appelle « bateau »" in _plain(capsys.readouterr().err)
    assert not out.exists() and not (tmp_path / "x.partage").exists()


# ---------------------------------------------------------------------------------- data folders


@pytest.mark.parametrize("argv", [
    ["agreement", "list"], ["agreement", "list", "--json"], ["journal", "search", "camion"],
    ["journal", "projects"], ["backup", "list"], ["check"],
    ["journal", "export", "--format", "csv", "--out", "{tmp}/x.csv"],
    ["exchange", "export", "--project", "1", "--out", "{tmp}/x.partage"],
    ["demo", "--remove"],
])
def test_a_mistyped_data_folder_is_never_created_by_a_command_that_only_reads(argv, tmp_path, capsys):
    typo = tmp_path / "donees"
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(["--data-dir", str(typo), *args]) == 2
    assert "n'existe pas : rien à lire" in _plain(capsys.readouterr().err)
    assert not typo.exists()


def test_the_usual_folder_not_made_yet_holds_nothing_and_is_not_created(tmp_path, monkeypatch, capsys):
    import partage_desktop.platform.datadir as datadir_module

    usual = tmp_path / "Partage"
    monkeypatch.setattr(datadir_module, "default_root", lambda: usual)
    assert main(["agreement", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["journal", "projects"]) == 0
    assert "Aucun projet" in _plain(capsys.readouterr().out)
    assert not usual.exists()


def test_an_empty_existing_folder_gets_no_database_from_a_listing(tmp_path, capsys):
    folder = tmp_path / "vide"
    folder.mkdir()
    assert main(["--data-dir", str(folder), "journal", "search", "camion", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["--data-dir", str(folder), "check"]) == 0
    out = tmp_path / "journal.csv"
    assert main(["--data-dir", str(folder), "journal", "export", "--format", "csv", "--out", str(out)]) == 0
    assert out.read_text("utf-8-sig").count("\n") == 1  # the header line only
    assert list(folder.iterdir()) == []


def test_a_command_that_writes_says_it_created_the_folder(tmp_path, capsys):
    new = tmp_path / "nouveau"
    assert main(["--data-dir", str(new), "backup", "create"]) == 0
    assert f"Nouveau dossier de données créé : « {new} »" in _plain(capsys.readouterr().err)
    assert main(["--data-dir", str(new), "backup", "create"]) == 0
    assert "Nouveau dossier" not in _plain(capsys.readouterr().err)  # only the first time


# ---------------------------------------------------------------------------------- input files


@pytest.mark.parametrize("argv", [
    ["agreement", "export", "--answers", "{tmp}/absent.json", "--out", "{tmp}/x.pdf"],
    ["agreement", "verify", "{tmp}/absent.pdf"],
    ["backup", "restore", "{tmp}/absent.zip"],
    ["exchange", "import", "{tmp}/absent.partage"],
    ["exchange", "import", "{tmp}/absent.partage", "--dry-run"],
])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_missing_input_file_is_exit_2_in_every_command(argv, lang, tmp_path, capsys):
    folder = prepared(tmp_path / "donnees").root
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(["--data-dir", str(folder), "--lang", lang, *args]) == 2
    err = _plain(capsys.readouterr().err)
    assert "absent." in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_folder_given_as_the_answers_file_is_wrong_input(tmp_path, capsys):
    assert main(["agreement", "export", "--answers", str(tmp_path), "--out", str(tmp_path / "x.pdf")]) == 2
    assert "est un dossier" in _plain(capsys.readouterr().err)


# ----------------------------------------------------------------------------- agreement export


def test_an_export_from_a_file_says_it_is_not_recorded_and_record_records_it(tmp_path, capsys):
    folder = tmp_path / "donnees"
    out = tmp_path / "entente.pdf"
    assert main(["--data-dir", str(folder), "agreement", "export", "--answers", EXAMPLE, "--out", str(out)]) == 0
    assert "--record" in _plain(capsys.readouterr().err)
    assert not folder.exists()  # an export alone leaves the data alone
    recorded = tmp_path / "entente-enregistree.pdf"
    assert main(["--data-dir", str(folder), "agreement", "export", "--answers", EXAMPLE, "--out", str(recorded),
                 "--record", "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["recorded"] is True and {"out", "pages", "fingerprint"} <= set(exported)
    assert main(["--data-dir", str(folder), "agreement", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(a["ref"], a["versions"]) for a in listed] == [(exported["reference"], 1)]
    assert main(["--data-dir", str(folder), "agreement", "verify", str(recorded), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["reference"] == exported["reference"]


def test_a_recorded_export_with_wrong_answers_records_nothing(tmp_path, capsys):
    folder = prepared(tmp_path / "donnees").root
    wrong = example()
    wrong["parties"] = wrong["parties"][:1]
    answers = tmp_path / "r.json"
    answers.write_text(json.dumps(wrong), "utf-8")
    assert main(["--data-dir", str(folder), "agreement", "export", "--answers", str(answers),
                 "--out", str(tmp_path / "x.pdf"), "--record"]) == 2
    assert not (tmp_path / "x.pdf").exists()
    con = sqlite3.connect(folder / "partage.sqlite3")
    assert con.execute("SELECT COUNT(*) FROM agreement").fetchone() == (0,)
    con.close()


# ------------------------------------------------------------------------------------------ demo


def test_demo_twice_is_refused_then_forced_after_a_backup_then_removed(tmp_path, capsys):
    folder = tmp_path / "donnees"
    assert main(["--data-dir", str(folder), "demo", "--entries", "20"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "demo", "--entries", "20"]) == 2
    err = _plain(capsys.readouterr().err)
    assert "contient déjà des données" in err and "--force" in err and "demo --remove" in err
    assert main(["--data-dir", str(folder), "journal", "projects", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3  # nothing doubled

    assert main(["--data-dir", str(folder), "demo", "--entries", "20", "--force"]) == 0
    assert "Sauvegarde faite avant" in _plain(capsys.readouterr().err)
    assert len(list((folder / "sauvegardes").glob("*-avant-demo.zip"))) == 1

    assert main(["--data-dir", str(folder), "demo", "--remove"]) == 0
    assert "Vos propres données n'ont pas été touchées" in _plain(capsys.readouterr().out)
    assert main(["--data-dir", str(folder), "journal", "projects", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_demo_remove_keeps_the_users_rows(tmp_path, capsys):
    folder = tmp_path / "donnees"
    answers = tmp_path / "mine.json"
    answers.write_text(json.dumps(example()), "utf-8")
    assert main(["--data-dir", str(folder), "agreement", "export", "--answers", str(answers),
                 "--out", str(tmp_path / "mine.pdf"), "--record", "--json"]) == 0
    mine = json.loads(capsys.readouterr().out)["reference"]
    assert main(["--data-dir", str(folder), "demo", "--entries", "10", "--force"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "agreement", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 4
    assert main(["--data-dir", str(folder), "--lang", "en", "demo", "--remove"]) == 0
    assert "Your own data was not touched" in _plain(capsys.readouterr().out)
    assert main(["--data-dir", str(folder), "agreement", "list", "--json"]) == 0
    assert [a["ref"] for a in json.loads(capsys.readouterr().out)] == [mine]


def test_demo_refuses_remove_with_force(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "d"), "demo", "--remove", "--force"]) == 2
    assert "ne va pas avec" in _plain(capsys.readouterr().err)
