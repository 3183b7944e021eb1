"""A ReportLab canvas that keeps every page until the end, so that each footer can say "Page X of Y"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

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
