"""Typing as a person does, in any language: ``qtbot.keyClicks`` aborts the whole test process on a
non-ASCII character in this Qt version, so those characters are sent one by one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def type_text(qtbot, widget, text: str) -> None:
    """Types ``text`` into ``widget``; a line break is the Return key."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
