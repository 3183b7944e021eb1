"""One transaction per user action: services open it here, commit on success, roll back on error.
What the transaction changed is announced once it is committed (services.changes), never on rollback."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partage_desktop.platform.datadir import DataDir
from partage_desktop.services import changes

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


_FACTORIES: dict[str, Any] = {}
_ENGINES: dict[str, Any] = {}
_LOCK = threading.Lock()


def _factory(database_path: str) -> sessionmaker[Session]:
    with _LOCK:
        factory = _FACTORIES.get(database_path)
        if factory is None:
            from partage_desktop.store.engine import (  # deferred: SQLAlchemy, only when needed
                make_engine,
                make_session_factory,
                sqlite_url,
            )

            engine = make_engine(sqlite_url(database_path))
            _ENGINES[database_path] = engine
            factory = _FACTORIES[database_path] = make_session_factory(engine)
            _collect_changes(factory)
        return factory


def close_database(database_path: Path | str) -> None:
    """Close this process's connections to one database file (a scratch copy about to go),
    leaving the others open."""
    with _LOCK:
        _FACTORIES.pop(str(database_path), None)
        engine = _ENGINES.pop(str(database_path), None)
    if engine is not None:
        engine.dispose()


def close_all() -> None:
    """Close every database connection of this process (before a restore replaces the file)."""
    with _LOCK:
        engines = list(_ENGINES.values())
        _FACTORIES.clear()
        _ENGINES.clear()
    for engine in engines:
        engine.dispose()


@contextmanager
def session_scope(data: DataDir) -> Iterator[Session]:
    """The database must have been prepared (services.database.prepare) by the caller."""
    session = _factory(str(data.database))()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        session.info.pop(_PENDING, None)  # nothing of it was written
        raise
    finally:
        session.close()
        committed = session.info.pop(_COMMITTED, None)
        if committed:
            changes.publish(data, committed.change())


def note(session: Session, topic: str, kind: str | None = None, ident: Any = None) -> None:
    """Tell what this transaction changes beyond what its rows say (text statements, files);
    announced with the rest after the commit."""
    _pending(session).add(topic, kind, ident)


_PENDING, _COMMITTED = "partage.changes", "partage.changes.committed"


def _pending(session: Session) -> changes.Collector:
    collector = session.info.get(_PENDING)
    if collector is None:
        collector = session.info[_PENDING] = changes.Collector()
    return collector


def _collect_changes(factory: sessionmaker[Session]) -> None:
    """Gather, on each session of ``factory``, what its flushes and bulk statements change; keep it
    at commit (several commits add up), forget it on rollback."""
    from sqlalchemy import event, inspect

    def row_changed(collector: changes.Collector, obj: Any) -> None:
        state = inspect(obj)
        table = state.mapper.persist_selectable.name
        topic, kind = changes.TABLES.get(table, (None, None))
        if topic is None:
            return
        values = state.dict  # what is loaded: reading more here could query a deleted row
        if table == "agreement":
            collector.add(topic, kind, values.get("reference"))
            status = values.get("status")
            if status in (None, "draft") or "draft" in (state.attrs.status.history.deleted or ()):
                collector.add(changes.DRAFTS, kind, values.get("reference"))
            return
        own = "id" if table in ("organization", "project", "journal_entry", "attachment", "health_checkup",
                                "resource", "booking", "need", "board_sheet", "resource_match",
                                "resource_category") \
            else {"projects": "project_id", "entries": "entry_id", "resources": "resource_id",
                  "board": ""}.get(kind or "", "")
        collector.add(topic, kind, values.get(own) if own else None)

    @event.listens_for(factory, "after_flush")
    def after_flush(session: Session, _context: Any) -> None:
        collector = _pending(session)
        for obj in (*session.new, *session.deleted):
            row_changed(collector, obj)
        for obj in session.dirty:
            if session.is_modified(obj):
                row_changed(collector, obj)

    @event.listens_for(factory, "do_orm_execute")
    def bulk(state: Any) -> Any:
        if not (state.is_insert or state.is_update or state.is_delete):
            return None
        table = getattr(getattr(state.statement, "table", None), "name", None)
        topic = changes.TABLES.get(table or "", (None, None))[0]
        if topic is None:
            return None
        result = state.invoke_statement()
        if getattr(result, "rowcount", 1):  # nothing deleted or updated: nothing to tell
            _pending(state.session).add(topic)
            if table == "agreement":
                _pending(state.session).add(changes.DRAFTS)
        return result

    @event.listens_for(factory, "after_commit")
    def after_commit(session: Session) -> None:
        collector = session.info.pop(_PENDING, None)
        if collector:
            session.info.setdefault(_COMMITTED, changes.Collector()).update(collector)

    @event.listens_for(factory, "after_rollback")
    def after_rollback(session: Session) -> None:
        session.info.pop(_PENDING, None)
