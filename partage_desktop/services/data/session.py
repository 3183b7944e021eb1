"""One transaction per user action: services open it here, commit on success, roll back on error."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partage_desktop.platform.datadir import DataDir

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


_FACTORIES: dict[str, Any] = {}
_ENGINES: dict[str, Any] = {}
_LOCK = threading.Lock()


def _factory(database_path: str) -> sessionmaker[Session]:
    with _LOCK:
        factory = _FACTORIES.get(database_path)
        if factory is None:
            from partage_desktop.store.engine import make_engine, make_session_factory, sqlite_url

            engine = make_engine(sqlite_url(database_path))
            _ENGINES[database_path] = engine
            factory = _FACTORIES[database_path] = make_session_factory(engine)
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
        raise
    finally:
        session.close()
