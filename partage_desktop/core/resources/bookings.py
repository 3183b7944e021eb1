"""Bookings and loans, the rules without the database: when two bookings overlap (quantity
aware), what a resource's notice / longest loan / book-ahead rules allow, how a weekly series
expands, which step may follow which, and how a span of time is written in each language.

Times are the organization's wall-clock times (naive datetimes). A span is half-open: a booking
ending at 12:00 and one starting at 12:00 do not overlap.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from partage_desktop.core.formatting import format_date
from partage_desktop.core.resources.vocabulary import HOLDING, TRANSITIONS

MAX_SERIES = 260  # a weekly series of five years at most: beyond it a typing slip is likelier
# the actions a person takes, named by the status they lead to
ACTIONS = {"approved": "approve", "refused": "refuse", "cancelled": "cancel", "picked_up": "pick_up",
           "returned": "return", "closed": "close"}
RENEWABLE = ("approved", "picked_up")


@dataclass(frozen=True)
class Held:
    """A booking that holds the resource (status in HOLDING) as the conflict check sees it."""

    booking_id: int
    starts_at: datetime
    ends_at: datetime
    quantity: int = 1
    who: str = ""
    status: str = "requested"


@dataclass(frozen=True)
class Rules:
    """A resource's booking rules (columns of ``resource``)."""

    title: str
    quantity: int = 1
    min_notice_hours: int = 0
    max_loan_days: int | None = None
    book_ahead_days: int | None = None


@dataclass(frozen=True)
class Problem:
    """A rule a booking breaks: a words-catalogue code and its parameters (services word it)."""

    code: str
    params: dict[str, object]
    count: int | None = None


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    return a_start < b_end and b_start < a_end


def in_the_way(held: list[Held], start: datetime, end: datetime, quantity: int, capacity: int) -> list[Held]:
    """The bookings that leave fewer than ``quantity`` of ``capacity`` free at some moment of
    [start, end), earliest first; empty when the booking fits. A resource with several units
    (three tables) takes as many bookings at once as it has units."""
    around = [h for h in held if overlaps(h.starts_at, h.ends_at, start, end)]
    if not around:
        return []
    if capacity <= 1:
        return sorted(around, key=lambda h: (h.starts_at, h.booking_id))
    # the use is highest at the start of one of the bookings (or of ours)
    for moment in sorted({start, *(h.starts_at for h in around if h.starts_at > start)}):
        active = [h for h in around if h.starts_at <= moment < h.ends_at]
        if sum(h.quantity for h in active) + quantity > capacity:
            return sorted(active, key=lambda h: (h.starts_at, h.booking_id))
    return []


def free_units(held: list[Held], start: datetime, end: datetime, capacity: int) -> int:
    """How many units stay free all through [start, end)."""
    around = [h for h in held if overlaps(h.starts_at, h.ends_at, start, end)]
    peak = 0
    for moment in {start, *(h.starts_at for h in around if h.starts_at > start)}:
        peak = max(peak, sum(h.quantity for h in around if h.starts_at <= moment < h.ends_at))
    return max(0, capacity - peak)


def loan_days(start: datetime, end: datetime) -> int:
    """Days a span takes, counting a started day (a morning is one day; 48 h are two)."""
    return max(1, math.ceil((end - start).total_seconds() / 86400))


def check_span(rules: Rules, start: datetime, end: datetime, quantity: int, now: datetime,
               new: bool = True) -> list[Problem]:
    """What the resource's rules say about a booking of [start, end); ``new`` False (a renewal)
    skips the notice and book-ahead rules, which speak of the start."""
    problems: list[Problem] = []
    if end <= start:
        problems.append(Problem("resource_booking_end_before_start", {}))
        return problems
    if not 1 <= quantity <= max(rules.quantity, 1):
        problems.append(Problem("resource_booking_quantity", {"quantity": max(rules.quantity, 1)}))
    if new and rules.min_notice_hours and start < now + timedelta(hours=rules.min_notice_hours):
        problems.append(Problem("resource_booking_notice", {"resource": rules.title},
                                count=rules.min_notice_hours))
    if rules.max_loan_days and loan_days(start, end) > rules.max_loan_days:
        problems.append(Problem("resource_booking_too_long",
                                {"resource": rules.title, "asked": loan_days(start, end)},
                                count=rules.max_loan_days))
    if new and rules.book_ahead_days is not None and rules.book_ahead_days > 0 \
            and start > now + timedelta(days=rules.book_ahead_days):
        problems.append(Problem("resource_booking_too_far", {"resource": rules.title},
                                count=rules.book_ahead_days))
    return problems


def weekly(first_day: date, last_day: date, weekday: int, start_time: time, end_time: time
           ) -> list[tuple[datetime, datetime]]:
    """Every ``weekday`` (0 Monday … 6 Sunday) from ``first_day`` to ``last_day`` included, from
    ``start_time`` to ``end_time`` (an end at or before the start ends the next day)."""
    day = first_day + timedelta(days=(weekday - first_day.weekday()) % 7)
    out = []
    while day <= last_day:
        start = datetime.combine(day, start_time)
        end = datetime.combine(day, end_time)
        if end <= start:
            end += timedelta(days=1)
        out.append((start, end))
        day += timedelta(days=7)
    return out


def may_become(status: str, new_status: str) -> bool:
    return new_status in TRANSITIONS.get(status, ())


def next_actions(status: str) -> tuple[str, ...]:
    """What a person may do next, as action names (approve, pick_up, renew…), in the order shown."""
    actions = [ACTIONS[s] for s in TRANSITIONS.get(status, ()) if s != "cancelled"]
    if status in RENEWABLE:
        actions.append("renew")
    if "cancelled" in TRANSITIONS.get(status, ()):
        actions.append("cancel")
    return tuple(actions)


def holds(status: str) -> bool:
    return status in HOLDING


def is_overdue(status: str, ends_at: datetime, now: datetime) -> bool:
    """A loan picked up and not returned after its end."""
    return status == "picked_up" and ends_at < now


def format_time(value: time | datetime, lang: str) -> str:
    """« 9 h », « 9 h 30 » in French; "9:00 a.m.", "12:30 p.m." in English."""
    if lang == "fr":
        return f"{value.hour}\u00a0h" + (f"\u00a0{value.minute:02d}" if value.minute else "")
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d}\u00a0{'a.m.' if value.hour < 12 else 'p.m.'}"


def format_when(value: datetime, lang: str) -> str:
    """« 3 mars 2027 à 9 h » / "March 3, 2027, 9:00 a.m." """
    joint = " à " if lang == "fr" else ", "
    return format_date(value.date(), lang) + joint + format_time(value, lang)


def format_span(start: datetime, end: datetime, lang: str) -> str:
    """« le 3 mars 2027 de 9 h à 12 h », « du 3 mars 2027 à 9 h au 5 mars 2027 à 17 h »;
    "on March 3, 2027, from 9:00 a.m. to 12:00 p.m.", "from March 3, 2027, 9:00 a.m. to
    March 5, 2027, 5:00 p.m." (an end at midnight reads as the end of the day before)."""
    same_day = start.date() == end.date() or (end - start <= timedelta(days=1) and end.time() == time(0)
                                              and end.date() == start.date() + timedelta(days=1))
    if lang == "fr":
        if same_day:
            return (f"le {format_date(start.date(), lang)} de {format_time(start, lang)} "
                    f"à {format_time(end, lang) if end.time() != time(0) else '24' + chr(0xa0) + 'h'}")
        return f"du {format_when(start, lang)} au {format_when(end, lang)}"
    if same_day:
        until = format_time(end, lang) if end.time() != time(0) else "midnight"
        return f"on {format_date(start.date(), lang)}, from {format_time(start, lang)} to {until}"
    return f"from {format_when(start, lang)} to {format_when(end, lang)}"
