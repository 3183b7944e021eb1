"""Problems with what a person typed for a resource, a need or a category, field by field: the
window shows each next to its field, the command line lists them naming the field."""

from __future__ import annotations

from collections.abc import Container

from partage_desktop.core.money import AmountError, parse_amount_cents
from partage_desktop.platform.errors import Message, UserInputError


class InvalidFields(UserInputError):
    """``fields``: field name → what is wrong with it (a Message); ``problems`` name the field too."""

    def __init__(self, fields: dict[str, Message]) -> None:
        super().__init__([Message.of("resource_field_problem", field=Message.of(f"resource_field_{key}"),
                                     problem=problem) for key, problem in fields.items()])
        self.fields = dict(fields)


class FieldProblems:
    def __init__(self) -> None:
        self.fields: dict[str, Message] = {}

    def add(self, key: str, message_code: str, /, **params: object) -> None:
        self.fields.setdefault(key, Message.of(message_code, **params))  # the first problem of a field

    def __bool__(self) -> bool:
        return bool(self.fields)

    def raise_if_any(self) -> None:
        if self.fields:
            raise InvalidFields(self.fields)


class Reader:
    """Reads the values a form or a script gives (typed text or already typed values), noting each
    field's problem instead of stopping at the first."""

    def __init__(self, values: dict[str, object], lang: str) -> None:
        self.values, self.lang, self.problems = values, lang, FieldProblems()

    def text(self, key: str, limit: int, *, required: bool = False, lines: bool = False) -> str:
        raw = self.values.get(key)
        value = "" if raw is None else str(raw)
        value = value.strip() if lines else " ".join(value.split())
        if lines:
            value = "\n".join(line.rstrip() for line in value.replace("\r\n", "\n").split("\n"))
        if required and not value:
            self.problems.add(key, "resource_problem_required")
        elif len(value) > limit:
            self.problems.add(key, "resource_problem_too_long", limit=limit)
        return value

    def choice(self, key: str, allowed: Container[str], default: str,
               *, empty_ok: bool = False) -> str:
        raw = self.values.get(key, default)
        value = "" if raw is None else str(raw).strip()
        if empty_ok and not value:
            return ""
        if value not in allowed:
            self.problems.add(key, "resource_problem_choice")
            return default
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        raw = self.values.get(key, default)
        if isinstance(raw, str):
            return raw.strip().lower() in ("1", "true", "yes", "oui", "on")
        return bool(raw)

    def whole(self, key: str, low: int, high: int, *, optional: bool = False, default: int | None = None) -> int | None:
        raw = self.values.get(key, default)
        if raw is None or isinstance(raw, str) and not raw.strip():
            if optional:
                return None
            self.problems.add(key, "resource_problem_required")
            return default
        if isinstance(raw, bool):
            number = None
        elif isinstance(raw, int):
            number = raw
        else:
            text = str(raw).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
            number = int(text) if text.isascii() and text.isdigit() else None
        if number is None:
            self.problems.add(key, "resource_problem_whole_number")
            return default
        if not low <= number <= high:
            self.problems.add(key, "resource_problem_range", low=low, high=high)
            return default
        return number

    def money(self, key: str) -> int | None:
        """Cents: an int is taken as cents, text as typed in dollars (``1 234,56 $``)."""

        raw = self.values.get(key)
        if raw is None or isinstance(raw, str) and not raw.strip():
            return None
        if isinstance(raw, int) and not isinstance(raw, bool):
            if raw < 0:
                self.problems.add(key, "resource_problem_amount_negative")
                return None
            return raw
        try:
            return parse_amount_cents(str(raw), self.lang)
        except AmountError as exc:
            self.problems.add(key, f"resource_problem_amount_{exc.reason}")
            return None

    def day(self, key: str) -> object:
        """A date (``datetime.date``) from a date or ISO text; None when empty."""
        from datetime import date

        raw = self.values.get(key)
        if raw is None or isinstance(raw, str) and not raw.strip():
            return None
        if isinstance(raw, date):
            return raw
        try:
            return date.fromisoformat(str(raw).strip())
        except ValueError:
            self.problems.add(key, "resource_problem_date")
            return None
