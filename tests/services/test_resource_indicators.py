"""Indicators gain what the shared resources did in the period: loans, days used, organizations
served, the money saved (an estimate, only where a value per day is typed) and each resource's use
rate — computed from bookings written straight into the tables."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

import pytest

from partage_desktop.core.journal.vocabulary import Scope
from partage_desktop.services.data.session import session_scope
from partage_desktop.services.journal.indicators import indicators
from partage_desktop.store.models import Booking, Organization, Project, Resource

JANUARY = Scope(None, date(2027, 1, 1), date(2027, 1, 31))


def add(data, row):
    with session_scope(data) as session:
        session.add(row)
        session.flush()
        return row.id


@pytest.fixture
def lent(data):
    ids = {}
    ids["own"] = add(data, Organization(legal_name="Banque alimentaire", is_own=True))
    ids["a"] = add(data, Organization(legal_name="Maison des jeunes"))
    ids["b"] = add(data, Organization(legal_name="Centre des femmes"))
    ids["project"] = add(data, Project(name="Salle partagée"))
    ids["van"] = add(data, Resource(uid=str(uuid.uuid4()), kind="vehicle", title="Fourgonnette",
                                    value_per_day_cents=8000))
    ids["room"] = add(data, Resource(uid=str(uuid.uuid4()), kind="premises", title="Salle communautaire",
                                     project_id=ids["project"]))
    ids["drill"] = add(data, Resource(uid=str(uuid.uuid4()), kind="equipment", title="Perceuse",
                                      value_per_day_cents=1500))
    add(data, Resource(uid=str(uuid.uuid4()), kind="equipment", title="Vieille tente", archived=True))

    def book(resource, start, end, status, org=None, borrower=""):
        add(data, Booking(resource_id=ids[resource], starts_at=start, ends_at=end, status=status,
                          organization_id=ids[org] if org else None, borrower=borrower))

    book("van", datetime(2027, 1, 4, 9), datetime(2027, 1, 6, 17), "closed", "a")  # 3 days
    book("van", datetime(2027, 1, 10, 8), datetime(2027, 1, 11, 0), "returned", "b")  # ends at midnight: 1 day
    book("van", datetime(2027, 1, 30, 9), datetime(2027, 2, 2, 12), "picked_up", "a")  # 2 days in January
    book("van", datetime(2027, 1, 25, 9), datetime(2027, 1, 26, 17), "approved", "b")  # booked, not lent yet
    book("van", datetime(2027, 1, 15, 9), datetime(2027, 1, 16, 17), "requested", "b")  # neither
    book("van", datetime(2027, 1, 20, 9), datetime(2027, 1, 21, 17), "cancelled", "a")  # neither
    book("van", datetime(2026, 12, 1, 9), datetime(2026, 12, 3, 17), "closed", "a")  # before the period
    for day in (5, 12, 19):  # a reading club, typed by name, every Tuesday morning
        book("room", datetime(2027, 1, day, 9), datetime(2027, 1, day, 12), "closed",
             borrower="Club de lecture" if day != 12 else "  club de LECTURE ")
    book("room", datetime(2027, 1, 20, 13), datetime(2027, 1, 20, 16), "returned", "own")  # for ourselves
    return ids


def test_january_in_figures(data, lent):
    used = indicators(data, JANUARY).resources
    assert used is not None
    assert used.loans == 3 + 4
    assert used.days_used == (3 + 1 + 2) + 4
    assert used.organizations == 3  # the youth centre, the women's centre, the reading club; never ourselves
    assert used.saved == Decimal("480.00")  # the van only: 80 $ a day × 6 days; the room has no value
    assert used.valued_loans == 3
    assert used.period_days == 31
    by_title = {r.title: r for r in used.resources}
    assert by_title["Fourgonnette"].days_booked == 8  # the 6 days lent and the 2 approved ones
    assert by_title["Fourgonnette"].use_rate == Decimal("25.8")
    assert by_title["Fourgonnette"].saved == Decimal("480.00")
    assert by_title["Salle communautaire"].use_rate == Decimal("12.9")
    assert by_title["Salle communautaire"].saved is None  # no value typed: no estimate
    assert by_title["Perceuse"].use_rate == Decimal("0.0") and by_title["Perceuse"].saved == Decimal("0.00")
    assert "Vieille tente" not in by_title  # archived and not booked in the period
    assert [r.title for r in used.top()] == ["Fourgonnette", "Salle communautaire"]


def test_a_project_counts_its_own_resources_and_bookings(data, lent):
    used = indicators(data, Scope(lent["project"], date(2027, 1, 1), date(2027, 1, 31))).resources
    assert (used.loans, used.days_used, used.organizations, used.saved) == (4, 4, 1, Decimal("0.00"))
    assert [r.title for r in used.resources] == ["Salle communautaire"]


def test_the_whole_journal_takes_its_period_from_the_bookings(data, lent):
    used = indicators(data, Scope()).resources
    assert used.period_start == date(2026, 12, 1) and used.period_end == date(2027, 2, 2)
    assert used.period_days == 64
    assert used.loans == 8 and used.days_used == 3 + (3 + 1 + 4) + 4  # December's loan and February's days too


def test_nothing_booked_says_zero_and_no_rate(data):
    add(data, Resource(uid=str(uuid.uuid4()), kind="equipment", title="Perceuse"))
    used = indicators(data, Scope()).resources
    assert (used.loans, used.days_used, used.organizations, used.saved, used.period_days) == (0, 0, 0, Decimal("0.00"), 0)
    assert used.resources[0].use_rate is None and used.top() == []
