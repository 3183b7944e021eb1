"""The journal's content (health check-up questions, new entries' prompts, challenge tags), read
once per process from ``resources/journal/content.toml``."""

from __future__ import annotations

from functools import cache

from partage_desktop.core.journal.content import (
    HealthQuestion,
    JournalContent,
    load_journal_content,
)
from partage_desktop.platform.resources import resource_path


@cache
def journal_content() -> JournalContent:
    return load_journal_content(resource_path("journal", "content.toml"))


def health_questions() -> tuple[HealthQuestion, ...]:
    return journal_content().health_questions


def prompt_template(kind: str, lang: str) -> str:
    """The body a new entry of ``kind`` starts with: one line per prompt, answered below it."""
    return journal_content().prompt_template(kind, lang)


def challenge_tags(lang: str) -> list[str]:
    """The challenges named in the guides, offered as tags on a difficulty, in ``lang``."""
    return [tag[lang] for tag in journal_content().challenge_tags]
