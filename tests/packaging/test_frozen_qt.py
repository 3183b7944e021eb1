"""The installed app sets Qt up itself, just before its window (PyInstaller's hook is left out)."""

from __future__ import annotations

import os
import sys

from partage_desktop.platform import frozen_qt


def test_from_source_nothing_is_touched(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delenv("QT_PLUGIN_PATH", raising=False)
    frozen_qt.prepare()
    assert "QT_PLUGIN_PATH" not in os.environ


def test_in_the_bundle_qt_finds_its_plugins_beside_the_app(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("QT_PLUGIN_PATH", "elsewhere")
    monkeypatch.setenv("QML2_IMPORT_PATH", "elsewhere")
    monkeypatch.setitem(sys.modules, "_pyi_rth_utils", None)  # not in a source checkout: skipped
    frozen_qt.prepare()
    assert os.environ["QT_PLUGIN_PATH"] == str(tmp_path / "PySide6" / "Qt" / "plugins")
    assert os.environ["QML2_IMPORT_PATH"] == str(tmp_path / "PySide6" / "Qt" / "qml")

