"""Aggregate queries of the journal: rows for the CSV export, hours and amounts per month and
organization for the indicators and charts. Live entries only (the trash is left out)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from partage_desktop.core.journal.vocabulary import Scope

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


def _month(session: Session) -> str:
    dialect = session.get_bind().dialect.name
    return "to_char(e.entry_date, 'YYYY-MM')" if dialect == "postgresql" else "substr(e.entry_date, 1, 7)"


def hours_by_month(session: Session, scope: Scope) -> list[tuple[str, int | None, int]]:
    """(YYYY-MM, organization id, minutes) per month and organization that has hours; hours
    recorded for no particular organization come with id None."""
    params: dict[str, Any] = {}
    sql = (f"SELECT {_month(session)} AS m, h.organization_id, SUM(h.minutes) FROM entry_hours h "
           f"JOIN journal_entry e ON e.id = h.entry_id WHERE {_where(scope, params)} "
           "GROUP BY m, h.organization_id ORDER BY m")
    return [(str(r[0]), r[1], int(r[2])) for r in session.execute(text(sql), params)]


def money_entries(session: Session, scope: Scope) -> list[tuple[int, str, str, int, tuple[int, ...]]]:
    """(entry id, YYYY-MM, money kind, cents, ids of the partners named on the entry, ascending)
    of each entry with an amount, in no particular order (one pass, no sort: 100,000 entries)."""
    params: dict[str, Any] = {}
    sql = (f"SELECT e.id, {_month(session)}, e.money_kind, e.money_cents, p.organization_id FROM journal_entry e "
           "LEFT JOIN entry_partner p ON p.entry_id = e.id "
           f"WHERE {_where(scope, params)} AND e.money_cents IS NOT NULL AND e.money_kind IS NOT NULL")
    entries: dict[int, tuple[str, str, int, list[int]]] = {}
    for entry_id, month, kind, cents, org_id in session.execute(text(sql), params):
        entry = entries.setdefault(int(entry_id), (str(month), str(kind), int(cents), []))
        if org_id is not None:
            entry[3].append(int(org_id))
    return [(i, m, k, c, tuple(sorted(ids))) for i, (m, k, c, ids) in entries.items()]


def organization_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    params = {f"o{i}": v for i, v in enumerate(sorted(ids))}
    sql = f"SELECT id, legal_name FROM organization WHERE id IN ({', '.join(':' + k for k in params)})"
    return {int(r[0]): str(r[1]) for r in session.execute(text(sql), params)}


def entry_months(session: Session, scope: Scope) -> list[str]:
    """The months (YYYY-MM) that have entries in scope, in order."""
    params: dict[str, Any] = {}
    sql = f"SELECT DISTINCT {_month(session)} AS m FROM journal_entry e WHERE {_where(scope, params)} ORDER BY m"
    return [str(r[0]) for r in session.execute(text(sql), params)]


def entries_of_kinds(session: Session, scope: Scope, kinds: tuple[str, ...], limit: int) -> list[tuple[Any, ...]]:
    """(date, kind, title, body) of the latest ``limit`` entries of the given kinds, oldest first
    (the caller says so when there are more: see ``kind_counts``)."""
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
