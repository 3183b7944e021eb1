"""The calendar's reads: rows of resources and the bookings crossing a window of time."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest

from partage_desktop.services.data.session import session_scope
from partage_desktop.services.resources import calendar
from partage_desktop.store.models import Booking, Organization, Resource, ResourceCategory

DEC = (datetime(2026, 12, 1), datetime(2027, 1, 1))


def _resource(session, title, *, kind="equipment", category="", archived=False):
    resource = Resource(uid=str(uuid.uuid4()), kind=kind, title=title, category=category, archived=archived)
    session.add(resource)
    session.flush()
    return resource.id


def _booking(session, resource_id, starts, ends, status="approved", borrower="", **more):
    booking = Booking(resource_id=resource_id, starts_at=starts, ends_at=ends, status=status,
                      borrower=borrower, **more)
    session.add(booking)
    session.flush()
    return booking.id


@pytest.fixture
def van_and_room(data):
    with session_scope(data) as session:
        session.add(ResourceCategory(code="vehicules", label_fr="Véhicules", label_en="Vehicles"))
        van = _resource(session, "Camion cube", kind="vehicle", category="vehicules")
        room = _resource(session, "Salle du conseil", kind="premises")
    return data, van, room


def test_spans_crossing_either_edge_of_the_window_are_included_and_the_others_left_out(van_and_room):
    data, van, _room = van_and_room
    with session_scope(data) as session:
        before_and_into = _booking(session, van, datetime(2026, 11, 28), datetime(2026, 12, 2))
        inside = _booking(session, van, datetime(2026, 12, 10, 9), datetime(2026, 12, 10, 17))
        out_of_the_end = _booking(session, van, datetime(2026, 12, 31, 18), datetime(2027, 1, 3))
        across_the_whole = _booking(session, van, datetime(2026, 11, 1), datetime(2027, 2, 1))
        _booking(session, van, datetime(2026, 11, 20), datetime(2026, 12, 1))  # ends as December starts
        _booking(session, van, datetime(2027, 1, 1), datetime(2027, 1, 2))  # starts as it ends
    found = calendar.spans(data, *DEC)
    assert [s.booking_id for s in found] == [across_the_whole, before_and_into, inside, out_of_the_end]
    first = found[1]
    assert (first.starts_at, first.ends_at) == (datetime(2026, 11, 28), datetime(2026, 12, 2))


def test_refused_and_cancelled_bookings_are_left_out_unless_asked_for(van_and_room):
    data, van, _room = van_and_room
    with session_scope(data) as session:
        ids = {status: _booking(session, van, datetime(2026, 12, day), datetime(2026, 12, day, 12), status)
               for day, status in enumerate(("requested", "approved", "picked_up", "returned", "closed",
                                             "refused", "cancelled"), start=1)}
    shown = {s.status for s in calendar.spans(data, *DEC)}
    assert shown == {"requested", "approved", "picked_up", "returned", "closed"}
    only = calendar.spans(data, *DEC, statuses=("requested",))
    assert [s.booking_id for s in only] == [ids["requested"]]
    assert len(calendar.spans(data, *DEC, statuses=None)) == 7


def test_spans_of_one_resource_only(van_and_room):
    data, van, room = van_and_room
    with session_scope(data) as session:
        _booking(session, van, datetime(2026, 12, 3), datetime(2026, 12, 4))
        meeting = _booking(session, room, datetime(2026, 12, 3, 9), datetime(2026, 12, 3, 12),
                           series_uid="serie-1", purpose="Conseil")
    found = calendar.spans(data, *DEC, resource_ids=[room])
    assert [(s.booking_id, s.resource_id, s.series_uid, s.purpose) for s in found] == \
        [(meeting, room, "serie-1", "Conseil")]
    assert calendar.spans(data, *DEC, resource_ids=[]) == []


def test_the_borrower_is_the_name_typed_else_the_partner_else_ourselves(van_and_room):
    data, van, _room = van_and_room
    with session_scope(data) as session:
        partner = Organization(legal_name="Maison des jeunes")
        session.add(partner)
        session.flush()
        _booking(session, van, datetime(2026, 12, 1), datetime(2026, 12, 2), borrower="Julie Tremblay")
        _booking(session, van, datetime(2026, 12, 3), datetime(2026, 12, 4), organization_id=partner.id)
        _booking(session, van, datetime(2026, 12, 5), datetime(2026, 12, 6))
    assert [s.borrower for s in calendar.spans(data, *DEC)] == ["Julie Tremblay", "Maison des jeunes", ""]


def test_a_loan_still_out_after_its_end_is_shown_overdue():
    now = datetime(2026, 12, 7, 12)
    assert calendar.shown_state("picked_up", datetime(2026, 12, 7, 11), now) == "overdue"
    assert calendar.shown_state("picked_up", datetime(2026, 12, 7, 13), now) == "on_loan"
    assert calendar.shown_state("closed", datetime(2026, 12, 1), now) == "returned"
    assert calendar.shown_state("requested", datetime(2026, 12, 1), now) == "requested"


def test_rows_are_the_resources_in_use_sorted_as_a_person_reads_them_with_their_category(data):
    with session_scope(data) as session:
        session.add(ResourceCategory(code="vehicules", label_fr="Véhicules", label_en="Vehicles"))
        ids = {title: _resource(session, title, category="vehicules" if title.startswith("C") else "")
               for title in ("Salle", "écran", "Camion", "Échafaud")}
        _resource(session, "Vieux projecteur", archived=True)
    fr = calendar.rows(data, "fr")
    assert [r.title for r in fr] == ["Camion", "Échafaud", "écran", "Salle"]
    assert fr[0].category == "Véhicules" and fr[0].kind == "equipment"
    assert calendar.rows(data, "en")[0].category == "Vehicles"
    assert [r.resource_id for r in calendar.rows(data, "fr", [ids["Salle"]])] == [ids["Salle"]]
