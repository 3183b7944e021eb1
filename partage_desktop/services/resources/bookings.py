"""Bookings and loans, one user action each: request (one booking or a weekly series, all or
nothing), approve / refuse / cancel, pick up (accessories checklist, condition, photo), return
(condition, incident, hours), close (a journal entry for the project), renew; the overdue loans;
the .ics file of the bookings.

A new booking never overlaps the bookings that hold the resource (quantity aware): the resource is
locked before the check, so two people booking at the same moment are served one after the other
and the second is told which booking is in the way.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partage_desktop.core.folding import fold
from partage_desktop.core.ics import CalendarEvent, build_calendar
from partage_desktop.core.resources import bookings as rules
from partage_desktop.core.resources.vocabulary import CONDITIONS, RECURRING_KINDS, label
from partage_desktop.platform import atomic
from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.errors import Message, UserInputError
from partage_desktop.services.data.outputs import refuse_own_file
from partage_desktop.services.data.session import session_scope
from partage_desktop.words import t
from partage_desktop.words.system_errors import reason_message

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MAX_TEXT = 4000
MAX_MINUTES = 10_000 * 60


class BookingConflict(UserInputError):
    """The booking overlaps one that holds the resource. ``booking_id``: the (first) booking in the
    way; ``booking_ids``: all of them (a series lists every clash)."""

    def __init__(self, problems: list[Message], booking_ids: list[int]) -> None:
        super().__init__(problems)
        self.booking_ids = booking_ids
        self.booking_id = booking_ids[0]


def span_message(start: datetime, end: datetime) -> Message:
    """A span worded in either language (the words catalogue picks the one it needs)."""
    return Message.of("resource_booking_span", fr=rules.format_span(start, end, "fr"),
                      en=rules.format_span(start, end, "en"))


def when_message(value: datetime) -> Message:
    return Message.of("resource_booking_when", fr=rules.format_when(value, "fr"),
                      en=rules.format_when(value, "en"))


def _who(who: str) -> Message | str:
    return who or Message.of("resource_booking_for_us")


@dataclass(frozen=True)
class BookingView:
    id: int
    resource_id: int
    resource_title: str
    resource_kind: str
    resource_quantity: int
    accessories: tuple[str, ...]
    organization_id: int | None
    organization_name: str
    borrower: str
    who: str  # the organization, else the person typed, else "us" in the user's words
    starts_at: datetime
    ends_at: datetime
    quantity: int
    status: str
    status_label: str
    purpose: str
    project_id: int | None
    project_name: str
    series_uid: str | None
    renewals: int
    picked_up_at: datetime | None
    pickup_checklist: dict[str, bool] = field(default_factory=dict)
    pickup_condition: str = ""
    pickup_note: str = ""
    has_photo: bool = False
    returned_at: datetime | None = None
    return_condition: str = ""
    incident: str = ""
    hours_minutes: int | None = None
    journal_entry_id: int | None = None
    overdue: bool = False
    next_actions: tuple[str, ...] = ()
    value_per_day_cents: int | None = None


@dataclass(frozen=True)
class ResourceChoice:
    id: int
    title: str
    kind: str
    quantity: int
    accessories: tuple[str, ...]
    recurring: bool  # rooms and staff time: weekly series offered


def _now() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


def _accessories(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(line.strip() for line in (text or "").splitlines() if line.strip()))


def _view(session: Session, row: Any, lang: str, now: datetime) -> BookingView:
    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Organization,
        Project,
        Resource,
    )

    resource = session.get(Resource, row.resource_id)
    org = session.get(Organization, row.organization_id) if row.organization_id else None
    project = session.get(Project, row.project_id) if row.project_id else None
    org_name = org.legal_name if org else ""
    try:
        checklist = {str(k): bool(v) for k, v in json.loads(row.pickup_checklist or "{}").items()}
    except (ValueError, AttributeError):
        checklist = {}
    return BookingView(
        id=row.id, resource_id=row.resource_id, resource_title=resource.title if resource else "",
        resource_kind=resource.kind if resource else "", resource_quantity=resource.quantity if resource else 1,
        accessories=_accessories(resource.accessories if resource else ""),
        organization_id=row.organization_id, organization_name=org_name, borrower=row.borrower,
        who=org_name or row.borrower or t("resource_booking_for_us", lang),
        starts_at=row.starts_at, ends_at=row.ends_at, quantity=row.quantity, status=row.status,
        status_label=label("booking_status", row.status, lang), purpose=row.purpose,
        project_id=row.project_id, project_name=project.name if project else "", series_uid=row.series_uid,
        renewals=row.renewals, picked_up_at=row.picked_up_at, pickup_checklist=checklist,
        pickup_condition=row.pickup_condition, pickup_note=row.pickup_note,
        has_photo=row.pickup_photo is not None, returned_at=row.returned_at,
        return_condition=row.return_condition, incident=row.incident, hours_minutes=row.hours_minutes,
        journal_entry_id=row.journal_entry_id, overdue=rules.is_overdue(row.status, row.ends_at, now),
        next_actions=rules.next_actions(row.status),
        value_per_day_cents=resource.value_per_day_cents if resource else None)


def get_booking(data: DataDir, booking_id: int, lang: str) -> BookingView:
    from partage_desktop.store.models import Booking  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        row = session.get(Booking, booking_id)
        if row is None:
            raise UserInputError([Message.of("resource_booking_not_found", number=booking_id)])
        return _view(session, row, lang, _now())


def resource_choices(data: DataDir, lang: str) -> list[ResourceChoice]:
    """The resources one can book (not archived), by title."""
    from sqlalchemy import select

    from partage_desktop.store.models import Resource  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        rows = session.execute(select(Resource.id, Resource.title, Resource.kind, Resource.quantity,
                                      Resource.accessories)
                               .where(Resource.archived.is_(False), Resource.deleted_at.is_(None)))
        out = [ResourceChoice(r[0], r[1], r[2], r[3], _accessories(r[4]), r[2] in RECURRING_KINDS) for r in rows]
    return sorted(out, key=lambda c: (fold(c.title), c.id))


# --- asking for a booking ---------------------------------------------------------------------


def _problems(found: list[rules.Problem]) -> list[Message]:
    return [Message(p.code, p.params, p.count) for p in found]


def _conflict_messages(title: str, quantity: int, capacity: int, start: datetime, end: datetime,
                       in_the_way: list[rules.Held], held: list[rules.Held]) -> list[Message]:
    first = in_the_way[0]
    params = dict(resource=title, number=first.booking_id, who=_who(first.who),
                  span=span_message(first.starts_at, first.ends_at),
                  status=Message.of(f"resource_booking_status_{first.status}"), asked=span_message(start, end))
    if capacity > 1:
        free = rules.free_units(held, start, end, capacity)
        return [Message.plural("resource_booking_conflict_units", free, wanted=quantity, **params)]
    return [Message.of("resource_booking_conflict", **params)]


def _check_new(session: Session, resource: Any, start: datetime, end: datetime, quantity: int,
               now: datetime, exclude_id: int | None = None, new: bool = True) -> tuple[list[Message], list[int]]:
    """(problems, booking ids in the way) for [start, end) on ``resource``; the resource is locked."""
    from partage_desktop.store.resources.bookings import holding  # deferred: SQLAlchemy

    found = rules.check_span(_rules(resource), start, end, quantity, now, new=new)
    if found:
        return _problems(found), []
    held = holding(session, resource.id, start, end, exclude_id)
    in_the_way = rules.in_the_way(held, start, end, quantity, max(resource.quantity, 1))
    if in_the_way:
        return _conflict_messages(resource.title, quantity, max(resource.quantity, 1), start, end,
                                  in_the_way, held), [h.booking_id for h in in_the_way]
    return [], []


def _rules(resource: Any) -> rules.Rules:
    return rules.Rules(resource.title, max(resource.quantity or 1, 1), resource.min_notice_hours or 0,
                       resource.max_loan_days, resource.book_ahead_days)


def _locked_resource(session: Session, resource_id: int) -> Any:
    from partage_desktop.store.models import Resource  # deferred: SQLAlchemy, only when needed
    from partage_desktop.store.resources.bookings import lock_resource  # deferred: SQLAlchemy

    if not isinstance(resource_id, int) or not lock_resource(session, resource_id):
        raise UserInputError([Message.of("resource_booking_no_resource", number=resource_id)])
    resource = session.get(Resource, resource_id)
    if resource is None or resource.archived or resource.deleted_at is not None:
        raise UserInputError([Message.of("resource_booking_no_resource", number=resource_id)])
    return resource


def _check_details(session: Session, organization_id: int | None, borrower: str, purpose: str,
                   project_id: int | None) -> list[Message]:
    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Organization,
        Project,
    )

    problems: list[Message] = []
    if organization_id is not None and session.get(Organization, organization_id) is None:
        problems.append(Message.of("resource_booking_no_organization", number=organization_id))
    if len(borrower) > 200:
        problems.append(Message.of("resource_booking_borrower_too_long", most=200))
    if len(purpose) > MAX_TEXT:
        problems.append(Message.of("resource_booking_text_too_long", most=MAX_TEXT))
    if project_id is not None and session.get(Project, project_id) is None:
        problems.append(Message.of("resource_booking_no_project", number=project_id))
    return problems


def _insert(session: Session, resource_id: int, start: datetime, end: datetime, organization_id: int | None,
            borrower: str, quantity: int, purpose: str, project_id: int | None, series_uid: str | None) -> int:
    from partage_desktop.store.models import Booking  # deferred: SQLAlchemy, only when needed

    row = Booking(resource_id=resource_id, organization_id=organization_id, borrower=borrower,
                  starts_at=start, ends_at=end, quantity=quantity, status="requested", purpose=purpose,
                  project_id=project_id, series_uid=series_uid)
    session.add(row)
    session.flush()
    return int(row.id)


def request_booking(data: DataDir, resource_id: int, starts_at: datetime, ends_at: datetime, *,
                    organization_id: int | None = None, borrower: str = "", quantity: int = 1,
                    purpose: str = "", project_id: int | None = None, now: datetime | None = None) -> int:
    """A new booking, requested; raises BookingConflict when a booking is in the way, UserInputError
    when a rule of the resource is broken. Returns its id."""
    borrower, purpose = " ".join(borrower.split()), purpose.strip()
    starts_at, ends_at = starts_at.replace(second=0, microsecond=0), ends_at.replace(second=0, microsecond=0)
    with session_scope(data) as session:
        resource = _locked_resource(session, resource_id)
        problems = _check_details(session, organization_id, borrower, purpose, project_id)
        if problems:
            raise UserInputError(problems)
        problems, ids = _check_new(session, resource, starts_at, ends_at, quantity, now or _now())
        if ids:
            raise BookingConflict(problems, ids)
        if problems:
            raise UserInputError(problems)
        return _insert(session, resource.id, starts_at, ends_at, organization_id, borrower, quantity,
                       purpose, project_id, None)


def request_series(data: DataDir, resource_id: int, first_day: date, last_day: date, weekday: int,
                   start_time: time, end_time: time, *, organization_id: int | None = None,
                   borrower: str = "", quantity: int = 1, purpose: str = "", project_id: int | None = None,
                   now: datetime | None = None) -> list[int]:
    """Every ``weekday`` from ``first_day`` to ``last_day`` (rooms and staff time), all or nothing:
    when one occurrence cannot be booked, none is, and every clash is listed."""
    borrower, purpose = " ".join(borrower.split()), purpose.strip()
    spans = rules.weekly(first_day, last_day, weekday, start_time, end_time) if first_day <= last_day else []
    with session_scope(data) as session:
        resource = _locked_resource(session, resource_id)
        problems = _check_details(session, organization_id, borrower, purpose, project_id)
        if resource.kind not in RECURRING_KINDS:
            problems.append(Message.of("resource_series_kind", resource=resource.title))
        if not 0 <= weekday <= 6:
            problems.append(Message.of("resource_series_weekday"))
        elif not spans:
            problems.append(Message.of("resource_series_empty"))
        elif len(spans) > rules.MAX_SERIES:
            problems.append(Message.plural("resource_series_too_many", rules.MAX_SERIES))
        if problems:
            raise UserInputError(problems)
        all_ids: list[int] = []
        conflicts: list[Message] = []
        for start, end in spans:
            found, ids = _check_new(session, resource, start, end, quantity, now or _now())
            if ids:
                conflicts.extend(found)
                all_ids.extend(ids)
            else:  # a rule broken by every occurrence is said once
                problems.extend(m for m in found if m not in problems)
        if problems:
            raise UserInputError(problems)
        if conflicts:
            raise BookingConflict([Message.plural("resource_series_conflicts", len(conflicts)), *conflicts],
                                  all_ids)
        series = str(uuid.uuid4())
        return [_insert(session, resource.id, start, end, organization_id, borrower, quantity, purpose,
                        project_id, series) for start, end in spans]


# --- the steps of a booking -------------------------------------------------------------------


def _booking(session: Session, booking_id: int, lock: bool = True) -> Any:
    from partage_desktop.store.models import Booking  # deferred: SQLAlchemy, only when needed

    row = session.get(Booking, booking_id) if isinstance(booking_id, int) else None
    if row is None:
        raise UserInputError([Message.of("resource_booking_not_found", number=booking_id)])
    if lock:
        from partage_desktop.store.resources.bookings import lock_resource  # deferred: SQLAlchemy

        lock_resource(session, row.resource_id)
        session.refresh(row)
    return row


def _move(row: Any, new_status: str) -> None:
    if not rules.may_become(row.status, new_status):
        raise UserInputError([Message.of("resource_booking_step", number=row.id,
                                         status=Message.of(f"resource_booking_status_{row.status}"),
                                         new=Message.of(f"resource_booking_status_{new_status}"))])
    row.status = new_status


def set_status(data: DataDir, booking_id: int, status: str) -> None:
    """Approve, refuse or cancel."""
    if status not in ("approved", "refused", "cancelled"):
        raise UserInputError([Message.of("resource_booking_unknown_step", status=status)])
    with session_scope(data) as session:
        _move(_booking(session, booking_id), status)


def _condition(condition: str) -> list[Message]:
    return [] if condition in CONDITIONS else [Message.of("resource_booking_condition")]


def pick_up(data: DataDir, booking_id: int, *, checklist: dict[str, bool], condition: str, note: str = "",
            photo: bytes | None = None, now: datetime | None = None) -> None:
    """The borrower takes the resource: the accessories handed over (every accessories line of the
    resource, ticked or not), the condition on the fixed scale, a note and a photo (re-encoded)."""
    from partage_desktop.services.resources.photos import reencode  # deferred: Pillow

    note = note.strip()
    problems = _condition(condition)
    if len(note) > MAX_TEXT:
        problems.append(Message.of("resource_booking_text_too_long", most=MAX_TEXT))
    stored = reencode(photo).data if photo else None  # PhotoRefused says why
    with session_scope(data) as session:
        row = _booking(session, booking_id)
        from partage_desktop.store.models import Resource  # deferred: SQLAlchemy, only when needed

        resource = session.get(Resource, row.resource_id)
        lines = _accessories(resource.accessories if resource else "")
        unknown = [k for k in checklist if k not in lines]
        if unknown:
            problems.append(Message.of("resource_booking_unknown_accessory", name=unknown[0]))
        if problems:
            raise UserInputError(problems)
        _move(row, "picked_up")
        row.pickup_checklist = json.dumps({line: bool(checklist.get(line, False)) for line in lines},
                                          ensure_ascii=False)
        row.pickup_condition, row.pickup_note, row.pickup_photo = condition, note, stored
        row.picked_up_at = now or _now()


def return_booking(data: DataDir, booking_id: int, *, condition: str, incident: str = "",
                   hours_minutes: int | None = None, now: datetime | None = None) -> None:
    """The resource comes back: its condition (the resource takes it), what happened, the hours
    our side spent on the loan."""
    incident = incident.strip()
    problems = _condition(condition)
    if len(incident) > MAX_TEXT:
        problems.append(Message.of("resource_booking_text_too_long", most=MAX_TEXT))
    if hours_minutes is not None and not 0 <= hours_minutes <= MAX_MINUTES:
        problems.append(Message.of("resource_booking_hours"))
    if problems:
        raise UserInputError(problems)
    with session_scope(data) as session:
        from partage_desktop.store.models import Resource  # deferred: SQLAlchemy, only when needed

        row = _booking(session, booking_id)
        _move(row, "returned")
        row.return_condition, row.incident, row.hours_minutes = condition, incident, hours_minutes
        row.returned_at = now or _now()
        resource = session.get(Resource, row.resource_id)
        if resource is not None:
            resource.condition = condition


def close_booking(data: DataDir, booking_id: int, lang: str = "fr") -> int | None:
    """The loan is over: closed, and a journal entry written to its project (the booking's, else
    the resource's); returns the entry's id, None without a project."""
    from partage_desktop.services.resources.loan_journal import write_entry  # deferred: journal

    with session_scope(data) as session:
        row = _booking(session, booking_id)
        _move(row, "closed")
        entry_id = write_entry(session, row, lang)
        row.journal_entry_id = entry_id
        return entry_id


def renew(data: DataDir, booking_id: int, new_end: datetime, now: datetime | None = None) -> None:
    """Later end for an approved booking or a loan under way, if nothing is in the way and the
    longest loan allows it."""
    new_end = new_end.replace(second=0, microsecond=0)
    with session_scope(data) as session:
        row = _booking(session, booking_id)
        if row.status not in rules.RENEWABLE:
            raise UserInputError([Message.of("resource_booking_not_renewable",
                                             status=Message.of(f"resource_booking_status_{row.status}"))])
        if new_end <= row.ends_at:
            raise UserInputError([Message.of("resource_booking_renew_earlier", end=when_message(row.ends_at))])
        from partage_desktop.store.models import Resource  # deferred: SQLAlchemy, only when needed

        resource = session.get(Resource, row.resource_id)
        problems, ids = _check_new(session, resource, row.starts_at, new_end, row.quantity, now or _now(),
                                   exclude_id=row.id, new=False)
        if ids:
            raise BookingConflict(problems, ids)
        if problems:
            raise UserInputError(problems)
        row.ends_at = new_end
        row.renewals += 1


def overdue(data: DataDir, now: datetime | None = None, lang: str = "fr") -> list[BookingView]:
    from partage_desktop.store.models import Booking  # deferred: SQLAlchemy, only when needed
    from partage_desktop.store.resources.bookings import overdue_ids  # deferred: SQLAlchemy

    now = now or _now()
    with session_scope(data) as session:
        return [_view(session, session.get(Booking, i), lang, now) for i in overdue_ids(session, now)]


def photo(data: DataDir, booking_id: int) -> bytes | None:
    """The photo taken at pick-up (a JPEG we wrote), if any."""
    from partage_desktop.store.models import Booking  # deferred: SQLAlchemy, only when needed

    with session_scope(data) as session:
        row = session.get(Booking, booking_id)
        return row.pickup_photo if row else None


# --- calendar file ----------------------------------------------------------------------------


def calendar_events(data: DataDir, lang: str) -> list[CalendarEvent]:
    """Every booking not refused nor cancelled, as a timed event whose UID stays the same from one
    export to the next (a calendar importing the file again updates it)."""
    from sqlalchemy import func, select

    from partage_desktop.store.models import (  # deferred: SQLAlchemy, only when needed
        Booking,
        Organization,
        Resource,
    )

    who = func.coalesce(func.nullif(Organization.legal_name, ""), Booking.borrower)
    query = (select(Booking.id, Resource.uid, Resource.title, Booking.starts_at, Booking.ends_at, Booking.status,
                    who, Booking.purpose)
             .join(Resource, Resource.id == Booking.resource_id)
             .outerjoin(Organization, Organization.id == Booking.organization_id)
             .where(Booking.status.not_in(("refused", "cancelled")))
             .order_by(Booking.starts_at, Booking.id))
    events = []
    with session_scope(data) as session:
        for number, uid, title, start, end, status, name, purpose in session.execute(query):
            summary = t("resource_ics_summary", lang, resource=title,
                        who=name or t("resource_booking_for_us", lang))
            description = t("resource_ics_description", lang, number=number,
                            status=label("booking_status", status, lang))
            if purpose:
                description += "\n" + purpose
            events.append(CalendarEvent(f"booking-{number}-{uid}@partage", start.date(), summary, description,
                                        starts_at=start, ends_at=end))
    return events


def export_ics(data: DataDir, path: Path, lang: str, now: datetime | None = None) -> int:
    """Write the bookings' .ics atomically; returns the number of events."""
    refuse_own_file(path, data, lang)
    events = calendar_events(data, lang)
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    text = build_calendar(events, t("resource_ics_name", lang), stamp, lang)
    try:
        atomic.write_bytes(path, text.encode("utf-8"))
    except OSError as exc:
        raise UserInputError([Message.of("out_not_writable", path=path, detail=reason_message(exc))]) from exc
    return len(events)
