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
from datetime import date
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from partage_desktop.core.folding import fold, query_terms
from partage_desktop.core.journal.vocabulary import EntryFilter, EntryRow

__all__ = ["EntryFilter", "EntryRow", "page", "count", "index_entry", "unindex_entry", "bulk_index"]

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


def bulk_index(connection: Connection, rows: Iterable[tuple[int, str, str, str]],
               already_folded: bool = False) -> None:
    """Index many entries at once (id, title, body, tags joined by spaces): the demo's fast path.
    With ``already_folded`` the caller has applied ``core.folding.fold`` to each text itself."""
    if not _sqlite(connection):
        return
    folded = list(rows) if already_folded else [(i, fold(t), fold(b), fold(g)) for i, t, b, g in rows]
    connection.exec_driver_sql("INSERT INTO journal_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)", folded)


def clear_index(connection: Connection) -> None:
    if _sqlite(connection):
        connection.execute(text("DELETE FROM journal_fts"))


def match_expression(query: str) -> str:
    """Folded words, all required; the last one, from three letters on, is a prefix (instant
    search). Empty: nothing to search for."""
    terms = query_terms(query)
    if not terms:
        return ""
    quoted = [f'"{t}"' for t in terms]
    if len(terms[-1]) >= 3:  # shorter prefixes expand to most of the vocabulary: slow, useless
        quoted[-1] += "*"
    return " AND ".join(quoted)


def _where(f: EntryFilter, params: dict[str, Any]) -> list[str]:
    clauses = ["e.deleted_at IS NOT NULL" if f.trashed else "e.deleted_at IS NULL"]
    if f.entry_id is not None:
        clauses.append("e.id = :entry_id")
        params["entry_id"] = f.entry_id
    if f.project_id is not None:
        clauses.append("e.project_id = :project_id")
        params["project_id"] = f.project_id
    if f.kind:
        clauses.append("e.kind = :kind")
        params["kind"] = f.kind
    if f.partner_id is not None:
        # partners are common (EXISTS per row stops early); tags are rarer (IN: one index range)
        clauses.append("EXISTS (SELECT 1 FROM entry_partner p WHERE p.entry_id = e.id "
                       "AND p.organization_id = :partner_id)")
        params["partner_id"] = f.partner_id
    if f.tag:
        clauses.append("e.id IN (SELECT g.entry_id FROM entry_tag g WHERE g.tag = :tag)")
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


# Ranking computes bm25 for every match: ~25 ms for 35,000 matches on an office PC. Only the
# RANK_WINDOW most recently written matches are ranked; older ones follow, newest first. A search
# matching more than that many entries is refined by the user anyway.
RANK_WINDOW = 2000


def _window_cutoff(session: Session, expression: str) -> int | None:
    """The lowest entry id among the RANK_WINDOW newest matches, or None when there are fewer."""
    row = session.execute(text("SELECT rowid FROM journal_fts WHERE journal_fts MATCH :q "
                               "ORDER BY rowid DESC LIMIT 1 OFFSET :n"),
                          {"q": expression, "n": RANK_WINDOW - 1}).first()
    return int(row[0]) if row else None


def _search_page(session: Session, f: EntryFilter, expression: str, offset: int, limit: int) -> list[EntryRow]:
    params: dict[str, Any] = {"q": expression}
    clauses = _where(f, params)
    cutoff = _window_cutoff(session, expression)
    base = (f"SELECT {_COLUMNS}, -bm25(journal_fts, {_WEIGHTS}) AS score FROM journal_fts "
            "CROSS JOIN journal_entry e ON e.id = journal_fts.rowid JOIN project pr ON pr.id = e.project_id "
            f"WHERE journal_fts MATCH :q AND {' AND '.join(clauses)}")
    window = "" if cutoff is None else " AND journal_fts.rowid >= :cutoff"
    if f == EntryFilter(query=f.query):
        # No other filter: rank inside the index alone, then join only the page's rows.
        sql = (f"SELECT {_COLUMNS}, r.score FROM (SELECT rowid AS id, -bm25(journal_fts, {_WEIGHTS}) AS score "
               f"FROM journal_fts WHERE journal_fts MATCH :q{window} ORDER BY score DESC, rowid DESC "
               "LIMIT :limit OFFSET :offset) r JOIN journal_entry e ON e.id = r.id "
               "JOIN project pr ON pr.id = e.project_id WHERE e.deleted_at IS NULL ORDER BY r.score DESC, e.id DESC")
    else:
        sql = (f"{base}{window} ORDER BY bm25(journal_fts, {_WEIGHTS}), e.entry_date DESC, e.id DESC "
               "LIMIT :limit OFFSET :offset")
    ranked = [_row(r, float(r[11])) for r in session.execute(
        text(sql), {**params, "cutoff": cutoff, "limit": limit, "offset": offset})]
    if cutoff is None or (0 <= limit == len(ranked)):
        return ranked
    in_window = int(session.execute(text(
        "SELECT COUNT(*) FROM journal_fts CROSS JOIN journal_entry e ON e.id = journal_fts.rowid "
        f"WHERE journal_fts MATCH :q AND {' AND '.join(clauses)} AND journal_fts.rowid >= :cutoff"),
        {**params, "cutoff": cutoff}).scalar_one())
    rest = -1 if limit < 0 else limit - len(ranked)
    older = [_row(r, float(r[11])) for r in session.execute(text(
        f"{base} AND journal_fts.rowid < :cutoff ORDER BY journal_fts.rowid DESC LIMIT :limit OFFSET :offset"),
        {**params, "cutoff": cutoff, "limit": rest, "offset": max(0, offset - in_window)})]
    return ranked + older


def page(session: Session, f: EntryFilter, offset: int, limit: int, after: EntryRow | None = None) -> list[EntryRow]:
    """One page of entries, newest first, or best first when ``f.query`` searches (``limit`` -1: all).

    ``after``, the last row of the previous page, makes the plain listing continue from it through
    the (entry_date, id) index instead of skipping ``offset`` rows: page 500 costs what page 1 does."""
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    expression = match_expression(f.query)
    if f.query.strip() and not expression:
        return []
    if expression and _sqlite(session) and not f.trashed:
        return _search_page(session, f, expression, offset, limit)
    clauses = _where(f, params)
    if expression:  # another database, or searching the trash: plain substring match
        for i, term in enumerate(query_terms(f.query)):
            params[f"w{i}"] = f"%{term}%"
            clauses.append(f"(lower(e.title) LIKE lower(:w{i}) OR lower(e.body) LIKE lower(:w{i}))")
    if after is not None and not f.trashed and not expression:
        clauses.append("(e.entry_date, e.id) < (:after_date, :after_id)")
        params.update(after_date=after.entry_date.isoformat(), after_id=after.id, offset=0)
    order = "e.deleted_at DESC" if f.trashed else "e.entry_date DESC, e.id DESC"
    sql = (f"SELECT {_COLUMNS} FROM journal_entry e JOIN project pr ON pr.id = e.project_id "
           f"WHERE {' AND '.join(clauses)} ORDER BY {order} LIMIT :limit OFFSET :offset")
    return [_row(r) for r in session.execute(text(sql), params)]


COUNT_CAP = 5000


def count(session: Session, f: EntryFilter, cap: int = COUNT_CAP) -> int:
    """How many entries match, counted up to ``cap`` (more than that returns ``cap + 1``): an exact
    count of 100,000 filtered entries would cost more than the page itself."""
    params: dict[str, Any] = {"cap": cap + 1}
    clauses = _where(f, params)
    expression = match_expression(f.query)
    if f.query.strip() and not expression:
        return 0
    if expression and _sqlite(session) and not f.trashed:
        params["q"] = expression
        inner = ("SELECT 1 FROM journal_fts CROSS JOIN journal_entry e ON e.id = journal_fts.rowid "
                 f"WHERE journal_fts MATCH :q AND {' AND '.join(clauses)}")
    else:
        for i, term in enumerate(query_terms(f.query) if expression else []):
            params[f"w{i}"] = f"%{term}%"
            clauses.append(f"(lower(e.title) LIKE lower(:w{i}) OR lower(e.body) LIKE lower(:w{i}))")
        inner = f"SELECT 1 FROM journal_entry e WHERE {' AND '.join(clauses)}"
    return int(session.execute(text(f"SELECT COUNT(*) FROM ({inner} LIMIT :cap)"), params).scalar_one())
