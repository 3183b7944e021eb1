"""Aggregate queries of the journal: rows for the CSV export, indicators per project and partner,
monthly series for the charts. Live entries only (the trash is left out)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from ..core.journal import Scope

__all__ = ["Scope"]


def _where(scope: Scope, params: dict[str, Any], alias: str = "e") -> str:
    clauses = [f"{alias}.deleted_at IS NULL"]
    if scope.project_id is not None:
        clauses.append(f"{alias}.project_id = :project_id")
        params["project_id"] = scope.project_id
    if scope.date_from:
        clauses.append(f"{alias}.entry_date >= :date_from")
        params["date_from"] = scope.date_from.isoformat()
    if scope.date_to:
        clauses.append(f"{alias}.entry_date <= :date_to")
        params["date_to"] = scope.date_to.isoformat()
    return " AND ".join(clauses)


def _concat(session: Session, expression: str) -> str:
    dialect = session.get_bind().dialect.name
    return f"string_agg({expression}, ', ')" if dialect == "postgresql" else f"group_concat({expression}, ', ')"


def export_rows(session: Session, scope: Scope) -> Iterator[tuple[Any, ...]]:
    """(id, date, project, kind, title, author, body, minutes, money_cents, money_kind, estimate,
    tags, partners), oldest first."""
    params: dict[str, Any] = {}
    sql = (
        "SELECT e.id, e.entry_date, pr.name, e.kind, e.title, e.author, e.body, e.hours_minutes, "
        "e.money_cents, e.money_kind, e.money_estimate, "
        f"(SELECT {_concat(session, 'g.tag')} FROM entry_tag g WHERE g.entry_id = e.id), "
        f"(SELECT {_concat(session, 'o.legal_name')} FROM entry_partner p "
        "JOIN organization o ON o.id = p.organization_id WHERE p.entry_id = e.id) "
        "FROM journal_entry e JOIN project pr ON pr.id = e.project_id "
        f"WHERE {_where(scope, params)} ORDER BY e.entry_date, e.id")
    for row in session.execute(text(sql), params):
        yield tuple(row)


def hours_by_organization(session: Session, scope: Scope) -> list[tuple[int | None, str, int]]:
    """(organization id, name, minutes) per organization, most hours first; hours recorded for no
    particular organization come with id None and an empty name."""
    params: dict[str, Any] = {}
    sql = ("SELECT h.organization_id, COALESCE(o.legal_name, ''), SUM(h.minutes) FROM entry_hours h "
           "JOIN journal_entry e ON e.id = h.entry_id LEFT JOIN organization o ON o.id = h.organization_id "
           f"WHERE {_where(scope, params)} GROUP BY h.organization_id, o.legal_name ORDER BY 3 DESC")
    return [(r[0], r[1], int(r[2])) for r in session.execute(text(sql), params)]


def money_by_kind(session: Session, scope: Scope, partner_id: int | None = None) -> dict[str, int]:
    """Cents per money kind (saved, spent, avoided); with ``partner_id``, entries concerning that
    partner only."""
    params: dict[str, Any] = {}
    where = _where(scope, params)
    if partner_id is not None:
        where += " AND EXISTS (SELECT 1 FROM entry_partner p WHERE p.entry_id = e.id AND p.organization_id = :pid)"
        params["pid"] = partner_id
    sql = (f"SELECT e.money_kind, SUM(e.money_cents) FROM journal_entry e WHERE {where} "
           "AND e.money_cents IS NOT NULL GROUP BY e.money_kind")
    return {r[0]: int(r[1]) for r in session.execute(text(sql), params) if r[0]}


def monthly(session: Session, scope: Scope) -> list[tuple[str, int, int, int, int]]:
    """(YYYY-MM, minutes, saved, spent, avoided cents) per month that has entries, in order."""
    params: dict[str, Any] = {}
    dialect = session.get_bind().dialect.name
    month = "to_char(e.entry_date, 'YYYY-MM')" if dialect == "postgresql" else "substr(e.entry_date, 1, 7)"
    sql = (f"SELECT {month} AS m, COALESCE(SUM(e.hours_minutes), 0), "
           "COALESCE(SUM(CASE WHEN e.money_kind = 'saved' THEN e.money_cents END), 0), "
           "COALESCE(SUM(CASE WHEN e.money_kind = 'spent' THEN e.money_cents END), 0), "
           "COALESCE(SUM(CASE WHEN e.money_kind = 'avoided' THEN e.money_cents END), 0) "
           f"FROM journal_entry e WHERE {_where(scope, params)} GROUP BY m ORDER BY m")
    return [(str(r[0]), int(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in session.execute(text(sql), params)]


def entries_of_kinds(session: Session, scope: Scope, kinds: tuple[str, ...], limit: int) -> list[tuple[Any, ...]]:
    """(date, kind, title, body) of the latest entries of the given kinds, oldest first."""
    params: dict[str, Any] = {"limit": limit}
    names = ", ".join(f":k{i}" for i in range(len(kinds)))
    params.update({f"k{i}": k for i, k in enumerate(kinds)})
    sql = (f"SELECT e.entry_date, e.kind, e.title, e.body FROM journal_entry e WHERE {_where(scope, params)} "
           f"AND e.kind IN ({names}) ORDER BY e.entry_date DESC, e.id DESC LIMIT :limit")
    rows = [tuple(r) for r in session.execute(text(sql), params)]
    return list(reversed(rows))


def kind_counts(session: Session, scope: Scope) -> dict[str, int]:
    params: dict[str, Any] = {}
    sql = f"SELECT e.kind, COUNT(*) FROM journal_entry e WHERE {_where(scope, params)} GROUP BY e.kind"
    return {r[0]: int(r[1]) for r in session.execute(text(sql), params)}


def concerned_organizations(session: Session, scope: Scope) -> list[tuple[int, str]]:
    """(id, name) of the organizations named as partners on the entries in scope, by name."""
    params: dict[str, Any] = {}
    sql = ("SELECT DISTINCT o.id, o.legal_name FROM entry_partner p JOIN journal_entry e ON e.id = p.entry_id "
           f"JOIN organization o ON o.id = p.organization_id WHERE {_where(scope, params)} ORDER BY o.legal_name")
    return [(int(r[0]), str(r[1])) for r in session.execute(text(sql), params)]
