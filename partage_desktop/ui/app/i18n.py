"""Installs Qt's own translations and the app's for the chosen language; locale-aware formatting."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from partage_desktop.core import formatting as core_formatting
from partage_desktop.platform.resources import i18n_dir

_installed: list[QTranslator] = []


def locale_for(lang: str) -> QLocale:
    if lang == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.Canada)
    return QLocale(QLocale.Language.English, QLocale.Country.Canada)


def install(app: QCoreApplication, lang: str) -> None:
    """Replace any installed translators by those of ``lang`` (English is the source language)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(lang))
    if lang != "fr":
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load("qtbase_fr", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    own = QTranslator(app)
    if own.load("partage_fr", str(i18n_dir())):
        app.installTranslator(own)
        _installed.append(own)


def format_date(value: date, lang: str, short: bool = False) -> str:
    """``1er juin 2026``, ``22 novembre 2026`` / ``November 22, 2026``: the PDF's own words
    (core.formatting), which QLocale cannot give (it has no "1er"); short: ``22 nov. 2026`` /
    ``Nov 22, 2026``."""
    if not short:
        return core_formatting.format_date(value, lang)
    fmt = "d MMM yyyy" if lang == "fr" else "MMM d, yyyy"
    text = locale_for(lang).toString(QDate(value.year, value.month, value.day), fmt)
    return "1er" + text[1:] if lang == "fr" and value.day == 1 else text


def format_money(value: Decimal, lang: str) -> str:
    """``1 234,56 $`` / ``$1,234.56``; below zero ``−2 094,00 $`` / ``−$2,094.00`` (QLocale would
    write the accountant's "(2 094,00 $)", which reads as a typo to most people)."""
    return core_formatting.format_money(value, lang)


def clock_time(lang: str) -> str:
    """The time now as people write it: ``14 h 32`` / ``2:32 PM``."""
    from PySide6.QtCore import QTime

    return locale_for(lang).toString(QTime.currentTime(), "H 'h' mm" if lang == "fr" else "h:mm AP")
