"""Reminder dates: end, renewal notice (tacit renewal rolls terms forward), follow-up meetings."""

from __future__ import annotations

from datetime import date

from partage_desktop.core.agreements.reminders import (
    ENDS,
    MEETING,
    RENEWAL_NOTICE,
    AgreementDates,
    add_months,
    planned,
    upcoming,
)
from partage_desktop.core.ics import CalendarEvent, build_calendar, escape_text, fold


def agreement(**fields):
    return AgreementDates("ENT-2026-0001", "Prêt", "signed", date(2027, 1, 7), date(2027, 6, 24), fields)


def test_meetings_every_quarter_within_the_term_and_the_end():
    dates = planned(agreement(review_frequency="quarterly", renewal="none"), date(2026, 11, 23))
    assert [(r.kind, r.on) for r in dates] == [(MEETING, date(2027, 4, 7)), (ENDS, date(2027, 6, 24))]


def test_tacit_renewal_notice_and_rolling_terms():
    a = agreement(renewal="tacit", renewal_notice_days=30, review_frequency="yearly")
    first = planned(a, date(2027, 1, 1))
    notice = next(r for r in first if r.kind == RENEWAL_NOTICE)
    assert notice.on == date(2027, 5, 25) and notice.notice_days == 30 and notice.end_date == date(2027, 6, 24)
    # a year later, the agreement renewed twice for 169 days each
    later = planned(a, date(2027, 12, 20))
    end = next(r for r in later if r.kind == ENDS).on
    # terms of 169 days: 7 Jan–24 Jun, 25 Jun–10 Dec, 11 Dec–27 May
    assert end == date(2028, 5, 27)
    assert next(r for r in later if r.kind == RENEWAL_NOTICE).on == date(2028, 4, 27)
    assert [r.on for r in later if r.kind == MEETING] == []  # a 169-day term holds no yearly meeting


def test_upcoming_keeps_the_window_and_only_the_next_meeting():
    a = agreement(review_frequency="monthly", renewal="tacit")  # default notice: 60 days
    soon = upcoming([a], date(2027, 3, 1), within_days=60)
    assert [(r.kind, r.on) for r in soon] == [(MEETING, date(2027, 3, 7)), (RENEWAL_NOTICE, date(2027, 4, 25))]
    assert upcoming([a], date(2027, 6, 1), 60)[-1].kind == ENDS


def test_month_arithmetic_clamps_to_the_month_end():
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)


def test_ics_text_is_escaped_folded_and_crlf():
    assert escape_text("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne"
    long = "SUMMARY:" + "é" * 80
    folded = fold(long)
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == long
    text = build_calendar([CalendarEvent("x@partage", date(2027, 6, 24), "Fin; de l'entente")], "Cal",
                          __import__("datetime").datetime(2026, 11, 23, 12, 0), "fr")
    assert "\n" not in text.replace("\r\n", "")
    assert "DTSTART;VALUE=DATE:20270624\r\nDTEND;VALUE=DATE:20270625\r\n" in text
    assert "SUMMARY:Fin\\; de l'entente" in text
