"""Opening the user's database: migrate it if needed, refuse what cannot be used, explain why."""

from __future__ import annotations

from ..datadir import DataDir
from ..errors import DataUnusableError
from ..texts import t


def prepare(data: DataDir, lang: str) -> None:
    """Make the database ready (created or migrated, a copy kept aside first); the fast path for
    an up-to-date database imports neither Alembic nor SQLAlchemy."""
    from ..store.errors import DatabaseDamagedError, DatabaseTooNewError
    from ..store.migrate import prepare_database

    try:
        prepare_database(data.database, data.backups)
    except DatabaseTooNewError as exc:
        raise DataUnusableError(t("db_too_new", lang, path=data.database, revision=exc.revision)) from exc
    except DatabaseDamagedError as exc:
        raise DataUnusableError(t("db_damaged", lang, path=data.database, detail=exc.detail)) from exc
