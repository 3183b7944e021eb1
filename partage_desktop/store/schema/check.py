"""The app's own schema, and what a database holds beyond it.

The expected schema of a revision is read from a fresh database built by the migrations
themselves (cached per process), so it can never drift from what Partage creates. Comparison is
structural — tables and their columns, indexes and their columns, and the exact text of triggers,
views and virtual tables — so that an SQLite version that words a table's ``CREATE`` differently
is not taken for damage, while a trigger or view that Partage never made always is.

``rebuild`` is how a backup comes back: a fresh database at the backup's revision, into which only
the rows of the app's own tables are copied (the full-text index is rebuilt from the entries);
whatever else the file holds — unknown tables, triggers, views, indexes — is left out.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from partage_desktop.core.folding import fold
from partage_desktop.store.schema.migrate import create_at_revision

SEARCH_TABLE = "journal_fts"
_CACHE: dict[str, Path] = {}
_CACHE_LOCK = threading.Lock()
_CACHE_DIR: Path | None = None


class SchemaMismatch(Exception):
    """The database lacks part of the app's schema (a table or column the app needs)."""


@dataclass
class Schema:
    tables: dict[str, tuple[tuple[str, str, int, int], ...]] = field(default_factory=dict)
    indexes: dict[str, tuple[str, int, tuple[str, ...]]] = field(default_factory=dict)
    other: dict[tuple[str, str], str] = field(default_factory=dict)  # (type, name) -> normalized SQL


def _normalized(sql: str | None) -> str:
    return re.sub(r"\s+", " ", (sql or "").strip()).rstrip(";").casefold()


def read_schema(con: sqlite3.Connection, prefix: str = "main") -> Schema:
    schema = Schema()
    rows = con.execute(f"SELECT type, name, tbl_name, sql FROM {prefix}.sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        if name.startswith("sqlite_"):
            continue  # SQLite's own (autoindexes, sequences): implied by the tables
        if kind == "table" and not (sql or "").upper().startswith("CREATE VIRTUAL"):
            columns = con.execute(f'PRAGMA {prefix}.table_info("{name}")').fetchall()
            schema.tables[name] = tuple((c[1], str(c[2]).upper(), int(c[3]), int(c[5])) for c in columns)
        elif kind == "index":
            info = con.execute(f'PRAGMA {prefix}.index_info("{name}")').fetchall()
            unique = 1 if re.match(r"\s*CREATE\s+UNIQUE", sql or "", re.IGNORECASE) else 0
            schema.indexes[name] = (table, unique, tuple(str(c[2]) for c in info))
        else:  # triggers, views, virtual tables: their whole text matters
            schema.other[(kind, name)] = _normalized(sql)
    return schema


def _cache_dir() -> Path:
    global _CACHE_DIR
    if _CACHE_DIR is None or not _CACHE_DIR.is_dir():
        _CACHE_DIR = Path(tempfile.mkdtemp(prefix="partage-schema-"))
        import atexit

        atexit.register(shutil.rmtree, _CACHE_DIR, True)
    return _CACHE_DIR


def fresh_database(revision: str) -> Path:
    """A read-only template: an empty database built by the migrations up to ``revision``."""
    with _CACHE_LOCK:
        cached = _CACHE.get(revision)
        if cached is not None and cached.is_file():
            return cached
        target = _cache_dir() / f"{revision}.sqlite3"
        target.unlink(missing_ok=True)

        create_at_revision(target, revision)
        _CACHE[revision] = target
        return target


def expected_schema(revision: str) -> Schema:
    con = sqlite3.connect(f"{fresh_database(revision).as_uri()}?mode=ro", uri=True)
    try:
        return read_schema(con)
    finally:
        con.close()


def differences(actual: Schema, expected: Schema) -> list[str]:
    """What differs, in short technical words (for the log and the check's detail)."""
    out: list[str] = []
    for name, columns in expected.tables.items():
        if name not in actual.tables:
            out.append(f"missing table {name}")
        elif actual.tables[name] != columns:
            out.append(f"table {name} has other columns")
    out += [f"unknown table {name}" for name in actual.tables if name not in expected.tables]
    for name, spec in expected.indexes.items():
        if name not in actual.indexes:
            out.append(f"missing index {name}")
        elif actual.indexes[name] != spec:
            out.append(f"index {name} differs")
    out += [f"unknown index {name}" for name in actual.indexes if name not in expected.indexes]
    for key, sql in expected.other.items():
        if key not in actual.other:
            out.append(f"missing {key[0]} {key[1]}")
        elif actual.other[key] != sql:
            out.append(f"{key[0]} {key[1]} differs")
    out += [f"unknown {kind} {name}" for (kind, name) in actual.other if (kind, name) not in expected.other]
    return out


def compare(db_path: Path, revision: str) -> list[str]:
    """The differences between a database file and the app's schema at ``revision``."""
    con = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        actual = read_schema(con)
    finally:
        con.close()
    return differences(actual, expected_schema(revision))


def _fts_table(name: str) -> bool:
    return name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_")


def rebuild(source: Path, target: Path, revision: str) -> list[str]:
    """Write at ``target`` a fresh database at ``revision`` holding the rows of the app's own
    tables from ``source``. Returns what ``source`` holds beyond the schema (left out). Raises
    SchemaMismatch when ``source`` lacks a table or column the app needs."""
    expected = expected_schema(revision)
    shutil.copyfile(fresh_database(revision), target)
    # opened as a URI so that ATTACH reads the source's URI (read-only) on every build of SQLite
    con = sqlite3.connect(target.resolve().as_uri(), uri=True, isolation_level=None)
    try:
        with contextlib.suppress(sqlite3.DatabaseError):
            con.execute("PRAGMA trusted_schema = OFF")  # nothing of the source's runs here
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute("ATTACH DATABASE ? AS src", (f"{source.resolve().as_uri()}?mode=ro",))
        actual = read_schema(con, "src")
        left_out = [d for d in differences(actual, expected) if d.startswith("unknown ")
                    and not _fts_table(d.rsplit(" ", 1)[-1])]
        con.execute("BEGIN")
        for name, columns in expected.tables.items():
            if name == "alembic_version" or _fts_table(name):
                continue  # written by the migrations; the search index is rebuilt below
            if name not in actual.tables:
                raise SchemaMismatch(f"missing table {name}")
            have = {c[0] for c in actual.tables[name]}
            wanted = [c[0] for c in columns]
            missing = [c for c in wanted if c not in have]
            if missing:
                raise SchemaMismatch(f"table {name} lacks {', '.join(missing)}")
            extra = sorted(have - set(wanted))
            left_out += [f"column {name}.{c}" for c in extra]
            cols = ", ".join(f'"{c}"' for c in wanted)
            con.execute(f'INSERT INTO main."{name}" ({cols}) SELECT {cols} FROM src."{name}"')
        if SEARCH_TABLE in {k[1] for k in expected.other}:
            _reindex(con)
        con.execute("COMMIT")
        con.execute("DETACH DATABASE src")
        con.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.IntegrityError as exc:
        raise SchemaMismatch(str(exc)) from exc
    finally:
        con.close()
    return left_out


def _reindex(con: sqlite3.Connection) -> None:
    """The full-text index from the copied entries (never from the source's index tables)."""

    columns = {r[1] for r in con.execute('PRAGMA main.table_info("journal_entry")')}
    where = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
    tags: dict[int, list[str]] = {}
    with contextlib.suppress(sqlite3.OperationalError):  # no tags table at this revision
        for entry_id, tag in con.execute("SELECT entry_id, tag FROM main.entry_tag ORDER BY rowid"):
            tags.setdefault(int(entry_id), []).append(str(tag))
    rows = [(i, fold(title or ""), fold(body or ""), fold(" ".join(tags.get(int(i), []))))
            for i, title, body in con.execute(f"SELECT id, title, body FROM main.journal_entry{where}")]
    con.executemany(f"INSERT INTO main.{SEARCH_TABLE} (rowid, title, body, tags) VALUES (?, ?, ?, ?)", rows)
