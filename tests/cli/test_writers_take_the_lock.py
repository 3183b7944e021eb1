"""Command-line writers never change the database while Partage (or another command) holds the
data folder: ``demo``, ``exchange import`` (a project too) and ``backup restore`` exit 3 with a
message in the user's language, and nothing is written."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from safetydata import prepared

from partage_desktop.cli.main import main
from partage_desktop.platform.lock import DataFolderLock
from partage_desktop.services.data.session import close_all
from partage_desktop.services.exchange.project import export_project
from partage_desktop.services.journal import entries as svc


def count(data, table):
    con = sqlite3.connect(data.database)
    try:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("lang,said", [("fr", "déjà ouvert"), ("en", "already open")])
def test_demo_waits_for_the_app_to_close(data_dir, capsys, lang, said):
    data = prepared(data_dir)
    with DataFolderLock(data.root):
        assert main(["--data-dir", str(data_dir), "--lang", lang, "demo", "--entries", "5"]) == 3
        assert said in capsys.readouterr().err.replace("\u00a0", " ")
        assert count(data, "journal_entry") == 0 and count(data, "organization") == 0
    close_all()
    # once the folder is free, the same command works
    assert main(["--data-dir", str(data_dir), "demo", "--entries", "5"]) == 0
    assert count(data, "journal_entry") == 5
    close_all()


def test_a_project_import_waits_for_the_app_to_close(tmp_path, capsys):
    partner = prepared(tmp_path / "partenaire")
    project = svc.save_project(partner, svc.ProjectData(name="Cuisine collective"))
    svc.save_entry(partner, svc.EntryData(project_id=project.id, title="Réunion", entry_date=date(2026, 3, 2)))
    file = tmp_path / "projet.partage"
    export_project(partner, project.id, file, "fr")
    data = prepared(tmp_path / "ici")
    with DataFolderLock(data.root):
        assert main(["--data-dir", str(data.root), "exchange", "import", str(file)]) == 3
        assert "déjà ouvert" in capsys.readouterr().err.replace("\u00a0", " ")
        assert count(data, "project") == 0
        assert main(["--data-dir", str(data.root), "exchange", "import", str(file), "--dry-run"]) == 0
    assert main(["--data-dir", str(data.root), "exchange", "import", str(file)]) == 0
    assert count(data, "project") == 1
    close_all()
