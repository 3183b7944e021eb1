"""The calendar of bookings and loans, read only: the resources as rows and the bookings as spans
of time (``store/resources/calendar.py``).

The window asks for the spans of the rows it shows and the days it shows, never for everything: a
span is returned whenever it crosses the window, even if it starts before it or ends after it.
What a booking *looks like* on the calendar (``shown_state``) adds one state to the stored ones:
a loan picked up whose end has passed is overdue.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from partage_desktop.core.folding import strip_accents
from partage_desktop.platform.datadir import DataDir
from partage_desktop.services.data.session import session_scope

# the stored statuses the calendar shows unless asked otherwise (refused and cancelled bookings
# hold nothing and would only clutter it)
SHOWN_STATUSES = ("requested", "approved", "picked_up", "returned", "closed")
# what the calendar draws, in the legend's order
STATES = ("requested", "approved", "on_loan", "overdue", "returned")


@dataclass(frozen=True)
class CalendarRow:
    resource_id: int
    title: str
    kind: str  # a code of core.resources.vocabulary.KINDS
    category: str  # the category's label in the language asked for ("" when it has none)


@dataclass(frozen=True)
class Span:
    booking_id: int
    resource_id: int
    starts_at: datetime
    ends_at: datetime
    status: str  # the stored status (core.resources.vocabulary.BOOKING_STATUSES)
    borrower: str  # who borrows: the name typed, else the partner's name; "" for ourselves
    series_uid: str | None
    quantity: int = 1
    purpose: str = ""

    def state(self, now: datetime) -> str:
        return shown_state(self.status, self.ends_at, now)


def shown_state(status: str, ends_at: datetime, now: datetime) -> str:
    """One of STATES: a loan still out after its end is overdue; returned and closed look alike."""
    if status == "picked_up":
        return "overdue" if ends_at < now else "on_loan"
    if status in ("returned", "closed"):
        return "returned"
    return status


def _sort_key(title: str) -> str:
    return strip_accents(title).casefold()


def rows(data: DataDir, lang: str, resource_ids: Iterable[int] | None = None) -> list[CalendarRow]:
    """The resources in use (or those named), by title as a person sorts them (accents and capitals
    aside)."""
    from partage_desktop.store.resources.calendar import (
        resource_rows,  # deferred: SQLAlchemy, after the window's first paint
    )

    with session_scope(data) as session:
        found = resource_rows(session, resource_ids)
    made = [CalendarRow(rid, title, kind, (label_en if lang == "en" else label_fr) or code)
            for rid, title, kind, code, label_fr, label_en in found]
    made.sort(key=lambda row: (_sort_key(row.title), row.resource_id))
    return made


def spans(data: DataDir, start: datetime, end: datetime, resource_ids: Sequence[int] | None = None,
          *, statuses: Sequence[str] | None = SHOWN_STATUSES) -> list[Span]:
    """The bookings crossing ``[start, end)``, by start; only those of ``resource_ids`` when given,
    only those with one of ``statuses`` (None: every status)."""
    if resource_ids is not None and not resource_ids:
        return []
    from partage_desktop.store.resources.calendar import (
        booking_spans,  # deferred: SQLAlchemy, after the window's first paint
    )

    with session_scope(data) as session:
        found = booking_spans(session, start, end, resource_ids, statuses)
    return [Span(bid, rid, starts, ends, status, borrower or organization or "", series, quantity or 1,
                 purpose or "")
            for bid, rid, starts, ends, status, borrower, organization, series, quantity, purpose in found]
