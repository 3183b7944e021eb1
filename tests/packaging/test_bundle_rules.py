"""The bundle's selection rules: which Qt parts, translations and libraries the frozen app keeps."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("bundle_rules", ROOT / "packaging" / "bundle_rules.py")
assert _spec and _spec.loader
rules = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rules)


@pytest.mark.parametrize("name", [
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6Network.so.6",  # QtPdf links to it
    "PySide6/Qt6Widgets.dll",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/translations/qtbase_fr.qm",
    "PySide6/translations/qtbase_en.qm",
    "PySide6/Qt/translations/qt_fr.qm",
    "libpython3.11.so.1.0",
    "reportlab/fonts/Vera.ttf",
])
def test_what_the_app_needs_is_kept(name):
    assert rules.keep(name)


@pytest.mark.parametrize("name", [
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt6Quick.dll",
    "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt/qml/QtQuick/Controls/qmldir",
    "PySide6/Qt/plugins/platforms/libqwayland-egl.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/imageformats/libqwebp.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qtdeclarative_fr.qm",
    "libcups.so.2",
])
def test_what_the_app_does_not_use_is_dropped(name):
    assert not rules.keep(name)


def test_libraries_needed_only_by_dropped_files_go_with_them():
    entries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/src/libpixman-1.so.0", "BINARY"),
        ("libz.so.1", "/src/libz.so.1", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("reportlab/fonts/Vera.ttf", "/src/Vera.ttf", "DATA"),
    ]
    links = {
        "/src/libqgtk3.so": {"libcairo.so.2", "libQt6Gui.so.6"},
        "/src/libcairo.so.2": {"libpixman-1.so.0", "libz.so.1"},
        "/src/libQt6Gui.so.6": {"libz.so.1"},
    }
    kept = [e[0] for e in rules.prune(entries, lambda path: links.get(path, set()))]
    # cairo and pixman were there for the GTK theme only; zlib is still needed by QtGui
    assert kept == ["libz.so.1", "PySide6/Qt/lib/libQt6Gui.so.6", "reportlab/fonts/Vera.ttf"]


def test_resource_sources_and_caches_are_not_shipped():
    assert rules.skip_resource("resources/i18n/partage_fr.ts")
    assert rules.skip_resource("db/__pycache__/env.cpython-311.pyc")
    assert not rules.skip_resource("resources/i18n/partage_fr.qm")
    assert not rules.skip_resource("resources/guides/tools/continuum.toml")  # content files travel
    assert not rules.skip_resource("resources/demo/sample.toml")
    assert rules.skip_resource("resources/i18n/messages/fr/LC_MESSAGES/partage.po")
    assert not rules.skip_resource("resources/i18n/messages/fr/LC_MESSAGES/partage.mo")
    assert not rules.skip_resource("db/versions/0001_initial.py")


def test_every_installed_qt_binding_is_either_used_or_left_out():
    """PySide6-Addons (installed on Python 3.11 for QtPdf) brings some 30 Qt modules the app never
    uses: each must be excluded by name, so that none can grow the bundle unnoticed."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    installed = {p.name.split(".")[0] for p in folder.glob("Qt*") if p.suffix in (".so", ".pyd")}
    assert {"QtCore", "QtWidgets", "QtPdf", "QtPdfWidgets"} <= installed
    unsorted = sorted(m for m in installed if m not in rules.QT_MODULES
                      and f"PySide6.{m}" not in rules.EXCLUDED_MODULES)
    assert unsorted == [], f"add these to bundle_rules.EXCLUDED_MODULES (or QT_MODULES if used): {unsorted}"


@pytest.mark.parametrize("name", [
    "pyphen/dictionaries/hyph_fr.dic",
    "pyphen/dictionaries/hyph_en_US.dic",
    "pyphen/dictionaries/README_hyph_fr.txt",  # the dictionary's licence travels with it
    "docx/templates/default.docx",
    "docx/templates/default-header.xml",
    "docx/templates/default-styles.xml",
    "pikepdf/pdfa/data/sRGB.icc",  # the PDF/A output intent
    "pikepdf/pdfa/data/schemas/pdfa-3b.json",
])
def test_what_agreements_need_from_the_new_libraries_is_kept(name):
    assert rules.keep(name)


@pytest.mark.parametrize("name", [
    "pyphen/dictionaries/hyph_de_DE.dic",
    "pyphen/dictionaries/hyph_en_GB.dic",
    "pyphen/dictionaries/README_hyph_pt_BR.txt",
    "docx/templates/default-docx-template/word/styles.xml",
    "pikepdf/_core/_qpdf.pyi",  # type stubs: Python never imports them
    "alembic/op.pyi",
    "lxml/includes/etree.pxd",
])
def test_unused_dictionaries_and_template_sources_are_dropped(name):
    assert not rules.keep(name)


def test_the_kept_dictionaries_are_those_the_agreements_ask_pyphen_for():
    """pyphen resolves a language by listing its dictionaries folder: every language the PDF's
    table cells are hyphenated in must resolve to a dictionary the bundle keeps."""
    import pyphen

    from partage_desktop.pdf.agreement.style import HYPHENATION

    assert set(HYPHENATION) == {"fr", "en"}
    for lang in HYPHENATION.values():
        found = pyphen.language_fallback(lang)
        assert found, lang
        assert rules.keep(f"pyphen/dictionaries/{pyphen.LANGUAGES[found].name}"), lang


def test_only_lxml_etree_is_frozen_of_lxml():
    """python-docx, pikepdf, pyHanko and fontTools import lxml.etree and nothing else of lxml."""
    for extra in ("lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax", "lxml.builder"):
        assert extra in rules.EXCLUDED_MODULES
    assert not any(m in rules.EXCLUDED_MODULES for m in ("lxml", "lxml.etree", "lxml._elementpath"))
