"""What goes into the frozen bundle: the Qt modules, plugins and translations Partage uses.

Shared by the PyInstaller spec (which filters PyInstaller's findings through ``keep``) and by the
tests, so the rules can be checked without building. Paths are the bundle-relative destination
names PyInstaller uses (``PySide6/Qt/plugins/platforms/libqxcb.so``, ``PySide6/Qt6Core.dll`` …),
compared with forward slashes and in lower case so one rule serves Linux, Windows and macOS.
"""

from __future__ import annotations

import re

# Qt modules the app imports or may import (the PDF preview uses QtPdf/QtPdfWidgets, which need
# QtNetwork), loaded lazily in places, so PyInstaller is told about them explicitly.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg", "QtPdf", "QtPdfWidgets",
              "QtNetwork")

# Python-level modules never to freeze: Qt parts the app does not use, and tools. On Python 3.11 the
# app installs PySide6-Addons (QtPdf lives there before 6.12), so every Addons module is listed.
EXCLUDED_MODULES = tuple(f"PySide6.{m}" for m in (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender", "QtAxContainer",
    "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner",
    "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPositioning",
    "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio",
    "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools",
    "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets",
    "QtWebView", "QtXml",
)) + ("tkinter", "_tkinter", "pytest", "pytestqt", "hypothesis", "mypy", "ruff", "IPython",
      "numpy", "setuptools", "pip",
      # Pillow's optional codecs (AVIF, WebP, colour management, FreeType text), ~9 MB of
      # libraries. Pillow itself must stay: ReportLab imports it whenever it is loaded.
      "PIL._avif", "PIL._webp", "PIL._imagingcms", "PIL._imagingft", "PIL._imagingtk",
      "PIL.ImageTk", "PIL.ImageQt",
      # Terminal line editing and East Asian codecs: never used by a French/English desktop app.
      "readline", "curses", "_curses", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp",
      "_codecs_kr", "_codecs_tw",
      # Source highlighting and interactive help, reached only through optional ReportLab helpers.
      "pygments", "pydoc", "pydoc_data", "doctest",
      # lxml's extras (~4 MB): PyInstaller's lxml hook takes every submodule, but python-docx,
      # pikepdf, pyHanko and fontTools only ever import lxml.etree (and its _elementpath).
      "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.cssselect", "lxml.usedoctest",
      "lxml.doctestcompare", "lxml.sax", "lxml.builder")

# Qt shared libraries of unused modules that may still be picked up as plugin dependencies.
_EXCLUDED_QT_LIBS = re.compile(
    r"qt6(quick|qml|opengl|virtualkeyboard|webengine|3d|multimedia|charts|datavisualization|"
    r"designer|help|sql|test|positioning|location|sensors|serial|bluetooth|nfc|texttospeech|"
    r"remoteobjects|scxml|statemachine|spatialaudio|websockets|webchannel|httpserver|"
    r"waylandcompositor|shadertools|labs|graphs|waylandclient|wlshellintegration|eglfs|canvaspainter)")
# The same modules as macOS frameworks (QtQuick.framework/…).
_EXCLUDED_QT_FRAMEWORKS = re.compile(
    r"(^|/)qt(quick|qml|opengl|virtualkeyboard|webengine|3d|multimedia|charts|designer|sql|test|"
    r"waylandcompositor|shadertools|labs|graphs)[^/]*\.framework(/|$)")

# Qt plugin folders kept (everything else under plugins/ is dropped), and inside some of them
# only the plugins listed. Wayland is left out: Qt falls back to X11 (XWayland) by itself.
_KEPT_PLUGIN_DIRS = {"platforms", "platformthemes", "imageformats", "iconengines", "printsupport",
                     "styles", "xcbglintegrations", "platforminputcontexts"}
_KEPT_PLUGINS = {
    "platforms": ("qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa", "qdirect2d"),
    "imageformats": ("qsvg", "qico", "qjpeg", "qgif"),
    "iconengines": ("qsvgicon",),
    # GTK's theme plugin would drag the build machine's cairo/pango/gio into the bundle, to be
    # mixed with the user's GTK; the desktop portal theme gives native file dialogs without that.
    "platformthemes": ("qxdgdesktopportal",),
}

# Qt's own translations: only the bases (qtbase_*, qt_*) in the app's languages.
_KEPT_TRANSLATION = re.compile(r"^(qt|qtbase)_(fr|en)\.qm$")


def _plugin_kept(rest: str) -> bool:
    parts = rest.split("/")
    folder = parts[0]
    if folder not in _KEPT_PLUGIN_DIRS:
        return False
    wanted = _KEPT_PLUGINS.get(folder)
    if wanted is None or len(parts) < 2:
        return True
    stem = parts[-1].removeprefix("lib").split(".")[0]
    return stem in wanted


# Linux libraries taken from the user's system, not from the build machine: the CUPS client must
# match the system's print server (and brings ~10 MB of TLS/Kerberos libraries with it). Where it is
# missing, Qt's print dialog still offers printing to a PDF file.
_SYSTEM_LIBS = re.compile(r"^libcups\.so(\.|$)")


# pyphen's hyphenation dictionaries (~6 MB for 40 languages): the app hyphenates only French and
# English (pdf/agreement/style.py asks for « fr_FR » and « en_US », which pyphen finds by listing
# its dictionaries folder). Each dictionary's README (its licence) travels with it.
_KEPT_HYPHENATION = re.compile(r"^(hyph|readme_hyph)_(fr|en_us)\.(dic|txt)$")
# python-docx's unpacked copy of its default.docx (~1 MB), for its maintainers: python-docx reads
# default.docx and the default-*.xml parts beside it, never this folder.
_DOCX_TEMPLATE_SOURCE = "docx/templates/default-docx-template/"


def keep(dest_name: str) -> bool:
    """Whether a file PyInstaller collected belongs in the bundle."""
    name = dest_name.replace("\\", "/").lower()
    base = name.rsplit("/", 1)[-1]
    if _SYSTEM_LIBS.match(base):
        return False
    if name.startswith("pyphen/dictionaries/"):
        return bool(_KEPT_HYPHENATION.match(base))
    if name.startswith(_DOCX_TEMPLATE_SOURCE):
        return False
    if base.endswith((".pyi", ".pxd")):
        return False  # type stubs and Cython declarations (pikepdf's, alembic's): never imported
    if "pyside6" in name and ("/qml/" in name or "/libexec/" in name or "/metatypes/" in name):
        return False
    if _EXCLUDED_QT_FRAMEWORKS.search(name):
        return False
    if "/translations/" in name and base.endswith(".qm") and "pyside6" in name:
        return bool(_KEPT_TRANSLATION.match(base))
    plugins = re.search(r"(?:^|/)plugins/(.+)$", name)
    if plugins and "pyside6" in name:
        return _plugin_kept(plugins.group(1))
    if "pyside6" in name or "qt6" in base or base.startswith("libqt6"):
        return not _EXCLUDED_QT_LIBS.search(base)
    return True


def skip_resource(relative: str) -> bool:
    """Files of resources/ and db/ not needed at run time (sources, caches)."""
    name = relative.replace("\\", "/")
    return "__pycache__" in name.split("/") or name.endswith((".pyc", ".ts", ".po"))


def prune(entries: list[tuple[str, str, str]], imports) -> list[tuple[str, str, str]]:  # noqa: ANN001
    """Drop the entries ``keep`` refuses, and then the libraries only they needed.

    ``entries`` are PyInstaller TOC rows (dest name, source path, type); ``imports(source)`` gives
    the file names a binary links to. A library another kept file still links to stays.
    """
    kept = [e for e in entries if keep(e[0])]
    removed = [e for e in entries if not keep(e[0])]
    by_base = {e[0].replace("\\", "/").rsplit("/", 1)[-1]: e for e in kept}

    def closure(roots: list[tuple[str, str, str]]) -> set[str]:
        seen: set[str] = set()
        todo = [e[1] for e in roots if e[2] in ("BINARY", "EXTENSION")]
        while todo:
            for name in imports(todo.pop()):
                base = name.replace("\\", "/").rsplit("/", 1)[-1]
                if base not in seen:
                    seen.add(base)
                    if base in by_base:
                        todo.append(by_base[base][1])
        return seen

    def base(entry: tuple[str, str, str]) -> str:
        return entry[0].replace("\\", "/").rsplit("/", 1)[-1]

    # Libraries the removed files link to, among those PyInstaller placed at the bundle's top as
    # dependencies (files inside a package folder were collected for their own sake), are
    # suspects; the other kept files are the roots, and a suspect stays only if a root needs it,
    # directly or through other libraries.
    top_level = {base(e) for e in kept if "/" not in e[0].replace("\\", "/")}
    suspects = closure(removed) & top_level
    needed = closure([e for e in kept if base(e) not in suspects])
    return [e for e in kept if base(e) not in suspects or base(e) in needed]
