"""Errors that end a user action, sorted by whose fault they are (they map to exit codes).

The layers below the command line and the window do not word their errors: they raise them with
``Message``s (a message code of the words catalogue and its parameters), and whoever shows the error
words it once, in the user's language (``partage_desktop.words.say_error``). ``str(exc)`` is for the
log: the codes and their parameters."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


class PartageError(Exception):
    exit_code = 1


@dataclass(frozen=True)
class Message:
    """What a layer that does not know the user's language has to say: a message code of the words
    catalogue and its parameters, worded by ``partage_desktop.words.say`` (``str()`` is for the log).
    A parameter may itself be a ``Message`` (worded too); ``count`` picks the plural form."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)
    count: int | None = None

    @classmethod
    def of(cls, code: str, /, **params: object) -> Message:
        return cls(code, params)

    @classmethod
    def plural(cls, code: str, count: int, /, **params: object) -> Message:
        """A message whose words follow the plural form of ``count`` (``{n}`` in the words)."""
        return cls(code, params, count)

    def __str__(self) -> str:
        shown = {k: str(v) if isinstance(v, Message) else v for k, v in self.params.items()}
        if self.count is not None:
            shown = {"n": self.count, **shown}
        return f"{self.code} {shown}" if shown else self.code


class UserInputError(PartageError):
    """The user's input is wrong (usage, validation): exit code 2. ``problems`` are lines to show,
    each a ``Message`` (or text already in the user's words, such as a form's own problems)."""

    exit_code = 2

    def __init__(self, problems: Sequence[Message | str]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems: list[Message | str] = list(problems)


class DataUnusableError(PartageError):
    """The data cannot be used as it is (damaged, too new, unreadable): exit code 3."""

    exit_code = 3

    def __init__(self, message: Message | str) -> None:
        super().__init__(str(message))
        self.message = message
