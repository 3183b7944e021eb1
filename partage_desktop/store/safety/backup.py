"""Backups of the whole data: the database (SQLite online backup API) and the attachments folder.

A backup is one zip file: ``backup.json`` (when, why, what it holds), ``partage.sqlite3`` (a
consistent copy made with the online backup API, never a raw copy of a live WAL database) and
``pieces-jointes/…``. The archive is written to a temporary name and renamed, so a backup that
exists is complete. Counts are read with plain SQL and tolerate tables that do not exist (yet).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from partage_desktop.platform import json_input
from partage_desktop.platform.atomic import give_private_permissions, make_private_folder
from partage_desktop.platform.errors import Message
from partage_desktop.store.errors import StoreError, integrity_detail, plain, system_detail
from partage_desktop.store.exchange import safe_member_name
from partage_desktop.store.safety.restore_names import CHECK_PREFIX
from partage_desktop.store.safety.zip_limits import (
    ZipLimits,
    ZipTooBig,
    check_directory,
    copy_member,
    read_member,
)

FORMAT = "partage-backup"
FORMAT_VERSION = 1
MANIFEST = "backup.json"
DB_MEMBER = "partage.sqlite3"
ATTACHMENTS_MEMBER = "pieces-jointes/"
SUFFIX = ".zip"
_REVISION = re.compile(r"[0-9A-Za-z_]{1,64}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
NAME = re.compile(r"sauvegarde-([0-9]{8}-[0-9]{6})(?:-[0-9]+)?-([a-z-]+)\.zip")  # matched whole
# What a backup is made for; part of the file name, so a listing needs no archive opened to sort.
REASONS = ("manuelle", "auto", "avant-migration", "avant-restauration", "avant-import", "avant-demo")
COUNTED = {"agreements": "agreement", "projects": "project", "entries": "journal_entry",
           "organizations": "organization"}
# Soft-deleted rows are in the trash, not "held" in the user's sense.
LIVE_FILTER = {"agreement": "deleted_at IS NULL", "journal_entry": "deleted_at IS NULL"}

Progress = Callable[[int, int], None]
KILL_HOOK = "PARTAGE_TEST_KILL_AT"


def _step(name: str) -> None:
    """A named point of a backup or restore. The crash tests set ``PARTAGE_TEST_KILL_AT`` to a
    step's name to kill the process exactly there (never set outside the tests)."""
    if os.environ.get(KILL_HOOK) == name:
        import signal

        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


# What a backup may hold, checked from the zip's directory before anything is extracted (and again
# while extracting): generous for a real organization's data, far from what a small hostile file
# could make the app write. A database compresses well when mostly empty (about 55:1 for a new one).
MAX_MANIFEST = 1024 * 1024
LIMITS = ZipLimits(members=200_000, member=16 * 1024**3, total=32 * 1024**3, ratio=200, member_ratio=1000,
                   ratio_from=64 * 1024**2, total_allowance=64 * 1024**2,
                   fold_case=False)  # a Linux folder may hold "a.pdf" and "A.pdf": both are kept


class BackupError(StoreError):
    """A file given as a backup cannot be used (not a backup, damaged, unreadable)."""

    def __init__(self, path: Path, reason: str, detail: Message | None = None) -> None:
        super().__init__(f"{path}: {reason} {detail or ''}".strip())
        self.path = path
        self.reason = reason  # "not_a_backup" | "damaged" | "too_new"
        self.detail = detail  # what exactly, as a message code and its parameters


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    reason: str
    counts: dict[str, int] = field(default_factory=dict)
    revision: str | None = None
    attachments: int = 0
    size: int = 0
    # sha256 of the database file (WAL folded in) when the backup was made: "nothing changed since"
    database_sha256: str | None = None
    # the identity of the data folder the backup was made from (None: made before identities)
    data_id: str | None = None

    @property
    def label_counts(self) -> dict[str, int]:
        return {k: self.counts.get(k, 0) for k in ("agreements", "projects", "entries")}


def count_rows(con: sqlite3.Connection) -> dict[str, int]:
    """Counts of what the database holds; a table that does not exist counts as zero."""
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    out: dict[str, int] = {}
    for key, table in COUNTED.items():
        if table not in tables:
            out[key] = 0
            continue
        columns = {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}
        where = LIVE_FILTER.get(table, "")
        if where and "deleted_at" not in columns:
            where = ""
        sql = f'SELECT COUNT(*) FROM "{table}"' + (f" WHERE {where}" if where else "")
        out[key] = int(con.execute(sql).fetchone()[0])
    return out


def _revision(con: sqlite3.Connection) -> str | None:
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a (possibly live, WAL-mode) database with the online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    # Not read-only: a reader may need to recover a WAL left by a killed process.
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # The copy is a standalone file: no -wal beside it, readable from a read-only medium.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _attachment_files(folder: Path | None) -> list[Path]:
    if folder is None or not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def backup_name(reason: str, when: datetime) -> str:
    assert reason in REASONS, reason
    return f"sauvegarde-{when:%Y%m%d-%H%M%S}-{reason}{SUFFIX}"


def _unique(folder: Path, reason: str, when: datetime) -> Path:
    path = folder / backup_name(reason, when)
    n = 1
    while path.exists():
        path = folder / f"sauvegarde-{when:%Y%m%d-%H%M%S}-{n}-{reason}{SUFFIX}"
        n += 1
    return path


def _publish(tmp: Path, out: Path, replace: bool) -> None:
    """Give the finished file its name. Without ``replace``, an existing file is never replaced,
    even one that appeared a moment ago (another backup made in the same second): FileExistsError."""
    if replace:
        os.replace(tmp, out)
        return
    if os.name == "nt":  # pragma: no cover - Windows: a rename never replaces an existing file
        os.rename(tmp, out)
        return
    try:
        os.link(tmp, out)  # atomic, and fails when ``out`` exists
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT USB key, some network shares)
        if out.exists():
            raise FileExistsError(out) from None
        os.replace(tmp, out)
        return
    tmp.unlink(missing_ok=True)


def create_backup(db_path: Path, attachments: Path | None, out: Path, reason: str,
                  app_version: str = "", progress: Progress | None = None,
                  now: datetime | None = None, data_id: str | None = None, replace: bool = True,
                  next_name: Callable[[], Path] | None = None) -> BackupInfo:
    """Write a complete backup to ``out`` (atomically: temporary file, then rename). Without
    ``replace`` an existing file is kept: the backup takes ``next_name()`` instead, or
    FileExistsError is raised when there is none."""
    when = now or datetime.now()
    files = _attachment_files(attachments)
    total = len(files) + 1
    make_private_folder(out.parent)
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    db_copy = tmp.with_name(tmp.name + ".sqlite3")
    try:
        counts: dict[str, int] = dict.fromkeys(COUNTED, 0)
        revision = None
        marker = None
        if db_path.exists():
            marker = content_marker(db_path)
            copy_database(db_path, db_copy)
            con = sqlite3.connect(db_copy)
            try:
                counts = count_rows(con)
                revision = _revision(con)
            finally:
                con.close()
        manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "created_at": when.isoformat(),
                    "reason": reason, "app_version": app_version, "revision": revision, "counts": counts,
                    "attachments": len(files), "database_sha256": marker, "data_id": data_id}
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
            if db_copy.exists():
                archive.write(db_copy, DB_MEMBER)
            if progress:
                progress(1, total)
            assert attachments is not None or not files
            for i, path in enumerate(files, start=2):
                rel = path.relative_to(attachments).as_posix()  # type: ignore[arg-type]
                archive.write(path, ATTACHMENTS_MEMBER + rel)
                if progress:
                    progress(i, total)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        give_private_permissions(tmp, out)  # a backup holds all our data: the user's alone
        _step("backup-publish")
        while True:
            try:
                _publish(tmp, out, replace)
                break
            except FileExistsError:
                if next_name is None:
                    raise
                out = next_name()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            db_copy.with_name(db_copy.name + suffix).unlink(missing_ok=True)
    return BackupInfo(out, when, reason, counts, revision, len(files), out.stat().st_size, marker, data_id)


def create_in_folder(db_path: Path, attachments: Path | None, folder: Path, reason: str,
                     app_version: str = "", progress: Progress | None = None,
                     now: datetime | None = None, data_id: str | None = None) -> BackupInfo:
    """A backup under a name of its own: two backups made in the same second (two commands, two
    computers writing to one shared folder) never replace each other."""
    when = now or datetime.now()
    make_private_folder(folder)
    return create_backup(db_path, attachments, _unique(folder, reason, when), reason, app_version, progress, when,
                         data_id, replace=False, next_name=lambda: _unique(folder, reason, when))


def read_info(path: Path) -> BackupInfo:
    """What a backup holds, from its manifest (the database inside is not opened)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if MANIFEST not in names:
                raise BackupError(path, "not_a_backup")
            raw = json_input.loads(read_member(archive, archive.getinfo(MANIFEST), MAX_MANIFEST).decode("utf-8"))
    except (zipfile.BadZipFile, OSError, UnicodeDecodeError, ValueError, EOFError, RecursionError, ZipTooBig,
            NotImplementedError, RuntimeError, zlib.error) as exc:
        raise BackupError(path, "not_a_backup", system_detail(exc)) from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BackupError(path, "not_a_backup")
    if raw.get("format_version") != FORMAT_VERSION:
        raise BackupError(path, "too_new", plain(raw.get("format_version")))
    try:
        created = datetime.fromisoformat(str(raw["created_at"]))
        counts = {str(k): int(v) for k, v in dict(raw.get("counts") or {}).items()}
        attachments = int(raw.get("attachments") or 0)
    except (KeyError, TypeError, ValueError) as exc:
        raise BackupError(path, "not_a_backup", system_detail(exc)) from exc
    # identifiers read from the file are matched whole: "0007_exchange_base\n" is not a revision
    revision = raw.get("revision")
    if revision is not None and not (isinstance(revision, str) and _REVISION.fullmatch(revision)):
        raise BackupError(path, "not_a_backup", Message.of("detail_unreadable", error="revision"))
    marker = raw.get("database_sha256")
    data_id = raw.get("data_id")
    return BackupInfo(path, created, str(raw.get("reason", "")), counts, revision, attachments,
                      path.stat().st_size,
                      marker if isinstance(marker, str) and _SHA256.fullmatch(marker) else None,
                      data_id if isinstance(data_id, str) else None)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in a folder, newest first; files that are not backups are ignored."""
    if not folder.is_dir():
        return []
    out: list[BackupInfo] = []
    for path in folder.iterdir():
        if path.suffix != SUFFIX or not NAME.fullmatch(path.name):
            continue
        try:
            out.append(read_info(path))
        except BackupError:
            continue
    out.sort(key=lambda b: (b.created_at, b.path.name), reverse=True)
    return out


FUTURE_MARGIN = timedelta(hours=1)


def thin(backups: Iterable[BackupInfo], daily: int = 7, weekly: int = 4, monthly: int = 12,
         now: datetime | None = None) -> list[BackupInfo]:
    """The backups to delete: keep everything from the last 24 hours (a backup made before a
    restore must survive the next "Backup now"), then the newest of each of the last ``daily``
    days, ``weekly`` ISO weeks and ``monthly`` months that have a backup (Anki's scheme).
    A backup dated in the future (a computer whose clock was wrong) is kept but takes no slot:
    it must not push real backups out."""
    now = now or datetime.now()
    every = list(backups)
    future = {b.path for b in every if b.created_at > now + FUTURE_MARGIN}
    ordered = sorted((b for b in every if b.path not in future), key=lambda b: (b.created_at, b.path.name),
                     reverse=True)
    recent = now - timedelta(days=1)
    keep: set[Path] = {b.path for b in ordered if b.created_at >= recent} | future
    for key_of, limit in ((lambda d: d.date(), daily),
                          (lambda d: d.isocalendar()[:2], weekly),
                          (lambda d: (d.year, d.month), monthly)):
        seen: list[Any] = []
        for b in ordered:
            key = key_of(b.created_at)
            if key in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(key)
            keep.add(b.path)
    if ordered:
        keep.add(ordered[0].path)
    return [b for b in ordered if b.path not in keep]


def content_marker(db_path: Path) -> str | None:
    """The SHA-256 of the database file once its WAL is folded in: the same as long as nothing was
    written, whatever the file times say (opening a WAL database touches its -wal and -shm files).
    None when the WAL could not be folded in (a reader held it): then the content is unknown."""
    import hashlib

    try:
        con = sqlite3.connect(db_path, timeout=2)
        try:
            busy, _log, _done = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    if busy:
        return None
    digest = hashlib.sha256()
    try:
        with open(db_path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def changed_since(db_path: Path, attachments: Path | None, since: BackupInfo) -> bool:
    """Whether the data changed after the backup ``since`` was made: the database's content (when
    the backup recorded it; else its file time, the -wal and -shm ignored), the attachments' times."""
    limit = (since.created_at - timedelta(seconds=2)).timestamp()
    for path in _attachment_files(attachments):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime > limit:
                return True
    if not db_path.exists():
        return False
    marker = content_marker(db_path)
    if since.database_sha256 is not None:
        return marker is None or marker != since.database_sha256
    try:
        return marker is None or db_path.stat().st_mtime > limit
    except OSError:
        return True


def check_backup_database(path: Path, work_dir: Path) -> Path:
    """Extract the backup's database to a temporary file in ``work_dir`` and check it whole
    (``PRAGMA integrity_check``). Returns the extracted file; the caller owns it."""
    read_info(path)
    fd, name = tempfile.mkstemp(dir=work_dir, prefix=CHECK_PREFIX, suffix=".sqlite3")
    os.close(fd)
    extracted = Path(name)
    try:
        with zipfile.ZipFile(path) as archive:
            if DB_MEMBER not in archive.namelist():
                raise BackupError(path, "damaged", Message.of("detail_no_database"))
            _check_members(path, archive)
            _check_sizes(path, archive, work_dir)
            with open(extracted, "wb") as dst:
                copy_member(archive, archive.getinfo(DB_MEMBER), dst, LIMITS.member)
        con = sqlite3.connect(extracted)
        try:
            result = [r[0] for r in con.execute("PRAGMA integrity_check")]
        finally:
            con.close()
        if result != ["ok"]:
            raise BackupError(path, "damaged", integrity_detail(result))
    except (zipfile.BadZipFile, sqlite3.DatabaseError, EOFError, ZipTooBig, NotImplementedError, RuntimeError,
            zlib.error) as exc:
        extracted.unlink(missing_ok=True)
        raise BackupError(path, "damaged", system_detail(exc)) from exc
    except BaseException:
        extracted.unlink(missing_ok=True)
        raise
    return extracted


def _check_sizes(path: Path, archive: zipfile.ZipFile, work_dir: Path) -> None:
    """Count, sizes and ratios from the directory, and room on the disk for everything it holds
    (the restore also backs up the current state first: that is the caller's own check)."""
    try:
        total = check_directory(archive.infolist(), LIMITS)
    except ZipTooBig as exc:
        raise BackupError(path, "damaged", exc.detail) from exc
    free = shutil.disk_usage(work_dir).free
    if total > free:
        import errno

        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(work_dir))


def _check_members(path: Path, archive: zipfile.ZipFile) -> None:
    """A backup is restored only if every member is one this module writes, at a safe path."""

    for info in archive.infolist():
        name = info.filename
        if name in (MANIFEST, DB_MEMBER):
            continue
        rel = name[len(ATTACHMENTS_MEMBER):] if name.startswith(ATTACHMENTS_MEMBER) else ""
        mode = info.external_attr >> 16
        if not rel or info.is_dir() or not safe_member_name(rel) or (mode and (mode & 0o170000) == 0o120000):
            raise BackupError(path, "damaged", Message.of("detail_unexpected_member", name=repr(name)))


def _remove_sidecars(db_path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)


def checkpoint(db_path: Path) -> None:
    """Fold the WAL into the main file so that nothing lives only in the -wal file."""
    con = sqlite3.connect(db_path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def put_database_aside(db_path: Path, label: str, now: datetime | None = None) -> Path:
    """Rename the database (and its WAL files) out of the way, kept for recovery."""
    when = now or datetime.now()
    aside = db_path.with_name(f"{db_path.stem}-{label}-{when:%Y%m%d-%H%M%S}{db_path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        src = db_path.with_name(db_path.name + suffix)
        if src.exists():
            os.replace(src, aside.with_name(aside.name + suffix))
    return aside
