"""Typing in the agreement wizard: the longest UI freeze, and how soon the preview follows a pause.

    QT_QPA_PLATFORM=offscreen python benchmarks/wizard.py

Types into a text field of every step of a three-party shared-premises agreement while a 5 ms
timer watches the event loop; then pauses and waits for the preview pages. Prints JSON. Targets:
no freeze longer than 100 ms while filling any step; the preview shows the new pages within
about a second of a pause (the pause itself counts: the preview starts 0.8 s after the last key).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit  # noqa: E402


class FreezeWatch:
    """Largest gap between ticks of a 5 ms timer: how long the event loop was kept busy."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer(interval=5, timeout=self._tick)
        self.gaps: list[float] = []
        self.last = 0.0

    def start(self) -> None:
        self.clock.start()
        self.last = 0.0
        self.gaps = []
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        self.gaps.append(now - self.last)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return max(self.gaps, default=0.0)


def typing_targets(page: object) -> list[object]:
    """Free-text inputs of a step (typing letters into a date or an amount would only test errors)."""
    if hasattr(page, "editors"):
        return [e.input for e in page.editors if e.isVisible() and e.spec.type in ("text", "longtext")]
    found = page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit)  # type: ignore[attr-defined]
    return [w for w in found if w.objectName() in ("party:0:name", "clause:title")]


def pump(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def main() -> None:
    app = QApplication([])
    from partage_desktop.ui import build_main_window
    from partage_desktop.ui.wizard.window import Page

    win = build_main_window(tempfile.mkdtemp(), "fr")
    win.show()
    raw = json.loads((ROOT / "resources" / "templates" / "examples" / "locaux-partages.json").read_text("utf-8"))
    wizard = win.open_wizard(raw)
    pump(app, 1.0)
    wizard.show_preview_window()
    pump(app, 2.0)
    while wizard.currentId() != Page.PARTIES:
        wizard.back()
    watch = FreezeWatch()
    per_step: dict[str, float] = {}
    key_ms: list[float] = []
    while True:
        page = wizard.currentPage()
        editors = typing_targets(page)
        if editors:
            target = editors[0]
            target.setFocus()
            watch.start()
            for ch in " ajout":
                start = time.perf_counter()
                QTest.keyClick(target, ch if ch != " " else Qt.Key.Key_Space)
                key_ms.append((time.perf_counter() - start) * 1000)
                pump(app, 0.06)
            per_step[page.title()] = round(watch.stop(), 1)
        if wizard.currentId() == Page.REVIEW or wizard.nextId() == -1:
            break
        wizard.next()
        pump(app, 0.2)
    # the pause: how long until the preview shows pages made from the last answers
    shown: list[float] = []
    wizard.preview_ready.connect(lambda _pdf: shown.append(time.perf_counter()))
    wizard.preview_failed.connect(lambda text: print("preview failed:", text, file=sys.stderr))
    watch.start()
    paused_at = time.perf_counter()
    QTest.keyClick(wizard.currentPage(), Qt.Key.Key_Shift)
    wizard.request_preview()
    while not shown and time.perf_counter() - paused_at < 10:
        app.processEvents()
        time.sleep(0.002)
    freeze_during_render = watch.stop()
    report = {
        "longest_freeze_ms_per_step": per_step,
        "longest_freeze_ms": max(per_step.values(), default=0.0),
        "keystroke_handling_ms_median": round(statistics.median(key_ms), 2),
        "keystroke_handling_ms_max": round(max(key_ms), 2),
        "preview_after_pause_s": round(shown[0] - paused_at, 3) if shown else None,
        "longest_freeze_ms_while_preview_renders": round(freeze_during_render, 1),
        "targets": {"longest_freeze_ms": 100, "preview_after_pause_s": "about 1"},
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    wizard.close()
    win.close()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt objects (a PySide shutdown crash, not ours)


if __name__ == "__main__":
    main()
