"""The Guides section: contents by theme, instant search, article view with history and bookmarks."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.guides.library import GuideArticle, GuideLibrary
from partage_desktop.services.guides import library as guide_service
from partage_desktop.ui.guides.article_view import ArticleView
from partage_desktop.ui.guides.results import GuideResultsList, NoResultPanel
from partage_desktop.ui.widgets.tasks import TaskRunner

if TYPE_CHECKING:
    from partage_desktop.ui.guides.selfassess import JournalHook, _Base

ARTICLE_ROLE = Qt.ItemDataRole.UserRole


class GuidesSection(QWidget):
    """Loads the library the first time it is shown, so that it costs nothing at start-up."""

    navigate = Signal(str)  # "section:…" or "app:…" targets
    create_agreement = Signal(str)  # template id
    bookmarks_changed = Signal(list)

    def __init__(self, lang: str, bookmarks: list[str], tasks: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section:guides")
        self.lang = lang
        self.tasks = tasks or TaskRunner(self)
        self.export_dir = ""
        # Set by the main window when a project journal exists: lets the self-assessment tools
        # keep their result in a project's journal (see ui/selfassess.JournalHook).
        self.journal: JournalHook | None = None
        self._tools: dict[str, _Base] = {}
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
        # A search takes a few milliseconds: wait only long enough to merge keys typed together.
        self._debounce = QTimer(self, singleShot=True, interval=15)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.search.returnPressed.connect(self._open_first_result)
        self.search.installEventFilter(self)

        self.tree = QTreeWidget()
        self.tree.setObjectName("guides-contents")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Contents"))
        self.tree.itemActivated.connect(self._open_item)
        self.tree.itemClicked.connect(self._open_item)
        self.results = GuideResultsList()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.article_chosen.connect(self.open_article)
        self.no_result = NoResultPanel()
        self.no_result.suggestion_chosen.connect(self.search.setText)
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
        self.print_button.setObjectName("guides-print")
        self.booklet_button = self._tool(self.tr("Booklet PDF…"), QKeySequence("Ctrl+Shift+P"), self.open_booklet)
        self.booklet_button.setObjectName("guides-booklet-open")
        # a tool bar, not a row of buttons: on a narrow window the last ones go under its » button
        bar = QToolBar()
        bar.setObjectName("guides-toolbar")
        bar.setAccessibleName(self.tr("Article tools"))
        for tool in (self.back, self.forward, self.star, self.print_button, self.booklet_button):
            bar.addWidget(tool)

        self.view = ArticleView()
        self.view.setAccessibleName(self.tr("Article"))
        self.view.anchorClicked.connect(self.follow_link)
        self.view.install_zoom_shortcuts(self)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 8, 8, 8)
        right_layout.addWidget(bar)
        right_layout.addWidget(self.view, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Down from the search box goes to the results (or the contents), like a browser's bar."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down:
            target = self.left_stack.currentWidget()
            if target is not None and target is not self.no_result:
                target.setFocus()
                return True
        return super().eventFilter(watched, event)

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
            # the search index (a few tens of ms) is built once the section is up, not on the first key
            QTimer.singleShot(0, self, lambda: guide_service.prepare_search(self.lang))

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
        if not results:
            self.no_result.show_for(query, guide_service.suggestions(self.lang, query))
            self.left_stack.setCurrentWidget(self.no_result)
            return
        self.results.show_results(results)
        self.left_stack.setCurrentWidget(self.results)

    def _open_first_result(self) -> None:
        if self._debounce.isActive():  # Enter typed before the results refreshed
            self._debounce.stop()
            self.run_search()
        if self.left_stack.currentWidget() is self.results and self.results.count():
            row = max(0, self.results.currentRow())
            self.open_article(self.results.item(row).data(ARTICLE_ROLE))

    def _open_item(self, item: QTreeWidgetItem, *_: object) -> None:
        article_id = item.data(0, ARTICLE_ROLE)
        if article_id:
            self.open_article(article_id)

    # ------------------------------------------------------------------ articles
    def open_article(self, article_id: str, record: bool = True) -> bool:
        self.ensure_loaded()
        assert self.library is not None
        article = self.library.get(article_id)
        if article is None:
            return False
        self.view.show_article(article.title, article.summary, article.body, self._additions(article))
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

    def _additions(self, article: GuideArticle) -> str:
        """What the app adds under every article: its agreement templates, the journal, see also."""
        assert self.library is not None
        parts = []
        titles = guide_service.template_titles(self.lang)
        if article.templates:
            heading = self.tr("Agreements for this")  # outside the f-string: lupdate must see it
            parts.append(f"<h2>{escape(heading)}</h2><ul>")
            create = self.tr("Create this agreement: %1")
            parts += [f'<li><a href="template:{t}">{escape(create.replace("%1", titles.get(t, t)))}</a></li>'
                      for t in article.templates]
            parts.append("</ul>")
        journal = escape(self.tr("Note what happens in the project journal"))
        parts.append(f'<p><a href="app:journal">{journal}</a></p>')
        see_also = self.library.see_also(article.id)
        if see_also:
            heading = self.tr("See also")
            parts.append(f"<h2>{escape(heading)}</h2><ul>")
            parts += [f'<li><a href="guide:{a.id}">{escape(a.title)}</a> — {escape(a.summary)}</li>'
                      for a in see_also]
            parts.append("</ul>")
        return "<hr>" + "".join(parts)

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
        """Opens a self-assessment tool; the same dialog comes back with its answers if the user
        left it to read an article."""
        from partage_desktop.ui.guides.selfassess import (  # deferred: not needed at start-up
            make_dialog,
        )

        dialog = self._tools.get(name)
        if dialog is None or dialog.journal is not self.journal:
            dialog = make_dialog(name, self.lang, self.journal, self)
            dialog.open_article.connect(partial(self._leave_tool, dialog, self.open_article))
            dialog.create_agreement.connect(partial(self._leave_tool, dialog, self.create_agreement.emit))
            self._tools[name] = dialog
        self.tool_dialog = dialog
        dialog.open()

    @staticmethod
    def _leave_tool(dialog: QDialog, then: Callable[[str], object], name: str) -> None:
        """The tool closes (its answers kept), then the article or template it names opens."""
        dialog.accept()
        then(name)

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
        from partage_desktop.ui.guides.printing import (  # deferred: not needed at start-up
            print_document,
        )

        if self.current_article():
            print_document(self.view.document(), self)

    def open_booklet(self) -> None:
        from partage_desktop.ui.guides.printing import (  # deferred: not needed at start-up
            BookletDialog,
        )

        self.ensure_loaded()
        assert self.library is not None
        current = self.current_article()
        dialog = BookletDialog(self.library, self.lang, self.tasks,
                               [current, *self.bookmarks] if current else list(self.bookmarks),
                               self.export_dir, self)
        self.booklet_dialog = dialog
        dialog.open()
