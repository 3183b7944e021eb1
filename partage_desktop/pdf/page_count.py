"""A ReportLab canvas that keeps every page until the end, so that each footer can say "Page X of Y";
and the footer of the letter-size documents (a title on the left, the page number on the right)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from partage_desktop.pdf.fonts import SANS

FOOTER_SIZE = 8

# draws one page's footer: (canvas, page number, page count)
Footer = Callable[[Canvas, int, int], None]


def counting_canvas(footer: Footer, **defaults: Any) -> type[Canvas]:
    """A canvas class for ``canvasmaker=``: ``footer`` is drawn on each page once the count is known;
    ``defaults`` are canvas keyword arguments (``initialFontName=…``) unless the caller gives them."""

    class PageCountCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            for key, value in defaults.items():
                kwargs.setdefault(key, value)
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return PageCountCanvas


def fit_text(text: str, width: float, font: str = SANS, size: float = FOOTER_SIZE) -> str:
    """``text`` as it fits in ``width`` points, cut at a word when it can and ended with "…"."""
    if stringWidth(text, font, size) <= width:
        return text
    cut = text
    while cut and stringWidth(cut + "…", font, size) > width:
        cut = cut[:-1]
    word = cut.rsplit(" ", 1)[0] if " " in cut and len(cut.rsplit(" ", 1)[0]) > len(cut) // 2 else cut
    return word.rstrip(" ,;:—-") + "…"


def titled_footer_canvas(footer: str, page_of: str, **defaults: Any) -> type[Canvas]:
    """A letter-size document's footer on every page: ``footer`` (its title, cut to fit) on the
    left and ``page_of`` ("Page {page} de {pages}") on the right (the funder report, the offers sheet)."""

    def draw(canvas: Any, page: int, total: int) -> None:
        canvas.setFont(SANS, FOOTER_SIZE)
        canvas.setFillColor(colors.HexColor("#555555"))
        number = page_of.format(page=page, pages=total)
        room = LETTER[0] - 4 * cm - stringWidth(number, SANS, FOOTER_SIZE) - 0.8 * cm
        canvas.drawString(2 * cm, 1.2 * cm, fit_text(footer, room))
        canvas.drawRightString(LETTER[0] - 2 * cm, 1.2 * cm, number)

    return counting_canvas(draw, **defaults)
