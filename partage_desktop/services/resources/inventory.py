"""Our inventory: the resources we can lend, their photos, archived and restored, each saved whole
or not at all. Every photo from outside goes through ``photos.reencode``."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any

from partage_desktop.core.resources.vocabulary import (
    CONDITIONS,
    FEE_UNITS,
    KINDS,
    PRICING,
    VISIBILITY,
)
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.resources import photos
from partage_desktop.services.resources.categories import ensure_seeded, labels
from partage_desktop.services.resources.content import catalogue
from partage_desktop.services.resources.problems import FieldProblems, Reader

LIMITS = {"title": 200, "other_names": 400, "description": 20_000, "accessories": 5_000, "care": 5_000,
          "address": 400, "mrc": 120, "contact_person": 150}
MAX_QUANTITY = 100_000
MAX_DAYS = 3_650  # ten years: beyond it, a typo rather than a rule
MAX_NOTICE_HOURS = 24 * 365
# the columns a person edits (save_resource's ``values`` keys)
EDITABLE = ("kind", "category", "title", "other_names", "description", "quantity", "accessories", "condition",
            "care", "address", "region", "mrc", "pricing", "fee_cents", "fee_unit", "deposit_cents",
            "insurance_required", "insurance_cents", "training_required", "approval_required", "consumable",
            "min_notice_hours", "max_loan_days", "book_ahead_days", "contact_person", "visibility",
            "value_per_day_cents", "agreement_id", "project_id")


@dataclass(frozen=True)
class ResourceView:
    id: int
    uid: str
    kind: str
    category: str
    title: str
    other_names: str
    description: str
    quantity: int
    accessories: str
    condition: str
    care: str
    address: str
    region: str
    mrc: str
    pricing: str
    fee_cents: int | None
    fee_unit: str
    deposit_cents: int | None
    insurance_required: bool
    insurance_cents: int | None
    training_required: bool
    approval_required: bool
    consumable: bool
    min_notice_hours: int
    max_loan_days: int | None
    book_ahead_days: int | None
    contact_person: str
    visibility: str
    value_per_day_cents: int | None
    agreement_id: int | None
    project_id: int | None
    archived: bool
    deleted_at: datetime | None
    demo: bool
    created_at: datetime | None
    updated_at: datetime | None
    category_label: str = ""
    photo_ids: tuple[int, ...] = ()
    agreement_reference: str = ""

    def values(self) -> dict[str, Any]:
        """What ``save_resource`` takes, as this resource holds it (a form's starting point)."""
        return {key: getattr(self, key) for key in EDITABLE}


_COLUMNS = [f.name for f in fields(ResourceView) if f.name not in ("category_label", "photo_ids", "agreement_reference")]


def _view(row: Any, category_labels: dict[str, str], references: dict[int, str],
          photo_ids: dict[int, list[int]]) -> ResourceView:
    return ResourceView(**{key: getattr(row, key) for key in _COLUMNS},
                        category_label=category_labels.get(row.category, row.category),
                        photo_ids=tuple(photo_ids.get(row.id, ())),
                        agreement_reference=references.get(row.agreement_id or 0, ""))


def _photo_ids(session: Any, resource_ids: list[int] | None) -> dict[int, list[int]]:
    """Each resource's photo ids in order, without reading the photos themselves."""
    from sqlalchemy import select

    from partage_desktop.store.models import ResourcePhoto  # deferred: SQLAlchemy, only when needed

    stmt = select(ResourcePhoto.resource_id, ResourcePhoto.id).order_by(ResourcePhoto.position, ResourcePhoto.id)
    if resource_ids is not None:
        stmt = stmt.where(ResourcePhoto.resource_id.in_(resource_ids))
    found: dict[int, list[int]] = {}
    for resource_id, photo_id in session.execute(stmt):
        found.setdefault(resource_id, []).append(photo_id)
    return found


def _references(session: Any, ids: set[int]) -> dict[int, str]:
    from sqlalchemy import select

    from partage_desktop.store.models import Agreement  # deferred: SQLAlchemy, only when needed

    if not ids:
        return {}
    return dict(session.execute(select(Agreement.id, Agreement.reference).where(Agreement.id.in_(ids))).all())


def list_resources(data: DataDir, lang: str, include_archived: bool = False) -> list[ResourceView]:
    """Our resources by title (archived ones only when asked; deleted ones never)."""
    from sqlalchemy import select

    from partage_desktop.store.models import Resource  # deferred: SQLAlchemy, only when needed

    words = labels(data, lang)
    with session_scope(data) as session:
        stmt = select(Resource).where(Resource.deleted_at.is_(None))
        if not include_archived:
            stmt = stmt.where(Resource.archived.is_(False))
        rows = list(session.scalars(stmt))
        references = _references(session, {r.agreement_id for r in rows if r.agreement_id})
        photo_ids = _photo_ids(session, None)
        views = [_view(r, words, references, photo_ids) for r in rows]
    return sorted(views, key=lambda v: (v.title.casefold(), v.id))


def get_resource(data: DataDir, resource_id: int, lang: str) -> ResourceView:
    from partage_desktop.store.models import Resource  # deferred: SQLAlchemy, only when needed

    words = labels(data, lang)
    with session_scope(data) as session:
        row = session.get(Resource, resource_id)
        if row is None or row.deleted_at is not None:
            raise UserInputError([Message.of("resource_not_found", id=resource_id)])
        return _view(row, words, _references(session, {row.agreement_id} if row.agreement_id else set()),
                     _photo_ids(session, [row.id]))


def read_values(session: Any, values: dict[str, Any], lang: str) -> tuple[dict[str, Any], FieldProblems]:
    """The columns to write, cleaned, and the problems found (every field checked at once)."""
    from sqlalchemy import select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy
        Agreement,
        Project,
        ResourceCategory,
    )

    read = Reader(values, lang)
    out: dict[str, Any] = {"kind": read.choice("kind", KINDS, "equipment")}
    for key, limit in LIMITS.items():
        out[key] = read.text(key, limit, required=key == "title",
                             lines=key in ("description", "accessories", "care", "address"))
    ensure_seeded(session)
    codes = set(session.scalars(select(ResourceCategory.code)))
    out["category"] = read.choice("category", codes, "", empty_ok=True)
    out["region"] = read.choice("region", catalogue().regions, "", empty_ok=True)
    out["quantity"] = read.whole("quantity", 1, MAX_QUANTITY, default=1)
    out["condition"] = read.choice("condition", CONDITIONS, "good")
    out["pricing"] = read.choice("pricing", PRICING, "free")
    out["fee_unit"] = read.choice("fee_unit", FEE_UNITS, "day")
    out["visibility"] = read.choice("visibility", VISIBILITY, "network")
    for key in ("fee_cents", "deposit_cents", "insurance_cents", "value_per_day_cents"):
        out[key] = read.money(key)
    for key in ("insurance_required", "training_required", "approval_required", "consumable"):
        out[key] = read.flag(key)
    out["min_notice_hours"] = read.whole("min_notice_hours", 0, MAX_NOTICE_HOURS, default=0)
    out["max_loan_days"] = read.whole("max_loan_days", 1, MAX_DAYS, optional=True)
    out["book_ahead_days"] = read.whole("book_ahead_days", 1, MAX_DAYS, optional=True)
    # a fee is what the loan costs: asked for when there is one, forgotten when it is free
    if out["pricing"] == "fee" and not out["fee_cents"] and "fee_cents" not in read.problems.fields:
        read.problems.add("fee_cents", "resource_problem_fee_needed")
    if out["pricing"] == "free":
        out["fee_cents"] = None
    if not out["insurance_required"]:
        out["insurance_cents"] = None
    for key, model in (("agreement_id", Agreement), ("project_id", Project)):
        raw = values.get(key)
        if raw in (None, "", 0):
            out[key] = None
        elif isinstance(raw, int) and not isinstance(raw, bool) and session.get(model, raw) is not None:
            out[key] = raw
        else:
            read.problems.add(key, "resource_problem_gone")
            out[key] = None
    return out, read.problems


def save_resource(data: DataDir, values: dict[str, Any], resource_id: int | None = None, *,
                  lang: str = "fr", add_photos: Sequence[bytes] = (), remove_photos: Sequence[int] = ()) -> int:
    """Add a resource (``resource_id`` None) or change one, whole, with the photos added and
    removed in the same transaction: InvalidFields (a UserInputError) names each field that is
    wrong and nothing is written. Money may be typed text in ``lang``."""
    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Resource,
        ResourcePhoto,
    )

    fresh: list[photos.Photo] = []
    refused: photos.PhotoRefused | None = None
    for raw in add_photos:
        try:
            fresh.append(photos.reencode(raw))
        except photos.PhotoRefused as exc:
            refused = refused or exc
    with session_scope(data) as session:
        row = None
        if resource_id is not None:
            row = session.get(Resource, resource_id)
            if row is None or row.deleted_at is not None:
                raise UserInputError([Message.of("resource_not_found", id=resource_id)])
        merged = {**(_current(row) if row is not None else {}), **values}
        clean, problems = read_values(session, merged, lang)
        kept = [p for p in (row.photos if row is not None else []) if p.id not in set(remove_photos)]
        if refused is not None and isinstance(refused.problems[0], Message):
            problems.fields.setdefault("photos", refused.problems[0])
        elif len(kept) + len(fresh) > photos.MAX_PHOTOS:
            problems.add("photos", "resource_photo_too_many", limit=photos.MAX_PHOTOS)
        problems.raise_if_any()
        if row is None:
            row = Resource(uid=str(uuid.uuid4()))
            session.add(row)
        for key, value in clean.items():
            setattr(row, key, value)
        row.photos = kept
        position = max((p.position for p in kept), default=-1)
        for number, photo in enumerate(fresh, start=position + 1):
            row.photos.append(ResourcePhoto(position=number, media_type=photo.media_type, width=photo.width,
                                            height=photo.height, data=photo.data))
        session.flush()
        return int(row.id)


def _current(row: Any) -> dict[str, Any]:
    return {key: getattr(row, key) for key in EDITABLE}


def _row(session: Any, resource_id: int) -> Any:
    from partage_desktop.store.models import Resource  # deferred: SQLAlchemy, only when needed

    row = session.get(Resource, resource_id)
    if row is None:
        raise UserInputError([Message.of("resource_not_found", id=resource_id)])
    return row


def archive_resource(data: DataDir, resource_id: int) -> None:
    """Out of the list and of our offers sheet; kept with its bookings, and back with restore."""
    with session_scope(data) as session:
        _row(session, resource_id).archived = True


def restore_resource(data: DataDir, resource_id: int) -> None:
    """Back from the archive or from a deletion."""
    with session_scope(data) as session:
        row = _row(session, resource_id)
        row.archived, row.deleted_at = False, None


def delete_resource(data: DataDir, resource_id: int) -> None:
    """Into the trash (kept until emptied; ``restore_resource`` brings it back); refused while
    bookings of it exist, which archiving keeps instead."""
    from sqlalchemy import func, select

    from partage_desktop.store.models import Booking  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        row = _row(session, resource_id)
        bookings = session.scalar(select(func.count()).select_from(Booking).where(Booking.resource_id == resource_id))
        if bookings:
            raise UserInputError([Message.plural("resource_delete_has_bookings", int(bookings), title=row.title)])
        row.archived, row.deleted_at = True, datetime.now(UTC).replace(tzinfo=None)  # naive UTC, as stored


def add_photo(data: DataDir, resource_id: int, raw: bytes) -> int:
    """Re-encode ``raw`` (PhotoRefused says why it cannot be kept) and add it last."""
    from partage_desktop.store.models import ResourcePhoto  # deferred: SQLAlchemy, only when needed

    photo = photos.reencode(raw)
    with session_scope(data) as session:
        row = _row(session, resource_id)
        if len(row.photos) >= photos.MAX_PHOTOS:
            raise UserInputError([Message.of("resource_photo_too_many", limit=photos.MAX_PHOTOS)])
        position = max((p.position for p in row.photos), default=-1) + 1
        added = ResourcePhoto(position=position, media_type=photo.media_type, width=photo.width,
                              height=photo.height, data=photo.data)
        row.photos.append(added)
        session.flush()
        return int(added.id)


def remove_photo(data: DataDir, photo_id: int) -> None:
    from partage_desktop.store.models import ResourcePhoto  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        row = session.get(ResourcePhoto, photo_id)
        if row is not None:
            session.delete(row)


def photo_bytes(data: DataDir, photo_id: int) -> bytes:
    from partage_desktop.store.models import ResourcePhoto  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        row = session.get(ResourcePhoto, photo_id)
        if row is None:
            raise UserInputError([Message.of("resource_photo_gone")])
        return bytes(row.data)


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


def agreement_choices(data: DataDir) -> list[Choice]:
    """Our agreements a resource may be governed by: reference and title, newest first."""
    from sqlalchemy import select

    from partage_desktop.store.models import Agreement  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        rows = session.execute(select(Agreement.id, Agreement.reference, Agreement.title)
                               .where(Agreement.deleted_at.is_(None))
                               .order_by(Agreement.id.desc())).all()
    return [Choice(i, f"{ref} — {title}") for i, ref, title in rows]


def project_choices(data: DataDir) -> list[Choice]:
    """The sharing projects a resource's loans may be recorded in, by name."""
    from sqlalchemy import select

    from partage_desktop.store.models import Project  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        rows = session.execute(select(Project.id, Project.name).order_by(Project.name)).all()
    return [Choice(i, name) for i, name in rows]
