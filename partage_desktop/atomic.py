"""Write files atomically: a temporary file in the same folder, flushed, then renamed over."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """Either the whole new content is at ``path`` or the previous file is left untouched.

    ``durable=False`` skips forcing the data to disk before the rename: for files that can be
    rebuilt (caches), where a power cut may leave a damaged file that is then simply rebuilt."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))
