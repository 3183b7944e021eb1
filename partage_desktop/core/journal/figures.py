"""How the journal's figures are shared among partners and laid out in time: an entry's amount
split equally among the partners named on it, every month of a period, and the month labels and
amounts the charts print (no Qt, no SQL)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from partage_desktop.core.formatting import NBSP, format_decimal
from partage_desktop.core.money import CENT, split_by_weights

# Entries over more months than this are charted over the months that have entries only
# (a "from 1990" period would otherwise draw hundreds of empty months).
MAX_CHART_MONTHS = 60

_SHORT_MONTHS = {
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def share_equally(cents: int, partner_ids: Sequence[int]) -> list[tuple[int, int]]:
    """``(partner id, cents)`` for each partner named on an entry: the amount divided equally, to
    the cent, the parts adding up exactly to ``cents`` (the agreements' cost-split rounding: the
    cents left over go to the first partners, by id). No partner: no parts."""
    ids = sorted(set(partner_ids))
    if len(ids) <= 1:
        return [(pid, cents) for pid in ids]
    return list(zip(ids, _equal_parts(cents, len(ids)), strict=True))


@lru_cache(maxsize=4096)
def _equal_parts(cents: int, count: int) -> tuple[int, ...]:
    parts = split_by_weights(Decimal(cents) * CENT, [Decimal(1)] * count)
    return tuple(int(part / CENT) for part in parts)


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def months_between(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` (``YYYY-MM``, both included); empty when reversed."""
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    out = []
    while (year, month) <= end:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def chart_months(date_from: date | None, date_to: date | None, with_entries: Sequence[str]) -> list[str]:
    """The months a chart shows: the whole period asked for (months without entries at zero),
    from the first to the last month with entries where the period is open-ended."""
    if not with_entries and not (date_from and date_to):
        return []
    first = month_of(date_from) if date_from else min(with_entries)
    last = month_of(date_to) if date_to else max(with_entries)
    months = months_between(first, last)
    if len(months) > MAX_CHART_MONTHS and with_entries:
        months = months_between(max(first, min(with_entries)), min(last, max(with_entries)))
    return months


def month_label(month: str, lang: str) -> str:
    """``janv. 2025`` / ``Jan 2025`` for ``2025-01``."""
    name = _SHORT_MONTHS["fr" if lang == "fr" else "en"][int(month[5:7]) - 1]
    return f"{name}{NBSP}{month[:4]}"


def label_step(count: int, room: int) -> int:
    """Label every Nth month so that at most ``room`` labels are printed; N is 1, 2, 3, 4, 6 or 12
    so the labelled months fall on the same months every year (quarters, half-years, January)."""
    for step in (1, 2, 3, 4, 6, 12):
        if -(-count // step) <= max(1, room):
            return step
    return 12 * (-(-count // (12 * max(1, room))))


def labelled(months: Sequence[str], step: int) -> list[bool]:
    """Which months carry a label: those on the step's calendar rhythm (January, April, July and
    October for 3); with none of those in the range, the first month."""
    marks = [(int(m[5:7]) - 1) % step == 0 if step <= 12 else (int(m[5:7]) == 1 and int(m[:4]) % (step // 12) == 0)
             for m in months]
    if months and not any(marks):
        marks[0] = True
    return marks


def nice_ceiling(value: float) -> float:
    """The round number a chart's axis ends at, its half round too: the smallest of 1, 1.5, 2,
    2.5, 3, 4, 5, 6 or 8 times a power of ten at or above ``value`` (4 562 gives 5 000)."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for factor in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if value <= factor * power * (1 + 1e-9):
            return factor * power
    return 10 * power


def axis_amount(value: float, lang: str, unit: str = "") -> str:
    """A chart axis value in whole units: ``1 080 $`` / ``$1,080``; hours: ``1 080`` / ``1,080``."""
    number = format_decimal(Decimal(repr(value)).quantize(Decimal("0.01"), ROUND_HALF_UP).normalize(), lang)
    if unit != "$":
        return number
    return f"{number}{NBSP}$" if lang == "fr" else f"${number}"
