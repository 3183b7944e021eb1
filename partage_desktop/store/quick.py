"""Start-up reads for the home screen with the standard ``sqlite3`` module (no SQLAlchemy import).

A handful of indexed rows: recent agreements, agreements ending soon, counts. The GUI's first
paint waits for these, so they must not pay SQLAlchemy's import cost.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path


@dataclass(frozen=True)
class RecentAgreement:
    reference: str
    title: str
    status: str
    updated_at: str


@dataclass(frozen=True)
class EndingAgreement:
    reference: str
    title: str
    end_date: date


@dataclass(frozen=True)
class HomeSnapshot:
    recent: list[RecentAgreement] = field(default_factory=list)
    ending_soon: list[EndingAgreement] = field(default_factory=list)
    drafts: int = 0
    agreements: int = 0
    projects: int = 0
    journal_entries: int = 0


def read_home_snapshot(db_path: Path, today: date, within_days: int = 60) -> HomeSnapshot:
    if not db_path.exists():
        return HomeSnapshot()
    con = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        live = "deleted_at IS NULL"
        recent = [RecentAgreement(*row) for row in con.execute(
            f"SELECT reference, title, status, updated_at FROM agreement WHERE {live} "
            "ORDER BY updated_at DESC LIMIT 5")]
        horizon = (today + timedelta(days=within_days)).isoformat()
        ending = [EndingAgreement(ref, title, date.fromisoformat(end)) for ref, title, end in con.execute(
            f"SELECT reference, title, end_date FROM agreement WHERE {live} "
            "AND status IN ('signed', 'ready') AND end_date BETWEEN ? AND ? ORDER BY end_date",
            (today.isoformat(), horizon))]
        drafts, agreements = con.execute(
            f"SELECT COALESCE(SUM(status = 'draft'), 0), COUNT(*) FROM agreement WHERE {live}").fetchone()
        projects = con.execute("SELECT COUNT(*) FROM project").fetchone()[0]
        entries = con.execute(f"SELECT COUNT(*) FROM journal_entry WHERE {live}").fetchone()[0]
    finally:
        con.close()
    return HomeSnapshot(recent, ending, int(drafts), int(agreements), int(projects), int(entries))
