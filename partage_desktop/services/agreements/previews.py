"""Copies of documents handed to the system's viewer (a frozen agreement's PDF): private and short-lived.

They hold what the organizations agreed (names, amounts, signatures to come), so they go in the
user's own cache folder (never the shared temporary folder, where any account on the PC could read
them), in a folder only the user can open (0700), each file readable by the user only (0600).
Copies older than an hour are removed at every new preview (a viewer has long finished reading
them), and every copy is removed when the program ends.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import stat
import tempfile
import time
from pathlib import Path

from partage_desktop.platform.cache import cache_dir

FOLDER = "apercus"
KEEP_SECONDS = 3600
_cleanup_registered: list[bool] = []


def preview_folder() -> Path:
    """The user's own folder for previews, created private (0700) if needed."""
    folder = cache_dir() / FOLDER
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):  # a file system without Unix permissions (FAT USB key)
        if stat.S_IMODE(folder.stat().st_mode) != 0o700:
            os.chmod(folder, 0o700)
    return folder


def write_preview(name: str, content: bytes) -> Path:
    """``content`` at ``preview_folder()/name`` (readable by the user only); returns the path."""
    folder = preview_folder()
    remove_previews(older_than=KEEP_SECONDS)
    if not _cleanup_registered:
        _cleanup_registered.append(True)
        atexit.register(remove_previews)
    target = folder / name
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".apercu-", suffix=".tmp")  # created 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target


def remove_previews(older_than: float = 0) -> None:
    """Remove the previews (those older than ``older_than`` seconds); a file a viewer still holds
    open on Windows is left for next time."""
    try:
        folder = preview_folder()
        files = list(folder.iterdir())
    except OSError:
        return
    limit = time.time() - older_than
    for path in files:
        with contextlib.suppress(OSError):
            if path.is_file() and (older_than <= 0 or path.stat().st_mtime < limit):
                path.unlink()
