"""How the journal's figures are shared among partners and laid out month by month."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from partage_desktop.core.journal.figures import (
    axis_amount,
    chart_months,
    label_step,
    labelled,
    month_label,
    months_between,
    nice_ceiling,
    share_equally,
)


def test_an_amount_is_shared_equally_and_the_parts_add_up():
    assert share_equally(10000, (7, 3, 5)) == [(3, 3334), (5, 3333), (7, 3333)]  # the extra cent: lowest id
    assert share_equally(1001, (2, 2)) == [(2, 1001)]  # a partner named twice counts once
    assert share_equally(500, ()) == []  # no partner: the caller puts it under "Not attributed"


@given(cents=st.integers(0, 10**9), ids=st.lists(st.integers(1, 50), min_size=1, max_size=9))
def test_parts_always_add_up_to_the_amount(cents, ids):
    parts = share_equally(cents, ids)
    assert sum(part for _, part in parts) == cents
    assert max(p for _, p in parts) - min(p for _, p in parts) <= 1


def test_every_month_of_the_period_is_charted():
    assert months_between("2024-11", "2025-02") == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert months_between("2025-03", "2025-01") == []
    # a gap in the middle stays on the axis; the period's ends are kept even without entries
    assert chart_months(None, None, ["2025-01", "2025-04"]) == ["2025-01", "2025-02", "2025-03", "2025-04"]
    assert chart_months(date(2025, 6, 1), date(2025, 8, 31), ["2025-07"]) == ["2025-06", "2025-07", "2025-08"]
    assert chart_months(None, None, []) == []
    # an absurdly long period is charted over the months that have entries
    assert chart_months(date(1990, 1, 1), None, ["2025-01", "2025-03"]) == ["2025-01", "2025-02", "2025-03"]


def test_month_labels_are_readable_and_thinned_on_a_calendar_rhythm():
    assert month_label("2025-01", "fr") == "janv.\u00a02025"
    assert month_label("2025-07", "fr") == "juill.\u00a02025"
    assert month_label("2025-01", "en") == "Jan\u00a02025"
    assert label_step(24, 30) == 1 and label_step(24, 8) == 3 and label_step(24, 5) == 6
    months = months_between("2024-12", "2026-11")
    marks = labelled(months, 3)
    assert [m for m, mark in zip(months, marks, strict=True) if mark][:3] == ["2025-01", "2025-04", "2025-07"]
    assert labelled(["2025-02"], 12) == [True]  # a short range still gets one label


def test_axis_amounts_in_each_language():
    assert axis_amount(1080, "en", "$") == "$1,080"
    assert axis_amount(1080, "fr", "$") == "1\u00a0080\u00a0$"
    assert axis_amount(7.5, "fr") == "7,5" and axis_amount(12, "en") == "12"
    assert [nice_ceiling(v) for v in (4562, 2634, 14, 0)] == [5000, 3000, 15, 1]
