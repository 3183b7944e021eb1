"""In the installed app: Qt's set-up, done when the window is about to open rather than at every start.

PyInstaller's own runtime hook for PySide6 loads ``PySide6.QtCore`` as soon as the program starts,
even for a command that never opens a window: about 70 ms of every ``partage-desktop`` command.
The bundle leaves that hook out (packaging/partage.spec) and the app does the same work here,
before its first Qt import. From source (not frozen) there is nothing to do.
"""

from __future__ import annotations

import os
import sys


def prepare() -> None:
    """What PyInstaller's ``pyi_rth_pyside6`` does: Qt's plugin folders, and a ``qt.conf`` when
    the PySide6 package does not provide its own."""
    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or base is None:
        return
    qt = os.path.join(base, "PySide6") if sys.platform.startswith("win") else os.path.join(base, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt, "qml")
    if sys.platform.startswith("win"):  # so that QtNetwork finds the OpenSSL libraries shipped beside it
        os.environ["PATH"] = os.pathsep.join(p for p in (base, os.environ.get("PATH", "")) if p)
    try:
        from _pyi_rth_utils import (
            qt as pyinstaller_qt,  # PyInstaller's helper, in every bundle it makes
        )
    except ImportError:
        return
    pyinstaller_qt.create_embedded_qt_conf("PySide6", qt)
