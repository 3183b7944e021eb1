"""User text shown on a terminal or written to a log: control and escape characters neutralized.

A title typed (or received in an exchange file) as ``\\x1b]0;…\\x07`` or ``\\x1b[2J`` would drive the
terminal (change its title, clear it, move the cursor, forge lines); a ``\\n`` in a party name would
forge a line of a listing or of the log; a bidirectional override (U+202E) would show text reversed;
a lone surrogate cannot even be encoded. Each of them is shown as a visible, harmless character:
C0 controls as their Unicode pictures (``␛`` for ESC, ``␊`` for a line feed), other controls and
invisible format characters as ``\\u…`` escapes, lone surrogates as ``�``.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, bidirectional embeddings/overrides/isolates and marks, line and
# paragraph separators, and lone surrogates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                     "\ud800-\udfff]")
_UNSAFE_KEEPING_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029"
                                   "\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

# what json.dumps(…, ensure_ascii=False) leaves as is (it escapes C0 controls itself)
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _visible(found: re.Match[str]) -> str:
    ch = found.group()
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return f"\\u{code:04x}"


def shown(value: object) -> str:
    """One user value (a title, a name, a path) as one harmless line of text."""
    text = value if isinstance(value, str) else str(value)
    return _UNSAFE.sub(_visible, text)


def shown_lines(text: str) -> str:
    """Several lines of program output: line feeds and tabs kept, every other control neutralized."""
    return _UNSAFE_KEEPING_LINES.sub(_visible, text)


def json_safe(text: str) -> str:
    """JSON text (from ``json.dumps(…, ensure_ascii=False)``) with the characters above written as
    ``\\uXXXX`` escapes: the same data for a program reading it, nothing a terminal would obey.
    (They can only appear inside JSON strings, where such escapes are valid.)"""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
