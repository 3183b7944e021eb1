"""Sections that later versions fill: an honest description of what is coming, never fake data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStyle, QVBoxLayout, QWidget


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


def scrolled(content: QWidget, name: str = "", keep_width: bool = False) -> QScrollArea:
    """``content`` in a frameless scroll area that follows the width it is given: a section keeps
    fitting a small screen (1024×600, 1280×720 at 150 %), scrolling instead of pushing the
    window's buttons and status bar off the screen. With ``keep_width`` it only scrolls up and
    down, and asks for the width its content needs (a side pane beside a list)."""
    area = QScrollArea()
    if name:
        area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    if keep_width:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        extent = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        area.setMinimumWidth(content.minimumSizeHint().width() + extent + 2)
    else:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area


def fit_screen(window: QWidget, width: int, height: int) -> None:
    """Resize a window to ``width``×``height``, or less when its screen is smaller (a 1024×600
    netbook, 1920×1080 at 150 %): its title bar and bottom buttons stay on the screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - 16)  # the window frame
        height = min(height, room.height() - 48)  # the title bar and frame
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
