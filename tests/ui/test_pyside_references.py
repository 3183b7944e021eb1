"""The supported Python/PySide6 pairs keep ``None``, ``True`` and ``False`` alive.

PySide6 6.12 drops a reference to ``None`` on Qt calls that return nothing and to ``True`` on every
``Signal.emit()``. Python 3.12 made those objects immortal, so it is harmless there; on Python 3.11
the interpreter aborts ("bool_dealloc") after about a thousand emits. pyproject.toml therefore
keeps Python 3.11 on PySide6 6.11. These tests fail when that pin is relaxed or bypassed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import PySide6
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
BAD_ON_311 = Version("6.12.0")  # the first PySide6 with the bug; 6.11.3 checked good on 3.11

STRESS = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])

    class Emitter(QObject):
        flag = Signal(bool)
        text = Signal(str)
        bare = Signal()

    emitter = Emitter()
    seen = []
    emitter.flag.connect(lambda value: seen.append(value))
    emitter.text.connect(lambda value: None)
    emitter.bare.connect(lambda: None)
    label = QLabel()
    timer = QTimer()
    before = {name: sys.getrefcount(value) for name, value in (("None", None), ("True", True), ("False", False))}
    for i in range(5000):
        emitter.flag.emit(True)
        emitter.flag.emit(False)
        emitter.text.emit("x")
        emitter.bare.emit()
        label.setText("x")        # Qt calls that return nothing (None)
        label.setVisible(False)
        timer.setInterval(i)
        if i % 100 == 0:
            QCoreApplication.processEvents()
    assert len(seen) == 10000
    seen.clear()
    after = {name: sys.getrefcount(value) for name, value in (("None", None), ("True", True), ("False", False))}
    lost = {name: before[name] - after[name] for name in before}
    print("lost", lost["None"], lost["True"], lost["False"])
""")


def test_thousands_of_emits_and_void_qt_calls_do_not_abort_the_interpreter():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", STRESS], capture_output=True, text=True, timeout=300,
                            env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-800:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("lost ")]
    assert len(lines) == 1, result.stdout
    lost = [int(n) for n in lines[0].split()[1:]]
    # 20,000 references dropped would show here (and abort before that on 3.11); a handful can
    # legitimately move with caches. On 3.12+ the counts of immortal objects never change.
    assert all(n < 500 for n in lost), f"references to None/True/False lost: {lost}"


def test_the_installed_pyside6_is_not_the_pair_with_the_reference_bug():
    installed = Version(PySide6.__version__)
    bad = sys.version_info < (3, 12) and installed >= BAD_ON_311
    assert not bad, (f"PySide6 {installed} on Python {sys.version.split()[0]} drops references to "
                     "None/True: reinstall with `pip install -e '.[test]'` (see pyproject.toml)")


def test_the_declared_dependencies_never_allow_pyside6_6_12_on_python_3_11():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    qt = [Requirement(text) for text in project["dependencies"] if text.lower().startswith("pyside6")]
    on_311 = [r for r in qt if r.marker is None or r.marker.evaluate({"python_version": "3.11"})]
    on_312 = [r for r in qt if r.marker is None or r.marker.evaluate({"python_version": "3.12"})]
    essentials_311 = [r for r in on_311 if r.name.lower() == "pyside6-essentials"]
    assert essentials_311, "no PySide6 requirement for Python 3.11"
    for requirement in on_311:
        assert BAD_ON_311 not in requirement.specifier, f"{requirement} allows PySide6 6.12 on Python 3.11"
        assert requirement.name.lower() != "pyside6-pdf", "PySide6-Pdf exists only as 6.12"
    # QtPdf (agreement preview) must come from somewhere on both.
    assert {r.name.lower() for r in on_311} >= {"pyside6-essentials", "pyside6-addons"}
    assert {r.name.lower() for r in on_312} >= {"pyside6-essentials", "pyside6-pdf"}
