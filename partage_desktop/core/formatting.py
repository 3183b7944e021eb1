"""Dates, amounts and percentages written the way each language expects (no Qt needed).

French follows Québec usage (``1 234,56 $``, ``1er mars 2026``), English Canadian usage
(``$1,234.56``, ``March 1, 2026``). The GUI uses QLocale for the same job; this module serves the
PDF and the command line, which must not depend on Qt.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from partage_desktop.words.typography import NBSP as NBSP
from partage_desktop.words.typography import NNBSP as NNBSP
from partage_desktop.words.typography import french_spacing as french_spacing

MINUS = "\u2212"  # the typographic minus sign: "−2 094,00 $", "−$2,094.00"

_MONTHS = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
}

CENT = Decimal("0.01")


def format_date(value: date, lang: str) -> str:
    month = _MONTHS[lang][value.month - 1]
    if lang == "fr":
        day = "1er" if value.day == 1 else str(value.day)
        return f"{day} {month} {value.year}"
    return f"{month} {value.day}, {value.year}"


def _group(digits: str, sep: str) -> str:
    parts = []
    while len(digits) > 3:
        parts.append(digits[-3:])
        digits = digits[:-3]
    parts.append(digits)
    return sep.join(reversed(parts))


def format_money(amount: Decimal, lang: str) -> str:
    """``1 234,56 $`` / ``$1,234.56``; negative ``−1 234,56 $`` / ``−$1,234.56`` (minus sign)."""
    amount = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    sign = MINUS if amount < 0 else ""
    units, cents = f"{abs(amount):.2f}".split(".")
    if lang == "fr":
        return f"{sign}{_group(units, NBSP)},{cents}{NBSP}$"
    return f"{sign}${_group(units, ',')}.{cents}"


def format_amount(amount: Decimal, lang: str) -> str:
    """An amount without its currency sign, to read and retype in a form: ``28 000,00`` /
    ``28,000.00``."""
    amount = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    sign = "-" if amount < 0 else ""
    units, cents = f"{abs(amount):.2f}".split(".")
    if lang == "fr":
        return f"{sign}{_group(units, NBSP)},{cents}"
    return f"{sign}{_group(units, ',')}.{cents}"


def format_decimal(value: Decimal, lang: str) -> str:
    text = f"{value.normalize():f}"
    if "." in text:
        units, frac = text.split(".")
    else:
        units, frac = text, ""
    sign = "-" if units.startswith("-") else ""
    units = units.lstrip("-")
    if lang == "fr":
        out = _group(units, NBSP)
        return sign + (f"{out},{frac}" if frac else out)
    out = _group(units, ",")
    return sign + (f"{out}.{frac}" if frac else out)


def format_percent(value: Decimal, lang: str) -> str:
    number = format_decimal(value, lang)
    return f"{number}{NBSP}%" if lang == "fr" else f"{number}%"


def join_names(names: list[str], lang: str) -> str:
    """``A, B et C`` / ``A, B and C``."""
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    conj = " et " if lang == "fr" else " and "
    return ", ".join(names[:-1]) + conj + names[-1]
