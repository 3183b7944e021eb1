"""A backup is restored only as far as it is Partage's: checked whole before anything changes
(revision read from the database itself, not from the backup's description), rebuilt from the
app's own schema (a trigger, view or table slipped into the file never comes back), and the
counts said afterwards are the restored database's. ``check`` compares the schema too."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

from safetydata import add_rows, counts, prepared

from partage_desktop.cli.main import main
from partage_desktop.services.data.session import close_all
from partage_desktop.services.safety import backup
from partage_desktop.store.safety.backup import DB_MEMBER, MANIFEST


def _doctored(source: Path, target: Path, tmp_path: Path, sql: str = "", manifest: dict | None = None,
              database: Path | None = None) -> Path:
    """A copy of the backup ``source`` whose database ran ``sql`` (or is ``database``) and whose
    description is changed by ``manifest``."""
    work = tmp_path / f"work-{target.stem}.sqlite3"
    with zipfile.ZipFile(source) as src:
        work.write_bytes(src.read(DB_MEMBER))
        description = json.loads(src.read(MANIFEST))
        others = {n: src.read(n) for n in src.namelist() if n not in (DB_MEMBER, MANIFEST)}
    if sql:
        con = sqlite3.connect(work)
        con.executescript(sql)
        con.close()
    description.update(manifest or {})
    with zipfile.ZipFile(target, "w") as dst:
        dst.writestr(MANIFEST, json.dumps(description))
        dst.write(database or work, DB_MEMBER)
        for name, content in others.items():
            dst.writestr(name, content)
    return target


HOSTILE = """
CREATE TRIGGER efface_tout AFTER INSERT ON journal_entry BEGIN DELETE FROM agreement; END;
CREATE TRIGGER efface_aussi AFTER UPDATE ON project BEGIN DELETE FROM agreement; END;
CREATE VIEW vue_espion AS SELECT * FROM organization;
CREATE TABLE inconnue (x TEXT);
INSERT INTO inconnue VALUES ('là');
CREATE INDEX ix_inconnu ON agreement (title);
"""


def _made(data, tmp_path) -> Path:
    out = tmp_path / "sauvegarde.zip"
    backup.make_backup(data, "fr", out=out)
    return out


def test_a_restored_backup_never_brings_back_triggers_views_or_unknown_tables(data_dir, tmp_path, capsys):
    data = prepared(data_dir)
    add_rows(data, agreements=3, projects=1, entries=2)
    hostile = _doctored(_made(data, tmp_path), tmp_path / "piegee.zip", tmp_path, HOSTILE)
    close_all()
    assert main(["--data-dir", str(data_dir), "backup", "restore", str(hostile)]) == 0
    said = capsys.readouterr().out
    assert "laissés de côté" in said and "efface_tout" in said and "inconnue" in said
    con = sqlite3.connect(data.database)
    kinds = {row for row in con.execute("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')")}
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    con.close()
    assert kinds == set() and "inconnue" not in tables
    # the next journal write (the trigger's cue) leaves every agreement in place
    add_rows(data, entries=1, tag="après")
    assert counts(data)["agreements"] == 3 and counts(data)["entries"] == 3
    # and what was restored is searchable: the search index was rebuilt from the entries
    from partage_desktop.services.journal import entries as journal

    assert [h.title for h in journal.search(data, "Entrée 1")][:1] == ["Entrée 1"]
    close_all()
    assert main(["--data-dir", str(data_dir), "check"]) == 0


def test_check_reports_a_trigger_planted_in_the_database(data_dir, capsys):
    data = prepared(data_dir)
    add_rows(data, agreements=2)
    con = sqlite3.connect(data.database)
    con.executescript("CREATE TRIGGER efface_tout AFTER INSERT ON journal_entry BEGIN DELETE FROM agreement; END;")
    con.close()
    assert main(["--data-dir", str(data_dir), "check"]) == 3
    err = capsys.readouterr().err
    assert "structure" in err and "trigger efface_tout" in err
    close_all()
    assert main(["--data-dir", str(data_dir), "--lang", "en", "check"]) == 3
    assert "structure differs" in capsys.readouterr().err


def test_check_reports_an_extra_table_and_a_missing_index(data_dir, capsys):
    data = prepared(data_dir)
    con = sqlite3.connect(data.database)
    con.executescript("CREATE TABLE espion (x); DROP INDEX ix_journal_entry_date;")
    con.close()
    assert main(["--data-dir", str(data_dir), "check"]) == 3
    err = capsys.readouterr().err
    assert "unknown table espion" in err and "missing index ix_journal_entry_date" in err


def _untouched(data, before_counts, before_backups):
    assert counts(data) == before_counts
    assert sorted(p.name for p in data.backups.glob("*.zip")) == before_backups  # not even a safety copy
    leftovers = [p.name for p in data.root.iterdir() if p.name.startswith((".restauration", ".pieces-jointes",
                                                                            ".verification", ".partage-rest"))]
    assert leftovers == []


def test_a_newer_database_behind_an_old_description_is_refused_before_anything_changes(data_dir, tmp_path,
                                                                                       capsys):
    data = prepared(data_dir)
    add_rows(data, agreements=2)
    made = _made(data, tmp_path)
    future = _doctored(made, tmp_path / "future.zip", tmp_path,
                       "UPDATE alembic_version SET version_num = '0099_future'")
    add_rows(data, agreements=1, tag="x")
    close_all()
    before, backups = counts(data), sorted(p.name for p in data.backups.glob("*.zip"))
    assert main(["--data-dir", str(data_dir), "backup", "restore", str(future)]) == 3
    err = capsys.readouterr().err
    assert "version plus récente" in err and "Rien n'a été modifié" in err
    _untouched(data, before, backups)


def test_a_database_that_is_not_partages_is_refused_before_anything_changes(data_dir, tmp_path, capsys):
    data = prepared(data_dir)
    add_rows(data, agreements=2)
    stranger = tmp_path / "autre.sqlite3"
    con = sqlite3.connect(stranger)
    con.executescript("CREATE TABLE clients (nom TEXT); INSERT INTO clients VALUES ('x');")
    con.close()
    foreign = _doctored(_made(data, tmp_path), tmp_path / "etranger.zip", tmp_path, database=stranger)
    close_all()
    before, backups = counts(data), sorted(p.name for p in data.backups.glob("*.zip"))
    assert main(["--data-dir", str(data_dir), "--lang", "en", "backup", "restore", str(foreign)]) == 3
    err = capsys.readouterr().err
    assert "does not hold a Partage database" in err and "Nothing was changed" in err
    _untouched(data, before, backups)


def test_a_database_missing_a_table_is_refused_before_anything_changes(data_dir, tmp_path, capsys):
    data = prepared(data_dir)
    add_rows(data, agreements=2)
    broken = _doctored(_made(data, tmp_path), tmp_path / "amputee.zip", tmp_path, "DROP TABLE agreement_version")
    close_all()
    before, backups = counts(data), sorted(p.name for p in data.backups.glob("*.zip"))
    assert main(["--data-dir", str(data_dir), "backup", "restore", str(broken)]) == 3
    assert "Rien n'a été modifié" in capsys.readouterr().err
    _untouched(data, before, backups)


def test_the_counts_said_after_a_restore_are_the_databases_not_the_description(data_dir, tmp_path, capsys):
    data = prepared(data_dir)
    add_rows(data, agreements=2, projects=1, entries=4)
    lying = _doctored(_made(data, tmp_path), tmp_path / "menteuse.zip", tmp_path,
                      manifest={"counts": {"agreements": 999, "projects": 999, "entries": 999}})
    close_all()
    assert main(["--data-dir", str(data_dir), "backup", "restore", str(lying)]) == 0
    said = capsys.readouterr().out
    assert "2 ententes, 1 projet, 4 entrées de journal" in said and "999" not in said
