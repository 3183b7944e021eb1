"""The computer's problems in the user's words.

``describe`` turns an error the computer caused (disk full, read-only folder, file locked, permission
denied: ``platform.envproblems.kind_of``) into an ``EnvironmentProblem`` saying what to do.
``reason`` words what the system said (an ``OSError``) in the user's language, for the messages that
quote it: the system's own ``strerror`` is English (or the PC's language), never the app's.
"""

from __future__ import annotations

import errno
from pathlib import Path

from partage_desktop.platform.envproblems import EnvironmentProblem, kind_of
from partage_desktop.platform.errors import Message
from partage_desktop.words import say, t


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


def reason_message(exc: BaseException) -> Message:
    """What went wrong, as a message code (``os_…``) to word later: the ``detail`` of an error raised
    by a layer that does not know the user's language."""
    if isinstance(exc, UnicodeDecodeError):
        return Message.of("os_not_text")
    if not isinstance(exc, OSError):
        return Message.of("os_other")
    if getattr(exc, "winerror", None) in (32, 33):  # sharing or lock violation
        return Message.of("os_in_use")
    key = _REASON.get(exc.errno) if exc.errno is not None else None
    if key is not None:
        return Message.of(f"os_{key}")
    return Message.of("os_error_code", code=exc.errno) if exc.errno else Message.of("os_other")


def reason(exc: BaseException, lang: str) -> str:
    """What went wrong, in a few words of the user's language, to put after « : » in a message
    ("Impossible d'écrire « x » : c'est un dossier, pas un fichier.")."""
    return say(reason_message(exc), lang)
