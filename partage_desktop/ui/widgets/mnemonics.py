"""Keyboard mnemonics (Alt+letter): choosing unique ones for generated labels, finding clashes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

_MARK = re.compile(r"&(.)")


def mnemonic_of(text: str) -> str:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), lower case; "" if none."""
    for match in _MARK.finditer(text.replace("&&", "")):
        return _plain(match.group(1))
    return ""


def _plain(char: str) -> str:
    """``É`` → ``e``: Alt+E reaches a label whose mnemonic is an accented E."""
    return unicodedata.normalize("NFD", char)[0].casefold()


def with_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with a ``&`` before the first free letter (preferring the start of a word); the
    letter is added to ``taken``. Without a free letter the text is returned without one."""
    escaped = text.replace("&", "&&")
    candidates = [i for i, ch in enumerate(text) if ch.isalpha() and (i == 0 or not text[i - 1].isalnum())]
    candidates += [i for i, ch in enumerate(text) if ch.isalpha() and i not in candidates]
    for i in candidates:
        letter = _plain(text[i])
        if letter.isascii() and letter.isalpha() and letter not in taken:
            taken.add(letter)
            # positions shift by one for each "&" doubled before i
            at = i + text[:i].count("&")
            return escaped[:at] + "&" + escaped[at:]
    return escaped


def used_by(widgets: Iterable[QWidget]) -> set[str]:
    """The mnemonic letters of these labels and buttons."""
    letters = set()
    for widget in widgets:
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        letter = mnemonic_of(text)
        if letter:
            letters.add(letter)
    return letters


def clashes(root: QWidget, extra: Iterable[QWidget] = ()) -> dict[str, list[str]]:
    """Mnemonics used more than once by the visible labels, buttons and group boxes under
    ``root`` (plus ``extra``, e.g. a wizard's own buttons): letter → the texts that share it."""
    seen: dict[str, list[str]] = {}
    widgets: list[QWidget] = [*root.findChildren(QLabel), *root.findChildren(QAbstractButton),
                              *root.findChildren(QGroupBox), *extra]
    for widget in widgets:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue  # a label without a buddy has no mnemonic
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()  # type: ignore[attr-defined]
        letter = mnemonic_of(text)
        if letter:
            seen.setdefault(letter, []).append(text)
    return {k: v for k, v in seen.items() if len(v) > 1}
