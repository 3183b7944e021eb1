"""Bookings and loans through the services: conflicts (with two people booking at once), series,
the lifecycle, renewals, overdue loans, the journal entry of a closed loan, the .ics file."""

from __future__ import annotations

import io
import threading
import time as clock
from datetime import date, datetime, time

import pytest
from bookings_support import add_organization, add_project, add_resource

from partage_desktop.platform.errors import UserInputError
from partage_desktop.services.journal.entries import get_entry
from partage_desktop.services.resources import bookings
from partage_desktop.services.resources.bookings import BookingConflict
from partage_desktop.words import error_lines

NOW = datetime(2027, 3, 1, 8, 0)


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2027, month, day, hour, minute)


def test_overlap_refused_naming_the_booking_in_the_way_in_both_languages(data):
    van = add_resource(data, "Camionnette")
    centre = add_organization(data, "Centre des Loisirs")
    first = bookings.request_booking(data, van, at(2, 9), at(2, 12), organization_id=centre, now=NOW)
    with pytest.raises(BookingConflict) as refused:
        bookings.request_booking(data, van, at(2, 11), at(2, 14), borrower="Julie", now=NOW)
    assert refused.value.booking_id == first
    fr, = error_lines(refused.value, "fr")
    en, = error_lines(refused.value, "en")
    assert "Centre des Loisirs" in fr and f"n°\u00a0{first}" in fr and "le 2 mars 2027 de 9\u00a0h à 12\u00a0h" in fr
    assert "Centre des Loisirs" in en and f"no. {first}" in en and "March 2, 2027" in en
    # the boundary: ending at noon and starting at noon do not overlap
    assert bookings.request_booking(data, van, at(2, 12), at(2, 15), now=NOW) > first
    # refused and cancelled bookings no longer hold the resource
    bookings.set_status(data, first, "cancelled")
    assert bookings.request_booking(data, van, at(2, 9), at(2, 12), now=NOW)


def test_units_a_resource_has_several_of(data):
    tables = add_resource(data, "Tables pliantes", kind="equipment", quantity=3)
    bookings.request_booking(data, tables, at(4, 8), at(4, 18), quantity=2, now=NOW)
    bookings.request_booking(data, tables, at(4, 8), at(4, 12), quantity=1, now=NOW)
    with pytest.raises(BookingConflict) as refused:
        bookings.request_booking(data, tables, at(4, 10), at(4, 11), quantity=1, now=NOW)
    assert "0 unité libre" in error_lines(refused.value, "fr")[0].replace("\u00a0", " ")
    assert bookings.request_booking(data, tables, at(4, 12), at(4, 13), quantity=1, now=NOW)


def test_two_people_booking_at_once_never_both_get_it(data, monkeypatch):
    van = add_resource(data, "Camionnette")
    from partage_desktop.store.resources import bookings as store

    real = store.holding

    def slow(*args, **kwargs):  # widens the window between the check and the write
        found = real(*args, **kwargs)
        clock.sleep(0.3)
        return found

    monkeypatch.setattr(store, "holding", slow)
    results: list[object] = []

    def book(who: str) -> None:
        try:
            results.append(bookings.request_booking(data, van, at(8, 9), at(8, 12), borrower=who, now=NOW))
        except BookingConflict as exc:
            results.append(exc)

    threads = [threading.Thread(target=book, args=(name,)) for name in ("Ana", "Bob")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(type(r).__name__ for r in results) == ["BookingConflict", "int"]
    won = next(r for r in results if isinstance(r, int))
    assert next(r for r in results if isinstance(r, BookingConflict)).booking_id == won


def test_resource_rules_are_applied(data):
    van = add_resource(data, "Camionnette", min_notice_hours=24, max_loan_days=2, book_ahead_days=60)
    with pytest.raises(UserInputError) as refused:
        bookings.request_booking(data, van, at(1, 12), at(5, 12), now=NOW)
    lines = error_lines(refused.value, "en")
    assert lines[0].startswith("Start:") and "24 hours ahead" in lines[0]
    assert lines[1].startswith("End:") and "2 days at most" in lines[1]
    with pytest.raises(UserInputError):
        bookings.request_booking(data, van, at(5, 9), at(5, 12), organization_id=999, now=NOW)


def test_series_every_tuesday_all_or_nothing(data):
    room = add_resource(data, "Salle communautaire", kind="premises")
    first = bookings.request_booking(data, room, datetime(2027, 2, 2, 10), datetime(2027, 2, 2, 11), now=NOW)
    second = bookings.request_booking(data, room, datetime(2027, 3, 16, 8), datetime(2027, 3, 16, 9, 30), now=NOW)
    with pytest.raises(BookingConflict) as refused:
        bookings.request_series(data, room, date(2027, 1, 11), date(2027, 4, 30), 1, time(9), time(12),
                                borrower="Club de lecture", now=datetime(2027, 1, 1))
    assert refused.value.booking_ids == [first, second]
    lines = error_lines(refused.value, "fr")
    assert lines[0].startswith("Aucune réservation de la série") and len(lines) == 3
    assert bookings.calendar_events(data, "fr").__len__() == 2  # nothing of the series was written
    bookings.set_status(data, first, "refused")
    bookings.set_status(data, second, "cancelled")
    ids = bookings.request_series(data, room, date(2027, 1, 11), date(2027, 4, 30), 1, time(9), time(12),
                                  borrower="Club de lecture", now=datetime(2027, 1, 1))
    assert len(ids) == 16
    views = [bookings.get_booking(data, i, "fr") for i in ids]
    assert len({v.series_uid for v in views}) == 1 and all(v.starts_at.weekday() == 1 for v in views)
    van = add_resource(data, "Camionnette")
    with pytest.raises(UserInputError) as refused_kind:
        bookings.request_series(data, van, date(2027, 1, 11), date(2027, 4, 30), 1, time(9), time(12))
    assert "not for “Camionnette”" in error_lines(refused_kind.value, "en")[0]


def _photo() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def test_lifecycle_to_a_journal_entry_with_money_saved(data):
    project = add_project(data, "Prêts de matériel")
    centre = add_organization(data, "Centre des Loisirs")
    trailer = add_resource(data, "Remorque", kind="equipment", accessories="Sangles\nCadenas\n",
                           value_per_day_cents=4500, project_id=project)
    number = bookings.request_booking(data, trailer, at(10, 9), at(12, 17), organization_id=centre,
                                      purpose="Déménagement de la friperie", now=NOW)
    view = bookings.get_booking(data, number, "fr")
    assert view.status == "requested" and view.next_actions == ("approve", "refuse", "cancel")
    with pytest.raises(UserInputError):  # not approved yet
        bookings.pick_up(data, number, checklist={}, condition="good")
    bookings.set_status(data, number, "approved")
    with pytest.raises(UserInputError):
        bookings.pick_up(data, number, checklist={"Parachute": True}, condition="good")
    with pytest.raises(UserInputError):
        bookings.pick_up(data, number, checklist={}, condition="splendid")
    bookings.pick_up(data, number, checklist={"Sangles": True}, condition="very_good", note="Pneus gonflés",
                     photo=_photo(), now=at(10, 9))
    view = bookings.get_booking(data, number, "fr")
    assert view.status == "picked_up" and view.pickup_checklist == {"Sangles": True, "Cadenas": False}
    stored = bookings.photo(data, number)
    assert stored is not None and stored[:3] == b"\xff\xd8\xff"  # re-encoded as a JPEG
    bookings.renew(data, number, at(13, 17))
    with pytest.raises(UserInputError):
        bookings.renew(data, number, at(13, 9))  # earlier than the current end
    bookings.return_booking(data, number, condition="good", incident="Une sangle effilochée",
                            hours_minutes=90, now=at(13, 16))
    entry_id = bookings.close_booking(data, number, "fr")
    assert entry_id is not None
    entry = get_entry(data, entry_id)
    assert entry.project_id == project and entry.title == "Prêt de «\u00a0Remorque\u00a0» à Centre des Loisirs"
    assert entry.money_kind == "saved" and entry.money_cents == 4 * 4500  # 10 March 9 h to 13 March 16 h
    assert "45,00" in entry.money_estimate and "4\u00a0jours" in entry.money_estimate
    assert entry.minutes == 90 and entry.partner_ids == (centre,)
    assert "Une sangle effilochée" in entry.body and "Accessoires remis\u00a0: 1 sur 2" in entry.body
    assert bookings.get_booking(data, number, "fr").journal_entry_id == entry_id
    assert bookings.get_booking(data, number, "fr").next_actions == ()


def test_a_loan_without_project_closes_without_entry(data):
    drill = add_resource(data, "Perceuse", kind="equipment")
    number = bookings.request_booking(data, drill, at(2, 9), at(2, 12), now=NOW)
    for step in ("approved",):
        bookings.set_status(data, number, step)
    bookings.pick_up(data, number, checklist={}, condition="good")
    bookings.return_booking(data, number, condition="good")
    assert bookings.close_booking(data, number, "en") is None


def test_renewal_checked_against_conflicts_and_the_longest_loan(data):
    van = add_resource(data, "Camionnette", max_loan_days=4)
    number = bookings.request_booking(data, van, at(2, 9), at(3, 17), now=NOW)
    other = bookings.request_booking(data, van, at(5, 9), at(5, 17), borrower="Bob", now=NOW)
    bookings.set_status(data, number, "approved")
    with pytest.raises(BookingConflict) as refused:
        bookings.renew(data, number, at(5, 12))
    assert refused.value.booking_id == other
    with pytest.raises(UserInputError) as too_long:
        bookings.renew(data, number, at(7, 12))
    assert "4 days at most" in error_lines(too_long.value, "en")[-1]
    bookings.renew(data, number, at(4, 17))
    assert bookings.get_booking(data, number, "en").renewals == 1


def test_overdue_loans(data):
    van = add_resource(data, "Camionnette")
    late = bookings.request_booking(data, van, at(2, 9), at(2, 12), now=NOW)
    bookings.set_status(data, late, "approved")
    bookings.pick_up(data, late, checklist={}, condition="good")
    waiting = bookings.request_booking(data, van, at(3, 9), at(3, 12), now=NOW)  # never picked up
    assert [v.id for v in bookings.overdue(data, now=at(4, 9))] == [late]
    assert bookings.overdue(data, now=at(2, 11)) == []
    assert waiting


def test_ics_export_parsed_with_stable_uids(data, tmp_path):
    from icalendar import Calendar

    room = add_resource(data, "Salle, étage 2", kind="premises")
    one = bookings.request_booking(data, room, at(2, 9), at(2, 12), borrower="Club; de lecture", now=NOW)
    refused = bookings.request_booking(data, room, at(3, 9), at(3, 12), now=NOW)
    bookings.set_status(data, refused, "refused")
    out = tmp_path / "reservations.ics"
    assert bookings.export_ics(data, out, "fr") == 1
    calendar = Calendar.from_ical(out.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert str(event["SUMMARY"]) == "Salle, étage 2 — Club; de lecture"
    assert event.decoded("DTSTART") == at(2, 9) and event.decoded("DTEND") == at(2, 12)
    assert str(event["UID"]).startswith(f"booking-{one}-")
    first_uid = str(event["UID"])
    bookings.export_ics(data, out, "en")
    again = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))[0]
    assert str(again["UID"]) == first_uid and "Booking no." in str(again["DESCRIPTION"])
