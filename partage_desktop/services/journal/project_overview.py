"""A sharing project's page: who and what it is, its figures, its linked agreements with their
latest frozen version, every file attached to its entries, and its timeline read page by page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from partage_desktop.core.agreements.lifecycle import effective_status
from partage_desktop.core.journal.vocabulary import EntryFilter, EntryRow, Scope
from partage_desktop.core.safe_names import safe_file_name
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.journal.attachments import AttachmentData
from partage_desktop.services.journal.data import ProjectData
from partage_desktop.services.journal.entries import count_entries, entries_page, get_project
from partage_desktop.services.journal.indicators import Indicators, indicators

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class LinkedAgreement:
    id: int
    reference: str
    title: str
    status: str  # effective: a signed agreement past its end date is "expired"
    latest_version: int | None  # None: never exported, so no frozen version and no fingerprint yet
    fingerprint: str | None


@dataclass(frozen=True)
class ProjectFile:
    """A file attached to one of the project's live entries (entries in the trash are left out)."""

    attachment: AttachmentData
    entry_id: int
    entry_title: str
    entry_date: date


@dataclass(frozen=True)
class ProjectOverview:
    project: ProjectData
    partners: list[str]  # the partner organizations' names, alphabetical
    agreements: list[LinkedAgreement]
    files: list[ProjectFile]  # newest entry first
    figures: Indicators
    entry_count: int  # counted up to COUNT_CAP (more: COUNT_CAP + 1), as the entry list does


def _partner_names(session: Session, ids: tuple[int, ...]) -> list[str]:
    from sqlalchemy import select

    from partage_desktop.store.models import Organization  # deferred: SQLAlchemy, only when needed

    if not ids:
        return []
    names = session.scalars(select(Organization.legal_name).where(Organization.id.in_(ids)))
    return sorted(names, key=str.casefold)


def _agreements(session: Session, project_id: int, today: date) -> list[LinkedAgreement]:
    from sqlalchemy import func, select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Agreement,
        AgreementVersion,
    )

    latest = (select(AgreementVersion.agreement_id, func.max(AgreementVersion.number).label("number"))
              .group_by(AgreementVersion.agreement_id).subquery())
    rows = session.execute(
        select(Agreement, AgreementVersion.number, AgreementVersion.fingerprint)
        .outerjoin(latest, latest.c.agreement_id == Agreement.id)
        .outerjoin(AgreementVersion, (AgreementVersion.agreement_id == Agreement.id)
                   & (AgreementVersion.number == latest.c.number))
        .where(Agreement.project_id == project_id, Agreement.deleted_at.is_(None))
        .order_by(Agreement.reference))
    return [LinkedAgreement(a.id, a.reference, a.title, effective_status(a.status, a.end_date, today), number,
                            fingerprint) for a, number, fingerprint in rows]


def _files(session: Session, project_id: int) -> list[ProjectFile]:
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Attachment,
        JournalEntry,
    )

    rows = session.execute(
        select(Attachment, JournalEntry.title, JournalEntry.entry_date)
        .join(JournalEntry, JournalEntry.id == Attachment.entry_id)
        .where(JournalEntry.project_id == project_id, JournalEntry.deleted_at.is_(None))
        .order_by(JournalEntry.entry_date.desc(), JournalEntry.id.desc(), Attachment.id))
    return [ProjectFile(AttachmentData(a.id, a.entry_id, a.original_name, a.stored_name, a.size_bytes),
                        a.entry_id, title, day) for a, title, day in rows]


def project_overview(data: DataDir, project_id: int, today: date | None = None) -> ProjectOverview | None:
    """Everything the project page shows but its timeline; None when the project no longer exists.
    The figures are the indicators service's own, so the page and the Indicators tab always agree."""
    project = get_project(data, project_id)
    if project is None:
        return None
    with session_scope(data) as session:
        partners = _partner_names(session, project.partner_ids)
        agreements = _agreements(session, project_id, today or date.today())
        files = _files(session, project_id)
    return ProjectOverview(project, partners, agreements, files, indicators(data, Scope(project_id)),
                           count_entries(data, EntryFilter(project_id=project_id)))


def timeline_page(data: DataDir, project_id: int, limit: int, after: EntryRow | None = None) -> list[EntryRow]:
    """The project's live entries, newest first, ``limit`` at a time; ``after`` (the last row of the
    previous page) continues through the (date, id) index, so the thousandth page costs the first's."""
    return entries_page(data, EntryFilter(project_id=project_id), 0, limit, after)


def agreement_pdf_to_view(data: DataDir, reference: str, version: int, lang: str) -> Path:
    """A private copy of a frozen version's PDF for the system's PDF viewer (services.previews: the
    user's own cache folder, readable by the user only, removed later). Raises UserInputError (in
    ``lang``) when that version has no PDF."""
    from partage_desktop.services.agreements.previews import (  # deferred: not needed at start-up
        write_preview,
    )
    from partage_desktop.services.agreements.versions import (  # deferred: not needed at start-up
        version_pdf,
    )

    pdf = version_pdf(data, reference, version, lang)
    return write_preview(safe_file_name(f"{reference}-v{version}.pdf"), pdf)
