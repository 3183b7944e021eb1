"""Hours as an office worker types them ("1,5", "1 h 30", "90 min"), read into minutes, and
minutes written back in a form that reads the same way.

Only plain digits are read: "1e3", "-2", "1h30" read as 130 and the like never slip through.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

MAX_HOURS = 10_000  # more than anyone logs in one entry: a typo, not a figure
MAX_MINUTES = MAX_HOURS * 60

_HOUR_WORDS = r"(?:h|hr|hrs|hre|hres|heure|heures|hour|hours)"
_MINUTE_WORDS = r"(?:m|min|mins|mn|minute|minutes)"
_DECIMAL = re.compile(rf"(\d+(?:[.,]\d+)?|[.,]\d+)\s*{_HOUR_WORDS}?")
_HOURS_MINUTES = re.compile(rf"(\d+)\s*(?:{_HOUR_WORDS}\s*(\d{{1,2}})|:(\d{{2}}))\s*{_MINUTE_WORDS}?")
_MINUTES = re.compile(rf"(\d+)\s*{_MINUTE_WORDS}")


class HoursError(ValueError):
    """Hours that cannot be read. ``reason``: format, negative or too_big."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(f"{reason}: {text!r}")
        self.reason = reason
        self.text = text


def parse_hours(text: str) -> int:
    """Minutes in ``text``: decimal hours ("1,5", "1.5 h"), hours and minutes ("1 h 30", "1h30",
    "0 h 45", "1:30") or minutes ("90 min"). An empty text is 0. Raises HoursError otherwise."""
    clean = " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split()).lower()
    if not clean:
        return 0
    if clean.startswith(("-", "\u2212")):
        raise HoursError("negative", text)
    minutes: Decimal | int
    if m := _DECIMAL.fullmatch(clean):
        minutes = Decimal(m.group(1).replace(",", ".")) * 60
    elif m := _HOURS_MINUTES.fullmatch(clean):
        extra = int(m.group(2) or m.group(3))
        if extra >= 60:
            raise HoursError("format", text)
        minutes = int(m.group(1)) * 60 + extra
    elif m := _MINUTES.fullmatch(clean):
        minutes = int(m.group(1))
    else:
        raise HoursError("format", text)
    if minutes > MAX_MINUTES:
        raise HoursError("too_big", text)
    return int(Decimal(minutes).to_integral_value(rounding=ROUND_HALF_UP))


def format_hours(minutes: int | None, lang: str) -> str:
    """``90`` → "1,5" (fr) / "1.5" (en); minutes that make no short decimal → "1 h 05" / "1:05";
    0 → "" (no hours)."""
    if not minutes:
        return ""
    if (minutes * 100) % 60 == 0:  # exact with two decimals at most
        text = f"{Decimal(minutes) / 60:.2f}".rstrip("0").rstrip(".")
        return text.replace(".", ",") if lang == "fr" else text
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest:02d}" if lang == "fr" else f"{hours}:{rest:02d}"
