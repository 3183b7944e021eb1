"""Printing from the Guides section: the current article on a printer, or chosen articles as a
PDF booklet with a table of contents (built off the UI thread)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from partage_desktop.core.guides.library import GuideLibrary
from partage_desktop.services.guides.printing import export_booklet
from partage_desktop.ui.app.sections import fit_screen
from partage_desktop.ui.widgets.save_files import choose_save_path
from partage_desktop.ui.widgets.tasks import TaskRunner
from partage_desktop.words.system_errors import reason as os_reason

ARTICLE_ROLE = Qt.ItemDataRole.UserRole


def print_document(document: QTextDocument, parent: QWidget) -> bool:
    """The system print dialog, then the document on the chosen printer. True when printed."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle) or "Partage")
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True


class BookletDialog(QDialog):
    """Tick the articles, give the booklet a title, save it as PDF."""

    def __init__(self, library: GuideLibrary, lang: str, tasks: TaskRunner, chosen: list[str],
                 default_dir: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guides-booklet")
        self.setWindowTitle(self.tr("Print a booklet of guides"))
        fit_screen(self, 560, 620)
        self.lang = lang
        self.library = library
        self.tasks = tasks
        self.default_dir = default_dir
        self.saved: Path | None = None

        intro = QLabel(self.tr("Tick the articles to put in the booklet. It is saved as a PDF with a "
                               "table of contents, ready to print or to send to your board."))
        intro.setWordWrap(True)
        self.title = QLineEdit(self.tr("Resource sharing guides"))
        self.title.setObjectName("booklet-title")
        self.title.setAccessibleName(self.tr("Booklet title"))
        title_label = QLabel(self.tr("&Title:"))
        title_label.setBuddy(self.title)
        self.tree = QTreeWidget()
        self.tree.setObjectName("booklet-articles")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Articles in the booklet"))
        for theme, articles in library.by_theme():
            node = QTreeWidgetItem([theme.title[lang]])
            node.setFlags(node.flags() | Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable)
            for article in articles:
                child = QTreeWidgetItem([article.title])
                child.setData(0, ARTICLE_ROLE, article.id)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked if article.id in chosen else Qt.CheckState.Unchecked)
                node.addChild(child)
            self.tree.addTopLevelItem(node)
        self.tree.expandAll()
        self.tree.itemChanged.connect(lambda *_: self._update())

        all_button = QPushButton(self.tr("Select &all"))
        all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        none_button = QPushButton(self.tr("&Clear"))
        none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.count_label = QLabel()
        self.status = QLabel()
        self.status.setObjectName("booklet-status")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Making the booklet"))
        self.progress.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("booklet-save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = QPushButton(self.tr("&Open the PDF"))
        self.open_button.setObjectName("booklet-open")
        self.open_button.clicked.connect(self._open_pdf)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setAutoDefault(False)
        self.open_button.hide()  # after addButton, which shows it

        title_row = QHBoxLayout()
        title_row.addWidget(title_label)
        title_row.addWidget(self.title, 1)
        for button in (all_button, none_button):
            button.setAutoDefault(False)  # Enter saves, whatever has the focus
        select_row = QHBoxLayout()
        select_row.addWidget(all_button)
        select_row.addWidget(none_button)
        select_row.addStretch(1)
        select_row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(title_row)
        layout.addWidget(self.tree, 1)
        layout.addLayout(select_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._update()

    def chosen(self) -> list[str]:
        """Checked article ids, in the order of the contents."""
        out = []
        it = QTreeWidgetItemIterator(self.tree)
        while it.value():
            item = it.value()
            if item.data(0, ARTICLE_ROLE) and item.checkState(0) == Qt.CheckState.Checked:
                out.append(item.data(0, ARTICLE_ROLE))
            it += 1
        return out

    def _check_all(self, state: Qt.CheckState) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None:
                item.setCheckState(0, state)

    def _update(self) -> None:
        n = len(self.chosen())
        self.count_label.setText(self.tr("Articles chosen: %1").replace("%1", str(n)))
        self.save_button.setEnabled(n > 0 and not self.tasks.busy)

    def save(self) -> None:
        ids = self.chosen()
        if not ids:
            return
        suggested = str(Path(self.default_dir or Path.home()) / self.tr("guides-booklet.pdf"))

        target = choose_save_path(self, None, self.tr("Save the booklet"), suggested, self.tr("PDF (*.pdf)"), ".pdf")
        if target is not None:
            self.export(ids, target)

    def export(self, ids: list[str], out: Path) -> None:
        title = self.title.text().strip() or None
        self.progress.show()
        self.save_button.setEnabled(False)
        self.open_button.hide()
        self.status.setText(self.tr("Making the booklet…"))
        self.tasks.run(lambda: export_booklet(ids, self.lang, out, title), self._done, self._failed)

    def _done(self, out: Path) -> None:
        self.progress.hide()
        self.saved = out
        self.status.setText(self.tr("Booklet saved: %1").replace("%1", str(out)))
        self.open_button.show()
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self._update()
        if isinstance(exc, OSError):
            self.status.setText(self.tr(
                "Could not save the PDF: the file may be open in another program, or the folder is not "
                "writable. Close the file or choose another folder, then click Save again. (%1)")
                .replace("%1", os_reason(exc, self.lang)))
        else:
            raise exc

    def _open_pdf(self) -> None:
        if self.saved:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved)))
