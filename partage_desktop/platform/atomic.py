"""Write files atomically: a temporary file in the same folder, flushed, then renamed over."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import threading
from pathlib import Path

_UMASK: int | None = None
_UMASK_LOCK = threading.Lock()


def _umask() -> int:
    """The process's umask, read once: from /proc where it is shown (reading it otherwise means
    setting it, which would briefly change it for other threads)."""
    global _UMASK
    with _UMASK_LOCK:
        if _UMASK is None:
            try:
                with open("/proc/self/status", encoding="ascii") as fh:
                    line = next(x for x in fh if x.startswith("Umask:"))
                _UMASK = int(line.split()[1], 8)
            except (OSError, StopIteration, ValueError, IndexError):
                _UMASK = os.umask(0o022)
                os.umask(_UMASK)
        return _UMASK


PRIVATE_FILE = 0o600  # the user's own data: no other account on a shared computer reads it
PRIVATE_FOLDER = 0o700


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and missing parents) if needed; on POSIX the folder created here is
    readable by the user only. A folder that already exists keeps its permissions (the user may
    have chosen them). Windows: the usual inherited permissions."""
    if os.name == "posix":
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    else:  # pragma: no cover - Windows: a mode would be turned into a restrictive access list
        folder.mkdir(parents=True, exist_ok=True)


def create_private_file(path: Path) -> None:
    """An empty file at ``path``, readable by the user only, when there is none yet (a new SQLite
    database created afterwards keeps that mode, and gives it to its -wal and -shm files)."""
    if os.name != "posix":  # pragma: no cover - Windows: permissions come from the folder
        return
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def give_private_permissions(tmp: Path | str, target: Path) -> None:
    """A temporary file about to replace ``target``, a file of the user's data: the permissions
    ``target`` has (the user may have chosen them), or 0600 for a new file (POSIX only)."""
    if os.name != "posix":  # pragma: no cover - Windows: permissions come from the folder
        return
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = PRIVATE_FILE
    with contextlib.suppress(OSError):  # a file system without Unix permissions (FAT USB key)
        os.chmod(tmp, mode)


def give_usual_permissions(tmp: Path | str, target: Path) -> None:
    """A temporary file (created 0600) about to replace ``target``: the permissions ``target``
    has, or those a new file gets (0666 less the umask), so that the finished file is shared as
    any other file the user saves."""
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    with contextlib.suppress(OSError):  # a file system without Unix permissions (FAT USB key)
        os.chmod(tmp, mode)


def write_bytes(path: Path, data: bytes, durable: bool = True, private: bool = False) -> None:
    """Either the whole new content is at ``path`` or the previous file is left untouched.

    ``durable=False`` skips forcing the data to disk before the rename: for files that can be
    rebuilt (caches), where a power cut may leave a damaged file that is then simply rebuilt.
    ``private=True`` for a file inside the data folder: readable by the user only (POSIX), and a
    folder created for it is too."""
    if private:
        make_private_folder(path.parent)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        (give_private_permissions if private else give_usual_permissions)(tmp, path)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_text(path: Path, text: str, private: bool = False) -> None:
    write_bytes(path, text.encode("utf-8"), private=private)
