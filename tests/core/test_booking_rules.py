"""The bookings' pure rules: half-open spans, quantity, resource rules, weekly series, steps."""

from __future__ import annotations

from datetime import date, datetime, time

from partage_desktop.core.resources import bookings as rules
from partage_desktop.core.resources.bookings import Held, Rules

NOW = datetime(2027, 3, 1, 8, 0)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, 3, day, hour, minute)


def test_a_booking_ending_at_noon_and_one_starting_at_noon_do_not_overlap():
    assert not rules.overlaps(at(2, 9), at(2, 12), at(2, 12), at(2, 15))
    assert rules.overlaps(at(2, 9), at(2, 12), at(2, 11, 59), at(2, 15))
    held = [Held(1, at(2, 9), at(2, 12))]
    assert rules.in_the_way(held, at(2, 12), at(2, 15), 1, 1) == []
    assert [h.booking_id for h in rules.in_the_way(held, at(2, 11), at(2, 13), 1, 1)] == [1]


def test_several_units_take_as_many_bookings_at_once():
    held = [Held(1, at(2, 9), at(2, 12), quantity=2), Held(2, at(2, 11), at(2, 14), quantity=1)]
    assert rules.in_the_way(held, at(2, 9), at(2, 10), 1, 3) == []  # 2 of 3 used from 9 to 11
    assert [h.booking_id for h in rules.in_the_way(held, at(2, 10), at(2, 13), 1, 3)] == [1, 2]
    assert rules.in_the_way(held, at(2, 12), at(2, 13), 2, 3) == []  # only booking 2 from noon
    assert rules.free_units(held, at(2, 10), at(2, 13), 3) == 0


def test_resource_rules_notice_longest_loan_and_book_ahead():
    van = Rules("Camionnette", min_notice_hours=48, max_loan_days=3, book_ahead_days=30)
    assert rules.check_span(van, at(5, 9), at(6, 17), 1, NOW) == []
    codes = [p.code for p in rules.check_span(van, at(2, 9), at(9, 9), 1, NOW)]
    assert codes == ["resource_booking_notice", "resource_booking_too_long"]
    assert [p.code for p in rules.check_span(van, datetime(2027, 5, 1, 9), datetime(2027, 5, 1, 12), 1, NOW)] \
        == ["resource_booking_too_far"]
    assert [p.code for p in rules.check_span(van, at(5, 12), at(5, 9), 1, NOW)] == ["resource_booking_end_before_start"]
    assert [p.code for p in rules.check_span(van, at(5, 9), at(5, 12), 2, NOW)] == ["resource_booking_quantity"]
    # a renewal speaks of the end only
    assert rules.check_span(van, at(2, 9), at(4, 9), 1, NOW, new=False) == []


def test_weekly_series_every_tuesday_of_a_term():
    spans = rules.weekly(date(2027, 1, 11), date(2027, 4, 30), 1, time(9), time(12))
    assert len(spans) == 16
    assert spans[0] == (datetime(2027, 1, 12, 9), datetime(2027, 1, 12, 12))
    assert all(s.weekday() == 1 and (e - s).seconds == 3 * 3600 for s, e in spans)
    assert spans[-1][0].date() == date(2027, 4, 27)


def test_next_steps_follow_the_lifecycle():
    assert rules.next_actions("requested") == ("approve", "refuse", "cancel")
    assert rules.next_actions("approved") == ("pick_up", "renew", "cancel")
    assert rules.next_actions("picked_up") == ("return", "renew")
    assert rules.next_actions("returned") == ("close",)
    assert rules.next_actions("closed") == ()
    assert rules.may_become("requested", "approved") and not rules.may_become("requested", "returned")


def test_spans_are_written_in_each_language():
    assert rules.format_span(at(2, 9), at(2, 12, 30), "fr") == "le 2 mars 2027 de 9\u00a0h à 12\u00a0h\u00a030"
    assert rules.format_span(at(2, 9), at(2, 12), "en") == "on March 2, 2027, from 9:00\u00a0a.m. to 12:00\u00a0p.m."
    assert rules.format_span(at(1, 9), at(3, 17), "fr") == "du 1er mars 2027 à 9\u00a0h au 3 mars 2027 à 17\u00a0h"
