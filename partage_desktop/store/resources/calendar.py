"""The calendar's reads: the resources shown as rows, and the bookings crossing a window of time.

Read only. ``spans`` asks for the bookings that *cross* ``[start, end)`` (they start before its end
and end after its start), so a loan that began last month still shows on this month's first day.
With resource ids it walks the ``(resource_id, starts_at, ends_at)`` index once per resource, which
keeps a screenful of rows a few milliseconds away whatever the size of the table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from partage_desktop.store.models import Booking, Organization, Resource, ResourceCategory


def resource_rows(session: Session, resource_ids: Iterable[int] | None = None) -> list[Any]:
    """(id, title, kind, category code, label_fr, label_en) of the resources in use (neither
    archived nor deleted, unless named in ``resource_ids``)."""
    query = (select(Resource.id, Resource.title, Resource.kind, Resource.category,
                    ResourceCategory.label_fr, ResourceCategory.label_en)
             .outerjoin(ResourceCategory, ResourceCategory.code == Resource.category))
    if resource_ids is None:
        query = query.where(Resource.archived.is_(False), Resource.deleted_at.is_(None))
    else:
        query = query.where(Resource.id.in_(list(resource_ids)))
    return list(session.execute(query).all())


def booking_spans(session: Session, start: datetime, end: datetime,
                  resource_ids: Sequence[int] | None = None,
                  statuses: Sequence[str] | None = None) -> list[Any]:
    """(id, resource_id, starts_at, ends_at, status, borrower, organization name, series_uid,
    quantity, purpose) of the bookings crossing ``[start, end)``, by start."""
    query = (select(Booking.id, Booking.resource_id, Booking.starts_at, Booking.ends_at, Booking.status,
                    Booking.borrower, Organization.legal_name, Booking.series_uid, Booking.quantity,
                    Booking.purpose)
             .outerjoin(Organization, Organization.id == Booking.organization_id)
             .where(and_(Booking.starts_at < end, Booking.ends_at > start)))
    status: ColumnElement[str] = Booking.status.expression
    if resource_ids is not None:
        query = query.where(Booking.resource_id.in_(list(resource_ids)))
        # ``status || ''`` keeps the (status, ends_at) index out of the plan: without statistics
        # SQLite prefers it, and walks every booking ending after the window's start (600 ms for
        # 200,000 bookings) instead of a few per resource (under 5 ms)
        status = Booking.status.concat("")
    if statuses is not None:
        query = query.where(status.in_(list(statuses)))
    return list(session.execute(query.order_by(Booking.starts_at, Booking.id)).all())
