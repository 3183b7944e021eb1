"""Brings the database to the current schema at start: fast check, safety copy, then Alembic.

- already at HEAD: nothing imported beyond ``sqlite3`` (the common case at every start);
- a revision this version does not know: refused, file untouched (made by a newer Partage);
- an older revision: a full backup is made first (store/backup.py: online backup API, with the
  attachments), then the file is upgraded; if the upgrade fails, the backup's database is put back;
- every start also runs ``PRAGMA quick_check`` (store/integrity.py): a damaged file is refused whole.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from partage_desktop.platform.atomic import (
    create_private_file,
    give_private_permissions,
    make_private_folder,
)
from partage_desktop.platform.resources import migrations_dir
from partage_desktop.store.errors import DatabaseDamagedError, DatabaseTooNewError
from partage_desktop.store.safety.integrity import require_whole
from partage_desktop.store.schema.version import HEAD, KNOWN_REVISIONS, read_sqlite_revision


@dataclass(frozen=True)
class PrepareResult:
    created: bool
    upgraded_from: str | None
    backup_path: Path | None


def backup_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a (possibly live, WAL-mode) database: never a raw file copy."""
    from partage_desktop.store.safety.backup import (  # deferred: not needed at start-up
        copy_database,
    )

    copy_database(source, target)


def prepare_database(db_path: Path, backups_dir: Path, attachments: Path | None = None) -> PrepareResult:
    if db_path.exists():
        revision = read_sqlite_revision(db_path)
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise DatabaseTooNewError(db_path, revision)
        require_whole(db_path)
        if revision == HEAD:
            return PrepareResult(False, None, None)
        from partage_desktop.store.safety import (  # deferred: not needed at start-up
            backup as backups,  # not on the fast path: zipfile and friends
        )

        info = backups.create_in_folder(db_path, attachments, backups_dir, "avant-migration", now=datetime.now())
        try:
            _upgrade(db_path)
        except Exception:
            extracted = backups.check_backup_database(info.path, db_path.parent)
            try:
                for suffix in ("-wal", "-shm"):
                    db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)

                give_private_permissions(extracted, db_path)
                os.replace(extracted, db_path)
            finally:
                extracted.unlink(missing_ok=True)
            raise
        return PrepareResult(False, revision, info.path)
    make_private_folder(db_path.parent)
    try:
        create_private_file(db_path)  # SQLite keeps this mode, and gives it to the -wal and -shm files
        _upgrade(db_path)
    except Exception:
        for leftover in (db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return PrepareResult(True, None, None)


def alembic_config(url: str | None = None) -> object:
    from alembic.config import Config


    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if url:
        config.set_main_option("sqlalchemy.url", url)
    return config


def _upgrade(db_path: Path) -> None:
    from partage_desktop.store.engine import (  # deferred: SQLAlchemy, only when needed
        make_engine,
        sqlite_url,
    )

    engine = make_engine(sqlite_url(db_path))
    try:
        upgrade_engine(engine)
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamagedError(db_path, str(exc)) from exc
    finally:
        engine.dispose()


def create_at_revision(db_path: Path, revision: str) -> None:
    """A new, empty database built by the migrations up to ``revision`` (the app's own schema at
    that revision), left as a standalone file (no -wal beside it)."""
    from alembic import command

    from partage_desktop.store.engine import (  # deferred: SQLAlchemy, only when needed
        make_engine,
        sqlite_url,
    )

    engine = make_engine(sqlite_url(db_path))
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection  # type: ignore[attr-defined]
            command.upgrade(config, revision)  # type: ignore[arg-type]
    finally:
        engine.dispose()
    con = sqlite3.connect(db_path)
    try:
        con.execute("PRAGMA journal_mode = DELETE")
    finally:
        con.close()


def upgrade_engine(engine: object) -> None:
    """Run every pending migration on an engine (SQLite or PostgreSQL)."""
    from alembic import command
    from sqlalchemy import Engine

    assert isinstance(engine, Engine)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection  # type: ignore[attr-defined]
        command.upgrade(config, "head")  # type: ignore[arg-type]


def prepare_database_url(url: str) -> None:
    """For a server database (PostgreSQL): migrations only; backups are the server's business."""
    from partage_desktop.store.engine import make_engine  # deferred: SQLAlchemy, only when needed

    engine = make_engine(url)
    try:
        upgrade_engine(engine)
    finally:
        engine.dispose()
