"""Drafts moved to the trash: restored, or deleted for good when the trash is emptied.

The same pattern as the journal's trash: deleting marks the row (``deleted_at``), every list and
look-up already leaves marked rows out, and emptying the trash (by hand, or after TRASH_DAYS)
deletes them. Only drafts go to the trash: an exported agreement may already be printed and signed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from partage_desktop.core.agreements import lifecycle
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.services.agreements.frozen import status_message
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.journal.data import TRASH_DAYS

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement

__all__ = ["TRASH_DAYS", "TrashedDraft", "empty_trash", "purge_expired", "restore_draft", "trash_draft",
           "trashed_drafts"]


@dataclass(frozen=True)
class TrashedDraft:
    reference: str
    title: str
    parties: list[str]
    deleted_at: datetime  # naive UTC


def trash_draft(data: DataDir, reference: str, lang: str) -> None:
    """Move a draft to the trash. An agreement already exported (ready, signed…) is refused."""
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Agreement,
        utcnow,
    )

    with session_scope(data) as session:
        row = session.scalars(select(Agreement).where(Agreement.reference == reference,
                                                      Agreement.deleted_at.is_(None))).one_or_none()
        if row is None:
            raise UserInputError([Message.of("agreement_missing", reference=reference)])
        if row.status != lifecycle.DRAFT:
            raise UserInputError([Message.of("trash_only_drafts", reference=reference,
                                    status=status_message(row.status))])
        row.deleted_at = utcnow()


def restore_draft(data: DataDir, reference: str) -> None:
    from sqlalchemy import select

    from partage_desktop.store.models import Agreement  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        row = session.scalars(select(Agreement).where(Agreement.reference == reference)).one_or_none()
        if row is not None and row.deleted_at is not None:
            row.deleted_at = None


def trashed_drafts(data: DataDir) -> list[TrashedDraft]:
    """The drafts in the trash, the most recently deleted first."""
    from sqlalchemy import select

    from partage_desktop.store.models import Agreement  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        rows = session.scalars(select(Agreement).where(Agreement.deleted_at.is_not(None))
                               .order_by(Agreement.deleted_at.desc(), Agreement.id.desc())).all()
        return [TrashedDraft(a.reference, a.title, [p.name for p in a.parties_rows], a.deleted_at)
                for a in rows if a.deleted_at is not None]


def empty_trash(data: DataDir, older_than_days: int | None = None) -> int:
    """Delete for good the drafts in the trash (all, or those trashed more than N days ago).
    Returns how many were deleted."""
    from sqlalchemy import delete, select, update

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Agreement,
        AgreementParty,
        AgreementVersion,
        utcnow,
    )

    with session_scope(data) as session:
        where: list[ColumnElement[bool]] = [Agreement.deleted_at.is_not(None)]
        if older_than_days is not None:
            where.append(Agreement.deleted_at < utcnow() - timedelta(days=older_than_days))
        ids = list(session.scalars(select(Agreement.id).where(*where)))
        if not ids:
            return 0
        session.execute(update(Agreement).where(Agreement.parent_id.in_(ids)).values(parent_id=None))
        session.execute(delete(AgreementParty).where(AgreementParty.agreement_id.in_(ids)))
        session.execute(delete(AgreementVersion).where(AgreementVersion.agreement_id.in_(ids)))
        session.execute(delete(Agreement).where(Agreement.id.in_(ids)))
    return len(ids)


def purge_expired(data: DataDir) -> int:
    """Empty what has been in the trash for more than TRASH_DAYS (the Agreements section runs it)."""
    return empty_trash(data, TRASH_DAYS)
