"""macOS hands a double-clicked ``.partage`` file to the running app as a QFileOpenEvent (not as
an argument, as Windows and Linux do): start the same import preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QWidget

from partage_desktop.platform.opened_file import EXTENSION
from partage_desktop.ui.safety import exchange_dialog


class ExchangeFileOpener(QObject):
    """Application-wide event filter; install with ``app.installEventFilter(opener)``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = Path(event.file())
            if path.suffix.lower() == EXTENSION and path.is_file():
                QTimer.singleShot(0, lambda: exchange_dialog.start_import(self.window, path))
                return True
        return False
