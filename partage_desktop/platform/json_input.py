"""JSON that comes from outside (an answers file, an exchange file, a backup's description), read
once with every limit the rest of the app relies on.

``json.loads`` accepts things the app cannot use and fails in ways nobody catches: nesting deep
enough to exhaust the stack (``RecursionError``), lone surrogates (``"\\ud800"``: valid JSON,
impossible to write to the database, a PDF or a terminal), integers the database cannot store
(a party's position above 2⁶³) or too long for Python to convert, ``1e999`` (infinity) and
``NaN``. ``loads`` refuses all of them with a ``JsonInputError`` saying which and where.
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_DEPTH = 64  # an answers file needs 5 levels; an exchange file's documents about 8
MAX_INT = 2**63 - 1  # SQLite's integers


class JsonInputError(ValueError):
    """``reason``: syntax | depth | text | number; ``line`` for syntax errors; ``where``: the path."""

    def __init__(self, reason: str, line: int = 0, where: str = "") -> None:
        super().__init__(f"{reason} at {where or f'line {line}'}")
        self.reason = reason
        self.line = line
        self.where = where.lstrip(".")


def _refuse_constant(value: str) -> Any:
    raise JsonInputError("number", where=value)


def loads(text: str | bytes) -> Any:
    """Parse and check; raises JsonInputError (a ValueError) for anything the app cannot use."""
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except JsonInputError:
        raise
    except json.JSONDecodeError as exc:
        raise JsonInputError("syntax", line=exc.lineno) from exc
    except RecursionError as exc:
        raise JsonInputError("depth") from exc
    except ValueError as exc:  # an integer too long to convert
        raise JsonInputError("number") from exc
    check(value)
    return value


def check(value: Any) -> None:
    """Walk a parsed document (without recursion): depth, text, numbers."""
    stack: list[tuple[Any, str, int]] = [(value, "", 0)]
    while stack:
        node, where, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise JsonInputError("depth", where=where)
        if isinstance(node, dict):
            for key, child in node.items():
                _check_text(key, f"{where}.{_short(key)}")
                stack.append((child, f"{where}.{_short(key)}", depth + 1))
        elif isinstance(node, list):
            stack.extend((child, f"{where}[{i}]", depth + 1) for i, child in enumerate(node))
        elif isinstance(node, str):
            _check_text(node, where)
        elif isinstance(node, bool) or node is None:
            continue
        elif isinstance(node, int):
            if not -MAX_INT - 1 <= node <= MAX_INT:
                raise JsonInputError("number", where=where)
        elif isinstance(node, float) and not math.isfinite(node):
            raise JsonInputError("number", where=where)


def _short(key: str) -> str:
    return key if len(key) <= 40 and key.isprintable() else "…"


def _check_text(text: str, where: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate
        raise JsonInputError("text", where=where.lstrip(".") or "—") from exc
