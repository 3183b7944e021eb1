"""Thousands of Qt calls that return nothing do not bring the interpreter down (PySide6 6.12 bug)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_void_qt_calls_in_a_fresh_process_do_not_abort():
    code = textwrap.dedent("""
        import partage_desktop  # installs the guard
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        for i in range(20000):
            label.setText("x")
        print("ok")
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "ok"


def test_many_signal_emits_in_a_fresh_process_do_not_abort():
    """Each Signal.emit() made from Python drops a reference to True in PySide6 6.12."""
    code = textwrap.dedent("""
        import partage_desktop  # installs the guard
        from PySide6.QtCore import QCoreApplication, QObject, Signal
        app = QCoreApplication([])
        class Emitter(QObject):
            changed = Signal(str)
        emitter = Emitter()
        emitter.changed.connect(lambda text: None)
        for i in range(20000):
            emitter.changed.emit("x")
        print("ok")
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "ok"
