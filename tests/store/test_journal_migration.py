"""Migration 0002_journal: a 0001 database with entries upgrades, keeps them, gains the index."""

from __future__ import annotations

import sqlite3

from partage_desktop.store.schema.migrate import upgrade_engine
from partage_desktop.store.schema.version import HEAD


def test_upgrade_from_0001_keeps_entries_and_creates_the_search_index(tmp_path):
    from alembic import command

    from partage_desktop.store.engine import make_engine, sqlite_url
    from partage_desktop.store.schema.migrate import alembic_config

    db = tmp_path / "p.sqlite3"
    engine = make_engine(sqlite_url(db))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    con = sqlite3.connect(db)
    con.execute("INSERT INTO project (name, purpose, resource_kind, continuum_position, stage, created_at, "
                "updated_at) VALUES ('Camion', '', '', '', 'running', '2026-01-01', '2026-01-01')")
    con.execute("INSERT INTO journal_entry (project_id, kind, entry_date, author, title, body, created_at, "
                "updated_at) VALUES (1, 'note', '2026-02-03', '', 'Première', 'Texte', '2026-01-01', '2026-01-01')")
    con.commit()
    con.close()
    upgrade_engine(engine)
    engine.dispose()
    con = sqlite3.connect(db)
    assert con.execute("SELECT title, money_estimate FROM journal_entry").fetchall() == [("Première", "")]
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    assert con.execute("SELECT rowid FROM journal_fts WHERE journal_fts MATCH 'premiere'").fetchall() == [(1,)]
    con.close()


def test_upgrade_from_0005_adds_the_trash_index_and_keeps_trashed_entries(tmp_path):
    from alembic import command

    from partage_desktop.store.engine import make_engine, sqlite_url
    from partage_desktop.store.schema.migrate import alembic_config

    db = tmp_path / "p.sqlite3"
    engine = make_engine(sqlite_url(db))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005_safety2")
    con = sqlite3.connect(db)
    con.execute("INSERT INTO project (name, purpose, resource_kind, continuum_position, stage, created_at, "
                "updated_at) VALUES ('Camion', '', '', '', 'running', '2026-01-01', '2026-01-01')")
    con.execute("INSERT INTO journal_entry (project_id, kind, entry_date, author, title, body, money_estimate, "
                "deleted_at, created_at, updated_at) VALUES (1, 'note', '2026-02-03', '', 'Jetée', '', '', "
                "'2026-03-01 10:00:00.000000', '2026-01-01', '2026-01-01')")
    con.commit()
    con.close()
    upgrade_engine(engine)
    engine.dispose()
    con = sqlite3.connect(db)
    assert con.execute("SELECT title FROM journal_entry WHERE deleted_at IS NOT NULL").fetchall() == [("Jetée",)]
    index_sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'ix_journal_entry_trashed'").fetchone()[0]
    assert "WHERE deleted_at IS NOT NULL" in index_sql
    con.close()
