"""Whether the journal has any project, read with the standard ``sqlite3`` module: the Journal
section asks when it is first shown, before SQLAlchemy may even be imported."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def has_projects(db_path: Path) -> bool:
    if not db_path.exists():
        return False
    con = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return bool(con.execute("SELECT EXISTS (SELECT 1 FROM project)").fetchone()[0])
    except sqlite3.Error:
        return False  # no schema yet: the section's normal loading reports real problems
    finally:
        con.close()
