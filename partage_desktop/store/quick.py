"""Start-up reads for the home screen with the standard ``sqlite3`` module (no SQLAlchemy import).

A handful of indexed rows: recent agreements, agreements ending soon, counts. The GUI's first
paint waits for these, so they must not pay SQLAlchemy's import cost.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from partage_desktop.core.agreements.reminders import AgreementDates, Reminder, upcoming


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
class OverdueLoan:
    """A loan picked up and not returned after its end (the home screen's « À surveiller »)."""

    booking_id: int
    resource_title: str
    who: str  # the borrowing organization or the name typed; empty: ourselves
    ends_at: datetime


@dataclass(frozen=True)
class HomeSnapshot:
    recent: list[RecentAgreement] = field(default_factory=list)
    ending_soon: list[EndingAgreement] = field(default_factory=list)
    drafts: int = 0
    agreements: int = 0
    projects: int = 0
    journal_entries: int = 0
    reminders: list[Reminder] = field(default_factory=list)
    overdue: list[OverdueLoan] = field(default_factory=list)


OVERDUE_SHOWN = 20


def read_home_snapshot(db_path: Path, today: date, within_days: int = 60,
                       now: datetime | None = None) -> HomeSnapshot:
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
        reminders = upcoming(_agreement_dates(con), today, within_days)
        overdue = _overdue(con, now or datetime.combine(today, datetime.now().time()))
    finally:
        con.close()
    return HomeSnapshot(recent, ending, int(drafts), int(agreements), int(projects), int(entries), reminders,
                        overdue)


def _overdue(con: sqlite3.Connection, now: datetime) -> list[OverdueLoan]:
    """Loans still out after their end, the longest overdue first (index ix_booking_status_end).
    Datetimes are kept as SQLAlchemy writes them (``YYYY-MM-DD HH:MM:SS.ffffff``), which sort as text."""
    try:
        rows = con.execute(
            "SELECT b.id, r.title, COALESCE(NULLIF(o.legal_name, ''), b.borrower), b.ends_at FROM booking b "
            "JOIN resource r ON r.id = b.resource_id LEFT JOIN organization o ON o.id = b.organization_id "
            "WHERE b.status = 'picked_up' AND b.ends_at < ? ORDER BY b.ends_at, b.id LIMIT ?",
            (now.strftime("%Y-%m-%d %H:%M:%S.%f"), OVERDUE_SHOWN)).fetchall()
    except sqlite3.OperationalError:  # a database from before the resources (migrated right after)
        return []
    out = []
    for number, title, who, ends in rows:
        try:
            out.append(OverdueLoan(int(number), title or "", who or "", datetime.fromisoformat(ends)))
        except (TypeError, ValueError):
            continue
    return out


def _iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _agreement_dates(con: sqlite3.Connection) -> list[AgreementDates]:
    # Signed agreements (and those ready to sign), except one replaced by a signed amendment:
    # the amendment's own dates count then.
    rows = con.execute(
        "SELECT a.reference, a.title, a.status, a.start_date, a.end_date, a.answers_json FROM agreement a "
        "WHERE a.deleted_at IS NULL AND a.status IN ('signed', 'ready') AND NOT EXISTS ("
        "SELECT 1 FROM agreement c WHERE c.parent_id = a.id AND c.status = 'signed' "
        "AND c.deleted_at IS NULL) ORDER BY a.reference")
    out = []
    for reference, title, status, start, end, answers_json in rows:
        try:
            answers = json.loads(answers_json or "{}")
        except ValueError:
            answers = {}
        fields = answers.get("fields") if isinstance(answers, dict) else None
        out.append(AgreementDates(reference, title, status, _iso(start), _iso(end),
                                  fields if isinstance(fields, dict) else {}))
    return out


def read_agreement_dates(db_path: Path) -> list[AgreementDates]:
    """What the reminders and the calendar file are computed from."""
    if not db_path.exists():
        return []
    con = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return _agreement_dates(con)
    finally:
        con.close()
