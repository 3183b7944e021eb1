"""The article reader: guide Markdown rendered as HTML in a centred, readable column, with zoom."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontMetricsF, QImageReader, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from partage_desktop.platform.resources import resource_path

if TYPE_CHECKING:
    from partage_desktop.core.guides import markdown_blocks as mb

ACCENT = "#1f4e79"
# QTextDocument understands a subset of CSS: colours, margins, line-height, borders on tables.
STYLE = f"""
h1 {{ color: {ACCENT}; margin-top: 4px; margin-bottom: 6px; }}
h2 {{ color: {ACCENT}; margin-top: 18px; margin-bottom: 4px; }}
h3 {{ margin-top: 12px; margin-bottom: 2px; }}
p, li {{ line-height: 135%; }}
p {{ margin-top: 4px; margin-bottom: 8px; }}
p.summary {{ color: #3c4650; font-style: italic; margin-bottom: 12px; }}
p.caption {{ color: #555555; font-style: italic; }}
a {{ color: {ACCENT}; }}
code {{ background-color: #eef1f4; }}
table.grid {{ border-color: #9aa8b8; border-style: solid; margin-top: 4px; margin-bottom: 10px; }}
th {{ background-color: #e4ecf4; text-align: left; }}
td, th {{ border-color: #9aa8b8; }}
div.related {{ background-color: #f2f5f8; margin-top: 18px; }}
"""
MIN_POINT_SIZE = 11.0
COLUMN_CHARS = 82  # a comfortable line length for reading


class ArticleView(QTextBrowser):
    """Shows one article; ``show_markdown`` takes the article body plus the app's own additions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guides-article")
        self.setOpenLinks(False)
        self.setSearchPaths([str(resource_path("guides"))])
        self.document().setDefaultStyleSheet(STYLE)
        font = self.font()
        if font.pointSizeF() < MIN_POINT_SIZE:
            font.setPointSizeF(MIN_POINT_SIZE)
            self.setFont(font)
        self._base_size = self.font().pointSizeF()
        self._parts: tuple[str, str, list[mb.Block], str] | None = None
        self._image_width = 0

    def install_zoom_shortcuts(self, owner: QWidget) -> None:
        """Ctrl+± and Ctrl+0 anywhere inside ``owner`` (the whole section, not only the view)."""
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in), ("Ctrl+=", self.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, self.zoom_out), ("Ctrl+0", self.zoom_reset)):
            action = QAction(owner)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            owner.addAction(action)

    # ------------------------------------------------------------------ content
    def show_article(self, title: str, summary: str, body: str, extra_html: str = "") -> None:
        from partage_desktop.core.guides import (  # deferred: not needed at start-up
            markdown_blocks as mb,  # loaded with the first article, not at start-up
        )

        self._parts = (title, summary, mb.parse(body), extra_html)
        self._render()
        self.verticalScrollBar().setValue(0)

    def _render(self) -> None:
        if self._parts is None:
            return
        from partage_desktop.core.guides import (  # deferred: not needed at start-up
            markdown_blocks as mb,
        )

        title, summary, blocks, extra = self._parts
        self._image_width = self._column_width() - 8
        html = (f"<h1>{escape(title)}</h1><p class='summary'>{escape(summary)}</p>"
                + mb.to_html(blocks, image=self._image) + extra)
        self.setHtml(html)

    def _image(self, image: mb.Image) -> str:
        natural = QImageReader(str(resource_path("guides") / image.src)).size()
        if natural.isValid() and natural.width() > 0:
            width = min(natural.width(), max(200, self._image_width))
            height = round(natural.height() * width / natural.width())
        else:
            width, height = max(200, self._image_width), 0
        size = f'width="{width}"' + (f' height="{height}"' if height else "")
        return (f'<div align="center"><img src="{escape(image.src)}" {size} alt="{escape(image.alt)}"></div>'
                f'<p class="caption" align="center">{escape(image.alt)}</p>')

    # ------------------------------------------------------------------ layout and zoom
    def _column_width(self) -> int:
        return self.viewport().width() - 2 * int(self.document().documentMargin())

    def _margins(self) -> tuple[int, int]:
        m = self.viewportMargins()
        return m.left(), m.right()

    def _centre(self) -> None:
        total = self.width() - 2 * self.frameWidth() - (
            self.verticalScrollBar().width() if self.verticalScrollBar().isVisible() else 0)
        column = int(QFontMetricsF(self.font()).averageCharWidth() * COLUMN_CHARS)
        side = max(0, (total - column) // 2)
        if self._margins() != (side, side):
            self.setViewportMargins(side, 0, side, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._centre()
        if self._parts and abs(self._column_width() - 8 - self._image_width) > 24 and self._has_images():
            scroll = self.verticalScrollBar().value()
            self._render()
            self.verticalScrollBar().setValue(scroll)

    def _has_images(self) -> bool:
        from partage_desktop.core.guides import (  # deferred: not needed at start-up
            markdown_blocks as mb,
        )

        return bool(self._parts and any(isinstance(b, mb.Image) for b in self._parts[2]))

    def zoom_in(self) -> None:
        self._zoom(1.0)

    def zoom_out(self) -> None:
        self._zoom(-1.0)

    def zoom_reset(self) -> None:
        self._zoom(self._base_size - self.font().pointSizeF())

    def _zoom(self, step: float) -> None:
        font = self.font()
        size = min(32.0, max(8.0, font.pointSizeF() + step))
        if size == font.pointSizeF():
            return
        font.setPointSizeF(size)
        self.setFont(font)
        self._centre()
        scroll = self.verticalScrollBar().value()
        self._render()
        self.verticalScrollBar().setValue(scroll)

    def point_size(self) -> float:
        return self.font().pointSizeF()
