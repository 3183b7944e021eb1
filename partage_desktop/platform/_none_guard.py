"""Keeps ``None``, ``True`` and ``False`` alive on Python 3.11 despite reference-count bugs in PySide6 6.12.

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
    """Raise the reference counts of ``None``, ``True`` and ``False`` once per process; True when
    it was needed. (The same PySide6 drops a reference to ``True`` on every ``Signal.emit()`` made
    from Python: about 400 emits abort with "bool_dealloc".)"""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import ctypes

    for immortal in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(immortal))  # ob_refcnt, the first field of every object
        if count.value < GUARD:
            count.value += GUARD
    return True
