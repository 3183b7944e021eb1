"""Hours typed as an office worker types them: read right, or refused with a reason."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partage_desktop.core.journal.hours import MAX_MINUTES, HoursError, format_hours, parse_hours


@pytest.mark.parametrize("text,minutes", [
    ("1,5", 90), ("1.5", 90), ("1 h 30", 90), ("1h30", 90), ("90 min", 90), ("0 h 45", 45),
    ("2", 120), ("2 h", 120), ("2h", 120), ("1:30", 90), ("1 h 30 min", 90), ("1h05", 65),
    ("0,25", 15), ("3 heures", 180), ("2 hours", 120), ("45 mn", 45), ("1\u00a0h\u00a030", 90),
    (" 1,5 h ", 90), ("", 0), ("10000", 600_000), ("0,01", 1),
])
def test_forms_people_type(text, minutes):
    assert parse_hours(text) == minutes


@pytest.mark.parametrize("text,reason", [
    ("1e3", "format"), ("1E3", "format"), ("-2", "negative"), ("\u22122", "negative"), ("abc", "format"),
    ("1 h 75", "format"), ("10001", "too_big"), ("1 000", "format"), ("1,5,3", "format"), ("nan", "format"),
    ("inf", "format"), ("1h30h", "format"), ("0x10", "format"), ("10 000 h", "format"), ("600001 min", "too_big"),
])
def test_everything_else_is_refused_with_a_reason(text, reason):
    with pytest.raises(HoursError) as caught:
        parse_hours(text)
    assert caught.value.reason == reason


def test_1h30_is_never_130_hours():
    assert parse_hours("1h30") != 130 * 60 and parse_hours("1 h 30") == 90


@given(st.text(max_size=20))
def test_any_text_gives_sane_minutes_or_a_clear_refusal(text):
    try:
        minutes = parse_hours(text)
    except HoursError as exc:
        assert exc.reason in ("format", "negative", "too_big")
    else:
        assert 0 <= minutes <= MAX_MINUTES


@given(st.integers(min_value=0, max_value=MAX_MINUTES), st.sampled_from(["fr", "en"]))
def test_what_is_shown_reads_back_the_same(minutes, lang):
    assert parse_hours(format_hours(minutes, lang)) == minutes


@given(st.integers(min_value=0, max_value=9999), st.integers(min_value=0, max_value=59))
def test_hours_and_minutes_in_every_spelling(h, m):
    for text in (f"{h} h {m}", f"{h}h{m:02d}", f"{h}:{m:02d}", f"{h * 60 + m} min"):
        assert parse_hours(text) == h * 60 + m


def test_shown_forms():
    assert [format_hours(m, "fr") for m in (90, 45, 60, 6, 65, 0, None)] == ["1,5", "0,75", "1", "0,1", "1 h 05", "", ""]
    assert format_hours(90, "en") == "1.5" and format_hours(65, "en") == "1:05"
