"""Before the window opens: can Qt start here at all? Said in one plain paragraph rather than a
traceback (a missing system library) or Qt's own abort (no display at all).

On a minimal Linux system, importing PySide6 fails with ``ImportError: libglib-2.0.so.0: cannot
open shared object file`` and, for the X11 platform, Qt aborts the process when one of the xcb
libraries is missing ("could not load the Qt platform plugin xcb"). Here every library Qt needs
is looked up (``ctypes`` loads it: already loaded by the time Qt needs it, so nothing is wasted)
and each missing one is named with the Debian/Ubuntu package that provides it, all at once rather
than one per attempt. Without ``DISPLAY`` nor ``WAYLAND_DISPLAY`` (and no ``QT_QPA_PLATFORM``
chosen, such as ``offscreen``), there is no screen to open a window on: said before Qt aborts.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

# Debian 12 / Ubuntu package of each system library PySide6 (QtCore, QtGui, QtWidgets, QtPdf,
# QtNetwork) loads, checked with ldd on the wheels' libraries.
CORE_LIBRARIES: dict[str, str] = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libbrotlidec.so.1": "libbrotli1",
    "libpng16.so.16": "libpng16-16",
    "libz.so.1": "zlib1g",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
}
# ... and the X11 platform plugin (platforms/libqxcb.so) on top of them.
XCB_LIBRARIES: dict[str, str] = {
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
}
PACKAGES = {**CORE_LIBRARIES, **XCB_LIBRARIES}

_MISSING = re.compile(r"([\w.+-]+\.so[\w.]*): cannot open shared object file")


class CannotStart(Exception):
    """Qt cannot start on this computer; ``key`` (a message code), ``count`` (for a message whose
    wording depends on a number) and ``values`` make the user's message."""

    def __init__(self, key: str, count: int | None = None, **values: str) -> None:
        super().__init__(f"{key}: {values}")
        self.key = key
        self.count = count
        self.values = values


def missing_library(error: BaseException) -> str | None:
    """The file name of the shared library an ImportError (or OSError) says is missing."""
    found = _MISSING.search(str(error))
    return found.group(1) if found else None


def package_for(library: str) -> str | None:
    return PACKAGES.get(library)


def _loadable(library: str, bundled: Path | None) -> bool:
    if bundled is not None and any((folder / library).exists() for folder in (bundled, bundled / "PySide6" / "Qt" / "lib")):
        return True  # shipped inside the installed app
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def missing(libraries: Mapping[str, str]) -> list[str]:
    """The libraries among ``libraries`` that cannot be loaded here."""
    bundled = Path(sys._MEIPASS) if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS") else None  # noqa: SLF001
    return [library for library in libraries if not _loadable(library, bundled)]


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Qt will use its X11 platform plugin: an X display, and no other platform chosen."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":", 1)[0].split(";", 1)[0] == "xcb"
    wayland = bool(environ.get("WAYLAND_DISPLAY")) or environ.get("XDG_SESSION_TYPE") == "wayland"
    return bool(environ.get("DISPLAY")) and not wayland


def no_display(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Linux without any display to open a window on, and no platform (offscreen…) chosen."""
    return (platform.startswith("linux") and not environ.get("QT_QPA_PLATFORM")
            and not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"))


def _libraries_problem(libraries: list[str]) -> CannotStart:
    packages = list(dict.fromkeys(PACKAGES.get(lib, "") for lib in libraries if PACKAGES.get(lib)))
    names = ", ".join(libraries)
    if not packages:  # a library we do not know the package of: name it, the user can search it
        return CannotStart("missing_system_library_unknown", library=names)
    return CannotStart("missing_system_library", library=names, package=" ".join(packages),
                       count=len(libraries))


def check_before_qt(environ: Mapping[str, str] | None = None) -> None:
    """Raise CannotStart when a window cannot open here; do nothing on Windows and macOS."""
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return
    if no_display(environ):
        raise CannotStart("no_display")
    if uses_xcb(environ):
        absent = missing(XCB_LIBRARIES)
        if absent:
            raise _libraries_problem(absent + missing(CORE_LIBRARIES))


def explain_import_error(error: ImportError) -> CannotStart | None:
    """Importing PySide6 failed: which system libraries are missing (all of them, not only the
    first one the loader tripped on), or None when it is not a missing library."""
    first = missing_library(error)
    if first is None:
        return None
    if first.startswith(("libQt6", "libpyside6", "libshiboken6")):  # the app's own Qt, not the system's
        return CannotStart("missing_qt_part", detail=first)
    if not sys.platform.startswith("linux"):
        return None
    absent = missing(CORE_LIBRARIES)
    if first not in absent:
        absent.insert(0, first)
    return _libraries_problem(absent)
