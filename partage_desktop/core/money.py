"""Money in Decimal dollars and the cost-sharing key: shares that always add up to the total."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
HUNDRED = Decimal(100)

METHODS = ("equal", "percent", "amount", "per_use")


class MoneyError(ValueError):
    """A value that is not a valid amount or percentage."""


def parse_decimal(value: object) -> Decimal:
    """Parse a decimal string (``"1234.50"``; a comma is accepted as decimal mark)."""
    if isinstance(value, bool):
        raise MoneyError(str(value))
    if isinstance(value, int):
        return Decimal(value)
    if not isinstance(value, str):
        raise MoneyError(repr(value))
    text = value.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not text or text.count(".") > 1:
        raise MoneyError(value)
    try:
        result = Decimal(text)
    except InvalidOperation as exc:
        raise MoneyError(value) from exc
    if not result.is_finite():
        raise MoneyError(value)
    return result


def split_by_weights(total: Decimal, weights: list[Decimal]) -> list[Decimal]:
    """Split ``total`` in proportion to ``weights``, to the cent, summing exactly to ``total``.

    Largest-remainder rounding: every share is first rounded down to the cent, then the cents
    left over go one by one to the largest remainders (earlier parties first on ties).
    """
    if not weights:
        return []
    weight_sum = sum(weights, Decimal(0))
    if weight_sum <= 0:
        raise MoneyError("weights")
    total_cents = int((total / CENT).to_integral_value())
    exact = [Decimal(total_cents) * w / weight_sum for w in weights]
    floors = [int(x.to_integral_value(rounding=ROUND_DOWN)) for x in exact]
    left = total_cents - sum(floors)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return [Decimal(c) * CENT for c in floors]


@dataclass(frozen=True)
class CostSplit:
    """The computed result of a cost-sharing key."""

    method: str
    total: Decimal
    amounts: tuple[Decimal, ...]
    # what each party's share is based on: a percentage, a number of uses, or the amount itself
    bases: tuple[Decimal, ...]
    rate: Decimal | None = None


def compute_split(
    method: str,
    party_count: int,
    total: Decimal | None = None,
    shares: list[Decimal] | None = None,
    rate: Decimal | None = None,
) -> CostSplit:
    """Compute each party's amount. Inputs are assumed validated (see core.validation)."""
    if method == "equal":
        assert total is not None
        ones = [Decimal(1)] * party_count
        amounts = split_by_weights(total, ones)
        pct = split_by_weights(HUNDRED, ones)
        return CostSplit(method, total, tuple(amounts), tuple(pct))
    assert shares is not None and len(shares) == party_count
    if method == "percent":
        assert total is not None
        amounts = split_by_weights(total, shares) if sum(shares) > 0 else [Decimal(0)] * party_count
        return CostSplit(method, total, tuple(amounts), tuple(shares))
    if method == "amount":
        amounts = [s.quantize(CENT) for s in shares]
        return CostSplit(method, sum(amounts, Decimal(0)), tuple(amounts), tuple(amounts))
    if method == "per_use":
        assert rate is not None
        amounts = [(rate * s).quantize(CENT, rounding=ROUND_HALF_UP) for s in shares]
        return CostSplit(method, sum(amounts, Decimal(0)), tuple(amounts), tuple(shares), rate)
    raise MoneyError(method)
