"""``--smoke``: measure the time to the main window's first paint, save a screenshot, exit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from partage_desktop.platform.proctime import elapsed_since_process_start_ms

TIMEOUT_MS = 30000


class _FirstPaint(QObject):
    def __init__(self, app: QApplication, window: QWidget, started: float, screenshot: Path | None) -> None:
        super().__init__(window)
        self.app, self.window, self.started, self.screenshot = app, window, started, screenshot
        self.code = 1
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if not self.done and watched is self.window and event.type() == QEvent.Type.Paint:
            self.done = True
            elapsed = elapsed_since_process_start_ms(self.started)
            print(f"startup_ms={round(elapsed)}", flush=True)
            self.code = 0
            QTimer.singleShot(0, self.finish)
        return False

    def finish(self) -> None:
        if self.screenshot is not None:
            self.window.repaint()
            if not self.window.grab().save(str(self.screenshot)):
                self.code = 1
        self.app.exit(self.code)


def run_smoke(app: QApplication, window: QWidget, started: float, screenshot: Path | None) -> int:
    watcher = _FirstPaint(app, window, started, screenshot)
    window.installEventFilter(watcher)
    QTimer.singleShot(TIMEOUT_MS, lambda: app.exit(1))
    window.show()
    return app.exec()
