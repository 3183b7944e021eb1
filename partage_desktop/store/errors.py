"""Storage errors, free of UI wording: the services and the CLI say them in the user's language."""

from __future__ import annotations

import re
from pathlib import Path

from partage_desktop.platform.errors import Message

# What zipfile, zlib and sqlite3 say (in English, whatever the user's language), as message codes.
_SYSTEM: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"File is not a zip file"), "detail_not_zip"),
    (re.compile(r"Bad CRC-32 for file '(?P<name>.+)'"), "detail_bad_crc"),
    (re.compile(r"Truncated file header"), "detail_truncated_header"),
    (re.compile(r"Bad magic number for file header"), "detail_bad_magic"),
    (re.compile(r"Error -?\d+ while decompressing data.*", re.DOTALL), "detail_decompress"),
    (re.compile(r"That compression method is not supported"), "detail_compression_method"),
    (re.compile(r"File (?P<name>.+) is encrypted, password required for extraction"), "detail_encrypted"),
    (re.compile(r"database disk image is malformed"), "detail_malformed_database"),
    (re.compile(r"file is not a database"), "detail_not_database"),
)


def system_detail(exc: BaseException) -> Message:
    """What a library's exception says, as a message code and its parameters (``error``: its own
    English words, which the English catalogue may show and the others leave out)."""
    own = getattr(exc, "detail", None)
    if isinstance(own, Message):  # one of ours (a zip limit) carries its code already
        return own
    text = str(exc)
    for pattern, code in _SYSTEM:
        found = pattern.fullmatch(text)
        if found:
            return Message(code, {"error": text, **found.groupdict()})
    return Message("detail_unreadable", {"error": text})


def plain(value: object) -> Message:
    """A name or a number, shown as it is in every language."""
    return Message("detail_plain", {"value": value})


def version_detail(version: object) -> Message:
    """A format version read from a file (a number, or anything else a hostile file may hold)."""
    if isinstance(version, int) and not isinstance(version, bool) or version is None:
        return plain(version)
    if isinstance(version, str) and re.fullmatch(r"\d+", version):
        return Message("detail_quoted_version", {"value": version})
    return Message("detail_unreadable", {"error": repr(version)})


def integrity_detail(problems: list[str]) -> Message:
    """The first lines of SQLite's integrity report (shown in English only)."""
    return Message("detail_integrity", {"report": "; ".join(problems[:3])})


class StoreError(Exception):
    """Base class of the errors this package raises on purpose."""


class DatabaseDamagedError(StoreError):
    """The file is not a usable Partage database (corrupt, not SQLite, or someone else's)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


class DatabaseTooNewError(StoreError):
    """The database was written by a newer version of Partage (a revision this one does not know)."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(f"{path}: unknown revision {revision}")
        self.path = path
        self.revision = revision
