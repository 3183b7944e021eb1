"""The one place that finds bundled resources (templates, guides, fonts, translations) and migrations.

Works the same from a source checkout or editable install (top-level ``resources/`` and ``db/``
beside the package), an installed wheel (``partage_desktop/_resources`` and ``_db``) and a frozen
bundle (PyInstaller puts ``resources/`` and ``db/`` beside the frozen package).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # partage_desktop/, above platform/


class MissingResourceError(Exception):
    """A bundled file the app needs is not where it should be (broken install)."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def _find(top_level: str, packaged: str, marker: str) -> Path:
    candidates = (
        _PACKAGE_DIR.parent / top_level,  # source checkout, editable install, frozen bundle
        _PACKAGE_DIR / packaged,  # installed wheel
    )
    for candidate in candidates:
        if (candidate / marker).exists():
            return candidate
    raise MissingResourceError(top_level)


@cache
def resources_dir() -> Path:
    return _find("resources", "_resources", "templates")


@cache
def migrations_dir() -> Path:
    return _find("db", "_db", "env.py")


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource; raises MissingResourceError when it is absent."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise MissingResourceError("/".join(parts))
    return path


def templates_dir() -> Path:
    return resource_path("templates")


def guides_dir(lang: str) -> Path:
    return resource_path("guides", lang)


def fonts_dir() -> Path:
    return resource_path("fonts")


def i18n_dir() -> Path:
    return resource_path("i18n")
