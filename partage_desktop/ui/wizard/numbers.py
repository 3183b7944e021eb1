"""Numbers in the wizard's fields: what the user typed as an answers-file decimal, a stored value as
the user expects to read and retype it, and the colour of a field's problem (shared by the field
editors and the cost split editor)."""

from __future__ import annotations

from typing import Any

from partage_desktop.core.formatting import format_amount
from partage_desktop.core.money import MoneyError, parse_decimal, parse_typed_number

ERROR_STYLE = "color: #a4262c;"


def normalize_number(text: str, kind: str, lang: str = "fr") -> str | None:
    """What the user typed (``28 000,50`` / ``28,000.50``) as an answers-file decimal
    (``28000.50``); a text that is not a number is kept as typed so that validation can say what
    is wrong with it."""
    stripped = text.strip()
    if not stripped:
        return None
    try:
        value = parse_typed_number(stripped, lang)
    except MoneyError:
        return stripped
    return f"{value:.2f}" if kind == "money" else f"{value.normalize():f}"


def shown_number(value: Any, lang: str, kind: str = "") -> str:
    """``28000.50`` as the user expects to read and retype it: ``28 000,50`` / ``28,000.50`` for
    money, ``33,33`` for other numbers in French; a value that is no number is shown as it is."""
    if value is None:
        return ""
    text = str(value)
    if kind == "money":
        try:
            return format_amount(parse_decimal(text), lang)
        except MoneyError:
            return text
    return text.replace(".", ",") if lang == "fr" else text
