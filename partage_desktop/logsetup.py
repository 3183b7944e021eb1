"""Logging to a rotating file in the data folder; unexpected errors land there with their traceback.

Logging never disturbs the user: when the log file cannot be written (a full disk, a removed USB
key) the record is dropped silently, and with no log file at all nothing is printed either.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "partage.log"


class QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A log file whose failures are dropped: Python's default prints "--- Logging error ---"
    and a traceback on the terminal, typically when the disk the log is on is full."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        return


class _Silent(logging.NullHandler):
    """Stands in for the log file when there is none, so that Python's last-resort handler does
    not print warnings on the terminal."""


def configure(log_dir: Path | None) -> Path | None:
    """Send log records to ``log_dir/partage.log``. Returns the file, or None if it cannot be written."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_partage", False):
            root.removeHandler(handler)
            handler.close()
    target: Path | None = None
    handler: logging.Handler = _Silent()
    if log_dir is not None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            handler = QuietRotatingFileHandler(log_dir / LOG_NAME, maxBytes=1_000_000, backupCount=3,
                                               encoding="utf-8")
            target = log_dir / LOG_NAME
        except OSError:
            handler = _Silent()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._partage = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return target
