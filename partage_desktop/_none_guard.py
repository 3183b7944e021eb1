"""Keeps ``None`` alive on Python 3.11 despite a reference-count bug in PySide6 6.12.

PySide6 6.12 drops one reference to ``None`` for every Qt call that returns nothing. Python 3.12
made ``None`` immortal, so nothing happens there; on 3.11 the count reaches zero after a few
thousand calls (an ordinary session) and the interpreter aborts ("none_dealloc"). Giving
``None`` a practically endless count makes 3.11 behave like 3.12. Remove this module when the
app requires Python 3.12 or when PySide6 is fixed.
"""

from __future__ import annotations

import sys

GUARD = 1 << 40


def install() -> bool:
    """Raise the reference count of ``None`` once per process; True when it was needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the first field of every object
    if count.value < GUARD:
        count.value += GUARD
    return True
