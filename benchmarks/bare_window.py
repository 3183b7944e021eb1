"""A bare PySide6 window: the reference point for start-up time (process start to first paint)."""

import time

_STARTED = time.perf_counter()

import sys  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402

sys.path.insert(0, __file__.rsplit("/", 2)[0])
from partage_desktop.platform.proctime import elapsed_since_process_start_ms  # noqa: E402


class FirstPaint(QObject):
    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            print(f"startup_ms={round(elapsed_since_process_start_ms(_STARTED))}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1100, 720)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
