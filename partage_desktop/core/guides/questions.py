"""Questions and answer options of the self-assessment tools, bilingual."""

from __future__ import annotations

from dataclasses import dataclass

from partage_desktop.core.formatting import french_spacing

T = dict[str, str]


def _t(fr: str, en: str) -> T:
    return {"fr": french_spacing(fr), "en": en}


@dataclass(frozen=True)
class Option:
    label: T
    value: int  # continuum: 0 = loan … 3 = merger; readiness: 1 … 4


@dataclass(frozen=True)
class Question:
    id: str
    text: T
    options: tuple[Option, ...]
    dimension: str = ""
    guide: str = ""  # the article that helps when the answer is weak
