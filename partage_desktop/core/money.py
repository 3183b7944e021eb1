"""Money in Decimal dollars and the cost-sharing key: shares that always add up to the total."""

from __future__ import annotations

import re
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


_GROUPED_EN = re.compile(r"^-?\d{1,3}(,\d{3})+(\.\d*)?$")


def parse_typed_number(text: str, lang: str) -> Decimal:
    """A number as a person types it in ``lang``: ``28 000,00`` or ``28000.5`` in French,
    ``28,000.00`` in English (a lone comma that does not group thousands, ``12,5``, is a decimal
    mark in both); ``$``, ``%`` and spaces are ignored. MoneyError when it is no number."""
    cleaned = text.strip().replace("$", "").replace("%", "")
    for space in (" ", "\u00a0", "\u202f"):
        cleaned = cleaned.replace(space, "")
    if "," in cleaned and "." in cleaned:
        # both marks: the last one is the decimal mark, the other groups thousands
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        cleaned = cleaned.replace("." if decimal_mark == "," else ",", "")
    elif lang == "en" and _GROUPED_EN.match(cleaned):
        cleaned = cleaned.replace(",", "")
    return parse_decimal(cleaned)


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


MAX_AMOUNT = Decimal(100_000_000)  # a hundred million dollars: beyond it, a typo rather than a figure
_AMOUNT = re.compile(r"[\d.,]*\d[\d.,]*")


class AmountError(MoneyError):
    """An amount typed by a person that cannot be read. ``reason``: format, negative, too_big or
    too_precise (more than two decimals)."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(f"{reason}: {text!r}")
        self.reason = reason
        self.text = text


def _grouped(part: str, sep: str) -> str | None:
    """``1,234,567`` → ``1234567`` when every group after the first has three digits."""
    groups = part.split(sep)
    if not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
        return None
    return "".join(groups)


def parse_amount_cents(text: str, lang: str) -> int:
    """Cents in an amount typed in dollars: ``1 234,56 $``, ``1234.5``, ``$1,234.56``, ``12 345``.

    With both marks, the last one is the decimal mark and the other groups thousands; a lone
    comma followed by three digits groups thousands in English (``1,234``). Exponents, signs and
    more than two decimals are refused rather than guessed. Raises AmountError."""
    clean = re.sub(r"[\s\u00a0\u202f$]", "", text)
    if clean.startswith(("-", "\u2212")) and _AMOUNT.fullmatch(clean[1:]):
        raise AmountError("negative", text)
    if not _AMOUNT.fullmatch(clean):
        raise AmountError("format", text)
    last = max(clean.rfind(","), clean.rfind("."))
    units, decimals = (clean[:last], clean[last + 1:]) if last >= 0 else (clean, "")
    mark = clean[last] if last >= 0 else ""
    if mark and clean.count(mark) > 1 or mark == "," and lang == "en" and len(decimals) == 3 and "." not in units:
        units, decimals = clean, ""  # only thousands separators: 1,234,567 or 1.234.567
    other = {",": ".", ".": ","}
    for sep in (",", "."):
        if sep in units:
            if other[sep] in units:
                raise AmountError("format", text)
            grouped = _grouped(units, sep)
            if grouped is None:
                raise AmountError("format", text)
            units = grouped
    if not units and not decimals or not decimals.isdigit() and decimals:
        raise AmountError("format", text)
    if len(decimals) > 2:
        raise AmountError("too_precise", text)
    amount = Decimal(f"{units or 0}.{decimals or 0}")
    if amount > MAX_AMOUNT:
        raise AmountError("too_big", text)
    return int((amount * HUNDRED).to_integral_value())
