"""Bookings' queries: the conflict check (one resource's holding bookings around a span, through
``ix_booking_resource_span``), the lock that serializes two bookings of one resource, and the
overdue loans (``ix_booking_status_end``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from partage_desktop.core.resources.bookings import Held
from partage_desktop.core.resources.vocabulary import HOLDING
from partage_desktop.store.models import Booking, Organization, Resource


def lock_resource(session: Session, resource_id: int) -> bool:
    """Take the write lock before checking conflicts, so that two people booking the same
    resource at once are served one after the other (SQLite: the database's write lock, taken by
    this first write of the transaction; PostgreSQL: the resource's row lock). False: no such
    resource."""
    result = session.execute(update(Resource).where(Resource.id == resource_id)
                             .values(updated_at=Resource.updated_at)
                             .execution_options(synchronize_session=False))
    return bool(getattr(result, "rowcount", 1))


def holding(session: Session, resource_id: int, start: datetime, end: datetime,
            exclude_id: int | None = None) -> list[Held]:
    """The bookings of ``resource_id`` that hold it during part of [start, end)."""
    who = func.coalesce(func.nullif(Organization.legal_name, ""), Booking.borrower)
    query = (select(Booking.id, Booking.starts_at, Booking.ends_at, Booking.quantity, who, Booking.status,
                    Booking.organization_id)
             .outerjoin(Organization, Organization.id == Booking.organization_id)
             .where(Booking.resource_id == resource_id, Booking.starts_at < end, Booking.ends_at > start,
                    Booking.status.in_(HOLDING)))
    if exclude_id is not None:
        query = query.where(Booking.id != exclude_id)
    return [Held(row[0], row[1], row[2], row[3], row[4] or "", row[5]) for row in session.execute(query)]


def overdue_ids(session: Session, now: datetime) -> list[int]:
    """Loans picked up and not returned after their end, the longest overdue first."""
    return list(session.scalars(select(Booking.id).where(Booking.status == "picked_up", Booking.ends_at < now)
                                .order_by(Booking.ends_at, Booking.id)))
