"""The fonts every PDF uses: DejaVu, shipped in resources/fonts and embedded in each file.

ReportLab is imported only when a PDF is made. ``missing_glyphs`` tells which characters of a
text the fonts cannot draw, so that validation warns instead of printing empty boxes.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from partage_desktop.platform.resources import fonts_dir

SERIF = "PartageSerif"
SERIF_BOLD = "PartageSerif-Bold"
SERIF_ITALIC = "PartageSerif-Italic"
SANS = "PartageSans"
SANS_BOLD = "PartageSans-Bold"

_FILES = {
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
}

# Characters that never print as glyphs (line breaks, tabs): not worth a warning.
_IGNORED = {"\n", "\r", "\t"}


@cache
def _fonts() -> dict[str, Any]:
    from reportlab.pdfbase.ttfonts import TTFont

    folder = fonts_dir()
    return {name: TTFont(name, str(folder / file)) for name, file in _FILES.items()}


@cache
def register_fonts() -> str:
    """Register the families with ReportLab (once per process); returns the body font's name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    for font in _fonts().values():
        pdfmetrics.registerFont(font)
    # bold italic is never used on its own: it falls back to bold rather than costing a font load
    pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC,
                                  boldItalic=SERIF_BOLD)
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    addMapping(SANS, 0, 0, SANS)
    return SERIF


@cache
def _covered() -> frozenset[int]:
    """Code points that every face we print with can draw."""
    covered: set[int] | None = None
    for font in _fonts().values():
        points = set(font.face.charToGlyph)
        covered = points if covered is None else covered & points
    return frozenset(covered or ())


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` that the shipped fonts cannot draw (empty set when all print)."""
    if text.isascii():
        return set()
    covered = _covered()
    return {ch for ch in text if ord(ch) not in covered and ch not in _IGNORED}
