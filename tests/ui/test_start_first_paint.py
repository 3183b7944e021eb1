"""The app's own start paints the home screen first and builds the other sections right after
(or as soon as one is asked for): the same window, ready sooner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from partage_desktop.ui import build_main_window

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = ["section:home", "section:guides", "section:agreements", "section:journal", "section:resources",
            "section:organizations"]


def file_menu_names(window) -> list[str]:
    return [a.objectName() or ("---" if a.isSeparator() else a.text()) for a in window.file_menu.actions()]


def test_after_the_first_paint_the_window_is_the_one_built_all_at_once(qtbot, data_dir):
    eager = build_main_window(data_dir, "fr")
    qtbot.addWidget(eager)
    window = build_main_window(data_dir, "fr", sections_after_first_paint=True)
    qtbot.addWidget(window)
    assert window.findChild(QWidget, "section:journal") is None  # not built before the first paint
    assert window.section_names() == SECTIONS  # the sidebar is whole from the start
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QWidget, "section:organizations") is not None, timeout=10000)
    assert [window.stack.widget(i).objectName() for i in range(window.stack.count())] == SECTIONS
    assert file_menu_names(window) == file_menu_names(eager)  # the Agreements actions in their place
    assert window.current_section() == "section:home"
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.nav.visualItemRect(window.nav.item(3)).center())
    assert window.current_section() == "section:journal"


def test_a_section_asked_for_before_they_are_built_is_built_at_once(qtbot, data_dir):
    window = build_main_window(data_dir, "fr", sections_after_first_paint=True)
    qtbot.addWidget(window)
    window.show_section("section:organizations")  # Ctrl+5 at once, say
    assert window.current_section() == "section:organizations"
    assert window.findChild(QWidget, "section:organizations").isVisibleTo(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the build planned at the first paint finds everything done: nothing twice
    assert window.stack.count() == len(SECTIONS)


PROBE = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from partage_desktop.ui import build_main_window
window = build_main_window(sys.argv[1], "fr", sections_after_first_paint=True)
seen = {}
class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen["at_paint"] = sorted(sys.modules)
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))
        return False
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
print(json.dumps({"at_paint": seen["at_paint"], "after": sorted(sys.modules),
                  "sections": [window.stack.widget(i).objectName() for i in range(window.stack.count())]}))
"""


@pytest.mark.slow
def test_smoke_says_when_the_home_screen_is_painted_on_a_demo_folder(data_dir):
    subprocess.run([sys.executable, "-m", "partage_desktop", "--data-dir", str(data_dir), "demo", "--entries", "20"],
                   check=True, capture_output=True, cwd=ROOT, timeout=120)
    result = subprocess.run([sys.executable, "-m", "partage_desktop", "--data-dir", str(data_dir), "--smoke"],
                            capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    figures = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    assert int(figures["home_painted_ms"]) >= int(figures["startup_ms"]) > 0


@pytest.mark.slow
def test_the_first_paint_waits_for_no_other_section_nor_the_database_layer(data_dir):
    subprocess.run([sys.executable, "-m", "partage_desktop", "--data-dir", str(data_dir), "demo", "--entries", "20"],
                   check=True, capture_output=True, cwd=ROOT, timeout=120)
    result = subprocess.run([sys.executable, "-c", PROBE, str(data_dir)], capture_output=True, text=True, cwd=ROOT,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=120, check=True)
    state = json.loads(result.stdout.strip().splitlines()[-1])
    later = ["partage_desktop.ui.guides.section", "partage_desktop.ui.agreements.section",
             "partage_desktop.ui.journal.section", "partage_desktop.ui.organizations.section", "sqlalchemy",
             "alembic", "reportlab"]
    assert [name for name in later if name in state["at_paint"]] == []
    assert all(name in state["after"] for name in later[:4])  # built just after
    assert state["sections"] == SECTIONS
