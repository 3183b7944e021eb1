"""SQLAlchemy models: organizations, agreements and their frozen versions, projects, journal.

Money is stored as integer cents and durations as integer minutes (SQLite has no decimal type).
Timestamps are naive UTC. Later issues extend the schema through new migrations only.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Organization(Timestamped, Base):
    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    is_own: Mapped[bool] = mapped_column(Boolean, default=False)
    legal_name: Mapped[str] = mapped_column(String(200))
    neq: Mapped[str | None] = mapped_column(String(10))
    address: Mapped[str] = mapped_column(String(400), default="")
    representative: Mapped[str] = mapped_column(String(150), default="")
    representative_title: Mapped[str] = mapped_column(String(150), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # migration 0009_demo_rows: written by the demo sample (services/demo.py), removable as a whole
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Project(Timestamped, Base):
    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text, default="")
    resource_kind: Mapped[str] = mapped_column(String(40), default="")
    continuum_position: Mapped[str] = mapped_column(String(20), default="")
    stage: Mapped[str] = mapped_column(String(20), default="exploring")
    start_date: Mapped[date | None] = mapped_column(Date)
    # migration 0009_demo_rows: written by the demo sample (services/demo.py), removable as a whole
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Agreement(Timestamped, Base):
    __tablename__ = "agreement"
    __table_args__ = (Index("ix_agreement_status_end", "status", "end_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    template_id: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    lang: Mapped[str] = mapped_column(String(2), default="fr")
    answers_json: Mapped[str] = mapped_column(Text, default="{}")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    signed_on: Mapped[date | None] = mapped_column(Date)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("project.id", ondelete="SET NULL"))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    # lifecycle (migration 0003_lifecycle): which version was signed, its scan, the end by the
    # users' decision, and for an amendment (avenant) the signed agreement it changes
    signed_version: Mapped[int | None] = mapped_column(Integer)
    scan_path: Mapped[str | None] = mapped_column(String(300))
    terminated_on: Mapped[date | None] = mapped_column(Date)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id", ondelete="SET NULL"))
    parent_version: Mapped[int | None] = mapped_column(Integer)
    # migration 0007_exchange_base: a hash of the state this agreement was in when it last arrived
    # in an exchange file; unchanged since then means a newer file can simply replace it
    exchange_base: Mapped[str | None] = mapped_column(String(64))
    # migration 0009_demo_rows: written by the demo sample (services/demo.py), removable as a whole
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    parties_rows: Mapped[list[AgreementParty]] = relationship(
        order_by="AgreementParty.position", cascade="all, delete-orphan")


class AgreementParty(Base):
    __tablename__ = "agreement_party"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200))


class AgreementVersion(Base):
    __tablename__ = "agreement_version"
    __table_args__ = (UniqueConstraint("agreement_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    template_id: Mapped[str] = mapped_column(String(60))
    template_version: Mapped[str] = mapped_column(String(20))
    answers_json: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(20), index=True)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # migration 0008_trust_fullhash: the full SHA-256 of the canonical answers (what every check
    # compares; the printed fingerprint is only its short form), and whether this version arrived
    # in an exchange file made with another template version, so that its PDF could not be drawn
    # again here to check it (kept, labelled, never vouched for)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    unchecked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # migration 0010_archival: the drawing this version was made with (pdf/agreement/layouts.py);
    # every version frozen before it was drawn with the first
    layout: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class TrustedCertificate(Base):
    """A partner's signing certificate that a person registered as trusted (migration
    0010_archival): a signature made with it is reported as coming from a known signer."""

    __tablename__ = "trusted_certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)  # of the DER bytes
    subject: Mapped[str] = mapped_column(String(300))
    organization: Mapped[str] = mapped_column(String(300), default="", server_default="")
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")
    not_before: Mapped[datetime | None] = mapped_column(DateTime)
    not_after: Mapped[datetime | None] = mapped_column(DateTime)
    der: Mapped[bytes] = mapped_column(LargeBinary)
    source: Mapped[str] = mapped_column(String(40), default="file", server_default="file")  # or "exchange"
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class JournalEntry(Timestamped, Base):
    __tablename__ = "journal_entry"
    __table_args__ = (Index("ix_journal_entry_project_date", "project_id", "entry_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20), default="note")
    entry_date: Mapped[date] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(150), default="")
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    hours_minutes: Mapped[int | None] = mapped_column(Integer)
    money_cents: Mapped[int | None] = mapped_column(Integer)
    money_kind: Mapped[str | None] = mapped_column(String(10))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    money_estimate: Mapped[str] = mapped_column(Text, default="")
    # migration 0005_safety2: a private entry never leaves the organization in an exchange file
    private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # migration 0009_demo_rows: written by the demo sample (services/demo.py), removable as a whole
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


# --- Journal (migration 0002_journal) ---------------------------------------------------------

Index("ix_journal_entry_date", JournalEntry.entry_date, JournalEntry.id)
# migration 0006_trash_index: only the trashed entries, for the purge and the trash list
Index("ix_journal_entry_trashed", JournalEntry.deleted_at, sqlite_where=JournalEntry.deleted_at.is_not(None),
      postgresql_where=JournalEntry.deleted_at.is_not(None))


class ProjectPartner(Base):
    __tablename__ = "project_partner"

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), primary_key=True, index=True)


class EntryPartner(Base):
    __tablename__ = "entry_partner"

    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id", ondelete="CASCADE"), primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), primary_key=True, index=True)


class EntryTag(Base):
    __tablename__ = "entry_tag"

    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(80), primary_key=True, index=True)


class EntryHours(Base):
    """Hours one organization invested in what an entry records (minutes, to stay integral)."""

    __tablename__ = "entry_hours"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True)
    minutes: Mapped[int] = mapped_column(Integer)


class EntryRevision(Base):
    """An earlier title and body of an entry, kept each time the text changes."""

    __tablename__ = "entry_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Attachment(Base):
    """A file copied into the data folder's attachments, under a safe name."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id", ondelete="CASCADE"), index=True)
    original_name: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(255), unique=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class HealthCheckup(Base):
    """One partnership health check-up: answers (1–5 per question) and the score out of 100."""

    __tablename__ = "health_checkup"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    taken_on: Mapped[date] = mapped_column(Date)
    answers_json: Mapped[str] = mapped_column(Text)
    score: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # migration 0009_demo_rows: written by the demo sample (services/demo.py), removable as a whole
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
