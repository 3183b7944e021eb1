"""Search results of the Guides section: title and highlighted snippet per row, and the
"no result" state that offers other words to try."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

ARTICLE_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
MARK = "<span style='background-color:#ffe58a; color:#1a1a1a; font-weight:bold'>"


def snippet_html(snippet: str) -> str:
    from partage_desktop.core.snippets import (  # deferred: not at start-up
        HIGHLIGHT_END,
        HIGHLIGHT_START,
    )

    return escape(snippet).replace(HIGHLIGHT_START, MARK).replace(HIGHLIGHT_END, "</span>")


class _HtmlDelegate(QStyledItemDelegate):
    """Paints each row's rich text, wrapped to the list's width."""

    PADDING = 6

    def __init__(self, parent: QListWidget) -> None:
        super().__init__(parent)
        # laid-out rows by (html, width): sizeHint and paint need the same layout; a keystroke
        # must not lay every row out twice
        self._docs: dict[tuple[str, int], QTextDocument] = {}

    def forget(self) -> None:
        self._docs.clear()

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        html = index.data(HTML_ROLE) or ""
        width = max(80, option.rect.width() - 2 * self.PADDING)
        doc = self._docs.get((html, width))
        if doc is None:
            if len(self._docs) > 200:
                self._docs.clear()
            doc = QTextDocument()
            doc.setDefaultFont(option.font)
            doc.setHtml(html)
            doc.setTextWidth(width)
            self._docs[(html, width)] = doc
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + self.PADDING, option.rect.top() + self.PADDING)
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        parent = self.parent()
        if isinstance(parent, QListWidget):
            opt.rect.setWidth(parent.viewport().width())
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2 * self.PADDING)


class GuideResultsList(QListWidget):
    """One row per article found; Enter or a click opens it (``article_chosen``)."""

    article_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guides-results")
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.delegate = _HtmlDelegate(self)
        self.setItemDelegate(self.delegate)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)

    def show_results(self, results: list) -> None:  # list[services.guides.GuideResult]
        from partage_desktop.core.snippets import (  # deferred: not needed at start-up
            HIGHLIGHT_END,
            HIGHLIGHT_START,
        )

        self.delegate.forget()
        self.clear()
        for result in results:
            plain = result.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
            item = QListWidgetItem(f"{result.title}. {plain}")  # what screen readers say
            item.setData(ARTICLE_ROLE, result.id)
            item.setData(HTML_ROLE, f"<b>{escape(result.title)}</b><br>{snippet_html(result.snippet)}")
            item.setToolTip(result.summary)
            self.addItem(item)
        if self.count():
            self.setCurrentRow(0)

    def ids(self) -> list[str]:
        return [self.item(i).data(ARTICLE_ROLE) for i in range(self.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        article_id = item.data(ARTICLE_ROLE)
        if article_id:
            self.article_chosen.emit(article_id)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        super().resizeEvent(event)
        self.doItemsLayout()  # row heights depend on the width (wrapped snippets)


class NoResultPanel(QLabel):
    """Says nothing matched and offers words that do find something; a click searches for it."""

    suggestion_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guides-no-result")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setContentsMargins(4, 8, 4, 8)
        self.linkActivated.connect(lambda link: self.suggestion_chosen.emit(link.removeprefix("suggest:")))
        self.suggestions: list[str] = []

    def show_for(self, query: str, suggestions: list[str]) -> None:
        self.suggestions = suggestions
        head = self.tr("No article matches “%1”.").replace("%1", escape(query))
        hint = self.tr("Check the spelling, use fewer words, or try one of these:")
        links = "<br>".join(f"• <a href='suggest:{escape(s)}'>{escape(s)}</a>" for s in suggestions)
        self.setText(f"<p><b>{head}</b></p><p>{escape(hint)}</p><p>{links}</p>")
