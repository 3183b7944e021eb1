"""Logging to a rotating file in the data folder; unexpected errors land there with their traceback.

The log holds no user content beyond identifiers (references, numbers, file paths): an
exception's message can quote what the user wrote (a parser quoting a journal entry, a value that
failed a check), so a traceback is logged with each frame's place and the exception's type, its
message left out; a message's control characters are neutralized, so that nothing in it can forge
a line of the log.

Logging never disturbs the user: when the log file cannot be written (a full disk, a removed USB
key) the record is dropped silently, and with no log file at all nothing is printed either.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path
from types import TracebackType

from partage_desktop.platform.atomic import make_private_folder
from partage_desktop.platform.shown_text import shown

LOG_NAME = "partage.log"


class QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A log file whose failures are dropped: Python's default prints "--- Logging error ---"
    and a traceback on the terminal, typically when the disk the log is on is full."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        return


class _Silent(logging.NullHandler):
    """Stands in for the log file when there is none, so that Python's last-resort handler does
    not print warnings on the terminal."""


class PlainFormatter(logging.Formatter):
    """One line per record (its message's control characters neutralized); tracebacks without
    the exceptions' messages."""

    def format(self, record: logging.LogRecord) -> str:
        # another handler may have cached the full traceback, messages included, on the record
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's name
        return super().formatMessage(logging.makeLogRecord({**record.__dict__, "message": shown(record.message)}))

    def formatException(self, ei: tuple[type[BaseException], BaseException, TracebackType | None]  # noqa: N802
                        | tuple[None, None, None]) -> str:
        if ei[1] is None:
            return ""
        out: list[str] = []
        seen: set[int] = set()
        exc: BaseException | None = ei[1]
        chain: list[BaseException] = []
        while exc is not None and id(exc) not in seen:  # the cause first, as Python prints it
            seen.add(id(exc))
            chain.append(exc)
            exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
        for n, item in enumerate(reversed(chain)):
            if n:
                out.append("\nThen, while handling it:\n")
            out.append("Traceback (most recent call last):\n")
            out += traceback.format_tb(item.__traceback__)
            kind = type(item)
            if isinstance(item, ImportError):  # names a module or a system library, never user text
                out.append(f"{kind.__module__}.{kind.__qualname__}: {shown(str(item))}")
            else:
                out.append(f"{kind.__module__}.{kind.__qualname__} (message left out of the log)")
        return "".join(out).rstrip("\n")


def configure(log_dir: Path | None) -> Path | None:
    """Send log records to ``log_dir/partage.log``. Returns the file, or None if it cannot be written."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for old in list(root.handlers):
        if getattr(old, "_partage", False):
            root.removeHandler(old)
            old.close()
    target: Path | None = None
    handler: logging.Handler = _Silent()
    if log_dir is not None:
        try:
            make_private_folder(log_dir)
            handler = QuietRotatingFileHandler(log_dir / LOG_NAME, maxBytes=1_000_000, backupCount=3,
                                               encoding="utf-8")
            target = log_dir / LOG_NAME
        except OSError:
            handler = _Silent()
    handler.setFormatter(PlainFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._partage = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return target
