"""The rows the resource indicators are computed from (core/resources/figures.py): the bookings
that hold or held a resource over a period, and the resources they count for, in one project
(a booking's own project, else its resource's) or in all."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import String, and_, cast, or_, select
from sqlalchemy.orm import Session

from partage_desktop.core.journal.vocabulary import Scope
from partage_desktop.core.resources.figures import BookingRow, ResourceRow
from partage_desktop.store.models import Booking, Organization, Resource


def _in_project(project_id: int) -> object:
    return or_(Booking.project_id == project_id, and_(Booking.project_id.is_(None), Resource.project_id == project_id))


def _moment(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def booking_rows(session: Session, scope: Scope) -> list[BookingRow]:
    # the moments read as text and parsed here, faster than the ORM's own parsing
    # on SQLite, for the hundreds of thousands of bookings a busy network keeps
    stmt = (select(Booking.resource_id, Booking.status, cast(Booking.starts_at, String), cast(Booking.ends_at, String),
                   Booking.organization_id, Booking.borrower)
            .join(Resource, Resource.id == Booking.resource_id)
            .where(Resource.deleted_at.is_(None)))  # the statuses are sorted out by core (an index on them is slower here)
    if scope.date_from is not None:
        stmt = stmt.where(Booking.ends_at > datetime.combine(scope.date_from, time(0)))
    if scope.date_to is not None:
        stmt = stmt.where(Booking.starts_at < datetime.combine(scope.date_to + timedelta(days=1), time(0)))
    if scope.project_id is not None:
        stmt = stmt.where(_in_project(scope.project_id))  # type: ignore[arg-type]
    return [BookingRow(resource, status, _moment(start), _moment(end), org, borrower)
            for resource, status, start, end, org, borrower in session.execute(stmt)]


def resource_rows(session: Session, scope: Scope, booked: set[int]) -> list[ResourceRow]:
    """The resources the figures speak of: those in use today (of the project, when one is chosen)
    and any other that was booked in the period (an archived one, another project's)."""
    live = and_(Resource.deleted_at.is_(None), Resource.archived.is_(False))
    if scope.project_id is not None:
        live = and_(live, Resource.project_id == scope.project_id)
    stmt = select(Resource.id, Resource.title, Resource.value_per_day_cents).where(
        or_(live, Resource.id.in_(booked)) if booked else live)
    return [ResourceRow(*row) for row in session.execute(stmt)]


def own_organization_id(session: Session) -> int | None:
    return session.scalar(select(Organization.id).where(Organization.is_own.is_(True)).limit(1))
