"""What validation is made of: a problem (where, what, in the user's words) and the checker that
collects them; shared by the envelope checks (validation) and the value parsers (validation_values)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from partage_desktop.core.agreements.messages import message, where
from partage_desktop.words import t


@dataclass(frozen=True)
class Problem:
    path: str  # "fields.end_date", "parties[1].name", "template"
    label: str  # the field's own words: "Date de fin", "Partie 2 — Nom de l'organisme"
    message: str
    severity: str = "error"  # "error" | "warning"
    lang: str = "en"

    def __str__(self) -> str:
        sep = t("label_separator", self.lang)
        return f"{self.label}{sep}{self.message}" if self.label else self.message


@dataclass(frozen=True)
class SplitInput:
    method: str
    total: Decimal | None
    shares: tuple[Decimal, ...]
    rate: Decimal | None


class _Checker:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.problems: list[Problem] = []

    def add(self, path: str, label: str, key: str, severity: str = "error", **values: object) -> None:
        self.problems.append(Problem(path, label, message(key, self.lang, **values), severity, self.lang))

    def where(self, key: str, **values: object) -> str:
        return where(key, self.lang, **values)

    def text(self, value: object, path: str, label: str, required: bool, max_len: int) -> str | None:
        if value is None or value == "":
            if required:
                self.add(path, label, "required")
            return "" if value == "" else None
        if not isinstance(value, str):
            self.add(path, label, "not_text")
            return None
        stripped = value.strip()
        if required and not stripped:
            self.add(path, label, "required")
        if max_len and len(stripped) > max_len:
            self.add(path, label, "too_long", length=len(stripped), max=max_len)
            return None
        return stripped


