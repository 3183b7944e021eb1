from datetime import date
from decimal import Decimal

from partage_desktop.core.formatting import (
    NBSP,
    NNBSP,
    format_date,
    format_money,
    format_percent,
    french_spacing,
    join_names,
)


def test_dates_in_both_languages():
    assert format_date(date(2026, 11, 22), "fr") == "22 novembre 2026"
    assert format_date(date(2026, 3, 1), "fr") == "1er mars 2026"
    assert format_date(date(2026, 11, 22), "en") == "November 22, 2026"


def test_money_in_both_languages():
    assert format_money(Decimal("1234.56"), "fr") == f"1{NBSP}234,56{NBSP}$"
    assert format_money(Decimal("1234.56"), "en") == "$1,234.56"
    assert format_money(Decimal("1234567.5"), "en") == "$1,234,567.50"
    assert format_money(Decimal("0"), "fr") == f"0,00{NBSP}$"
    assert format_money(Decimal("-5.005"), "en") == "\u2212$5.01"
    assert format_money(Decimal("-2094"), "fr") == f"\u22122{NBSP}094,00{NBSP}$"  # never "(2 094,00 $)"
    assert format_money(Decimal("-2094"), "en") == "\u2212$2,094.00"
    assert format_money(Decimal("-0.001"), "fr") == f"0,00{NBSP}$"


def test_percent():
    assert format_percent(Decimal("33.33"), "fr") == f"33,33{NBSP}%"
    assert format_percent(Decimal("50.00"), "en") == "50%"


def test_french_spacing_and_names():
    assert french_spacing("Note : « oui » ; vrai ?") == f"Note{NBSP}: «{NBSP}oui{NBSP}»{NNBSP}; vrai{NNBSP}?"
    assert join_names(["A", "B", "C"], "fr") == "A, B et C"
    assert join_names(["A", "B"], "en") == "A and B"
    assert join_names(["A"], "en") == "A"
