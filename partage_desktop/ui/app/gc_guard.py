"""Python's cyclic garbage collection runs on the GUI thread only.

The collector runs on whichever thread happens to allocate when its threshold is reached: on a
worker thread it may free PySide wrappers and so delete Qt objects off the GUI thread, which
crashes (seen in CI: "Garbage-collecting" in the task thread, then a segmentation fault). As Anki
does, automatic collection is turned off and a timer collects on the GUI thread instead.
Reference counting still frees almost everything at once; only cycles wait for the timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QTimer

INTERVAL_MS = 3000


def install(app: QCoreApplication) -> None:
    """Once per application: stop automatic collection, collect on the GUI thread every few seconds."""
    if app.property("partage-gc-guard"):
        return
    app.setProperty("partage-gc-guard", True)
    gc.disable()
    timer = QTimer(app)
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(collect)
    timer.start()


def collect() -> None:
    gc.collect()
