"""The journal's full-text index (SQLite FTS5) and the paged entry queries built on it.

The index table ``journal_fts`` (created by migration 0002_journal) holds, for each live entry
(rowid = entry id), its title, body and tags *folded* by ``core.folding`` — ligatures and French
elisions, which the ``unicode61 remove_diacritics 2`` tokenizer does not fold — so the same search
finds the same things as the guide search. The services keep it in step with every save; the demo
fills it in bulk. All SQLite-specific SQL lives here; on another database (PostgreSQL) searching
falls back to a case-insensitive ``LIKE``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from ..core.folding import fold, query_terms

SEARCH_TABLE = "journal_fts"
# bm25 weights per column: title, body, tags
_WEIGHTS = "10.0, 1.0, 4.0"


def include_name(name: str | None, type_: str, _parents: dict[str, str | None]) -> bool:
    """For Alembic's comparison: the FTS table and its shadow tables are not models."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE))


def _sqlite(bind: Session | Connection) -> bool:
    return bind.get_bind().dialect.name == "sqlite" if isinstance(bind, Session) else \
        bind.dialect.name == "sqlite"


def index_entry(session: Session, entry_id: int, title: str, body: str, tags: Iterable[str]) -> None:
    if not _sqlite(session):
        return
    session.execute(text("DELETE FROM journal_fts WHERE rowid = :id"), {"id": entry_id})
    session.execute(text("INSERT INTO journal_fts (rowid, title, body, tags) VALUES (:id, :t, :b, :g)"),
                    {"id": entry_id, "t": fold(title), "b": fold(body), "g": fold(" ".join(tags))})


def unindex_entry(session: Session, entry_id: int) -> None:
    if _sqlite(session):
        session.execute(text("DELETE FROM journal_fts WHERE rowid = :id"), {"id": entry_id})


def bulk_index(connection: Connection, rows: Iterable[tuple[int, str, str, str]]) -> None:
    """Index many entries at once (id, title, body, tags joined by spaces): the demo's fast path."""
    if not _sqlite(connection):
        return
    folded = [{"id": i, "t": fold(t), "b": fold(b), "g": fold(g)} for i, t, b, g in rows]
    connection.execute(text("INSERT INTO journal_fts (rowid, title, body, tags) VALUES (:id, :t, :b, :g)"),
                       folded)


def clear_index(connection: Connection) -> None:
    if _sqlite(connection):
        connection.execute(text("DELETE FROM journal_fts"))


def match_expression(query: str) -> str:
    """Folded words, all required; the last one is a prefix (instant search). Empty: no search."""
    terms = query_terms(query)
    if not terms:
        return ""
    quoted = [f'"{t}"' for t in terms]
    quoted[-1] += "*"
    return " AND ".join(quoted)


@dataclass(frozen=True)
class EntryFilter:
    query: str = ""
    project_id: int | None = None
    kind: str | None = None
    partner_id: int | None = None
    tag: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    trashed: bool = False


@dataclass(frozen=True)
class EntryRow:
    id: int
    entry_date: date
    kind: str
    title: str
    body: str
    project_id: int
    project: str
    author: str
    minutes: int | None
    money_cents: int | None
    money_kind: str | None
    score: float


def _where(f: EntryFilter, params: dict[str, Any]) -> list[str]:
    clauses = ["e.deleted_at IS NOT NULL" if f.trashed else "e.deleted_at IS NULL"]
    if f.project_id is not None:
        clauses.append("e.project_id = :project_id")
        params["project_id"] = f.project_id
    if f.kind:
        clauses.append("e.kind = :kind")
        params["kind"] = f.kind
    if f.partner_id is not None:
        clauses.append("EXISTS (SELECT 1 FROM entry_partner p WHERE p.entry_id = e.id "
                       "AND p.organization_id = :partner_id)")
        params["partner_id"] = f.partner_id
    if f.tag:
        clauses.append("EXISTS (SELECT 1 FROM entry_tag g WHERE g.entry_id = e.id AND g.tag = :tag)")
        params["tag"] = f.tag
    if f.date_from:
        clauses.append("e.entry_date >= :date_from")
        params["date_from"] = f.date_from.isoformat()
    if f.date_to:
        clauses.append("e.entry_date <= :date_to")
        params["date_to"] = f.date_to.isoformat()
    return clauses


_COLUMNS = ("e.id, e.entry_date, e.kind, e.title, e.body, e.project_id, pr.name, e.author, "
            "e.hours_minutes, e.money_cents, e.money_kind")


def _row(r: Any, score: float = 0.0) -> EntryRow:
    day = r[1] if isinstance(r[1], date) else date.fromisoformat(str(r[1]))
    return EntryRow(int(r[0]), day, r[2], r[3], r[4], int(r[5]), r[6], r[7], r[8], r[9], r[10], score)


def page(session: Session, f: EntryFilter, offset: int, limit: int) -> list[EntryRow]:
    """One page of entries, newest first, or best first when ``f.query`` searches."""
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    clauses = _where(f, params)
    expression = match_expression(f.query)
    if f.query.strip() and not expression:
        return []
    if expression and _sqlite(session) and not f.trashed:
        params["q"] = expression
        sql = (f"SELECT {_COLUMNS}, -bm25(journal_fts, {_WEIGHTS}) AS score FROM journal_fts "
               "JOIN journal_entry e ON e.id = journal_fts.rowid JOIN project pr ON pr.id = e.project_id "
               f"WHERE journal_fts MATCH :q AND {' AND '.join(clauses)} "
               f"ORDER BY bm25(journal_fts, {_WEIGHTS}), e.entry_date DESC, e.id DESC "
               "LIMIT :limit OFFSET :offset")
        return [_row(r, float(r[11])) for r in session.execute(text(sql), params)]
    if expression:  # another database, or searching the trash: plain substring match
        for i, term in enumerate(query_terms(f.query)):
            params[f"w{i}"] = f"%{term}%"
            clauses.append(f"(lower(e.title) LIKE lower(:w{i}) OR lower(e.body) LIKE lower(:w{i}))")
    order = "e.deleted_at DESC" if f.trashed else "e.entry_date DESC, e.id DESC"
    sql = (f"SELECT {_COLUMNS} FROM journal_entry e JOIN project pr ON pr.id = e.project_id "
           f"WHERE {' AND '.join(clauses)} ORDER BY {order} LIMIT :limit OFFSET :offset")
    return [_row(r) for r in session.execute(text(sql), params)]


def count(session: Session, f: EntryFilter) -> int:
    params: dict[str, Any] = {}
    clauses = _where(f, params)
    expression = match_expression(f.query)
    if f.query.strip() and not expression:
        return 0
    if expression and _sqlite(session) and not f.trashed:
        params["q"] = expression
        sql = ("SELECT COUNT(*) FROM journal_fts JOIN journal_entry e ON e.id = journal_fts.rowid "
               f"WHERE journal_fts MATCH :q AND {' AND '.join(clauses)}")
    else:
        for i, term in enumerate(query_terms(f.query) if expression else []):
            params[f"w{i}"] = f"%{term}%"
            clauses.append(f"(lower(e.title) LIKE lower(:w{i}) OR lower(e.body) LIKE lower(:w{i}))")
        sql = f"SELECT COUNT(*) FROM journal_entry e WHERE {' AND '.join(clauses)}"
    return int(session.execute(text(sql), params).scalar_one())
