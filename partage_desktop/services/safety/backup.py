"""Backup actions shared by the GUI and the command line: make, list, restore, automatic backups.

The backup folder is the one chosen in the settings (another drive, a USB key) or the data
folder's own ``sauvegardes``. Restoring always backs up the current state first (or, when the
current database is damaged, keeps it aside), and never leaves a half-restored folder.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from partage_desktop import __version__
from partage_desktop.core.formatting import format_date
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import DataUnusableError, Message, UserInputError
from partage_desktop.platform.lock import DataFolderBusyError, DataFolderLock
from partage_desktop.services import changes
from partage_desktop.services.data.diskfull import environment_problem
from partage_desktop.services.data.outputs import check_output
from partage_desktop.services.safety.backup_folder import configured_folder as configured_folder
from partage_desktop.services.safety.backup_folder import data_id as data_id
from partage_desktop.services.safety.backup_folder import usable_folder as usable_folder
from partage_desktop.store.errors import system_detail
from partage_desktop.store.safety import backup as store
from partage_desktop.store.safety import restore as staging
from partage_desktop.store.safety.backup import BackupError, BackupInfo, Progress
from partage_desktop.store.safety.integrity import quick_check
from partage_desktop.store.schema.version import KNOWN_REVISIONS
from partage_desktop.words import say, t

log = logging.getLogger(__name__)
AUTO_EVERY = timedelta(days=1)
# The home screen warns when no automatic backup was made for this long while the data changed.
STALE_AFTER = timedelta(days=3)


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    before: BackupInfo | None  # the backup of the state that was replaced
    damaged_aside: Path | None  # the damaged database, renamed for recovery
    # read from the restored database itself, not from the backup's description
    counts: dict[str, int] = field(default_factory=dict)
    left_out: list[str] = field(default_factory=list)  # what the file held beyond Partage's schema

    @property
    def label_counts(self) -> dict[str, int]:
        return {k: self.counts.get(k, 0) for k in ("agreements", "projects", "entries")}


def is_ours(info: BackupInfo, ours: str | None) -> bool:
    """A backup of this data folder: made from it, or made before backups named their folder.
    A folder that does not know its own identity (settings from an older release, or lost) claims
    only backups that name no folder: one naming a folder may be another computer's data."""
    return info.data_id is None or (ours is not None and info.data_id == ours)


def _environment(exc: Exception, lang: str, path: Path) -> Exception:
    problem = environment_problem(exc, lang, path)
    return problem if problem is not None else exc


def make_backup(data: DataDir, lang: str, reason: str = "manuelle", out: Path | None = None,
                progress: Progress | None = None, thin_folder: bool = True, replace: bool = False) -> BackupInfo:
    """A backup of the database and attachments: to ``out``, or in the backup folder (thinned).
    ``out`` goes through the output guard (never one of the data folder's own files; an existing
    file only with ``replace``)."""
    folder = configured_folder(data)
    ours = data_id(data)
    try:
        if out is not None:
            out = check_output(out, data, lang, force=replace)
            if not out.parent.is_dir():
                raise UserInputError([Message.of("out_dir_missing", path=out.parent)])
            try:
                return store.create_backup(data.database, data.attachments, out, reason, __version__, progress,
                                           data_id=ours, replace=replace)
            except FileExistsError as exc:  # appeared while the backup was being written
                raise UserInputError([Message.of("out_exists", path=out)]) from exc
        folder, _configured = usable_folder(data)
        info = store.create_in_folder(data.database, data.attachments, folder, reason, __version__, progress,
                                      data_id=ours)
    except (OSError, sqlite3.Error) as exc:  # SQLite's "disk full" writing the copy names no file
        raise _environment(exc, lang, out or folder) from exc
    if thin_folder:
        thin(folder, ours)
    return info


def _remove_stale_temporaries(folder: Path, min_age: float = 3600.0) -> None:
    """Half-written backups of a process killed mid-way (never a finished backup: those have no
    leading dot). Only old ones: another process may be writing one right now."""
    import time

    now = time.time()
    for path in folder.glob(".sauvegarde-*.tmp*"):
        try:
            if now - path.stat().st_mtime > min_age:
                path.unlink()
        except OSError:
            continue


def thin(folder: Path, ours: str | None = None) -> list[Path]:
    """Delete this data folder's old backups (another computer's, in a shared folder, are theirs
    to thin)."""
    removed = []
    _remove_stale_temporaries(folder)
    mine = [b for b in store.list_backups(folder) if is_ours(b, ours)]
    for old in store.thin(mine):
        try:
            old.path.unlink()
            removed.append(old.path)
        except OSError as exc:  # a backup we cannot delete is only a wasted file
            log.warning("could not remove old backup %s: %s", old.path, exc)
    return removed


def list_backups(data: DataDir, others: bool = False) -> list[BackupInfo]:
    """This data folder's backups in the configured folder and in the data folder's own, newest
    first; with ``others``, only those of other data folders (a shared backup folder)."""
    ours = data_id(data, create=False)
    seen: dict[Path, BackupInfo] = {}
    for folder in (configured_folder(data), data.backups):
        for info in store.list_backups(folder):
            if is_ours(info, ours) != others:
                seen.setdefault(info.path.resolve(), info)
    return sorted(seen.values(), key=lambda b: (b.created_at, b.path.name), reverse=True)


def _newest_in_the_past(backups: list[BackupInfo], now: datetime) -> BackupInfo | None:
    """The newest backup not dated in the future (a future date, from a computer whose clock was
    wrong, must not pass for "backed up a moment ago" for ever)."""
    return next((b for b in backups if b.created_at <= now + store.FUTURE_MARGIN), None)


def auto_backup_if_due(data: DataDir, lang: str, now: datetime | None = None) -> BackupInfo | None:
    """At start: a backup when our newest is older than a day and something changed since."""
    now = now or datetime.now()
    if not data.database.exists() or _holds_nothing(data):
        return None
    newest = _newest_in_the_past(list_backups(data), now)
    if newest is not None and (now - newest.created_at < AUTO_EVERY
                               or not store.changed_since(data.database, data.attachments, newest)):
        return None
    return make_backup(data, lang, "auto")


def backup_warning(data: DataDir, lang: str, now: datetime | None = None) -> str | None:
    """A warning for the home screen when backing up has stopped: this folder's newest backup
    is older than STALE_AFTER while the data changed since (None: all is well)."""
    now = now or datetime.now()
    if not data.database.exists() or _holds_nothing(data):
        return None
    newest = _newest_in_the_past(list_backups(data), now)
    if newest is not None and now - newest.created_at < STALE_AFTER:
        return None
    if newest is not None and not store.changed_since(data.database, data.attachments, newest):
        return None
    if newest is None:  # data, and not one backup of it (the automatic one ran just before)
        return t("backup_never", lang)
    return t("backup_stopped", lang, days=(now - newest.created_at).days)


def counted(counts: dict[str, int], lang: str, *, journal: bool = True) -> dict[str, str]:
    """A backup's counts in words (« 2 ententes », « 1 projet », « 3 entrées de journal »), for the
    ``{agreements}``, ``{projects}`` and ``{entries}`` of a message; ``journal=False`` says « entrées »."""
    return {key: say(message, lang) for key, message in counted_messages(counts, journal=journal).items()}


def counted_messages(counts: dict[str, int], *, journal: bool = True) -> dict[str, Message]:
    """``counted``'s words as plural message codes, for an error worded later."""
    return {"agreements": Message.plural("count_agreements", counts.get("agreements", 0)),
            "projects": Message.plural("count_projects", counts.get("projects", 0)),
            "entries": Message.plural("count_journal_entries" if journal else "count_entries",
                                      counts.get("entries", 0))}


def when_text(when: datetime, lang: str, seconds: bool = False) -> str:
    """``23 novembre 2026, 10 h 58`` / ``November 23, 2026, 10:58``; with ``seconds``,
    ``10 h 58 min 07 s`` / ``10:58:07``."""

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


def _backup_problem(exc: BackupError) -> DataUnusableError:
    key = {"not_a_backup": "backup_not_a_backup", "too_new": "backup_too_new",
           "not_partage": "backup_not_partage"}.get(exc.reason, "backup_damaged")
    log.info("backup %s refused: %s %s", exc.path, exc.reason, say(exc.detail, "en") if exc.detail else "")
    return DataUnusableError(Message.of(key, path=exc.path, detail=exc.detail or "—"))


def describe_backup(path: Path, lang: str) -> BackupInfo:
    if not path.is_file():
        raise UserInputError([Message.of("backup_not_found", path=path)])
    try:
        return store.read_info(path)
    except BackupError as exc:
        raise _backup_problem(exc) from exc


def newest_good_backup(data: DataDir) -> BackupInfo | None:
    """This data folder's newest backup whose database passes a full integrity check (never
    another folder's: a shared backup folder holds other computers' data too)."""
    for info in list_backups(data):
        try:
            return _checked(info, data.root)
        except (BackupError, OSError, sqlite3.DatabaseError):
            continue
    return None


def _checked(info: BackupInfo, work_dir: Path) -> BackupInfo:
    """``info`` once its database passed the full check, with the counts read from that database
    rather than from the backup's description."""
    import dataclasses

    extracted = store.check_backup_database(info.path, work_dir)
    try:
        con = sqlite3.connect(f"{extracted.resolve().as_uri()}?mode=ro", uri=True)
        try:
            counts = store.count_rows(con)
        finally:
            con.close()
    finally:
        extracted.unlink(missing_ok=True)
    return dataclasses.replace(info, counts=counts)


def inspect_backup(data: DataDir, path: Path, lang: str) -> BackupInfo:
    """A backup file chosen by hand, checked whole, with what it truly holds (before asking the
    user to confirm a restore)."""
    info = describe_backup(path, lang)
    try:
        return _checked(info, data.root)
    except BackupError as exc:
        raise _backup_problem(exc) from exc
    except sqlite3.DatabaseError as exc:
        raise _backup_problem(BackupError(path, "damaged", system_detail(exc))) from exc
    except OSError as exc:
        raise _environment(exc, lang, data.root) from exc


def put_damaged_database_aside(data: DataDir) -> Path:
    """Rename the damaged database (and its WAL files) out of the way, kept in the data folder for
    recovery, never deleted; returns its new name."""
    return store.put_database_aside(data.database, "endommagee")


def restore(data: DataDir, path: Path, lang: str, progress: Progress | None = None) -> RestoreResult:
    """Replace the data with a backup's. Everything is checked first — the archive, the database's
    integrity, its revision (read from the database itself) and its schema — so that a refusal
    truly changes nothing; the database is rebuilt from Partage's own schema (unknown tables,
    triggers and views are left out). The caller holds the data folder lock and has closed every
    database connection of this process (services.session.close_all)."""

    info = describe_backup(path, lang)
    finish_interrupted(data, have_lock=True)
    try:
        staged = staging.stage(path, data.root, KNOWN_REVISIONS, data.attachments)
    except BackupError as exc:
        raise _backup_problem(exc) from exc
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
        staging.commit(staged, data.database, data.attachments)
        if progress:
            progress(2, 2)
    except BackupError as exc:  # an attachment that grew past what the archive declared
        raise _backup_problem(exc) from exc
    except (OSError, sqlite3.Error) as exc:
        if not staging.pending(data.root):
            staged.discard()
        raise _environment(exc, lang, data.root) from exc
    except BaseException:
        if not staging.pending(data.root):
            staged.discard()
        raise
    thin(usable_folder(data)[0], data_id(data, create=False))
    if staged.left_out:
        log.warning("restored backup %s without what lies outside Partage's schema: %s", path,
                    ", ".join(staged.left_out))
    log.info("restored backup %s (previous state: %s, damaged aside: %s)", path, before and before.path, aside)
    changes.announce(data, changes.EVERYTHING)
    return RestoreResult(info, before, aside, staged.counts, staged.left_out)


def finish_interrupted(data: DataDir, have_lock: bool = False) -> bool:
    """A restore cut short (crash, power cut): finish it from its journal, and remove what a
    restore killed earlier left behind. Runs under the data folder's lock (taken here unless the
    caller holds it; skipped when another process holds it: that one finishes it). True when an
    interrupted restore was finished."""

    root = data.root
    if not root.is_dir():
        return False
    if not staging.pending(root) and not any(
            p.name.startswith((staging.STAGED_DB_PREFIX, staging.STAGED_FILES_PREFIX, staging.OLD_FILES_PREFIX))
            for p in root.iterdir()):
        return False
    lock = None
    if not have_lock:
        lock = DataFolderLock(root)
        try:
            lock.acquire()
        except DataFolderBusyError:
            return False
    try:
        finished = staging.finish(root)
        if finished:
            log.warning("an interrupted restore was finished from its journal")
        staging.clean_leftovers(root)
        return finished
    finally:
        if lock is not None:
            lock.release()
