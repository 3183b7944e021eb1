"""Which schema revision a SQLite database is at, read with the standard library only.

This is the start-up fast path: when the database is already at HEAD, neither Alembic (~0.4 s to
import) nor SQLAlchemy is imported. ``KNOWN_REVISIONS`` must list db/versions in order; a test
checks it against Alembic's own chain.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from partage_desktop.store.errors import DatabaseDamagedError
from partage_desktop.store.safety.integrity import is_environment

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002_journal", "0003_lifecycle", "0005_safety2",
                                     "0006_trash_index", "0007_exchange_base",
                                     "0008_trust_fullhash", "0009_demo_rows",
                                     "0010_archival", "0011_resources")
HEAD = KNOWN_REVISIONS[-1]


def read_sqlite_revision(db_path: Path) -> str | None:
    """The alembic revision of the database, or None for an empty file (no tables at all).

    Opens the file read-only, so that a database this version must refuse stays byte-identical.
    """
    if db_path.stat().st_size == 0:
        return None
    uri = f"{db_path.resolve().as_uri()}?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise DatabaseDamagedError(db_path, str(exc)) from exc
    try:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise DatabaseDamagedError(db_path, "not a Partage database")
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and is_environment(exc):
            raise  # a full disk or a locked file says nothing of the file's state
        raise DatabaseDamagedError(db_path, str(exc)) from exc
    finally:
        con.close()
    if row is None:
        raise DatabaseDamagedError(db_path, "no schema revision")
    return str(row[0])
