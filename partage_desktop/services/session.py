"""One transaction per user action: services open it here, commit on success, roll back on error."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any

from ..datadir import DataDir

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


@cache
def _factory(database_path: str) -> sessionmaker[Session]:
    from ..store.engine import make_engine, make_session_factory, sqlite_url

    engine = make_engine(sqlite_url(database_path))
    _ENGINES.append(engine)
    return make_session_factory(engine)


_ENGINES: list[Any] = []


def close_all() -> None:
    """Close every database connection of this process (before a restore replaces the file)."""
    _factory.cache_clear()
    while _ENGINES:
        _ENGINES.pop().dispose()


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
