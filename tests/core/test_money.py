from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partage_desktop.core.money import (
    MAX_AMOUNT,
    AmountError,
    MoneyError,
    compute_split,
    parse_amount_cents,
    parse_decimal,
    split_by_weights,
)


def test_equal_split_distributes_cents():
    split = compute_split("equal", 3, total=Decimal("100.00"))
    assert split.amounts == (Decimal("33.34"), Decimal("33.33"), Decimal("33.33"))
    assert sum(split.amounts) == Decimal("100.00")


def test_percent_split():
    split = compute_split("percent", 3, total=Decimal("1000"), shares=[Decimal("50"), Decimal("30"), Decimal("20")])
    assert split.amounts == (Decimal("500.00"), Decimal("300.00"), Decimal("200.00"))


def test_per_use_and_amount():
    split = compute_split("per_use", 2, shares=[Decimal(10), Decimal(3)], rate=Decimal("25.50"))
    assert split.amounts == (Decimal("255.00"), Decimal("76.50"))
    assert split.total == Decimal("331.50")
    split = compute_split("amount", 2, shares=[Decimal("100"), Decimal("0.5")])
    assert split.total == Decimal("100.50")


@given(
    total=st.decimals(min_value=0, max_value=10_000_000, places=2),
    weights=st.lists(st.decimals(min_value=Decimal("0.01"), max_value=100, places=2), min_size=1, max_size=12),
)
def test_shares_always_add_up_to_the_total(total, weights):
    shares = split_by_weights(total, weights)
    assert sum(shares) == total
    assert all(s >= 0 for s in shares)
    # no share is more than one cent away from its exact proportion
    exact = [total * w / sum(weights) for w in weights]
    assert all(abs(s - e) < Decimal("0.01") for s, e in zip(shares, exact, strict=True))


@pytest.mark.parametrize("text,expected", [("1234.50", "1234.50"), ("1 234,50", "1234.50"), (" 12 ", "12")])
def test_parse_decimal(text, expected):
    assert parse_decimal(text) == Decimal(expected)


@pytest.mark.parametrize("bad", ["", "abc", "1.2.3", "NaN", "Infinity", None, True, 1.5])
def test_parse_decimal_refuses(bad):
    with pytest.raises(MoneyError):
        parse_decimal(bad)


@pytest.mark.parametrize("text,lang,cents", [
    ("1 234,56 $", "fr", 123456), ("1234.5", "fr", 123450), ("1,234.56", "en", 123456), ("1,234.56", "fr", 123456),
    ("12 345", "fr", 1234500), ("$1,234,567.89", "en", 123456789), ("1,234", "en", 123400), ("12,5", "fr", 1250),
    ("1.234,56", "fr", 123456), ("0,50", "fr", 50), (",50", "fr", 50), ("5.", "en", 500),
    ("1\u202f000\u00a0000", "fr", 100_000_000), ("100000000", "en", 10_000_000_000),
])
def test_amounts_as_people_type_them(text, lang, cents):
    assert parse_amount_cents(text, lang) == cents


@pytest.mark.parametrize("text,reason", [
    ("1e20", "format"), ("99999999999999999999", "too_big"), ("100000000.01", "too_big"), ("-5", "negative"),
    ("abc", "format"), ("1,2,3", "format"), ("1,234", "too_precise"), ("12,345", "too_precise"), ("NaN", "format"),
    ("Infinity", "format"), ("1,,5", "format"), ("", "format"), ("$", "format"), ("1.234.5", "format"),
])
def test_amounts_refused_with_a_reason(text, reason):
    with pytest.raises(AmountError) as caught:
        parse_amount_cents(text, "fr")
    assert caught.value.reason == reason


@given(st.text(max_size=30), st.sampled_from(["fr", "en"]))
def test_any_amount_text_is_read_within_bounds_or_refused(text, lang):
    try:
        cents = parse_amount_cents(text, lang)
    except AmountError as exc:
        assert exc.reason in ("format", "negative", "too_big", "too_precise")
    else:
        assert 0 <= cents <= MAX_AMOUNT * 100


@given(st.integers(min_value=0, max_value=int(MAX_AMOUNT * 100)), st.sampled_from(["fr", "en"]))
def test_formatted_amounts_read_back(cents, lang):
    from partage_desktop.core.formatting import format_money

    assert parse_amount_cents(format_money(Decimal(cents) / 100, lang), lang) == cents


def test_amounts_typed_in_either_language_are_read_as_people_mean_them():
    from partage_desktop.core.formatting import format_amount
    from partage_desktop.core.money import parse_typed_number

    assert parse_typed_number("28 000,00", "fr") == Decimal("28000.00")
    assert parse_typed_number("28\u00a0000,5 $", "fr") == Decimal("28000.5")
    assert parse_typed_number("28000.00", "fr") == Decimal("28000.00")
    assert parse_typed_number("28,000.00", "en") == Decimal("28000.00")
    assert parse_typed_number("$1,250", "en") == Decimal("1250")
    assert parse_typed_number("12,5", "en") == Decimal("12.5")  # a lone comma that groups nothing
    assert parse_typed_number("1.234,50", "fr") == Decimal("1234.50")
    assert format_amount(Decimal("28000"), "fr") == "28\u00a0000,00"
    assert format_amount(Decimal("28000"), "en") == "28,000.00"
    assert format_amount(Decimal("-1234.5"), "en") == "-1,234.50"
    for text in ("28 000,00", "1,250.75", "0,05"):
        lang = "en" if "." in text else "fr"
        assert parse_typed_number(format_amount(parse_typed_number(text, lang), lang), lang) == \
            parse_typed_number(text, lang)
