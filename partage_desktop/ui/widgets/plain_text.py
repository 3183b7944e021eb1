"""User text is plain text on screen: a title typed by a partner can never paint markup.

Qt guesses whether a label's, a message box's or a tooltip's text is rich text
(``Qt.TextFormat.AutoText``): a party name such as ``<h1 style="color:green">✔ Signée</h1><img
src="…">`` would be drawn as a large green heading and load a local image. Two rules keep it out:

- ``install(app)`` makes plain text the default of the whole application: every label that was
  left to guess (``AutoText``) is switched to ``PlainText`` when it is first polished — before it
  is ever painted. This covers labels made here, in message boxes (including the static
  ``QMessageBox.warning(…)`` kind) and in tooltips. A label that shows markup on purpose says so
  with ``setTextFormat(Qt.TextFormat.RichText)`` and escapes every user value with ``html()``.
- Widgets that set their labels' format again after polishing (``QWizard`` page titles) are given
  a plain-text format explicitly.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProxyStyle, QStyleFactory

_style: list[QProxyStyle] = []  # keeps the Python side of the installed style alive


class PlainTextStyle(QProxyStyle):
    """The application's own style, except that a label left to guess its format gets plain text."""

    def polish(self, target: Any) -> None:  # a widget, the application or a palette, as Qt's overloads
        if isinstance(target, (QLabel, QMessageBox)) and target.textFormat() == Qt.TextFormat.AutoText:
            target.setTextFormat(Qt.TextFormat.PlainText)
        super().polish(target)


def install(app: QApplication) -> None:
    """Plain text by default for the whole application (idempotent)."""
    if isinstance(app.style(), PlainTextStyle):
        return
    base = QStyleFactory.create(app.style().name())
    style = PlainTextStyle(base) if base is not None else PlainTextStyle()
    _style[:] = [style]
    app.setStyle(style)


def html(text: str) -> str:
    """A user value inside rich text: every character shown as typed, line breaks kept."""
    return escape(text, quote=True).replace("\n", "<br>")


def plain(label: QLabel, text: str | None = None) -> QLabel:
    """Mark a label plain text (explicit, for labels whose text comes from the user)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    if text is not None:
        label.setText(text)
    return label
