"""The command line's output: nothing a user typed or a partner sent can drive the terminal.

Every command prints through ``guarded_output()``: whatever reaches stdout or stderr has its
control and escape characters neutralized (core.shown_text) — line feeds and tabs of the
program's own layout are kept. A user value printed within a line goes through ``shown()`` as
well, so that a line feed inside a title cannot forge a line of the listing.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from partage_desktop.platform.shown_text import json_safe, shown, shown_lines

__all__ = ["guarded_output", "shown"]


class _Guarded:
    """A text stream that writes every text through ``shown_lines``; everything else is the
    stream's own (fileno, flush, encoding…)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(shown_lines(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def guarded_output() -> Iterator[None]:
    """stdout and stderr guarded for the time of a command (restored after, even on error)."""
    out, err = sys.stdout, sys.stderr
    sys.stdout = _Guarded(out) if out is not None else out
    sys.stderr = _Guarded(err) if err is not None else err
    try:
        yield
    finally:
        if isinstance(sys.stdout, _Guarded):
            sys.stdout = out
        if isinstance(sys.stderr, _Guarded):
            sys.stderr = err


def print_json(value: Any) -> None:
    """``value`` as indented JSON on stdout, for scripts (what a terminal could take as a command
    is escaped: text from outside is never printed raw)."""
    print(json_safe(json.dumps(value, ensure_ascii=False, indent=2)))
