"""Backup actions shared by the GUI and the command line: make, list, restore, automatic backups.

The backup folder is the one chosen in the settings (another drive, a USB key) or the data
folder's own ``sauvegardes``. Restoring always backs up the current state first (or, when the
current database is damaged, keeps it aside), and never leaves a half-restored folder.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from .. import __version__
from ..datadir import DataDir
from ..errors import DataUnusableError, UserInputError
from ..store import backup as store
from ..store.backup import BackupError, BackupInfo, Progress
from ..texts import t
from .backup_folder import configured_folder as configured_folder
from .backup_folder import usable_folder as usable_folder

log = logging.getLogger(__name__)
AUTO_EVERY = timedelta(days=1)


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    before: BackupInfo | None  # the backup of the state that was replaced
    damaged_aside: Path | None  # the damaged database, renamed for recovery


def _environment(exc: Exception, lang: str, path: Path) -> Exception:
    from .diskfull import environment_problem

    problem = environment_problem(exc, lang, path)
    return problem if problem is not None else exc


def make_backup(data: DataDir, lang: str, reason: str = "manuelle", out: Path | None = None,
                progress: Progress | None = None, thin_folder: bool = True) -> BackupInfo:
    """A backup of the database and attachments: to ``out``, or in the backup folder (thinned)."""
    folder = configured_folder(data)
    try:
        if out is not None:
            if not out.parent.is_dir():
                raise UserInputError([t("out_dir_missing", lang, path=out.parent)])
            return store.create_backup(data.database, data.attachments, out, reason, __version__, progress)
        folder, _configured = usable_folder(data)
        info = store.create_in_folder(data.database, data.attachments, folder, reason, __version__, progress)
    except (OSError, sqlite3.Error) as exc:  # SQLite's "disk full" writing the copy names no file
        raise _environment(exc, lang, out or folder) from exc
    if thin_folder:
        thin(folder)
    return info


def thin(folder: Path) -> list[Path]:
    removed = []
    for old in store.thin(store.list_backups(folder)):
        try:
            old.path.unlink()
            removed.append(old.path)
        except OSError as exc:  # a backup we cannot delete is only a wasted file
            log.warning("could not remove old backup %s: %s", old.path, exc)
    return removed


def list_backups(data: DataDir) -> list[BackupInfo]:
    """Backups in the configured folder and in the data folder's own, newest first."""
    seen: dict[Path, BackupInfo] = {}
    for folder in (configured_folder(data), data.backups):
        for info in store.list_backups(folder):
            seen.setdefault(info.path.resolve(), info)
    return sorted(seen.values(), key=lambda b: (b.created_at, b.path.name), reverse=True)


def auto_backup_if_due(data: DataDir, lang: str, now: datetime | None = None) -> BackupInfo | None:
    """At start: a backup when the newest is older than a day and something changed since."""
    now = now or datetime.now()
    if not data.database.exists() or _holds_nothing(data):
        return None
    existing = list_backups(data)
    if existing:
        newest = existing[0]
        if now - newest.created_at < AUTO_EVERY or not store.changed_since(data.database, data.attachments,
                                                                           newest):
            return None
    return make_backup(data, lang, "auto")


def when_text(when: datetime, lang: str, seconds: bool = False) -> str:
    """``23 novembre 2026, 10 h 58`` / ``November 23, 2026, 10:58``; with ``seconds``,
    ``10 h 58 min 07 s`` / ``10:58:07``."""
    from ..core.formatting import format_date

    if lang == "fr":
        clock = f"{when.hour} h {when.minute:02d}" + (f" min {when.second:02d} s" if seconds else "")
    else:
        clock = f"{when:%H:%M:%S}" if seconds else f"{when:%H:%M}"
    return f"{format_date(when.date(), lang)}, {clock}"


def when_texts(backups: list[BackupInfo], lang: str) -> list[str]:
    """The dates of a list of backups, with the seconds where two fall in the same minute (they
    would look identical otherwise)."""
    minutes = [b.created_at.replace(second=0, microsecond=0) for b in backups]
    return [when_text(b.created_at, lang, seconds=minutes.count(m) > 1) for b, m in zip(backups, minutes, strict=True)]


def reason_text(reason: str, lang: str) -> str:
    return t(f"reason_{reason}", lang) if reason in store.REASONS else reason


def _holds_nothing(data: DataDir) -> bool:
    """A brand-new (or emptied) data folder: nothing worth a backup, and an empty backup would
    only push real ones out of the thinning window."""
    if any(data.attachments.rglob("*")) if data.attachments.is_dir() else False:
        return False
    con = sqlite3.connect(f"{data.database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return not any(store.count_rows(con).values())
    except sqlite3.DatabaseError:
        return False
    finally:
        con.close()


def _backup_problem(exc: BackupError, lang: str) -> DataUnusableError:
    key = {"not_a_backup": "backup_not_a_backup", "too_new": "backup_too_new"}.get(exc.reason, "backup_damaged")
    from ..texts_details import detail_text

    log.info("backup %s refused: %s %s", exc.path, exc.reason, exc.detail)
    return DataUnusableError(t(key, lang, path=exc.path, detail=detail_text(exc.detail, lang) or "—"))


def describe_backup(path: Path, lang: str) -> BackupInfo:
    if not path.is_file():
        raise UserInputError([t("backup_not_found", lang, path=path)])
    try:
        return store.read_info(path)
    except BackupError as exc:
        raise _backup_problem(exc, lang) from exc


def newest_good_backup(data: DataDir) -> BackupInfo | None:
    """The newest backup whose database passes a full integrity check."""
    for info in list_backups(data):
        try:
            extracted = store.check_backup_database(info.path, data.root)
        except (BackupError, OSError):
            continue
        extracted.unlink(missing_ok=True)
        return info
    return None


def restore(data: DataDir, path: Path, lang: str, progress: Progress | None = None) -> RestoreResult:
    """Replace the data with a backup's. The caller holds the data folder lock and has closed
    every database connection of this process (services.session.close_all)."""
    from ..store.integrity import quick_check
    from ..store.schema_version import KNOWN_REVISIONS

    info = describe_backup(path, lang)
    if info.revision is not None and info.revision not in KNOWN_REVISIONS:
        raise DataUnusableError(t("backup_too_new", lang, path=path))
    try:
        extracted = store.check_backup_database(path, data.root)
    except BackupError as exc:
        raise _backup_problem(exc, lang) from exc
    except (OSError, sqlite3.Error) as exc:
        raise _environment(exc, lang, data.root) from exc
    try:
        before: BackupInfo | None = None
        aside: Path | None = None
        if data.database.exists():
            if quick_check(data.database).ok:
                # Not thinned now: thinning could remove the very backup being restored.
                before = make_backup(data, lang, "avant-restauration", thin_folder=False)
            else:
                aside = store.put_database_aside(data.database, "endommagee")
        if progress:
            progress(1, 2)
        store.restore_files(path, extracted, data.database, data.attachments)
        if progress:
            progress(2, 2)
    except BackupError as exc:  # an attachment that grew past what the archive declared
        raise _backup_problem(exc, lang) from exc
    except (OSError, sqlite3.Error) as exc:
        raise _environment(exc, lang, data.root) from exc
    finally:
        extracted.unlink(missing_ok=True)
    thin(usable_folder(data)[0])
    log.info("restored backup %s (previous state: %s, damaged aside: %s)", path, before and before.path, aside)
    return RestoreResult(info, before, aside)
