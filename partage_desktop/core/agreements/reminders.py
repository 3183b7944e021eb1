"""Dates an agreement asks people to remember: its end, the renewal notice, follow-up meetings.

Pure: the caller passes what is stored (status, dates, the answers' fields). A tacitly renewed
agreement rolls forward term by term, so its reminders stay right years after signing.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

ENDS, RENEWAL_NOTICE, MEETING = "ends", "renewal_notice", "meeting"
MONTHS = {"monthly": 1, "quarterly": 3, "twice_yearly": 6, "yearly": 12}
DEFAULT_NOTICE_DAYS = 60
MAX_MEETINGS = 120  # ten years of monthly meetings is plenty for a calendar file
# Dates an agreement, a project or a journal entry can carry: far enough for any real one, and far
# from the calendar's own limits (year 9999), which renewing terms and meetings must never reach.
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2199, 12, 31)


def in_range(day: date) -> bool:
    return FIRST_DAY <= day <= LAST_DAY


@dataclass(frozen=True)
class AgreementDates:
    reference: str
    title: str
    status: str
    start_date: date | None
    end_date: date | None
    fields: dict[str, Any]


@dataclass(frozen=True)
class Reminder:
    kind: str  # ends | renewal_notice | meeting
    on: date
    reference: str
    title: str
    notice_days: int = 0  # for renewal notices: how many days before the end
    end_date: date | None = None  # for renewal notices: the end it refers to


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def current_term(a: AgreementDates, today: date) -> tuple[date, date] | None:
    """(start, end) of the term in force: with tacit renewal, terms follow one another (computed,
    not walked: an agreement of one day renewed since the year 1900 costs what a new one does).
    None without dates, or with dates out of range (stored before they were checked)."""
    if a.start_date is None or a.end_date is None or a.end_date < a.start_date:
        return None
    start, end = a.start_date, a.end_date
    if not (in_range(start) and in_range(end)):
        return None
    if a.fields.get("renewal") == "tacit" and end < today:
        length = (end - start) + timedelta(days=1)
        terms = -(-(today - end).days // length.days)  # the first term that ends on or after today
        try:
            start, end = start + length * terms, end + length * terms
        except OverflowError:
            return None
    return start, end


def planned(a: AgreementDates, today: date) -> list[Reminder]:
    """Every date of the current term: its end, the last day to give notice, the meetings."""
    term = current_term(a, today)
    if term is None:
        return []
    start, end = term
    out = [Reminder(ENDS, end, a.reference, a.title)]
    if a.fields.get("renewal") == "tacit":
        days = min(max(_int(a.fields.get("renewal_notice_days"), DEFAULT_NOTICE_DAYS), 0), 3650)
        out.append(Reminder(RENEWAL_NOTICE, end - timedelta(days=days), a.reference, a.title, days, end))
    months = MONTHS.get(str(a.fields.get("review_frequency")))
    if months:
        # from the meeting before today: at most MAX_MEETINGS, however long the term
        elapsed = (today.year - start.year) * 12 + today.month - start.month
        for step in range(max(1, elapsed // months), max(1, elapsed // months) + MAX_MEETINGS):
            try:
                meeting = add_months(start, months * step)
            except (ValueError, OverflowError):  # past the calendar's last year
                break
            if meeting > end:
                break
            out.append(Reminder(MEETING, meeting, a.reference, a.title))
    return sorted(out, key=lambda r: (r.on, r.kind))


def upcoming(agreements: list[AgreementDates], today: date, within_days: int = 60) -> list[Reminder]:
    """What needs attention in the next ``within_days`` days: ends and notice deadlines, and the
    next follow-up meeting of each agreement."""
    horizon = today + timedelta(days=within_days)
    out: list[Reminder] = []
    for a in agreements:
        next_meeting_seen = False
        for r in planned(a, today):
            if not today <= r.on <= horizon:
                continue
            if r.kind == MEETING:
                if next_meeting_seen:
                    continue
                next_meeting_seen = True
            out.append(r)
    return sorted(out, key=lambda r: (r.on, r.reference, r.kind))
