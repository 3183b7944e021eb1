"""Reading a date the way people type it, in French or in English (no Qt needed).

Accepted, whatever the language of the screen (a Québec office mixes both):
``2027-01-07`` (ISO, also with ``/`` or ``.``), ``7/1/2027``, ``7-1-2027``, ``7.1.2027``,
``7 1 2027`` (day, month, year: the Québec order in both languages), ``7 janvier 2027``,
``1er janvier 2027``, ``jeudi 7 janvier 2027``, ``janv. 7, 2027``, ``January 7, 2027``,
``7 January 2027``, ``Jan 7 2027``. A two-digit year is taken in this century (``7/1/27``).
Anything else raises DateTextError with a message in the user's language saying what to write.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from partage_desktop.core.formatting import format_date, french_spacing

_MONTH_NAMES: dict[str, int] = {}
for _number, _names in enumerate((
    ("janvier", "janv", "jan", "january"),
    ("fevrier", "fev", "fevr", "february", "feb"),
    ("mars", "mar", "march"),
    ("avril", "avr", "april", "apr"),
    ("mai", "may"),
    ("juin", "june", "jun"),
    ("juillet", "juil", "july", "jul"),
    ("aout", "august", "aug"),
    ("septembre", "sept", "sep", "september"),
    ("octobre", "oct", "october"),
    ("novembre", "nov", "november"),
    ("decembre", "dec", "december"),
), start=1):
    for _name in _names:
        _MONTH_NAMES[_name] = _number

_WEEKDAYS = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lun", "mer", "jeu", "ven", "sam", "dim", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
}
_WEEKDAY_NAMES = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_TOKEN = re.compile(r"\d+|[^\W\d_]+")

EXAMPLE = {"fr": "7 janvier 2027, 7/1/2027 ou 2027-01-07", "en": "January 7, 2027, 7/1/2027 or 2027-01-07"}
_MESSAGES = {
    "fr": {
        "unreadable": "« {text} » n'est pas une date que Partage sait lire. Écrivez par exemple {example}.",
        "no_such_day": "« {text} » n'existe pas au calendrier. Vérifiez le jour et le mois (jour, mois, année).",
        "too_early": "La date doit être le {limit} ou après.",
        "too_late": "La date doit être le {limit} ou avant.",
        "required": "Écrivez une date, par exemple {example}.",
    },
    "en": {
        "unreadable": "“{text}” is not a date Partage can read. Write, for example, {example}.",
        "no_such_day": "“{text}” is not on the calendar. Check the day and the month (day, month, year).",
        "too_early": "The date must be on or after {limit}.",
        "too_late": "The date must be on or before {limit}.",
        "required": "Write a date, for example {example}.",
    },
}


class DateTextError(ValueError):
    """The text is not a date; ``str(error)`` says what to write, in the language asked."""


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _message(key: str, lang: str, **values: object) -> str:
    lang = lang if lang in _MESSAGES else "fr"
    text = _MESSAGES[lang][key].format(example=EXAMPLE[lang], **values)
    if lang == "fr":
        text = french_spacing(text)
    return text


def _year(token: str) -> int | None:
    if len(token) == 4:
        return int(token)
    if len(token) == 2:
        return 2000 + int(token)
    return None


def parse_date(text: str, lang: str = "fr") -> date:
    """The date ``text`` means, or DateTextError (message in ``lang``). See the module's docstring."""
    shown = " ".join(text.split())
    if len(shown) > 60:
        shown = shown[:57] + "…"
    if not text.strip():
        raise DateTextError(_message("required", lang))
    tokens = _TOKEN.findall(_fold(text))
    numbers: list[str] = []
    month_word: int | None = None
    order: list[str] = []  # "n" for a number, "m" for the month word, in the order typed
    for token in tokens:
        if token.isdigit():
            numbers.append(token)
            order.append("n")
        elif token in _MONTH_NAMES and month_word is None:
            month_word = _MONTH_NAMES[token]
            order.append("m")
        elif token in _WEEKDAYS or token in ("er", "le", "the", "of", "th", "st", "nd", "rd"):
            continue
        else:
            raise DateTextError(_message("unreadable", lang, text=shown))
    day = month = year = None
    if month_word is not None:
        # "7 janvier 2027", "January 7, 2027", "7 January 2027", "2027 janvier 7" is not a thing
        if len(numbers) != 2:
            raise DateTextError(_message("unreadable", lang, text=shown))
        first, second = numbers
        if len(first) == 4 and order[0] == "n":  # "2027 January 7"
            year, day = int(first), int(second)
        else:
            day, year = int(first), _year(second)
        month = month_word
    elif len(numbers) == 3:
        first, second, third = numbers
        if len(first) == 4:  # ISO order: year, month, day
            year, month, day = int(first), int(second), int(third)
        else:  # Québec order in both languages: day, month, year
            day, month, year = int(first), int(second), _year(third)
    elif len(numbers) == 1 and len(numbers[0]) == 8 and numbers[0][:2] in ("19", "20"):
        digits = numbers[0]  # "20270107"
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    if day is None or month is None or year is None:
        raise DateTextError(_message("unreadable", lang, text=shown))
    if not 1 <= month <= 12 or not 1 <= day <= 31 or not 1900 <= year <= 2199:
        raise DateTextError(_message("no_such_day" if 1900 <= year <= 2199 else "unreadable", lang, text=shown))
    try:
        return date(year, month, day)
    except ValueError:
        raise DateTextError(_message("no_such_day", lang, text=shown)) from None


def check_range(value: date, lang: str, minimum: date | None = None, maximum: date | None = None) -> None:
    """DateTextError when ``value`` is outside [minimum, maximum], naming the limit in words."""
    if minimum is not None and value < minimum:
        raise DateTextError(_message("too_early", lang, limit=format_date(minimum, lang)))
    if maximum is not None and value > maximum:
        raise DateTextError(_message("too_late", lang, limit=format_date(maximum, lang)))


def date_in_words(value: date, lang: str, weekday: bool = False) -> str:
    """``7 janvier 2027`` / ``January 7, 2027``; with the weekday ``jeudi 7 janvier 2027`` /
    ``Thursday, January 7, 2027``. What the date field shows, and reads back."""
    text = format_date(value, lang)
    if not weekday:
        return text
    name = _WEEKDAY_NAMES[lang][value.weekday()]
    return f"{name} {text}" if lang == "fr" else f"{name}, {text}"


def weekday_name(value: date, lang: str) -> str:
    """``mardi`` / ``Tuesday``: the day of the week ``value`` falls on."""
    return _WEEKDAY_NAMES[lang if lang in _WEEKDAY_NAMES else "fr"][value.weekday()]
