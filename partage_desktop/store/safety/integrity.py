"""Is the database whole? A cheap check at every start, a full one on demand.

Uses the standard ``sqlite3`` module only (start-up path). A check never writes to the file.
An error of the computer's (a full disk, a file locked by another program) is raised as it is:
it says nothing of the file, which must not be called damaged for it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from partage_desktop.store.errors import DatabaseDamagedError


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problems: list[str] = field(default_factory=list)


def _run(db_path: Path, pragmas: tuple[str, ...], limit: int) -> CheckResult:
    try:
        con = sqlite3.connect(db_path)
    except sqlite3.Error as exc:
        return CheckResult(False, [str(exc)])
    problems: list[str] = []
    try:
        for pragma in pragmas:
            rows = con.execute(pragma).fetchmany(limit)
            if pragma.endswith("foreign_key_check"):
                problems += [f"foreign key: {row[0]} row {row[1]} → {row[2]}" for row in rows]
            else:
                problems += [str(row[0]) for row in rows if row[0] != "ok"]
    except sqlite3.OperationalError as exc:
        if is_environment(exc):  # the computer's (full disk, locked file), not the file's damage
            raise
        problems.append(str(exc))
    except sqlite3.DatabaseError as exc:
        problems.append(str(exc))
    finally:
        con.close()
    return CheckResult(not problems, problems[:limit])


_ENVIRONMENT = ("disk i/o error", "disk is full", "unable to open", "readonly", "locked")


def is_environment(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return any(needle in text for needle in _ENVIRONMENT)


def quick_check(db_path: Path) -> CheckResult:
    """``PRAGMA quick_check``: page structure, no index cross-check (fast enough for every start)."""
    return _run(db_path, ("PRAGMA quick_check",), 20)


def full_check(db_path: Path) -> CheckResult:
    """``PRAGMA integrity_check`` plus foreign keys: everything SQLite can verify."""
    return _run(db_path, ("PRAGMA integrity_check", "PRAGMA foreign_key_check"), 50)


def require_whole(db_path: Path) -> None:
    """Raise DatabaseDamagedError unless the quick check passes (nothing is opened half-way)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return
    result = quick_check(db_path)
    if not result.ok:
        raise DatabaseDamagedError(db_path, "; ".join(result.problems[:3]))
