"""Sorting errors by whose fault they are: the computer's (disk full, read-only folder, file
locked by another program, permission denied) get a message saying what to do; the rest are bugs.

``reason`` words what the system said (an ``OSError``) in the user's language, for the messages that
quote it: the system's own ``strerror`` is English (or the PC's language), never the app's.
"""

from __future__ import annotations

import errno
import sys
from pathlib import Path

from partage_desktop.platform.errors import PartageError
from partage_desktop.words import t

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


def describe(exc: BaseException, lang: str, path: Path | str | None = None) -> EnvironmentProblem | None:
    kind = kind_of(exc)
    if kind is None:
        return None
    where = path or getattr(exc, "filename", None) or "—"
    return EnvironmentProblem(kind, t(f"env_{kind}", lang, path=where))


# errno -> key of the short phrase (texts_safety.py, "os_<key>") that ``reason`` returns
_REASON = {
    errno.ENOENT: "not_found",
    errno.EACCES: "denied",
    errno.EPERM: "denied",
    errno.EISDIR: "is_a_folder",
    errno.ENOTDIR: "not_a_folder",
    errno.ENOSPC: "disk_full",
    getattr(errno, "EDQUOT", -1): "disk_full",
    errno.EROFS: "read_only",
    errno.EEXIST: "exists",
    errno.EBUSY: "in_use",
    getattr(errno, "ETXTBSY", -2): "in_use",
    errno.ENAMETOOLONG: "name_too_long",
}


def reason(exc: BaseException, lang: str) -> str:
    """What went wrong, in a few words of the user's language, to put after « : » in a message
    ("Impossible d'écrire « x » : c'est un dossier, pas un fichier.")."""
    if isinstance(exc, UnicodeDecodeError):
        return t("os_not_text", lang)
    if not isinstance(exc, OSError):
        return t("os_other", lang)
    if getattr(exc, "winerror", None) in (32, 33):  # sharing or lock violation
        return t("os_in_use", lang)
    key = _REASON.get(exc.errno) if exc.errno is not None else None
    if key is not None:
        return t(f"os_{key}", lang)
    return t("os_error_code", lang, code=exc.errno) if exc.errno else t("os_other", lang)
