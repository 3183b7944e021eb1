"""Opening the user's database: migrate it if needed, refuse what cannot be used, explain why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from partage_desktop.platform.datadir import DataDir, command_option
from partage_desktop.platform.errors import DataUnusableError, Message
from partage_desktop.platform.settings import Settings
from partage_desktop.services.safety.backup_folder import data_id, usable_folder
from partage_desktop.services.safety.interrupted_restore import finish_interrupted_restore
from partage_desktop.store.errors import DatabaseDamagedError, DatabaseTooNewError
from partage_desktop.store.safety.integrity import full_check as check
from partage_desktop.store.schema.migrate import prepare_database
from partage_desktop.store.schema.version import KNOWN_REVISIONS, read_sqlite_revision
from partage_desktop.words import t, tn

if TYPE_CHECKING:
    from partage_desktop.store.safety.backup import BackupInfo


class DatabaseDamaged(DataUnusableError):
    """The database failed its integrity check; ``backup`` is the newest intact backup, if any."""

    def __init__(self, message: Message | str, backup: BackupInfo | None, detail: str = "") -> None:
        super().__init__(message)
        self.backup = backup
        self.detail = detail


_READY: dict[str, tuple[int, ...]] = {}


def _file_state(data: DataDir) -> tuple[int, ...]:
    out: list[int] = []
    for path in (data.database, data.database.with_name(data.database.name + "-wal")):
        try:
            stat = path.stat()
            out += [stat.st_size, stat.st_mtime_ns, stat.st_ino]
        except OSError:
            out += [-1, -1, -1]
    return tuple(out)


def forget_prepared() -> None:
    """Check every database again at the next prepare (its access rights may have changed)."""
    _READY.clear()


def prepare(data: DataDir, lang: str) -> None:
    """Make the database ready (checked, then created or migrated with a backup made first); the
    fast path for an up-to-date database imports neither Alembic nor SQLAlchemy. A file already
    prepared by this process and untouched since is not checked twice (the GUI start calls this
    from two places)."""

    finish_interrupted_restore(data)  # a restore cut short is finished before anything reads the data
    key = str(data.database)
    if _READY.get(key) == _file_state(data) and data.database.exists():
        return

    try:
        prepare_database(data.database, usable_folder(data)[0], data.attachments)
    except DatabaseTooNewError as exc:
        raise DataUnusableError(Message.of("db_too_new", path=data.database, revision=exc.revision)) from exc
    except DatabaseDamagedError as exc:
        raise damaged(data, lang, exc.detail) from exc
    except Exception as exc:  # the computer's fault (disk full…), or a bug raised as it is
        import sqlite3

        from partage_desktop.services.data.diskfull import (  # deferred: not needed at start-up
            environment_problem,
        )

        if not isinstance(exc, (OSError, sqlite3.Error)):
            raise
        problem = environment_problem(exc, lang, data.root)
        if problem is None:
            raise
        raise problem from exc
    _remember_identity(data)
    _READY[key] = _file_state(data)


def _remember_identity(data: DataDir) -> None:
    """A data folder in use has an identity from its first start on (services.backup.data_id):
    its backups carry it, and a backup folder shared with other computers offers only ours."""

    if data.settings_file.is_file() and Settings.load(data.settings_file).data_id:
        return

    data_id(data)


def damaged(data: DataDir, lang: str, detail: str) -> DatabaseDamaged:
    from partage_desktop.services.safety.backup import (  # deferred: not needed at start-up
        newest_good_backup,
    )

    option = command_option(data)
    good = newest_good_backup(data)
    if good is None:
        return DatabaseDamaged(Message.of("db_damaged", path=data.database, detail=detail, option=option), None,
                               detail)
    from partage_desktop.services.safety.backup import (
        counted_messages,
        when_text,  # deferred: not needed at start-up
    )

    when = when_text(good.created_at, lang)
    return DatabaseDamaged(Message.of("db_damaged_with_backup", path=data.database, detail=detail, date=when,
                             backup=good.path, option=option,
                             **counted_messages(good.label_counts, journal=False)), good, detail)


def full_check(data: DataDir, lang: str) -> tuple[bool, str, str]:
    """Everything that can be verified, on demand: (intact, message for the command line, detail).
    ``PRAGMA integrity_check`` and the foreign keys; the schema against the one Partage's
    migrations build (a trigger, view or table slipped in from elsewhere is damage too); every
    attachment and signed copy the database names is in the data folder; no restore left half-done."""

    result = check(data.database)
    problems = list(result.problems[:3])
    if result.ok:
        problems += _schema_problems(data, lang) + _attachment_problems(data, lang)
        from partage_desktop.store.safety.restore import pending  # deferred: not needed at start-up

        if pending(data.root):
            problems.append(t("check_restore_pending", lang))
    detail = "; ".join(problems[:3])
    if not problems:
        return True, t("check_ok", lang, path=data.database), ""

    return False, t("check_failed", lang, path=data.database, detail=detail, option=command_option(data)), detail


def _schema_problems(data: DataDir, lang: str) -> list[str]:
    from partage_desktop.store.schema.check import compare  # deferred: not needed at start-up

    revision = read_sqlite_revision(data.database)
    if revision is None or revision not in KNOWN_REVISIONS:
        return []  # an empty file, or one prepare() already refused
    found = compare(data.database, revision)
    return [t("check_schema", lang, detail=", ".join(found[:5]))] if found else []


def _attachment_problems(data: DataDir, lang: str) -> list[str]:
    """Files the database names that are not in the data folder (journal attachments and the
    scanned signed copies), and attachments whose size is no longer the one recorded (emptied or
    overwritten: the database keeps no copy of their content to compare with)."""
    import sqlite3

    con = sqlite3.connect(f"{data.database.resolve().as_uri()}?mode=ro", uri=True)
    missing: list[str] = []
    changed: list[str] = []
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "attachment" in tables:
            for name, size in con.execute("SELECT stored_name, size_bytes FROM attachment ORDER BY id"):
                path = data.attachments / str(name)
                if not path.is_file():
                    missing.append(str(name))
                elif isinstance(size, int) and path.stat().st_size != size:
                    changed.append(str(name))
        columns = {r[1] for r in con.execute('PRAGMA table_info("agreement")')} if "agreement" in tables else set()
        if "scan_path" in columns:
            for (rel,) in con.execute("SELECT scan_path FROM agreement WHERE scan_path IS NOT NULL AND scan_path != ''"):
                if not (data.root / str(rel)).is_file():
                    missing.append(str(rel))
    finally:
        con.close()
    problems = []
    if missing:
        problems.append(tn("check_attachments", len(missing), lang, folder=data.attachments, name=missing[0]))
    if changed:
        problems.append(tn("check_attachments_changed", len(changed), lang, folder=data.attachments,
                          name=changed[0]))
    return problems


def warm_up() -> None:
    """Import the data layer ahead of need (on a worker thread), so that the first screen that
    reads the database does not pause for SQLAlchemy's import."""
    import sqlalchemy.orm  # noqa: F401

    from partage_desktop.store import models  # noqa: F401  # deferred: SQLAlchemy, only when needed
