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

from ..core.safe_names import safe_file_name
from ..datadir import DataDir
from .session import session_scope

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
    from ..store.models import Attachment

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
    data.attachments.mkdir(parents=True, exist_ok=True)
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

    from ..store.models import Attachment

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
    from ..store.models import Attachment

    with session_scope(data) as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            return
        name = row.stored_name
        session.delete(row)
    (data.attachments / name).unlink(missing_ok=True)
