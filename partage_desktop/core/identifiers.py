"""Identifiers, checked strictly wherever they enter (answers files, exchange files, backups, the
command line, templates).

Every pattern is matched whole with ``re.fullmatch`` and ASCII classes only: a ``$`` anchor lets a
final newline through (``"ENT-2025-0001\\n"`` would pass for a second, identical-looking
reference) and ``\\d`` lets other scripts' digits through.
"""

from __future__ import annotations

import re

REFERENCE = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,39}", re.ASCII)
FIELD_ID = re.compile(r"[a-z][a-z0-9_]*", re.ASCII)
TEMPLATE_VERSION = re.compile(r"[0-9]+\.[0-9]+(?:\.[0-9]+)?", re.ASCII)
RECORD_ID = re.compile(r"[1-9][0-9]{0,8}", re.ASCII)


def is_reference(value: object) -> bool:
    return isinstance(value, str) and REFERENCE.fullmatch(value) is not None


def record_id(text: str) -> int:
    """A database id typed on the command line (``--project 12``): digits only, nothing around
    them; raises ValueError otherwise (argparse then names the option)."""
    if not isinstance(text, str) or RECORD_ID.fullmatch(text) is None:
        raise ValueError(text)
    return int(text)


record_id.__name__ = "int"  # argparse's complaint then reads "invalid int value" (translated in cli.py)
