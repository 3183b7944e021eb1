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
    true,
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
    # migration 0011_resources: our own organization's identifier in the offers sheets it sends
    # (a partner's newer sheet replaces the older by it), and the administrative region (code
    # "01"…"17", core/resources/regions.py) that the board's distances start from
    uid: Mapped[str | None] = mapped_column(String(36), index=True)
    region: Mapped[str] = mapped_column(String(4), default="", server_default="")


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


# --- Shared resources (migration 0011_resources) ----------------------------------------------
# Vocabularies (kinds, conditions, pricing, statuses…) are in core/resources/vocabulary.py.


class ResourceCategory(Base):
    """One entry of the shared, editable list of categories (bilingual labels)."""

    __tablename__ = "resource_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    label_fr: Mapped[str] = mapped_column(String(120))
    label_en: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20), default="", server_default="")  # the kind it suits
    position: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Resource(Timestamped, Base):
    """Something we can share: equipment, a vehicle, a room, staff time, expertise, a service, data."""

    __tablename__ = "resource"
    __table_args__ = (Index("ix_resource_category", "category"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(40), default="", server_default="")  # ResourceCategory.code
    title: Mapped[str] = mapped_column(String(200))
    other_names: Mapped[str] = mapped_column(String(400), default="", server_default="")
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    accessories: Mapped[str] = mapped_column(Text, default="", server_default="")  # one per line
    condition: Mapped[str] = mapped_column(String(20), default="good", server_default="good")
    care: Mapped[str] = mapped_column(Text, default="", server_default="")
    address: Mapped[str] = mapped_column(String(400), default="", server_default="")
    region: Mapped[str] = mapped_column(String(4), default="", server_default="")
    mrc: Mapped[str] = mapped_column(String(120), default="", server_default="")
    pricing: Mapped[str] = mapped_column(String(20), default="free", server_default="free")
    fee_cents: Mapped[int | None] = mapped_column(Integer)
    fee_unit: Mapped[str] = mapped_column(String(10), default="day", server_default="day")
    deposit_cents: Mapped[int | None] = mapped_column(Integer)
    insurance_required: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    insurance_cents: Mapped[int | None] = mapped_column(Integer)
    training_required: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    approval_required: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    consumable: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    min_notice_hours: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    max_loan_days: Mapped[int | None] = mapped_column(Integer)
    book_ahead_days: Mapped[int | None] = mapped_column(Integer)
    contact_person: Mapped[str] = mapped_column(String(150), default="", server_default="")
    visibility: Mapped[str] = mapped_column(String(10), default="network", server_default="network")
    # what borrowing it elsewhere would cost per day: a finished loan's saving is estimated from it
    value_per_day_cents: Mapped[int | None] = mapped_column(Integer)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id", ondelete="SET NULL"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("project.id", ondelete="SET NULL"))
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    photos: Mapped[list[ResourcePhoto]] = relationship(
        order_by="ResourcePhoto.position", cascade="all, delete-orphan")


class ResourcePhoto(Base):
    """A photo of a resource, re-encoded when added (services/resources/photos.py)."""

    __tablename__ = "resource_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    resource_id: Mapped[int] = mapped_column(ForeignKey("resource.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    media_type: Mapped[str] = mapped_column(String(20), default="image/jpeg", server_default="image/jpeg")
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Booking(Timestamped, Base):
    """A booking and, once picked up, the loan it becomes: requested → approved → picked_up →
    returned → closed (or refused / cancelled). ``organization_id`` None: for ourselves."""

    __tablename__ = "booking"
    __table_args__ = (
        Index("ix_booking_resource_span", "resource_id", "starts_at", "ends_at"),
        Index("ix_booking_span", "starts_at", "ends_at"),
        Index("ix_booking_status_end", "status", "ends_at"),
        Index("ix_booking_series_uid", "series_uid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resource_id: Mapped[int] = mapped_column(ForeignKey("resource.id", ondelete="CASCADE"))
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id", ondelete="SET NULL"))
    borrower: Mapped[str] = mapped_column(String(200), default="", server_default="")
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    quantity: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    status: Mapped[str] = mapped_column(String(12), default="requested", server_default="requested")
    purpose: Mapped[str] = mapped_column(Text, default="", server_default="")
    project_id: Mapped[int | None] = mapped_column(ForeignKey("project.id", ondelete="SET NULL"))
    series_uid: Mapped[str | None] = mapped_column(String(36))  # the bookings of one recurring series
    renewals: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    picked_up_at: Mapped[datetime | None] = mapped_column(DateTime)
    pickup_checklist: Mapped[str] = mapped_column(Text, default="", server_default="")  # JSON
    pickup_condition: Mapped[str] = mapped_column(String(20), default="", server_default="")
    pickup_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    pickup_photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    return_condition: Mapped[str] = mapped_column(String(20), default="", server_default="")
    incident: Mapped[str] = mapped_column(Text, default="", server_default="")
    hours_minutes: Mapped[int | None] = mapped_column(Integer)
    journal_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id", ondelete="SET NULL"))
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Need(Timestamped, Base):
    """Something we are looking for."""

    __tablename__ = "need"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(40), default="", server_default="")
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    address: Mapped[str] = mapped_column(String(400), default="", server_default="")
    region: Mapped[str] = mapped_column(String(4), default="", server_default="")
    mrc: Mapped[str] = mapped_column(String(120), default="", server_default="")
    wanted_from: Mapped[date | None] = mapped_column(Date)
    wanted_to: Mapped[date | None] = mapped_column(Date)
    substitutes_ok: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    urgency: Mapped[str] = mapped_column(String(10), default="normal", server_default="normal")
    contribution: Mapped[str] = mapped_column(Text, default="", server_default="")
    expires_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="open", server_default="open")
    visibility: Mapped[str] = mapped_column(String(10), default="network", server_default="network")
    project_id: Mapped[int | None] = mapped_column(ForeignKey("project.id", ondelete="SET NULL"))
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class BoardSheet(Base):
    """A partner's offers sheet as imported: one per sending organization (the newest wins)."""

    __tablename__ = "board_sheet"

    id: Mapped[int] = mapped_column(primary_key=True)
    sender_uid: Mapped[str] = mapped_column(String(36), unique=True)
    sender_name: Mapped[str] = mapped_column(String(200))
    sender_neq: Mapped[str] = mapped_column(String(10), default="", server_default="")
    sender_region: Mapped[str] = mapped_column(String(4), default="", server_default="")
    sender_contact: Mapped[str] = mapped_column(String(400), default="", server_default="")
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id", ondelete="SET NULL"))
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    sha256: Mapped[str] = mapped_column(String(64))
    lang: Mapped[str] = mapped_column(String(2), default="fr", server_default="fr")
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    items: Mapped[list[BoardItem]] = relationship(cascade="all, delete-orphan")


class BoardItem(Base):
    """An offer or a need on a partner's sheet, read-only here. ``words``: the folded words that
    matching compares (core/resources/matching.py); ``details_json``: the rest of what the sheet
    said (conditions, accessories, contact…)."""

    __tablename__ = "board_item"
    __table_args__ = (
        UniqueConstraint("sheet_id", "side", "item_uid", name="uq_board_item_sheet_id"),
        Index("ix_board_item_side_category", "side", "category"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("board_sheet.id", ondelete="CASCADE"), index=True)
    item_uid: Mapped[str] = mapped_column(String(36))
    side: Mapped[str] = mapped_column(String(6))  # offer | need
    kind: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(40), default="", server_default="")
    category_fr: Mapped[str] = mapped_column(String(120), default="", server_default="")
    category_en: Mapped[str] = mapped_column(String(120), default="", server_default="")
    title: Mapped[str] = mapped_column(String(200))
    other_names: Mapped[str] = mapped_column(String(400), default="", server_default="")
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    region: Mapped[str] = mapped_column(String(4), default="", server_default="")
    mrc: Mapped[str] = mapped_column(String(120), default="", server_default="")
    pricing: Mapped[str] = mapped_column(String(20), default="", server_default="")
    date_from: Mapped[date | None] = mapped_column(Date)
    date_to: Mapped[date | None] = mapped_column(Date)
    urgency: Mapped[str] = mapped_column(String(10), default="", server_default="")
    expires_on: Mapped[date | None] = mapped_column(Date)
    details_json: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    words: Mapped[str] = mapped_column(Text, default="", server_default="")

    photos: Mapped[list[BoardPhoto]] = relationship(
        order_by="BoardPhoto.position", cascade="all, delete-orphan")


class BoardPhoto(Base):
    __tablename__ = "board_photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("board_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    media_type: Mapped[str] = mapped_column(String(20), default="image/jpeg", server_default="image/jpeg")
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ResourceMatch(Base):
    """A person's decision on a suggested match: ``confirmed`` or ``dismissed``. Keys name both
    sides whatever their origin: ``need:<uid>`` (ours), ``resource:<uid>`` (ours),
    ``board:<sender uid>:<item uid>`` (a partner's)."""

    __tablename__ = "resource_match"
    __table_args__ = (UniqueConstraint("need_key", "offer_key", name="uq_resource_match_need_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    need_key: Mapped[str] = mapped_column(String(80))
    offer_key: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(12))
    decided_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
