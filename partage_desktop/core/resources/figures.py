"""What the shared resources did over a period, as plain values: loans, days used, organizations
served, the money saved (an estimate), and each resource's use rate. services/journal/indicators.py
reads the rows; the indicators screen and the funder report show the figures.

A *loan* is a booking that was picked up (picked up, returned or closed). A day counts when any
part of it is used (a room booked Tuesday 9 h to 12 h uses one day; a loan ending at midnight
does not use the next day). The *use rate* of a resource is the days it was booked (approved or
lent; overlapping bookings counted once) over the days of the period. The *money saved* is an
estimate: the resource's value per day (typed once on the resource) times the days of each loan,
only for the resources that have a value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import NamedTuple

LOAN_STATUSES = ("picked_up", "returned", "closed")
BOOKED_STATUSES = ("approved", *LOAN_STATUSES)
TOP = 10  # resources the funder report lists by name


class ResourceRow(NamedTuple):
    id: int
    title: str
    value_per_day_cents: int | None


class BookingRow(NamedTuple):  # a tuple: made by the hundred thousand
    resource_id: int
    status: str
    starts_at: datetime
    ends_at: datetime
    organization_id: int | None  # None: for ourselves, or a borrower typed by name
    borrower: str = ""


@dataclass(frozen=True)
class ResourceUse:
    resource_id: int
    title: str
    loans: int
    days_used: int
    days_booked: int
    use_rate: Decimal | None  # percent, one decimal; None when the period has no days to count
    saved: Decimal | None  # None: no value per day typed on this resource


@dataclass(frozen=True)
class ResourceFigures:
    loans: int
    days_used: int
    organizations: int
    saved: Decimal  # estimated, from the resources that have a value per day
    valued_loans: int  # loans whose resource has a value per day (the others add nothing to ``saved``)
    period_days: int
    period_start: date | None
    period_end: date | None
    resources: list[ResourceUse] = field(default_factory=list)  # most used first

    def top(self, count: int = TOP) -> list[ResourceUse]:
        return [r for r in self.resources if r.loans or r.days_booked][:count]


def last_day(start: datetime, end: datetime) -> date:
    """The last day a span uses: one that ends at midnight ends the day before."""
    if end.time() == time(0) and end > start:
        return (end - timedelta(days=1)).date()
    return end.date()


def _days(row: BookingRow, first: date | None, last: date | None) -> tuple[date, date] | None:
    """The first and last day of a booking inside the period (None: outside it)."""
    start, end = row.starts_at.date(), last_day(row.starts_at, row.ends_at)
    if first is not None:
        start = max(start, first)
    if last is not None:
        end = min(end, last)
    return (start, end) if start <= end else None


def _folded(name: str) -> str:
    return " ".join(name.casefold().split())


def resource_figures(resources: list[ResourceRow], bookings: list[BookingRow], date_from: date | None,
                     date_to: date | None, own_id: int | None = None) -> ResourceFigures:
    """The figures of ``bookings`` (any status; those that neither hold nor held the resource are
    left out) over the period; an open end is taken from the bookings themselves."""
    spans: list[tuple[BookingRow, date, date]] = []
    for row in bookings:
        if row.status not in BOOKED_STATUSES:
            continue
        inside = _days(row, date_from, date_to)
        if inside is not None:
            spans.append((row, *inside))
    first = date_from or min((s for _, s, _ in spans), default=None)
    last = date_to or max((e for *_, e in spans), default=None)
    period_days = (last - first).days + 1 if first is not None and last is not None and first <= last else 0
    by_id = {r.id: r for r in resources}
    loans: dict[int, int] = {}
    used: dict[int, int] = {}
    booked: dict[int, list[tuple[date, date]]] = {}
    served: set[object] = set()
    saved = 0
    valued = 0
    for row, start, end in spans:
        days = (end - start).days + 1
        booked.setdefault(row.resource_id, []).append((start, end))
        if row.status not in LOAN_STATUSES:
            continue
        loans[row.resource_id] = loans.get(row.resource_id, 0) + 1
        used[row.resource_id] = used.get(row.resource_id, 0) + days
        if row.organization_id is not None and row.organization_id != own_id:
            served.add(row.organization_id)
        elif row.organization_id is None and row.borrower.strip():
            served.add(_folded(row.borrower))
        value = by_id[row.resource_id].value_per_day_cents if row.resource_id in by_id else None
        if value:
            saved += value * days
            valued += 1
    uses = []
    for resource in resources:
        days_booked = _union(booked.get(resource.id, []))
        value = resource.value_per_day_cents
        rate = (Decimal(100 * days_booked) / period_days).quantize(Decimal("0.1")) if period_days else None
        uses.append(ResourceUse(resource.id, resource.title, loans.get(resource.id, 0), used.get(resource.id, 0),
                                days_booked, min(rate, Decimal("100.0")) if rate is not None else None,
                                _cents(value * used.get(resource.id, 0)) if value else None))
    uses.sort(key=lambda u: (-u.days_used, -u.loans, -u.days_booked, u.title.casefold(), u.resource_id))
    return ResourceFigures(sum(loans.values()), sum(used.values()), len(served), _cents(saved), valued,
                           period_days, first, last, uses)


def _union(spans: list[tuple[date, date]]) -> int:
    """Days covered by the spans, each day once."""
    total = 0
    reach: date | None = None
    for start, end in sorted(spans):
        if reach is not None and start <= reach:
            if end > reach:
                total += (end - reach).days
                reach = end
            continue
        total += (end - start).days + 1
        reach = end
    return total


def _cents(value: int) -> Decimal:
    return (Decimal(value) / 100).quantize(Decimal("0.01"))
