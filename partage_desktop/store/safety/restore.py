"""Putting a backup back: everything checked before anything changes, then a journal of the steps
so that a restore cut short (a crash, a power cut, a killed process) is finished at the next start.

1. ``stage`` (nothing of the data changes): the backup's database is extracted and must pass
   ``PRAGMA integrity_check``; its schema revision is read from the database itself (not from the
   backup's description) and must be one this version knows; the database is then rebuilt from
   the app's own schema at that revision with only the rows of the app's tables
   (``schema_check.rebuild``: a trigger, view or table slipped into the file never comes back),
   and the rebuilt copy passes the integrity and foreign-key checks. The attachments are extracted
   beside the data. The counts shown to the user are read from the rebuilt database.
2. The caller backs up the current state (or puts a damaged database aside).
3. ``commit`` writes the journal ``.partage-restauration.json`` (what to put where), then
   ``finish`` renames the staged files in, one step at a time. Each step can be done again, so
   ``finish`` run at the next start after a kill at any point completes the restore.
4. Leftovers of a restore killed before its journal was written are removed (``clean_leftovers``).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
import time
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from partage_desktop.platform.atomic import (
    PRIVATE_FILE,
    give_private_permissions,
    make_private_folder,
    write_text,
)
from partage_desktop.platform.errors import Message
from partage_desktop.store.errors import integrity_detail, plain, system_detail
from partage_desktop.store.safety.backup import (
    ATTACHMENTS_MEMBER,
    LIMITS,
    BackupError,
    _remove_sidecars,
    _step,
    check_backup_database,
    count_rows,
    read_info,
)
from partage_desktop.store.safety.restore_names import (
    CHECK_PREFIX,
    JOURNAL,
    OLD_FILES_PREFIX,
    STAGED_DB_PREFIX,
    STAGED_FILES_PREFIX,
)
from partage_desktop.store.safety.zip_limits import ZipTooBig, copy_member
from partage_desktop.store.schema.check import SchemaMismatch, rebuild

__all__ = ["CHECK_PREFIX", "JOURNAL", "OLD_FILES_PREFIX", "STAGED_DB_PREFIX", "STAGED_FILES_PREFIX", "Staged",
           "clean_leftovers", "commit", "finish", "pending", "stage"]


@dataclass(frozen=True)
class Staged:
    database: Path  # the rebuilt, checked database, beside the data
    attachments: Path | None  # the backup's attachments, extracted beside the data
    revision: str
    counts: dict[str, int] = field(default_factory=dict)
    attachment_files: int = 0
    left_out: list[str] = field(default_factory=list)  # what the file held beyond the app's schema

    def discard(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            self.database.with_name(self.database.name + suffix).unlink(missing_ok=True)
        if self.attachments is not None:
            shutil.rmtree(self.attachments, ignore_errors=True)


def _revision_of(path: Path, db: Path) -> str:
    con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables:
            raise BackupError(path, "not_partage", Message.of(
                "detail_unreadable", error="no schema revision" if tables else "empty database"))
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupError(path, "damaged", system_detail(exc)) from exc
    finally:
        con.close()
    if row is None:
        raise BackupError(path, "not_partage", Message.of("detail_unreadable", error="no schema revision"))
    return str(row[0])


def _full_check(path: Path, db: Path) -> None:
    con = sqlite3.connect(db)
    try:
        problems = [r[0] for r in con.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {r[0]} row {r[1]}" for r in con.execute("PRAGMA foreign_key_check").fetchmany(3)]
    finally:
        con.close()
    if problems:
        raise BackupError(path, "damaged", integrity_detail(problems))


def stage(backup: Path, root: Path, known_revisions: Iterable[str], attachments: Path | None) -> Staged:
    """Check the backup whole and prepare its content beside the data; nothing of the data changes.
    Raises BackupError (``not_a_backup``, ``damaged``, ``too_new``, ``not_partage``)."""

    read_info(backup)
    extracted = check_backup_database(backup, root)
    fd, name = tempfile.mkstemp(dir=root, prefix=STAGED_DB_PREFIX, suffix=".sqlite3")
    os.close(fd)
    rebuilt = Path(name)
    staged_files: Path | None = None
    try:
        revision = _revision_of(backup, extracted)
        if revision not in set(known_revisions):
            raise BackupError(backup, "too_new", plain(revision))
        rebuilt.unlink()
        try:
            left_out = rebuild(extracted, rebuilt, revision)
        except SchemaMismatch as exc:
            raise BackupError(backup, "not_partage", system_detail(exc)) from exc
        except sqlite3.DatabaseError as exc:
            raise BackupError(backup, "damaged", system_detail(exc)) from exc
        _full_check(backup, rebuilt)
        con = sqlite3.connect(f"{rebuilt.resolve().as_uri()}?mode=ro", uri=True)
        try:
            counts = count_rows(con)
        finally:
            con.close()
        files = 0
        if attachments is not None:
            staged_files = Path(tempfile.mkdtemp(dir=attachments.parent, prefix=STAGED_FILES_PREFIX))
            files = _extract_attachments(backup, staged_files)
        return Staged(rebuilt, staged_files, revision, counts, files, left_out)
    except BaseException:
        for suffix in ("", "-journal"):
            rebuilt.with_name(rebuilt.name + suffix).unlink(missing_ok=True)
        if staged_files is not None:
            shutil.rmtree(staged_files, ignore_errors=True)
        raise
    finally:
        extracted.unlink(missing_ok=True)


def _private_opener(path: str, flags: int) -> int:
    """A new file readable by the user only (POSIX; Windows ignores the mode)."""
    return os.open(path, flags, PRIVATE_FILE)


def _extract_attachments(backup: Path, target_dir: Path) -> int:
    count = 0
    try:
        with zipfile.ZipFile(backup) as archive:
            budget = LIMITS.total  # headers may lie: what is written is counted too
            for info in archive.infolist():
                if not info.filename.startswith(ATTACHMENTS_MEMBER) or info.is_dir():
                    continue
                rel = info.filename[len(ATTACHMENTS_MEMBER):]
                target = (target_dir / rel).resolve()
                if target_dir.resolve() not in target.parents:
                    raise BackupError(backup, "damaged", Message.of("detail_unsafe_path", name=repr(info.filename)))
                make_private_folder(target.parent)
                with open(target, "wb", opener=_private_opener) as dst:
                    budget -= copy_member(archive, info, dst, budget)
                count += 1
    except (ZipTooBig, zipfile.BadZipFile, EOFError, zlib.error) as exc:
        raise BackupError(backup, "damaged", system_detail(exc)) from exc
    return count


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows cannot open a folder for fsync
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def commit(staged: Staged, db_path: Path, attachments: Path | None) -> None:
    """Write the journal of the steps, then carry them out (``finish``)."""
    root = db_path.parent
    give_private_permissions(staged.database, db_path)
    old = f"{OLD_FILES_PREFIX}{os.getpid()}-{int(time.time())}"
    plan = {"database": staged.database.name, "target": db_path.name,
            "attachments": staged.attachments.name if staged.attachments is not None else None,
            "attachments_target": attachments.name if attachments is not None else None, "old": old}
    _fsync_dir(root)  # the staged files exist on disk before the journal names them
    _step("restore-journal")
    write_text(root / JOURNAL, json.dumps(plan, indent=2), private=True)
    _fsync_dir(root)
    finish(root)


def pending(root: Path) -> bool:
    return (root / JOURNAL).is_file()


def finish(root: Path) -> bool:
    """Carry out (or carry on with) the journal's steps; True when there was one. Each step
    looks at what is already done, so it can run again after a kill at any point."""
    journal = root / JOURNAL
    try:
        plan = json.loads(journal.read_text("utf-8"))
        for key in ("target", "database", "old"):
            str(plan[key])
    except FileNotFoundError:
        return False
    except (ValueError, KeyError, TypeError) as exc:  # written atomically: not ours; leave all as it is
        import logging

        logging.getLogger(__name__).error("restore journal %s unreadable, left alone: %s", journal, exc)
        return False
    db_path = root / str(plan["target"])
    staged_db = root / str(plan["database"])
    if staged_db.exists():
        _step("restore-sidecars")
        _remove_sidecars(db_path)  # a stale -wal would be replayed into the restored file
        _step("restore-database")
        os.replace(staged_db, db_path)
        _fsync_dir(root)
    if plan.get("attachments") and plan.get("attachments_target"):
        staged_files = root / str(plan["attachments"])
        target = root / str(plan["attachments_target"])
        old = root / str(plan["old"])
        if staged_files.exists():
            if target.exists():
                if old.exists():
                    shutil.rmtree(old)
                _step("restore-attachments-aside")
                os.replace(target, old)
            _step("restore-attachments-in")
            os.replace(staged_files, target)
            _fsync_dir(root)
        _step("restore-cleanup")
        shutil.rmtree(old, ignore_errors=True)
    journal.unlink()
    _fsync_dir(root)
    return True


def clean_leftovers(root: Path, min_age: float = 3600.0) -> list[Path]:
    """Remove what a restore killed before its journal was written left behind, and checking
    copies older than ``min_age`` seconds. Only with no journal pending, under the folder's lock."""
    if pending(root) or not root.is_dir():
        return []
    removed: list[Path] = []
    now = time.time()
    for path in root.iterdir():
        name = path.name
        stale = name.startswith((STAGED_DB_PREFIX, STAGED_FILES_PREFIX, OLD_FILES_PREFIX))
        if name.startswith(CHECK_PREFIX):
            with contextlib.suppress(OSError):
                stale = now - path.stat().st_mtime > min_age
        if not stale:
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed
