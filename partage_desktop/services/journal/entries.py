"""Sharing projects and their journal entries: save (with revisions), trash, restore, search."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from partage_desktop.core.folding import highlight
from partage_desktop.core.journal import vocabulary as vocab
from partage_desktop.core.journal.hours import MAX_MINUTES
from partage_desktop.core.money import MAX_AMOUNT
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.journal.attachments import discard_all_removed
from partage_desktop.services.journal.data import (
    COUNT_CAP,
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    REVISION_EVERY,
    TRASH_DAYS,
    AgreementChoice,
    EntryData,
    JournalInputError,
    ProjectData,
    Revision,
    SearchHit,
)

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement
    from sqlalchemy.orm import Session

    from partage_desktop.store.journal.search import EntryFilter, EntryRow



def check_project(p: ProjectData) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not p.name.strip():
        problems["name"] = "required"
    elif len(p.name) > 200:
        problems["name"] = "too_long"
    if p.stage not in vocab.STAGES:
        problems["stage"] = "unknown"
    if p.resource_kind and p.resource_kind not in vocab.RESOURCE_KINDS:
        problems["resource_kind"] = "unknown"
    if p.continuum_position and p.continuum_position not in vocab.CONTINUUM:
        problems["continuum_position"] = "unknown"
    return problems


def _project(session: Session, row: Any) -> ProjectData:
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Agreement,
        ProjectPartner,
    )

    partners = tuple(session.scalars(select(ProjectPartner.organization_id)
                                     .where(ProjectPartner.project_id == row.id)))
    agreements = tuple(session.scalars(select(Agreement.id).where(Agreement.project_id == row.id,
                                                                  Agreement.deleted_at.is_(None))
                                       .order_by(Agreement.reference)))
    return ProjectData(id=row.id, name=row.name, purpose=row.purpose, resource_kind=row.resource_kind,
                       continuum_position=row.continuum_position, stage=row.stage,
                       start_date=row.start_date, partner_ids=partners, agreement_ids=agreements)


def agreement_choices(data: DataDir) -> list[AgreementChoice]:
    """The agreements that a project can link to (those not deleted), by reference."""
    from sqlalchemy import select

    from partage_desktop.store.models import Agreement  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        rows = session.scalars(select(Agreement).where(Agreement.deleted_at.is_(None)).order_by(Agreement.reference))
        return [AgreementChoice(a.id, a.reference, a.title, a.status, a.project_id) for a in rows]


def has_projects(data: DataDir) -> bool:
    """Quick (no SQLAlchemy): is there at least one project?"""
    from partage_desktop.store.journal.quick import (  # deferred: not needed at start-up
        has_projects as quick,
    )

    return quick(data.database)


def list_projects(data: DataDir) -> list[ProjectData]:
    from sqlalchemy import select

    from partage_desktop.store.models import Project  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        return [_project(session, r) for r in session.scalars(select(Project).order_by(Project.name))]


def get_project(data: DataDir, project_id: int) -> ProjectData | None:
    from partage_desktop.store.models import Project  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        row = session.get(Project, project_id)
        return _project(session, row) if row else None


def save_project(data: DataDir, p: ProjectData) -> ProjectData:
    from sqlalchemy import delete, update

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Agreement,
        Project,
        ProjectPartner,
    )

    p = replace(p, name=" ".join(p.name.split()), purpose=p.purpose.strip())
    problems = check_project(p)
    if problems:
        raise JournalInputError(problems)
    with session_scope(data) as session:
        row = session.get(Project, p.id) if p.id else None
        if row is None:
            row = Project()
            session.add(row)
        for key in ("name", "purpose", "resource_kind", "continuum_position", "stage", "start_date"):
            setattr(row, key, getattr(p, key))
        session.flush()
        session.execute(delete(ProjectPartner).where(ProjectPartner.project_id == row.id))
        session.add_all(ProjectPartner(project_id=row.id, organization_id=o) for o in dict.fromkeys(p.partner_ids))
        session.execute(update(Agreement).where(Agreement.project_id == row.id,
                                                Agreement.id.not_in(p.agreement_ids)).values(project_id=None))
        if p.agreement_ids:
            session.execute(update(Agreement).where(Agreement.id.in_(p.agreement_ids)).values(project_id=row.id))
        session.flush()
        return _project(session, row)


# ---------------------------------------------------------------- entries


def clean_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    out = [" ".join(t.split()).lower()[:80] for t in tags]
    return tuple(dict.fromkeys(t for t in out if t))


def check_entry(e: EntryData) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not e.title.strip():
        problems["title"] = "required"
    elif len(e.title) > 300:
        problems["title"] = "too_long"
    if e.kind not in vocab.KINDS:
        problems["kind"] = "unknown"
    if any(m < 0 for _, m in e.hours):
        problems["hours"] = "negative"
    elif any(m > MAX_MINUTES for _, m in e.hours):
        problems["hours"] = "too_big"
    if e.money_cents is not None:
        if e.money_cents < 0:
            problems["money"] = "negative"
        elif e.money_cents > MAX_AMOUNT * 100:  # beyond it SQLite's integers overflow, and no budget is that big
            problems["money"] = "too_big"
        if e.money_kind not in vocab.MONEY_KINDS:
            problems["money_kind"] = "required"
    return problems


def _entry(session: Session, row: Any) -> EntryData:
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        EntryHours,
        EntryPartner,
        EntryTag,
    )

    tags = tuple(session.scalars(select(EntryTag.tag).where(EntryTag.entry_id == row.id).order_by(EntryTag.tag)))
    partners = tuple(session.scalars(select(EntryPartner.organization_id).where(EntryPartner.entry_id == row.id)))
    hours = tuple((h.organization_id, h.minutes) for h in session.scalars(
        select(EntryHours).where(EntryHours.entry_id == row.id).order_by(EntryHours.id)))
    return EntryData(id=row.id, project_id=row.project_id, title=row.title, entry_date=row.entry_date,
                     kind=row.kind, body=row.body, author=row.author, tags=tags, partner_ids=partners,
                     hours=hours, money_cents=row.money_cents, money_kind=row.money_kind,
                     money_estimate=row.money_estimate, updated_at=row.updated_at,
                     private=bool(row.private))


def get_entry(data: DataDir, entry_id: int) -> EntryData | None:
    from partage_desktop.store.models import JournalEntry  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        row = session.get(JournalEntry, entry_id)
        return _entry(session, row) if row else None


def _keep_revision(session: Session, row: Any, force: bool) -> None:
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        EntryRevision,
        utcnow,
    )

    last = session.scalars(select(EntryRevision.created_at).where(EntryRevision.entry_id == row.id)
                           .order_by(EntryRevision.id.desc()).limit(1)).first()
    if force or last is None or utcnow() - last >= REVISION_EVERY:
        session.add(EntryRevision(entry_id=row.id, title=row.title, body=row.body))


def save_entry(data: DataDir, e: EntryData, new_revision: bool = False) -> EntryData:
    """Insert or update an entry. When the text of an existing entry changes, its previous text is
    kept as a revision (always with ``new_revision``, else at most every REVISION_EVERY)."""
    from sqlalchemy import delete

    from partage_desktop.store.journal.search import (  # deferred: SQLAlchemy, only when needed
        index_entry,
    )
    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        EntryHours,
        EntryPartner,
        EntryTag,
        JournalEntry,
    )

    e = replace(e, title=" ".join(e.title.split()), tags=clean_tags(e.tags),
                money_kind=e.money_kind if e.money_cents is not None else None)
    problems = check_entry(e)
    if problems:
        raise JournalInputError(problems)
    with session_scope(data) as session:
        row = session.get(JournalEntry, e.id) if e.id else None
        if row is None:
            row = JournalEntry()
            session.add(row)
        elif (row.title, row.body) != (e.title, e.body):
            _keep_revision(session, row, new_revision)
        for key in ("project_id", "kind", "entry_date", "author", "title", "body", "money_cents",
                    "money_kind", "money_estimate", "private"):
            setattr(row, key, getattr(e, key))
        row.hours_minutes = e.minutes
        session.flush()
        for model in (EntryTag, EntryPartner, EntryHours):
            session.execute(delete(model).where(model.entry_id == row.id))
        session.add_all(EntryTag(entry_id=row.id, tag=t) for t in e.tags)
        session.add_all(EntryPartner(entry_id=row.id, organization_id=o) for o in dict.fromkeys(e.partner_ids))
        session.add_all(EntryHours(entry_id=row.id, organization_id=o, minutes=m) for o, m in e.hours)
        if row.deleted_at is None:
            index_entry(session, row.id, e.title, e.body, e.tags)
        session.flush()
        return _entry(session, row)


def revisions(data: DataDir, entry_id: int) -> list[Revision]:
    from sqlalchemy import select

    from partage_desktop.store.models import EntryRevision  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        rows = session.scalars(select(EntryRevision).where(EntryRevision.entry_id == entry_id)
                               .order_by(EntryRevision.id.desc()))
        return [Revision(r.id, r.entry_id, r.title, r.body, r.created_at) for r in rows]


def restore_revision(data: DataDir, revision_id: int) -> EntryData:
    """Put an earlier text back; the text it replaces becomes a revision itself (nothing is lost)."""
    from partage_desktop.store.models import EntryRevision  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        rev = session.get(EntryRevision, revision_id)
        if rev is None:
            raise LookupError(revision_id)
        entry_id, title, body = rev.entry_id, rev.title, rev.body
    current = get_entry(data, entry_id)
    assert current is not None
    return save_entry(data, replace(current, title=title, body=body), new_revision=True)


# ---------------------------------------------------------------- trash


def trash_entry(data: DataDir, entry_id: int) -> None:
    from partage_desktop.store.journal.search import (  # deferred: SQLAlchemy, only when needed
        unindex_entry,
    )
    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        JournalEntry,
        utcnow,
    )

    with session_scope(data) as session:
        row = session.get(JournalEntry, entry_id)
        if row is not None and row.deleted_at is None:
            row.deleted_at = utcnow()
            unindex_entry(session, entry_id)


def restore_entry(data: DataDir, entry_id: int) -> None:
    from partage_desktop.store.journal.search import (  # deferred: SQLAlchemy, only when needed
        index_entry,
    )
    from partage_desktop.store.models import JournalEntry  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        row = session.get(JournalEntry, entry_id)
        if row is not None and row.deleted_at is not None:
            row.deleted_at = None
            entry = _entry(session, row)
            index_entry(session, entry_id, entry.title, entry.body, entry.tags)


def empty_trash(data: DataDir, older_than_days: int | None = None) -> int:
    """Delete for good the entries in the trash (all, or those trashed more than N days ago) and
    their attachment files. Returns how many entries were deleted.

    Finding them reads the partial index ``ix_journal_entry_trashed`` (migration 0006), never the
    entries themselves: with nothing to purge, the usual case, this costs a millisecond."""
    from sqlalchemy import delete, select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Attachment,
        JournalEntry,
        utcnow,
    )

    cutoff = utcnow() - timedelta(days=older_than_days) if older_than_days is not None else None
    with session_scope(data) as session:
        where: list[ColumnElement[bool]] = [JournalEntry.deleted_at.is_not(None)]
        if cutoff is not None:
            where.append(JournalEntry.deleted_at < cutoff)
        ids = list(session.scalars(select(JournalEntry.id).where(*where)))
        if not ids:
            return 0
        files = list(session.scalars(select(Attachment.stored_name).where(Attachment.entry_id.in_(ids))))
        session.execute(delete(JournalEntry).where(JournalEntry.id.in_(ids)))
    for name in files:  # after the commit: a crash in between leaves an orphan file, never a dead link
        (data.attachments / name).unlink(missing_ok=True)
    return len(ids)


def purge_expired_trash(data: DataDir) -> int:
    """Empty what has been in the trash for more than TRASH_DAYS. The Journal section runs it in the
    background once its first page is on screen, never before."""
    return empty_trash(data, TRASH_DAYS)


def tidy(data: DataDir) -> None:
    """On opening the journal: the trash past its delay, and removed files kept aside to undo
    (the window closed or crashed before they were put back)."""

    purge_expired_trash(data)
    discard_all_removed(data)


# ---------------------------------------------------------------- listing and search


def entries_page(data: DataDir, f: EntryFilter, offset: int, limit: int,
                 after: EntryRow | None = None) -> list[EntryRow]:
    from partage_desktop.store.journal.search import page  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        return page(session, f, offset, limit, after)


def count_entries(data: DataDir, f: EntryFilter) -> int:
    from partage_desktop.store.journal.search import count  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        return count(session, f, COUNT_CAP)


def entry_listed(data: DataDir, f: EntryFilter, entry_id: int) -> bool:
    """Does the list for ``f`` hold the entry (on any of its pages)?"""
    from partage_desktop.store.journal.search import count  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        return count(session, replace(f, entry_id=entry_id), cap=1) > 0


def last_used_project(data: DataDir) -> int | None:
    """The project of the entry written last (the one a new entry most likely belongs to)."""
    from sqlalchemy import select

    from partage_desktop.store.models import JournalEntry  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        return session.scalars(select(JournalEntry.project_id).where(JournalEntry.deleted_at.is_(None))
                               .order_by(JournalEntry.updated_at.desc(), JournalEntry.id.desc()).limit(1)).first()


def trash_count(data: DataDir) -> int:
    """How many entries are in the trash, all counted (emptying it deletes them all)."""
    from partage_desktop.store.journal.search import (  # deferred: SQLAlchemy, only when needed
        EntryFilter,
        count,
    )

    with session_scope(data) as session:
        return count(session, EntryFilter(trashed=True), cap=2**62)


def search(data: DataDir, query: str, limit: int = 50) -> list[SearchHit]:
    """Entries matching ``query``, best first (``limit`` 0: all), with highlighted passages."""
    from partage_desktop.store.journal.search import (  # deferred: SQLAlchemy, only when needed
        EntryFilter,
        match_expression,
    )

    if not match_expression(query):
        return []
    rows = entries_page(data, EntryFilter(query=query), 0, limit if limit > 0 else -1)
    return [SearchHit(r.id, r.entry_date, r.title, r.project, r.kind, round(r.score, 6),
                      highlight(r.body, query, HIGHLIGHT_START, HIGHLIGHT_END),
                      highlight(r.title, query, HIGHLIGHT_START, HIGHLIGHT_END, width=300))
            for r in rows]


def tags_in_use(data: DataDir) -> list[str]:
    from sqlalchemy import select

    from partage_desktop.store.models import EntryTag  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        return list(session.scalars(select(EntryTag.tag).distinct().order_by(EntryTag.tag)))
