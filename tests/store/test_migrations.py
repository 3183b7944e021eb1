"""Migrations: upgrade from nothing, models match migrations, refusals leave the file untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date

import pytest

from partage_desktop.store.errors import DatabaseDamagedError, DatabaseTooNewError
from partage_desktop.store.quick import read_home_snapshot
from partage_desktop.store.schema import migrate
from partage_desktop.store.schema import version as schema_version
from partage_desktop.store.schema.migrate import prepare_database


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_upgrade_from_nothing_creates_a_wal_database_with_foreign_keys(tmp_path):
    db = tmp_path / "sub" / "partage.sqlite3"
    result = prepare_database(db, tmp_path / "backups")
    assert result.created and result.backup_path is None
    con = sqlite3.connect(db)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"organization", "agreement", "agreement_party", "agreement_version", "project",
            "journal_entry", "alembic_version"} <= tables
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == schema_version.HEAD
    con.close()
    # second start: fast path, nothing changes
    assert prepare_database(db, tmp_path / "backups") == migrate.PrepareResult(False, None, None)


def test_models_match_the_migrations(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from partage_desktop.store.engine import make_engine, sqlite_url
    from partage_desktop.store.journal.search import include_name
    from partage_desktop.store.models import Base

    db = tmp_path / "p.sqlite3"
    prepare_database(db, tmp_path / "b")
    engine = make_engine(sqlite_url(db))
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True,
                                                                    "include_name": include_name}), Base.metadata)
    engine.dispose()
    assert diff == []


def test_known_revisions_match_alembics_chain():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    chain = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(chain) == schema_version.KNOWN_REVISIONS
    assert script.get_current_head() == schema_version.HEAD


def test_unknown_revision_is_refused_and_untouched(tmp_path):
    db = tmp_path / "p.sqlite3"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    con.execute("INSERT INTO alembic_version VALUES ('9999')")
    con.commit()
    con.close()
    before = sha(db)
    with pytest.raises(DatabaseTooNewError) as info:
        prepare_database(db, tmp_path / "b")
    assert info.value.revision == "9999"
    assert sha(db) == before
    assert not (tmp_path / "b").exists()


@pytest.mark.parametrize("content", [b"garbage" * 500, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_damaged_file_is_refused_and_untouched(tmp_path, content):
    db = tmp_path / "p.sqlite3"
    db.write_bytes(content)
    with pytest.raises(DatabaseDamagedError):
        prepare_database(db, tmp_path / "b")
    assert db.read_bytes() == content


def test_foreign_sqlite_database_is_refused(tmp_path):
    db = tmp_path / "p.sqlite3"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE clients (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseDamagedError):
        prepare_database(db, tmp_path / "b")


def test_older_database_is_copied_aside_then_upgraded(tmp_path, monkeypatch):
    """Simulate an older revision: the database is stamped '0000', which this test makes known."""
    db = tmp_path / "p.sqlite3"
    prepare_database(db, tmp_path / "b")
    con = sqlite3.connect(db)
    con.execute("INSERT INTO organization (is_own, legal_name, address, representative, representative_title, "
                "email, phone, archived, created_at, updated_at) VALUES (1, 'Organisme A', '', '', '', '', '', 0, "
                "'2026-01-01', '2026-01-01')")
    con.execute("UPDATE alembic_version SET version_num = '0000'")
    con.commit()
    con.close()
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", ("0000", "0001"))
    upgrades = []
    monkeypatch.setattr(migrate, "_upgrade", lambda path: upgrades.append(path) or _stamp(path, "0001"))
    result = prepare_database(db, tmp_path / "b")
    assert result.upgraded_from == "0000" and upgrades == [db]
    from partage_desktop.store.safety.backup import check_backup_database

    backup = sqlite3.connect(check_backup_database(result.backup_path, tmp_path))
    assert backup.execute("SELECT legal_name FROM organization").fetchone()[0] == "Organisme A"
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0000"
    backup.close()


def _stamp(path, revision):
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.commit()
    con.close()


def test_failed_upgrade_puts_the_original_back(tmp_path, monkeypatch):
    db = tmp_path / "p.sqlite3"
    prepare_database(db, tmp_path / "b")
    _stamp(db, "0000")
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", ("0000", "0001"))

    def broken(path):
        con = sqlite3.connect(path)
        con.execute("DROP TABLE organization")
        con.commit()
        con.close()
        raise RuntimeError("migration bug")

    monkeypatch.setattr(migrate, "_upgrade", broken)
    with pytest.raises(RuntimeError):
        prepare_database(db, tmp_path / "b")
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM organization").fetchone()[0] == 0  # the table is back
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0000"
    con.close()


def test_fast_path_imports_neither_alembic_nor_sqlalchemy(tmp_path):
    db = tmp_path / "p.sqlite3"
    prepare_database(db, tmp_path / "b")
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from partage_desktop.store.schema.migrate import prepare_database
        from partage_desktop.store.quick import read_home_snapshot
        import datetime
        prepare_database(Path({str(db)!r}), Path({str(tmp_path / 'b')!r}))
        read_home_snapshot(Path({str(db)!r}), datetime.date.today())
        heavy = [m for m in sys.modules if m.split('.')[0] in ('alembic', 'sqlalchemy')]
        print(heavy)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_home_snapshot_empty_and_filled(tmp_path):
    db = tmp_path / "p.sqlite3"
    assert read_home_snapshot(db, date(2026, 11, 22)).agreements == 0  # no file yet
    prepare_database(db, tmp_path / "b")
    empty = read_home_snapshot(db, date(2026, 11, 22))
    assert empty.recent == [] and empty.ending_soon == [] and empty.agreements == 0
    con = sqlite3.connect(db)
    rows = [("ENT-2026-0001", "Prêt de la fourgonnette", "signed", "2027-01-10", "2026-11-01"),
            ("ENT-2026-0002", "Locaux partagés", "draft", "2028-01-01", "2026-11-20"),
            ("ENT-2026-0003", "Ancienne entente", "signed", "2026-10-01", "2026-01-01")]
    for ref, title, status, end, updated in rows:
        con.execute("INSERT INTO agreement (reference, template_id, title, status, lang, answers_json, end_date, "
                    "created_at, updated_at) VALUES (?, 'pret-materiel', ?, ?, 'fr', '{}', ?, ?, ?)",
                    (ref, title, status, end, updated, updated))
    con.commit()
    con.close()
    snap = read_home_snapshot(db, date(2026, 11, 22))
    assert [r.reference for r in snap.recent] == ["ENT-2026-0002", "ENT-2026-0001", "ENT-2026-0003"]
    assert [e.reference for e in snap.ending_soon] == ["ENT-2026-0001"]
    assert (snap.drafts, snap.agreements) == (1, 3)


def test_resources_revision_keeps_every_link_to_the_organizations(tmp_path):
    """0011_resources adds columns to ``organization``: on SQLite that must never rebuild the table,
    which would set the agreements' parties to NULL and delete the project and entry partners."""
    db = tmp_path / "p.sqlite3"
    migrate.create_at_revision(db, "0010_archival")
    con = sqlite3.connect(db)
    con.executescript("""
        INSERT INTO organization (id, is_own, legal_name, address, representative, representative_title,
                                  email, phone, archived, demo, created_at, updated_at)
            VALUES (1, 1, 'Maison', '', '', '', '', '', 0, 0, '2026-01-01', '2026-01-01');
        INSERT INTO project (id, name, purpose, resource_kind, continuum_position, stage, demo, created_at, updated_at)
            VALUES (1, 'Projet', '', '', '', 'running', 0, '2026-01-01', '2026-01-01');
        INSERT INTO project_partner VALUES (1, 1);
        INSERT INTO agreement (id, reference, template_id, title, status, lang, answers_json, demo, created_at, updated_at)
            VALUES (1, 'ENT-1', 'pret-materiel', 'T', 'draft', 'fr', '{}', 0, '2026-01-01', '2026-01-01');
        INSERT INTO agreement_party (agreement_id, position, organization_id, name) VALUES (1, 0, 1, 'Maison');
    """)
    con.commit()
    con.close()
    prepare_database(db, tmp_path / "b")
    con = sqlite3.connect(db)
    assert con.execute("SELECT organization_id FROM agreement_party").fetchall() == [(1,)]
    assert con.execute("SELECT * FROM project_partner").fetchall() == [(1, 1)]
    assert con.execute("SELECT uid, region FROM organization").fetchall() == [(None, "")]
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0011_resources"
    con.close()
