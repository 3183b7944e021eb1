"""Sorting errors by whose fault they are: the computer's (disk full, read-only folder, file
locked by another program, permission denied) get a message saying what to do; the rest are bugs.

The words for them (``describe``, ``reason``) are in ``partage_desktop.words.system_errors``.
"""

from __future__ import annotations

import errno
import sys

from partage_desktop.platform.errors import PartageError

# Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION, ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL,
# ERROR_WRITE_PROTECT, ERROR_ACCESS_DENIED.
_WINERROR = {32: "locked", 33: "locked", 112: "disk_full", 39: "disk_full", 19: "read_only", 5: "permission"}
_ERRNO = {
    errno.ENOSPC: "disk_full",
    getattr(errno, "EDQUOT", -1): "disk_full",
    errno.EROFS: "read_only",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.EBUSY: "locked",
    getattr(errno, "ETXTBSY", -2): "locked",
}
_SQLITE = (("database or disk is full", "disk_full"), ("disk is full", "disk_full"),
           ("readonly database", "read_only"), ("database is locked", "locked"),
           ("unable to open database file", "permission"))


class EnvironmentProblem(PartageError):
    """The computer prevents the action (exit code 3); ``message`` says what to do."""

    exit_code = 3

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def kind_of(exc: BaseException) -> str | None:
    """``disk_full`` | ``read_only`` | ``locked`` | ``permission``, or None for anything else."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError):
            winerror = getattr(current, "winerror", None)
            if winerror in _WINERROR:
                return _WINERROR[winerror]
            if current.errno in _ERRNO:
                return _ERRNO[current.errno]
        sqlite3 = sys.modules.get("sqlite3")  # only a loaded driver can have raised its errors
        if sqlite3 is not None and isinstance(current, sqlite3.OperationalError):
            text = str(current).lower()
            for needle, kind in _SQLITE:
                if needle in text:
                    return kind
        orig = getattr(current, "orig", None)  # SQLAlchemy wraps the driver's error
        current = orig if isinstance(orig, BaseException) else (current.__cause__ or current.__context__)
    return None
