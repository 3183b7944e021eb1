"""The Guides section: contents by theme, instant search, article view with history and bookmarks."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.guides import GuideArticle, GuideLibrary
from ..resources import resource_path
from ..services import guides as guide_service
from ..store.guide_search import HIGHLIGHT_END, HIGHLIGHT_START

ARTICLE_ROLE = Qt.ItemDataRole.UserRole


class GuidesSection(QWidget):
    """Loads the library the first time it is shown, so that it costs nothing at start-up."""

    navigate = Signal(str)  # "section:…" or "app:…" targets
    create_agreement = Signal(str)  # template id
    bookmarks_changed = Signal(list)

    def __init__(self, lang: str, bookmarks: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section:guides")
        self.lang = lang
        self.library: GuideLibrary | None = None
        self.bookmarks = list(bookmarks)
        self.history: list[str] = []
        self.position = -1
        self._build()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("guides-search")
        self.search.setPlaceholderText(self.tr("Search the guides (e.g. lend a van)"))
        self.search.setAccessibleName(self.tr("Search the guides"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.search.returnPressed.connect(self._open_first_result)

        self.tree = QTreeWidget()
        self.tree.setObjectName("guides-contents")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Contents"))
        self.tree.itemActivated.connect(self._open_item)
        self.tree.itemClicked.connect(self._open_item)
        self.results = QListWidget()
        self.results.setObjectName("guides-results")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(self._open_item)
        self.no_result = QLabel()
        self.no_result.setObjectName("guides-no-result")
        self.no_result.setWordWrap(True)
        self.no_result.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.left_stack = QStackedWidget()
        for widget in (self.tree, self.results, self.no_result):
            self.left_stack.addWidget(widget)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.left_stack, 1)
        tools = QLabel(self.tr("Self-assessment tools"))
        tools.setStyleSheet("font-weight: bold")
        left_layout.addWidget(tools)
        for name, text in (("selfassess-continuum", self.tr("Where are we on the continuum?")),
                           ("selfassess-readiness", self.tr("Are we ready?")),
                           ("selfassess-energy", self.tr("Energy versus benefits"))):
            button = QPushButton(text)
            button.setObjectName(f"open:{name}")
            button.clicked.connect(lambda _=False, n=name: self.open_tool(n))
            left_layout.addWidget(button)

        self.back = self._tool(self.tr("◀ Back"), QKeySequence.StandardKey.Back, self.go_back)
        self.forward = self._tool(self.tr("Forward ▶"), QKeySequence.StandardKey.Forward, self.go_forward)
        self.star = self._tool(self.tr("☆ Add to bookmarks"), QKeySequence("Ctrl+D"), self.toggle_bookmark)
        self.star.setObjectName("guides-bookmark")
        self.print_button = self._tool(self.tr("Print…"), QKeySequence.StandardKey.Print, self.print_article)
        bar = QHBoxLayout()
        for button in (self.back, self.forward, self.star, self.print_button):
            bar.addWidget(button)
        bar.addStretch(1)

        self.view = QTextBrowser()
        self.view.setObjectName("guides-article")
        self.view.setAccessibleName(self.tr("Article"))
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self.follow_link)
        self.view.setSearchPaths([str(resource_path("guides"))])
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, lambda: self.view.zoomIn(1)),
                           ("Ctrl+=", lambda: self.view.zoomIn(1)),
                           (QKeySequence.StandardKey.ZoomOut, lambda: self.view.zoomOut(1))):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 8, 8, 8)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.view, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_buttons()

    def _tool(self, text: str, keys: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(text.strip("◀▶☆★ "))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------ loading
    def ensure_loaded(self) -> None:
        if self.library is None:
            self.library = guide_service.library(self.lang)
            self._fill_tree()
            first = next(iter(self.library.by_theme()))[1]
            if first and self.position < 0:
                self.open_article(first[0].id)

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt API
        self.ensure_loaded()
        super().showEvent(event)

    def _fill_tree(self) -> None:
        assert self.library is not None
        self.tree.clear()
        if self.bookmarks:
            node = QTreeWidgetItem([self.tr("★ My bookmarks")])
            for article_id in self.bookmarks:
                article = self.library.get(article_id)
                if article:
                    child = QTreeWidgetItem([article.title])
                    child.setData(0, ARTICLE_ROLE, article.id)
                    node.addChild(child)
            self.tree.addTopLevelItem(node)
        for theme, articles in self.library.by_theme():
            node = QTreeWidgetItem([theme.title[self.lang]])
            for article in articles:
                child = QTreeWidgetItem([article.title])
                child.setData(0, ARTICLE_ROLE, article.id)
                child.setToolTip(0, article.summary)
                node.addChild(child)
            self.tree.addTopLevelItem(node)
        self.tree.expandAll()

    # ------------------------------------------------------------------ search
    def run_search(self) -> None:
        self.ensure_loaded()
        query = self.search.text().strip()
        if not query:
            self.left_stack.setCurrentWidget(self.tree)
            return
        results = guide_service.search(query, self.lang)
        self.results.clear()
        if not results:
            words = ", ".join(guide_service.suggestions(self.lang)[:5])
            self.no_result.setText(self.tr("No article matches “%1”. Check the spelling or try other "
                                           "words, for example: %2.").replace("%1", query).replace("%2", words))
            self.left_stack.setCurrentWidget(self.no_result)
            return
        for result in results:
            snippet = escape(result.snippet).replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")
            item = QListWidgetItem(f"{result.title}")
            item.setData(ARTICLE_ROLE, result.id)
            item.setToolTip(result.summary)
            label = QLabel(f"<b>{escape(result.title)}</b><br><span>{snippet}</span>")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(4, 4, 4, 4)
            self.results.addItem(item)
            item.setSizeHint(label.sizeHint().expandedTo(label.minimumSizeHint()))
            self.results.setItemWidget(item, label)
        self.left_stack.setCurrentWidget(self.results)

    def _open_first_result(self) -> None:
        if self.left_stack.currentWidget() is self.results and self.results.count():
            self._open_item(self.results.item(0))

    def _open_item(self, item: QListWidgetItem | QTreeWidgetItem, *_: object) -> None:
        article_id = item.data(0, ARTICLE_ROLE) if isinstance(item, QTreeWidgetItem) else item.data(ARTICLE_ROLE)
        if article_id:
            self.open_article(article_id)

    # ------------------------------------------------------------------ articles
    def open_article(self, article_id: str, record: bool = True) -> bool:
        self.ensure_loaded()
        assert self.library is not None
        article = self.library.get(article_id)
        if article is None:
            return False
        self.view.setMarkdown(self._markdown(article))
        self.view.document().setMetaInformation(self.view.document().MetaInformation.DocumentTitle, article.title)
        if record:
            del self.history[self.position + 1:]
            self.history.append(article_id)
            self.position = len(self.history) - 1
        self._update_buttons()
        return True

    def open_help(self, context_id: str) -> bool:
        self.ensure_loaded()
        assert self.library is not None
        article = self.library.for_help(context_id)
        return self.open_article(article.id) if article else False

    def current_article(self) -> str | None:
        return self.history[self.position] if self.position >= 0 else None

    def _markdown(self, article: GuideArticle) -> str:
        assert self.library is not None
        parts = [f"# {article.title}\n\n*{article.summary}*\n\n{article.body}"]
        catalogue_titles = guide_service.template_titles(self.lang)
        if article.templates:
            create = self.tr("Create an agreement:")
            parts.append("\n\n---\n\n## " + self.tr("Agreements for this") + "\n\n")
            parts += [f"- [{create} {catalogue_titles.get(t, t)}](template:{t})\n" for t in article.templates]
        see_also = self.library.see_also(article.id)
        if see_also:
            parts.append("\n\n## " + self.tr("See also") + "\n\n")
            parts += [f"- [{a.title}](guide:{a.id})\n" for a in see_also]
        return "".join(parts)

    def follow_link(self, url: QUrl) -> None:
        target = url.toString()
        kind, _, value = target.partition(":")
        if kind == "guide":
            self.open_article(value)
        elif kind == "template":
            self.create_agreement.emit(value)
        elif kind == "app" and value.startswith("selfassess-"):
            self.open_tool(value)
        elif kind == "app":
            self.navigate.emit(f"app:{value}")
        elif kind in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def open_tool(self, name: str) -> None:
        from .selfassess import make_dialog

        dialog = make_dialog(name, self.lang, self)
        dialog.open_article.connect(lambda article_id: (dialog.accept(), self.open_article(article_id)))
        dialog.create_agreement.connect(lambda template: (dialog.accept(), self.create_agreement.emit(template)))
        self.tool_dialog = dialog
        dialog.open()

    def go_back(self) -> None:
        if self.position > 0:
            self.position -= 1
            self.open_article(self.history[self.position], record=False)

    def go_forward(self) -> None:
        if self.position < len(self.history) - 1:
            self.position += 1
            self.open_article(self.history[self.position], record=False)

    def toggle_bookmark(self) -> None:
        current = self.current_article()
        if current is None:
            return
        if current in self.bookmarks:
            self.bookmarks.remove(current)
        else:
            self.bookmarks.append(current)
        self._fill_tree()
        self._update_buttons()
        self.bookmarks_changed.emit(list(self.bookmarks))

    def _update_buttons(self) -> None:
        self.back.setEnabled(self.position > 0)
        self.forward.setEnabled(self.position < len(self.history) - 1)
        marked = self.current_article() in self.bookmarks
        self.star.setText(self.tr("★ Remove bookmark") if marked else self.tr("☆ Add to bookmarks"))

    def print_article(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.view.document().print_(printer)
