"""Sections that later versions fill: an honest description of what is coming, never fake data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * (1.6 if level == 1 else 1.25))
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


class ComingSection(QWidget):
    """A section whose tools arrive in a later version: says what it will offer."""

    def __init__(self, object_name: str, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(heading(title))
        body = QLabel(explanation)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(body)
        status = QLabel(self.tr("This section is coming in a next version of Partage."))
        status.setObjectName("coming-status")
        status.setWordWrap(True)
        font = status.font()
        font.setItalic(True)
        status.setFont(font)
        layout.addWidget(status)
        layout.addStretch(1)
