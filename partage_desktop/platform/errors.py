"""Errors that end a user action, sorted by whose fault they are (they map to exit codes)."""

from __future__ import annotations


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
