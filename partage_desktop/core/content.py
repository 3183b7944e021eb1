"""Reading of bilingual content files: TOML where every text is a ``{ fr = "…", en = "…" }`` table.

The content (self-assessment tools, demo sample) lives in resource files beside the guides; the
caller (a service) gives the path. A file that lacks a key or a language, or whose two languages
differ in their placeholders, is refused here with a message naming the file and the place: the
test suite loads every file.
"""

from __future__ import annotations

import string
import tomllib
from pathlib import Path
from typing import Any

from partage_desktop.core.formatting import french_spacing

LANGS = ("fr", "en")
T = dict[str, str]


class ContentError(Exception):
    """A bundled content file is malformed (a bug in the content, found by the test suite)."""


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ContentError(f"{path.name}: {exc}") from exc


def table(raw: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = raw.get(key)
    if not isinstance(value, dict):
        raise ContentError(f"{where}: missing table {key!r}")
    return value


def array(raw: dict[str, Any], key: str, where: str) -> list[Any]:
    value = raw.get(key)
    if not isinstance(value, list) or not value:
        raise ContentError(f"{where}: missing list {key!r}")
    return value


def word(raw: dict[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ContentError(f"{where}: missing {key!r}")
    return value


def text(raw: object, where: str, placeholders: frozenset[str] = frozenset(), spacing: bool = True) -> T:
    """A ``{ fr = …, en = … }`` table: both languages, non-empty, with exactly ``placeholders``
    (``{name}``) in each. French typography (no-break spaces inside « » and before : ; ! ?) is
    applied here unless ``spacing`` is off, so that editors type ordinary spaces."""
    if not isinstance(raw, dict) or set(raw) != set(LANGS):
        raise ContentError(f"{where}: expected a table with exactly 'fr' and 'en'")
    for lang in LANGS:
        value = raw[lang]
        if not isinstance(value, str) or not value.strip():
            raise ContentError(f"{where}.{lang}: expected non-empty text")
        if placeholders_of(value, f"{where}.{lang}") != placeholders:
            expected = ", ".join(f"{{{p}}}" for p in sorted(placeholders)) or "none"
            raise ContentError(f"{where}.{lang}: placeholders must be {expected}")
    return {"fr": french_spacing(raw["fr"]) if spacing else raw["fr"], "en": raw["en"]}


def placeholders_of(value: str, where: str) -> frozenset[str]:
    try:
        return frozenset(name for _, name, _, _ in string.Formatter().parse(value) if name is not None)
    except ValueError as exc:
        raise ContentError(f"{where}: {exc} (write a brace as {{{{ or }}}})") from exc


def exact_keys(raw: dict[str, Any], keys: tuple[str, ...], where: str, ordered: bool = True) -> None:
    """``raw`` names exactly ``keys``, in that order unless ``ordered`` is off (when the order is
    the one the tool shows them in)."""
    if (tuple(raw) != keys) if ordered else (set(raw) != set(keys)):
        order = " in this order" if ordered else ""
        raise ContentError(f"{where}: expected exactly {list(keys)}{order}, found {list(raw)}")
