"""Files attached to journal entries: copied into the data folder under a safe, unique name, so
that the journal keeps them even when the original is moved, renamed or deleted."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path

from partage_desktop.core.safe_names import safe_file_name
from partage_desktop.platform.atomic import make_private_folder
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.data.session import session_scope

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})
MAX_BYTES = 100 * 1024 * 1024  # a board presentation with photos fits; a video does not


class AttachmentError(Exception):
    """``reason``: missing (no such file), not_a_file, too_big, unreadable, no_space."""

    def __init__(self, reason: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{reason}: {path} {detail}".strip())
        self.reason = reason
        self.path = path
        self.detail = detail


@dataclass(frozen=True)
class AttachmentData:
    id: int
    entry_id: int
    original_name: str
    stored_name: str
    size_bytes: int


def safe_name(original: str) -> str:
    """ASCII letters, digits, ``-``, ``_`` and one extension; accents folded, the rest dropped."""
    original = re.split(r"[\\/]", original)[-1]
    stem, dot, ext = original.rpartition(".")
    if not stem or not dot or not re.fullmatch(r"[A-Za-z0-9]{1,10}", ext):
        stem, ext = original, ""

    def clean(part: str, limit: int) -> str:
        part = part.translate(_LIGATURES)
        ascii_part = unicodedata.normalize("NFKD", part).encode("ascii", "ignore").decode()
        return re.sub(r"[^A-Za-z0-9_-]+", "-", ascii_part).strip("-_")[:limit]
    stem_clean, ext_clean = clean(stem, 60) or "fichier", clean(ext, 10).lower()
    return f"{stem_clean}.{ext_clean}" if ext_clean else stem_clean


def add_attachment(data: DataDir, entry_id: int, source: Path) -> AttachmentData:
    """Copy ``source`` into the attachments folder and record it. The copy is written under a
    temporary name and renamed when complete, and removed if recording fails."""
    from partage_desktop.store.models import Attachment  # deferred: SQLAlchemy, only when needed

    source = Path(source)
    if not source.exists():
        raise AttachmentError("missing", source)
    if not source.is_file():
        raise AttachmentError("not_a_file", source)
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise AttachmentError("too_big", source, str(size))
    stored = f"{entry_id}-{uuid.uuid4().hex[:8]}-{safe_name(source.name)}"
    target = data.attachments / stored
    make_private_folder(data.attachments)
    fd, tmp = tempfile.mkstemp(dir=data.attachments, prefix=".copie-", suffix=".tmp")
    os.close(fd)
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        reason = "no_space" if getattr(exc, "errno", None) == 28 else "unreadable"
        raise AttachmentError(reason, source, exc.strerror or str(exc)) from exc
    try:
        with session_scope(data) as session:
            # The name shown in the journal: one plain segment, no control or bidi characters.
            row = Attachment(entry_id=entry_id, original_name=safe_file_name(source.name)[:255], stored_name=stored,
                             size_bytes=size)
            session.add(row)
            session.flush()
            return AttachmentData(row.id, entry_id, row.original_name, stored, size)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def list_attachments(data: DataDir, entry_id: int) -> list[AttachmentData]:
    from sqlalchemy import select

    from partage_desktop.store.models import Attachment  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        rows = session.scalars(select(Attachment).where(Attachment.entry_id == entry_id).order_by(Attachment.id))
        return [AttachmentData(r.id, r.entry_id, r.original_name, r.stored_name, r.size_bytes) for r in rows]


def attachment_path(data: DataDir, attachment: AttachmentData) -> Path:
    """Where the copy is; raises AttachmentError("missing") when it was removed from the folder."""
    path = data.attachments / attachment.stored_name
    if not path.is_file():
        raise AttachmentError("missing", path)
    return path


def remove_attachment(data: DataDir, attachment_id: int) -> None:
    from partage_desktop.store.models import Attachment  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            return
        name = row.stored_name
        session.delete(row)
    (data.attachments / name).unlink(missing_ok=True)


UNDO_FOLDER = ".undo"  # removed files wait here while the removal can still be undone


@dataclass(frozen=True)
class RemovedAttachment:
    """A file just removed from an entry, its copy set aside so that it can be put back."""

    entry_id: int
    original_name: str
    stored_name: str
    size_bytes: int
    held: Path


def remove_attachment_for_now(data: DataDir, attachment: AttachmentData) -> RemovedAttachment:
    """Remove an attachment but keep its copy aside (``put_back`` undoes, ``discard_removed``
    deletes the copy for good)."""
    holding = data.attachments / UNDO_FOLDER
    make_private_folder(holding)
    source, held = data.attachments / attachment.stored_name, holding / attachment.stored_name
    if source.is_file():
        os.replace(source, held)
    try:
        remove_attachment(data, attachment.id)
    except BaseException:
        if held.is_file():
            os.replace(held, source)
        raise
    return RemovedAttachment(attachment.entry_id, attachment.original_name, attachment.stored_name,
                             attachment.size_bytes, held)


def put_back(data: DataDir, removed: RemovedAttachment) -> AttachmentData:
    from partage_desktop.store.models import Attachment  # deferred: SQLAlchemy, only when needed

    target = data.attachments / removed.stored_name
    if not removed.held.is_file():
        raise AttachmentError("missing", removed.held)
    os.replace(removed.held, target)
    try:
        with session_scope(data) as session:
            row = Attachment(entry_id=removed.entry_id, original_name=removed.original_name,
                             stored_name=removed.stored_name, size_bytes=removed.size_bytes)
            session.add(row)
            session.flush()
            return AttachmentData(row.id, removed.entry_id, row.original_name, row.stored_name, row.size_bytes)
    except BaseException:
        os.replace(target, removed.held)
        raise


def discard_removed(removed: RemovedAttachment) -> None:
    removed.held.unlink(missing_ok=True)


def discard_all_removed(data: DataDir) -> None:
    """Delete the copies of removed files left aside (on closing, or after a crash)."""
    shutil.rmtree(data.attachments / UNDO_FOLDER, ignore_errors=True)
