"""``--smoke``: measure the time to the main window's first paint, save a screenshot, exit.

Two lines on stdout, each flushed as it happens: ``startup_ms=N`` at the main window's first paint
and ``home_painted_ms=N`` at the first paint event of the home screen (the section or any widget
in it: the section itself is covered by its content, which Qt paints instead), N being
milliseconds since the process started, by the app's clock. A benchmark that keeps its own clock from the spawn reads the second line as
the moment the home screen is on the screen. The sections built after the first paint are built
before the exit, so that a smoke start still proves the whole window can be made.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from partage_desktop.platform.proctime import elapsed_since_process_start_ms

TIMEOUT_MS = 30000
HOME = "section:home"


class _FirstPaint(QObject):
    def __init__(self, app: QApplication, window: QWidget, started: float, screenshot: Path | None) -> None:
        super().__init__(window)
        self.app, self.window, self.started, self.screenshot = app, window, started, screenshot
        home = window.findChild(QWidget, HOME)
        self.home = [home, *home.findChildren(QWidget)] if home is not None else []
        self.code = 1
        self.done = False
        self.home_done = not self.home

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.Paint:
            return False
        if not self.done and watched is self.window:
            self.done = True
            print(f"startup_ms={round(elapsed_since_process_start_ms(self.started))}", flush=True)
            self.code = 0
            QTimer.singleShot(0, self.finish)  # after this paint, which paints the home screen too
        if not self.home_done and watched in self.home:
            self.home_done = True
            print(f"home_painted_ms={round(elapsed_since_process_start_ms(self.started))}", flush=True)
        return False

    def finish(self) -> None:
        build_sections = getattr(self.window, "build_sections", None)
        if build_sections is not None:  # the whole window is built, as for a user, before the exit
            build_sections()
        if self.screenshot is not None:
            self.window.repaint()
            if not self.window.grab().save(str(self.screenshot)):
                self.code = 1
        self.app.exit(self.code)


def run_smoke(app: QApplication, window: QWidget, started: float, screenshot: Path | None) -> int:
    watcher = _FirstPaint(app, window, started, screenshot)
    window.installEventFilter(watcher)
    for widget in watcher.home:
        widget.installEventFilter(watcher)
    QTimer.singleShot(TIMEOUT_MS, lambda: app.exit(1))
    window.show()
    return app.exec()
