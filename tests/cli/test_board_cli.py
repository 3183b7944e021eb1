"""``resources sheet --out FILE.partage|FILE.pdf`` and ``resources import FILE.partage [--dry-run]``:
outputs, exit codes (2 or 3 when refused, nothing written) and both languages."""

from __future__ import annotations

import json
import sqlite3

import pytest
from board_support import fill_sender
from safetydata import prepared

from partage_desktop.cli.main import main
from partage_desktop.services.data.session import close_all


def dump(folder) -> list[str]:
    con = sqlite3.connect(folder / "partage.sqlite3")
    try:
        return list(con.iterdump())
    finally:
        con.close()


@pytest.fixture
def folders(tmp_path):
    here = prepared(tmp_path / "ici")
    fill_sender(here)
    there = prepared(tmp_path / "la")
    close_all()
    yield here.root, there.root
    close_all()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_sheet_then_dry_run_then_import(folders, tmp_path, capsys, lang):
    here, there = folders
    out = tmp_path / "fiche.partage"
    assert main(["--data-dir", str(here), "--lang", lang, "resources", "sheet", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert ("3 offres, 2 besoins, 2 photos" if lang == "fr" else "3 offers, 2 needs, 2 photos") in said
    assert main(["--data-dir", str(here), "resources", "sheet", "--out", str(tmp_path / "fiche.pdf"), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["format"] == "pdf" and summary["pages"] >= 1
    assert (tmp_path / "fiche.pdf").read_bytes().startswith(b"%PDF")

    before = dump(there)
    assert main(["--data-dir", str(there), "--lang", lang, "resources", "import", str(out), "--dry-run"]) == 0
    preview = capsys.readouterr().out
    assert ("5 ajouts" if lang == "fr" else "5 added") in preview
    close_all()
    assert dump(there) == before  # a dry run writes nothing

    assert main(["--data-dir", str(there), "--lang", lang, "resources", "import", str(out), "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["applied"] and plan["action"] == "new" and len(plan["added"]) == 5
    assert main(["--data-dir", str(there), "--lang", lang, "resources", "import", str(out)]) == 0
    assert ("rien ne change" if lang == "fr" else "nothing changes") in capsys.readouterr().out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_refused_sheets_exit_2_or_3_and_write_nothing(folders, tmp_path, capsys, lang):
    here, there = folders
    ours = tmp_path / "nous.partage"
    assert main(["--data-dir", str(here), "resources", "sheet", "--out", str(ours)]) == 0
    capsys.readouterr()
    close_all()
    before = dump(here)
    # our own sheet, back to us: exit 2
    assert main(["--data-dir", str(here), "--lang", lang, "resources", "import", str(ours)]) == 2
    assert ("est la nôtre" if lang == "fr" else "is our own") in capsys.readouterr().err
    close_all()
    assert dump(here) == before
    # not a sheet at all: exit 3
    fake = tmp_path / "faux.partage"
    fake.write_bytes(b"<html>bonjour</html>")
    before = dump(there)
    assert main(["--data-dir", str(there), "--lang", lang, "resources", "import", str(fake)]) == 3
    assert ("Rien n'a été importé" if lang == "fr" else "Nothing was imported") in capsys.readouterr().err
    close_all()
    assert dump(there) == before


def test_sheet_output_name_must_say_what_it_is(folders, tmp_path, capsys):
    here, _there = folders
    out = tmp_path / "fiche.txt"
    assert main(["--data-dir", str(here), "resources", "sheet", "--out", str(out)]) == 2
    assert ".partage" in capsys.readouterr().err and not out.exists()


def test_a_dry_run_never_creates_the_data_folder(folders, tmp_path, capsys):
    here, _there = folders
    out = tmp_path / "fiche.partage"
    assert main(["--data-dir", str(here), "resources", "sheet", "--out", str(out)]) == 0
    missing = tmp_path / "pas-encore"
    assert main(["--data-dir", str(missing), "--lang", "en", "resources", "import", str(out), "--dry-run"]) == 2
    assert not missing.exists()
