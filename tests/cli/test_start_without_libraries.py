"""Starting the window where Qt cannot: a missing system library names the package to install and
the log (which is written); no display at all is said plainly before Qt aborts."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from partage_desktop.cli.main import main
from partage_desktop.platform import qt_check

GLIB = "libglib-2.0.so.0: cannot open shared object file: No such file or directory"


def _plain(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


@pytest.mark.parametrize("library, package", [
    ("libglib-2.0.so.0", "libglib2.0-0"), ("libEGL.so.1", "libegl1"), ("libGL.so.1", "libgl1"),
    ("libxkbcommon.so.0", "libxkbcommon0"), ("libfontconfig.so.1", "libfontconfig1"),
    ("libdbus-1.so.3", "libdbus-1-3"), ("libxcb-cursor.so.0", "libxcb-cursor0"),
])
def test_each_library_is_mapped_to_its_debian_package(library, package):
    error = ImportError(f"{library}: cannot open shared object file: No such file or directory")
    assert qt_check.missing_library(error) == library
    assert qt_check.package_for(library) == package


def test_every_missing_library_is_named_at_once(monkeypatch):
    monkeypatch.setattr(qt_check.sys, "platform", "linux")
    monkeypatch.setattr(qt_check, "missing", lambda libraries: ["libEGL.so.1", "libfontconfig.so.1"])
    problem = qt_check.explain_import_error(ImportError(GLIB))
    assert problem is not None and problem.key == "missing_system_library"
    assert problem.values["package"] == "libglib2.0-0 libegl1 libfontconfig1"


def test_a_missing_qt_library_of_the_app_itself_says_reinstall():
    problem = qt_check.explain_import_error(ImportError("libQt6Pdf.so.6: cannot open shared object file"))
    assert problem is not None and problem.key == "missing_qt_part"


def test_another_import_error_is_not_mistaken_for_a_missing_library():
    assert qt_check.explain_import_error(ImportError("cannot import name 'QFoo' from 'PySide6.QtCore'")) is None


@pytest.mark.parametrize("environ, xcb, none", [
    ({"DISPLAY": ":0"}, True, False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False, False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, False, False),
    ({}, False, True),
    ({"QT_QPA_PLATFORM": "offscreen"}, False, False),
    ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}, True, False),
])
def test_which_platform_qt_will_use(environ, xcb, none):
    assert qt_check.uses_xcb(environ) is xcb
    assert qt_check.no_display(environ, "linux") is none
    assert qt_check.no_display(environ, "win32") is False


@pytest.mark.parametrize("lang, words", [("fr", "sudo apt-get install libglib2.0-0"),
                                         ("en", "sudo apt-get install libglib2.0-0")])
def test_start_with_a_missing_library_names_the_package_and_the_written_log(data_dir, capsys, monkeypatch,
                                                                             lang, words):
    def no_glib(environ=None):
        raise ImportError(GLIB)  # what importing PySide6 says on a minimal Debian

    monkeypatch.setattr(qt_check, "check_before_qt", no_glib)
    monkeypatch.setattr(qt_check, "missing", lambda libraries: [])
    assert main(["--data-dir", str(data_dir), "--lang", lang, "--smoke"]) == 3
    captured = capsys.readouterr()
    err = _plain(captured.err)
    log = data_dir / "journaux" / "partage.log"
    assert words in err and str(log) in err
    assert "Traceback" not in err and err.count("\n") == 1  # one paragraph
    assert "libglib-2.0.so.0: cannot open shared object file" in log.read_text("utf-8")


def test_without_any_display_it_says_so_instead_of_qt_aborting(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PARTAGE_DATA_DIR")}
    data = tmp_path / "donnees"
    result = subprocess.run([sys.executable, "-m", "partage_desktop", "--data-dir", str(data), "--lang", "en"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 3, result.stderr
    err = _plain(result.stderr)
    assert "no graphical display is available" in err and "QT_QPA_PLATFORM=offscreen" in err
    assert str(data / "journaux" / "partage.log") in err
    assert "Aborted" not in err and "qt.qpa" not in err


def test_any_other_failure_at_start_writes_the_log_and_names_it(data_dir, capsys, monkeypatch):
    def broken(environ=None):
        message = "quelque chose d'imprévu"  # not on the raising line, which the traceback quotes
        raise RuntimeError(message)

    monkeypatch.setattr(qt_check, "check_before_qt", broken)
    assert main(["--data-dir", str(data_dir), "--smoke"]) == 1
    err = _plain(capsys.readouterr().err)
    log = data_dir / "journaux" / "partage.log"
    assert f"Les détails sont dans le journal {log}" in err and "Traceback" not in err
    written = log.read_text("utf-8")
    # the traceback and the kind of error are kept; the message is not (it could quote user text)
    assert "Traceback" in written and "builtins.RuntimeError" in written
    assert "quelque chose" not in written
