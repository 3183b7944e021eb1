"""Logging to a rotating file in the data folder; unexpected errors land there with their traceback."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "partage.log"


def configure(log_dir: Path | None) -> Path | None:
    """Send log records to ``log_dir/partage.log``. Returns the file, or None if it cannot be written."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_partage", False):
            root.removeHandler(handler)
            handler.close()
    if log_dir is None:
        return None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_dir / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._partage = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return log_dir / LOG_NAME
