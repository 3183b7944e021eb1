"""Questions and answer options of the self-assessment tools (their words come from the content
files beside the guides, read with ``core.content``)."""

from __future__ import annotations

from dataclasses import dataclass

from partage_desktop.core.content import ContentError, T


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


def unique_ids(questions: tuple[Question, ...], where: str) -> None:
    ids = [q.id for q in questions]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise ContentError(f"{where}: question ids used twice: {twice}")
