"""The agreement PDF's look: page geometry, colours, paragraph styles, and safe markup."""

from __future__ import annotations

import re
from html import escape as _html_escape
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Paragraph,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from partage_desktop.pdf.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, SERIF_ITALIC
from partage_desktop.words.typography import superscript_ordinals

PAGE_W, PAGE_H = letter
MARGIN_X = 2.0 * cm
MARGIN_TOP = 1.8 * cm
FOOTER_H = 2.6 * cm
ACCENT = colors.HexColor("#1f4e79")
LIGHT = colors.HexColor("#eef3f8")
RULE = colors.HexColor("#9aa9b8")
CLAUSE_INDENT = 1.1 * cm


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=SERIF, fontSize=10, leading=13.6, spaceAfter=5,
                          splitLongWords=1, bulletFontName=SERIF)
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=SANS_BOLD, fontSize=18, leading=22,
                                textColor=ACCENT, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontName=SERIF_ITALIC, fontSize=10.5,
                                   leading=14, spaceAfter=6),
        "refline": ParagraphStyle("refline", parent=body, fontName=SANS, fontSize=8.5, leading=11,
                                  textColor=colors.HexColor("#333333"), spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=body, fontName=SANS_BOLD, fontSize=11.5, leading=15,
                             textColor=ACCENT, spaceBefore=9, spaceAfter=5, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=SANS_BOLD, fontSize=10, leading=13,
                             spaceBefore=4, spaceAfter=3, keepWithNext=1),
        "center": ParagraphStyle("center", parent=body, fontName=SANS_BOLD, alignment=TA_CENTER,
                                 spaceBefore=4, spaceAfter=4, keepWithNext=1),
        "party": ParagraphStyle("party", parent=body, leftIndent=CLAUSE_INDENT, spaceAfter=4),
        "clause": ParagraphStyle("clause", parent=body, leftIndent=CLAUSE_INDENT, bulletIndent=0,
                                 bulletFontName=SERIF_BOLD),
        "clause_more": ParagraphStyle("clause_more", parent=body, leftIndent=CLAUSE_INDENT),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=CLAUSE_INDENT + 0.45 * cm,
                                 bulletIndent=CLAUSE_INDENT, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.8, leading=11, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName=SANS_BOLD, fontSize=8.5,
                                    leading=10.5, spaceAfter=0),
        "cell_num": ParagraphStyle("cell_num", parent=body, fontSize=8.8, leading=11, spaceAfter=0,
                                   alignment=TA_RIGHT),
        "glance": ParagraphStyle("glance", parent=body, fontSize=9.5, leading=12.5, spaceAfter=0),
        "notice": ParagraphStyle("notice", parent=body, fontName=SERIF_ITALIC, fontSize=8.5,
                                 leading=11, spaceAfter=0),
        "sign": ParagraphStyle("sign", parent=body, fontSize=9, leading=12.5, spaceAfter=0),
        "sign_name": ParagraphStyle("sign_name", parent=body, fontName=SERIF_BOLD, fontSize=9.5,
                                    leading=12.5, spaceAfter=2),
    }


# ---------------------------------------------------------------- typography (layout 2 and later)

HYPHENATION = {"fr": "fr_FR", "en": "en_US"}  # pyphen dictionaries, by document language
# styles of text set in narrow table columns: wrap at word boundaries, hyphenate, never cut a
# word at an arbitrary letter (a cell whose longest word still does not fit gets a smaller font)
CELL_STYLES = ("cell", "cell_head", "cell_num")
# wider boxes (the names over the signature lines, the summary and notice boxes): hyphenated only
# when a word would not fit otherwise
WIDE_STYLES = ("glance", "notice", "sign", "sign_name")
SMALLEST_CELL_FONT = 6.0


def typeset(st: dict[str, ParagraphStyle], lang: str) -> dict[str, ParagraphStyle]:
    """Copies of ``st`` with the archival typography (layout 2): ordinals as superscripts
    everywhere, and hyphenation in ``lang`` (« fr » or « en ») in table cells. A two-language
    layout calls it once per column's language."""
    out: dict[str, ParagraphStyle] = {}
    for name, style in st.items():
        extra: dict[str, Any] = {"typeset": 1}
        # embeddedHyphenation=2: a word pushed to the next line is hyphenated there too, and
        # compounds (Hochelaga-Maisonneuve) may break after their own hyphen
        hyphenated = dict(hyphenationLang=HYPHENATION.get(lang, "en_US"), embeddedHyphenation=2,
                          splitLongWords=0, uriWasteReduce=0.3)
        if name in CELL_STYLES:
            extra.update(hyphenated)
        elif name in WIDE_STYLES:
            extra.update(splitLongWords=0, hyphenated_style=ParagraphStyle(
                style.name, parent=style, typeset=1, **hyphenated))
        out[name] = ParagraphStyle(style.name, parent=style, **extra)
    return out


def is_typeset(style: ParagraphStyle) -> bool:
    return bool(getattr(style, "typeset", 0))


class Para(Paragraph):
    """A paragraph that, in a typeset style, prints ordinals as superscripts (« 1<super>er</super> »).
    Its text is markup already escaped (``_text``): only digits and letters outside tags change."""

    style: Any  # ReportLab's ParagraphStyle (its classes carry no type hints)

    def __init__(self, text: Any, style: Any = None, *args: Any, **kwargs: Any) -> None:
        if isinstance(text, str) and style is not None and is_typeset(style):
            text = superscript_ordinals(text)
        super().__init__(text, style, *args, **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        size = super().wrap(availWidth, availHeight)
        fallback = getattr(self.style, "hyphenated_style", None)
        if fallback is not None and _overflowing(self):
            self.style = fallback  # a word does not fit the box: hyphenate this paragraph
            size = super().wrap(availWidth, availHeight)
        return size


OVERFLOW = 1.5  # points: ReportLab lets a line shrink its spaces a little past the width


def _overflowing(para: Paragraph) -> bool:
    for line in getattr(getattr(para, "blPara", None), "lines", None) or []:
        extra = line[0] if isinstance(line, tuple) else getattr(line, "extraSpace", 0)
        if extra < -OVERFLOW:
            return True
    return False


def overflows(para: Paragraph, width: float) -> bool:
    """Whether a word of ``para`` sticks out of ``width`` (it could not be broken nor hyphenated)."""
    para.wrap(width, 1e6)
    return _overflowing(para)


def fitted(text: str, style: ParagraphStyle, width: float) -> Paragraph | None:
    """A paragraph of ``text`` that fits ``width``, in ``style`` or, when one of its words is too
    long even hyphenated, in a smaller size of it; None when even the smallest does not fit."""
    para = Para(text, style)
    if not overflows(para, width):
        return para
    # ReportLab hyphenates letters and hyphens only: a word with an apostrophe
    # (« l'Abitibi-Témiscamingue ») gets soft hyphens at its dictionary's hyphenation points
    text = soft_hyphenated(text, getattr(style, "hyphenationLang", "") or "")
    para = Para(text, style)
    if not overflows(para, width):
        return para
    # … and breaks after its own hyphens where it must (« Notre-Dame-de- / l'Île-Perrot »)
    text = broken_at_hyphens(text, style, width)
    para = Para(text, style)
    if not overflows(para, width):
        return para
    size = style.fontSize
    while size > SMALLEST_CELL_FONT:
        size = max(SMALLEST_CELL_FONT, round(size - 0.6, 1))
        smaller = ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size,
                                 leading=round(style.leading * size / style.fontSize, 2))
        para = Para(text, smaller)
        if not overflows(para, width):
            return para
    return None


_APOSTROPHE_WORD = re.compile(r"\S*['\u2019]\S*")
_LETTERS = re.compile(r"[^\W\d_]{5,}")


def soft_hyphenated(markup: str, lang: str) -> str:
    """``markup`` with soft hyphens at the hyphenation points of ``lang``'s dictionary in each word
    holding an apostrophe (text outside tags only)."""
    if not lang:
        return markup
    import pyphen  # deferred: only for the rare cell whose word does not fit

    dic = pyphen.Pyphen(lang=lang)

    def run(m: re.Match[str]) -> str:
        return dic.inserted(m.group(0), hyphen="\u00ad")

    def word(m: re.Match[str]) -> str:
        return _LETTERS.sub(run, m.group(0))

    parts = re.split(r"(<[^>]*>|&\w+;)", markup)
    return "".join(p if p.startswith(("<", "&")) else _APOSTROPHE_WORD.sub(word, p) for p in parts)


def broken_at_hyphens(markup: str, style: ParagraphStyle, width: float) -> str:
    """``markup`` with a line break after the hyphens of each word holding an apostrophe that is
    wider than ``width``, packing as many of its parts on a line as fit (ReportLab breaks such a
    word nowhere by itself)."""

    def measure(text: str) -> float:
        return stringWidth(text.replace("\u00ad", ""), style.fontName, style.fontSize)

    def word(m: re.Match[str]) -> str:
        token = m.group(0)
        if measure(token) <= width or "-" not in token:
            return token
        parts = re.findall(r"[^-]+-?|-", token)
        lines, line = [], ""
        for part in parts:
            if line and measure(line + part) > width:
                lines.append(line)
                line = ""
            line += part
        lines.append(line)
        return "<br/>".join(lines)

    parts = re.split(r"(<[^>]*>|&\w+;)", markup)
    return "".join(p if p.startswith(("<", "&")) else _APOSTROPHE_WORD.sub(word, p) for p in parts)


def _tstyle(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style whose cells default to the embedded font (ReportLab's default is Helvetica,
    which would be referenced without being embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SERIF), *commands])


def _text(value: str) -> str:
    """Plain user or template text → safe paragraph markup (line breaks kept)."""
    # html.escape (not xml.sax.saxutils, whose import pulls in urllib) escapes & < > the same way
    return _html_escape(value, quote=False).replace("\n", "<br/>")


class _Bookmark(Flowable):
    """A zero-size marker: where it lands, an outline entry points."""

    def __init__(self, key: str, title: str) -> None:
        super().__init__()
        self.key = key
        self.title = title

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)


