from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partage_desktop.core.money import MoneyError, compute_split, parse_decimal, split_by_weights


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
