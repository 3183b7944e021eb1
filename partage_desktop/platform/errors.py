"""Errors that end a user action, sorted by whose fault they are (they map to exit codes)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


class PartageError(Exception):
    exit_code = 1


class UserInputError(PartageError):
    """The user's input is wrong (usage, validation): exit code 2. ``problems`` are readable lines."""

    exit_code = 2

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class DataUnusableError(PartageError):
    """The data cannot be used as it is (damaged, too new, unreadable): exit code 3."""

    exit_code = 3

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Message:
    """What a layer that does not know the user's language has to say: a message code of the words
    catalogue and its parameters, worded by ``partage_desktop.words.say`` (``str()`` is for the log)."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    @classmethod
    def of(cls, code: str, **params: object) -> Message:
        return cls(code, params)

    def __str__(self) -> str:
        return f"{self.code} {dict(self.params)}" if self.params else self.code
