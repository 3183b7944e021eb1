"""Hostile-input guards for files the app writes from user text: attachment file names and
CSV cells (the journal's attachments and its CSV export for Excel use them)."""

from __future__ import annotations

import re
import unicodedata

# Windows refuses these names whatever the extension ("con.txt", "LPT1.pdf").
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
MAX_NAME = 120


def safe_file_name(name: str, fallback: str = "piece-jointe") -> str:
    """A file name that is one plain path segment on Windows, macOS and Linux, keeps what it can
    of the original (accents, spaces, extension) and is never empty, ``.``, ``..`` or reserved."""
    name = unicodedata.normalize("NFC", name)
    name = name.replace("\\", "/").split("/")[-1]  # a path typed or sent in: keep its last part
    name = _FORBIDDEN.sub("_", name)
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cf", "Co", "Cs", "Cn"))
    name = name.strip(" .")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if len(ext) > 16:
        stem, ext = name, ""
    if stem.split(".")[0].strip().lower() in _RESERVED:
        stem = f"_{stem}"
    room = MAX_NAME - (len(ext) + 1 if ext else 0)
    stem = stem[:room].strip(" .")
    if not stem:
        stem = fallback
    return f"{stem}.{ext}" if ext else stem


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_cell(value: str) -> str:
    """A text cell Excel or LibreOffice will show as typed, never run as a formula
    (CSV injection: ``=HYPERLINK(…)``, ``@SUM(…)``): such cells start with an apostrophe."""
    if value.startswith(_FORMULA_START):
        return "'" + value
    return value
